#include "json/json_reader.h"

#include <algorithm>

#include "common/utf8.h"

namespace pith::detail {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct Reader {
  std::string_view s;
  std::size_t i = 0;
  JsonDoc& doc;

  void skip_ws() { while (i < s.size() && is_ws(s[i])) ++i; }

  bool literal(std::string_view word) {
    if (s.substr(i, word.size()) != word) return false;
    i += word.size();
    return true;
  }

  int hex4() {
    if (i + 4 > s.size()) return -1;
    int v = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s[i++];
      v <<= 4;
      if (is_digit(h)) v |= h - '0';
      else if (h >= 'a' && h <= 'f') v |= h - 'a' + 10;
      else if (h >= 'A' && h <= 'F') v |= h - 'A' + 10;
      else return -1;
    }
    return v;
  }

  // s[i] is the opening quote.
  bool string(std::string& out) {
    ++i;
    while (i < s.size()) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c == '"') { ++i; return true; }
      if (c < 0x20) return false;
      if (c >= 0x80) {
        std::size_t len = 0;
        if (decode_utf8(s, i, len) == kReplacementChar && len == 1) return false;
        out.append(s.substr(i, len));
        i += len;
        continue;
      }
      ++i;
      if (c != '\\') { out.push_back(static_cast<char>(c)); continue; }
      if (i >= s.size()) return false;
      const char e = s[i++];
      switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          int cp = hex4();
          if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {  // must be followed by its low surrogate
            if (!literal("\\u")) return false;
            const int lo = hex4();
            if (lo < 0xDC00 || lo > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          append_utf8(out, static_cast<char32_t>(cp));
          break;
        }
        default: return false;
      }
    }
    return false;
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  bool number(std::string& out) {
    const std::size_t start = i;
    if (i < s.size() && s[i] == '-') ++i;
    if (i >= s.size() || !is_digit(s[i])) return false;
    if (s[i] == '0') ++i;
    else while (i < s.size() && is_digit(s[i])) ++i;
    if (i < s.size() && s[i] == '.') {
      ++i;
      if (i >= s.size() || !is_digit(s[i])) return false;
      while (i < s.size() && is_digit(s[i])) ++i;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      ++i;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
      if (i >= s.size() || !is_digit(s[i])) return false;
      while (i < s.size() && is_digit(s[i])) ++i;
    }
    out.assign(s.substr(start, i - start));
    return true;
  }

  // Reads a scalar, or opens an array/object (pushed on `open`). Returns the new node or -1.
  int value(std::vector<int>& open) {
    skip_ws();
    if (i >= s.size()) return -1;
    const int n = static_cast<int>(doc.nodes.size());
    doc.nodes.emplace_back();
    JsonNode node;
    node.begin = i;
    const char c = s[i];
    bool ok = true;
    if (c == '{' || c == '[') {
      if (open.size() >= static_cast<std::size_t>(kMaxJsonDepth)) return -1;
      node.kind = c == '{' ? JsonNode::Kind::kObject : JsonNode::Kind::kArray;
      ++i;
      open.push_back(n);
    } else if (c == '"') {
      node.kind = JsonNode::Kind::kString;
      ok = string(node.text);
    } else if (c == 't' || c == 'f') {
      node.kind = JsonNode::Kind::kBool;
      node.boolean = c == 't';
      ok = literal(c == 't' ? "true" : "false");
    } else if (c == 'n') {
      ok = literal("null");
    } else {
      node.kind = JsonNode::Kind::kNumber;
      ok = number(node.text);
    }
    if (!ok) return -1;
    node.end = i;
    doc.nodes[static_cast<std::size_t>(n)] = std::move(node);
    return n;
  }

  bool run() {
    std::vector<int> open;  // the arrays and objects being read, innermost last
    if (s.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    if (value(open) < 0) return false;
    while (!open.empty()) {
      JsonNode& parent = doc.nodes[static_cast<std::size_t>(open.back())];
      const bool object = parent.kind == JsonNode::Kind::kObject;
      const char close = object ? '}' : ']';
      skip_ws();
      if (i >= s.size()) return false;
      if (s[i] == close) {
        ++i;
        parent.end = i;
        open.pop_back();
        continue;
      }
      if (!parent.kids.empty()) {
        if (s[i] != ',') return false;
        ++i;
        skip_ws();
      }
      std::string key;
      if (object) {
        if (i >= s.size() || s[i] != '"' || !string(key)) return false;
        skip_ws();
        if (i >= s.size() || s[i] != ':') return false;
        ++i;
      }
      const int parent_index = open.back();
      const int kid = value(open);  // may push: `parent` is not used past this point
      if (kid < 0) return false;
      doc.nodes[static_cast<std::size_t>(kid)].key = std::move(key);
      doc.nodes[static_cast<std::size_t>(parent_index)].kids.push_back(kid);
    }
    skip_ws();
    return i == s.size();
  }
};

}  // namespace

bool read_json(std::string_view s, JsonDoc& out) {
  out.nodes.clear();
  out.source = s;
  Reader r{s, 0, out};
  return r.run();
}

std::string compact_json(const JsonDoc& doc, int node) {
  const JsonNode& n = doc.nodes[static_cast<std::size_t>(node)];
  const std::string_view src = doc.source.substr(n.begin, n.end - n.begin);
  std::string out;
  out.reserve(src.size());
  bool in_string = false;
  for (std::size_t k = 0; k < src.size(); ++k) {
    const char c = src[k];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && k + 1 < src.size()) out.push_back(src[++k]);
      else if (c == '"') in_string = false;
    } else if (!is_ws(c)) {
      out.push_back(c);
      in_string = c == '"';
    }
  }
  return out;
}

std::vector<int> members_by_name(const JsonDoc& doc, int object) {
  std::vector<int> kids = doc.nodes[static_cast<std::size_t>(object)].kids;
  const auto name = [&](int k) -> const std::string& { return doc.nodes[static_cast<std::size_t>(k)].key; };
  std::stable_sort(kids.begin(), kids.end(), [&](int a, int b) { return name(a) < name(b); });
  std::vector<int> out;
  for (std::size_t k = 0; k < kids.size(); ++k) {
    if (k + 1 < kids.size() && name(kids[k + 1]) == name(kids[k])) continue;  // a later one wins
    out.push_back(kids[k]);
  }
  return out;
}

}  // namespace pith::detail
