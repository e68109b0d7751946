#include "json/writer.h"

#include <cmath>
#include <cstdio>

#include "common/utf8.h"

namespace pith::detail {

void JsonWriter::separate() {
  if (need_comma_) out_.push_back(',');
  need_comma_ = true;
}

JsonWriter& JsonWriter::begin_object() { separate(); out_.push_back('{'); need_comma_ = false; return *this; }
JsonWriter& JsonWriter::end_object() { out_.push_back('}'); need_comma_ = true; return *this; }
JsonWriter& JsonWriter::begin_array() { separate(); out_.push_back('['); need_comma_ = false; return *this; }
JsonWriter& JsonWriter::end_array() { out_.push_back(']'); need_comma_ = true; return *this; }

JsonWriter& JsonWriter::key(std::string_view k) {
  value(k);
  out_.push_back(':');
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  separate();
  // Grow geometrically: libc++ (Emscripten) reserves exactly what is asked, so reserving
  // size()+len per value made writing a large result quadratic (a 1 MB article took 80 s in wasm).
  if (out_.capacity() < out_.size() + s.size() + 2) out_.reserve(2 * (out_.size() + s.size() + 2));
  out_.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    // Printable ASCII needs no escape: copied a run at a time.
    std::size_t run = i;
    while (run < s.size()) {
      const auto r = static_cast<unsigned char>(s[run]);
      if (r < 0x20 || r >= 0x80 || r == '"' || r == '\\') break;
      ++run;
    }
    if (run > i) {
      out_.append(s.data() + i, run - i);
      i = run;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\t': out_ += "\\t"; break;
        case '\r': out_ += "\\r"; break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out_ += buf;
        }
      }
      ++i;
      continue;
    }
    std::size_t len = 0;
    const char32_t cp = decode_utf8(s, i, len);
    if (cp == kReplacementChar && len == 1) append_utf8(out_, kReplacementChar);  // invalid byte
    else out_.append(s.substr(i, len));
    i += len;
  }
  out_.push_back('"');
  return *this;
}

JsonWriter& JsonWriter::value(std::size_t n) { separate(); out_ += std::to_string(n); return *this; }
JsonWriter& JsonWriter::value(int n) { separate(); out_ += std::to_string(n); return *this; }
JsonWriter& JsonWriter::value(bool b) { separate(); out_ += b ? "true" : "false"; return *this; }
JsonWriter& JsonWriter::null() { separate(); out_ += "null"; return *this; }

JsonWriter& JsonWriter::value(double d) {
  separate();
  if (!std::isfinite(d)) { out_ += "null"; return *this; }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", d);
  out_ += buf;
  return *this;
}

}  // namespace pith::detail
