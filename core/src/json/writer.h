// A small streaming JSON writer for result envelopes. Building an nlohmann DOM for every block,
// quote and offset cost ~10x the engine itself on a typical article (measured by
// scripts/bench: clean() 330 MB/s, clean_json() 41 MB/s), so results are written directly.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace pith::detail {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);  // escaped; invalid UTF-8 becomes U+FFFD
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(std::size_t n);
  JsonWriter& value(int n);
  JsonWriter& value(double d);
  JsonWriter& value(bool b);
  JsonWriter& null();
  JsonWriter& string_or_null(std::string_view s) { return s.empty() ? null() : value(s); }
  // Room for `n` bytes at once: grown by doubling, the string of a large result peaked at three
  // times its final size while its last and largest field (html) was appended.
  void reserve(std::size_t n) { out_.reserve(n); }
  std::string take() { return std::move(out_); }

 private:
  void separate();
  std::string out_;
  bool need_comma_ = false;
};

}  // namespace pith::detail
