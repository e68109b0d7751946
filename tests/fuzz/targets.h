// The fuzz targets' entry points, one per engine surface. libFuzzer calls them through
// fuzz_main.cpp (one executable per target, PITH_FUZZ=ON); the unit tests replay every file of
// tests/regress/<name>/ through the same function (tests/unit/regress_test.cpp). Each returns
// "" when every property held (no crash and the invariants below), else what failed.
#pragma once
#include <string>
#include <string_view>

namespace pith::fuzz {

struct Target {
  const char* name;
  std::string (*run)(std::string_view input);
};

// tokenizer, tree, clean_text, clean_html, quotes, options, render.
const Target* targets(std::size_t& count);
const Target* find_target(std::string_view name);

}  // namespace pith::fuzz
