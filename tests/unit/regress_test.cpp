// Replays every input the fuzzers ever found (tests/regress/<target>/) and every page of the
// attack set (tests/security/attacks/) through the fuzz targets' own entry points
// (tests/fuzz/targets.cpp): the same properties, in the normal build and under sanitizers.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../fuzz/targets.h"
#include "fixture_test_util.h"

namespace fs = std::filesystem;

using pith::test::read_file;

namespace {

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().filename().string()[0] != '.') out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

const fs::path kRoot = PITH_SOURCE_DIR;

}  // namespace

TEST_CASE("regression inputs found by fuzzing still pass their target") {
  std::size_t count = 0;
  const pith::fuzz::Target* all = pith::fuzz::targets(count);
  std::size_t replayed = 0;
  for (std::size_t t = 0; t < count; ++t) {
    for (const fs::path& p : files_in(kRoot / "tests/regress" / all[t].name)) {
      INFO(p.string());
      CHECK(all[t].run(read_file(p)) == "");
      ++replayed;
    }
  }
  MESSAGE("replayed " << replayed << " regression inputs");
}

TEST_CASE("every folder of tests/regress names a fuzz target") {
  for (const auto& e : fs::directory_iterator(kRoot / "tests/regress")) {
    if (!e.is_directory()) continue;
    INFO(e.path().string());
    CHECK(pith::fuzz::find_target(e.path().filename().string()) != nullptr);
  }
}

TEST_CASE("the attack pages pass the clean_html and clean_text targets") {
  const auto pages = files_in(kRoot / "tests/security/attacks");
  CHECK(pages.size() >= 20);
  const pith::fuzz::Target* html = pith::fuzz::find_target("clean_html");
  const pith::fuzz::Target* text = pith::fuzz::find_target("clean_text");
  for (const fs::path& p : pages) {
    INFO(p.string());
    const std::string page = read_file(p);
    CHECK(html->run(page) == "");
    CHECK(text->run(page) == "");
  }
}
