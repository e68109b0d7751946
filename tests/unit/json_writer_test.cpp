#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "json/writer.h"

using pith::detail::JsonWriter;

TEST_CASE("JsonWriter escapes strings and nests containers") {
  JsonWriter w;
  w.begin_object().key("a").value("q\"b\\s\n\t\x01").key("n").value(std::size_t{42});
  w.key("arr").begin_array().value(1).value(true).null().begin_object().end_object().end_array();
  w.key("d").value(0.25).key("e").string_or_null("").end_object();
  const std::string s = w.take();
  auto j = nlohmann::json::parse(s);
  CHECK(j["a"] == "q\"b\\s\n\t\x01");
  CHECK(j["n"] == 42);
  CHECK(j["arr"].size() == 4);
  CHECK(j["arr"][2].is_null());
  CHECK(j["d"] == 0.25);
  CHECK(j["e"].is_null());
}

TEST_CASE("JsonWriter keeps valid UTF-8 and replaces invalid bytes") {
  JsonWriter w;
  w.begin_array().value("é 😀 中").value("bad\xff byte").end_array();
  auto j = nlohmann::json::parse(w.take());
  CHECK(j[0] == "é 😀 中");
  CHECK(j[1] == "bad\xEF\xBF\xBD byte");
}
