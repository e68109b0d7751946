// Golden fixtures of the plain-text engine: tests/golden/text/<slug>/input.txt with an
// expected.json of subset expectations (format: tests/golden/README.md).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "text/text_pipeline.h"
#include "fixture_test_util.h"

using namespace pith;
namespace fs = std::filesystem;

using pith::test::read_file;
using pith::test::squash;

namespace {

void check_fixture(const fs::path& dir) {
  const std::string slug = dir.filename().string();
  INFO("fixture: ", slug);
  const std::string input = read_file(dir / "input.txt");
  const nlohmann::json ex = nlohmann::json::parse(read_file(dir / "expected.json"));
  Article a;
  detail::clean_plain_text(input, Options{}, a);
  const std::string text = squash(a.text);
  for (const char* field : {"title", "subtitle", "byline", "published", "source"}) {
    if (!ex.contains(field)) continue;
    const std::string got = field == std::string("title")       ? a.title
                            : field == std::string("subtitle")  ? a.subtitle
                            : field == std::string("byline")    ? a.byline
                            : field == std::string("published") ? a.published
                                                                : a.source;
    INFO("field: ", std::string(field));
    CHECK(squash(got) == squash(ex[field].get<std::string>()));
  }
  for (const auto& s : ex.value("mustContain", nlohmann::json::array())) {
    INFO("body must contain: ", s.get<std::string>());
    CHECK(text.find(squash(s.get<std::string>())) != std::string::npos);
  }
  for (const auto& s : ex.value("mustNotContain", nlohmann::json::array())) {
    INFO("body must not contain: ", s.get<std::string>());
    CHECK(text.find(squash(s.get<std::string>())) == std::string::npos);
  }
  for (const auto& r : ex.value("removed", nlohmann::json::array())) {
    const std::string snippet = squash(r.at("contains").get<std::string>());
    const std::string reason = r.at("reason").get<std::string>();
    INFO("removed: ", snippet, " as ", reason);
    bool hit = false;
    std::string seen;
    for (const Removed& x : a.removed) {
      if (squash(x.text).find(snippet) == std::string::npos) continue;
      seen += x.reason + " ";
      hit = hit || x.reason == reason;
    }
    INFO("found with reasons: ", seen);
    CHECK(hit);
  }
  if (ex.contains("blocks")) CHECK(a.blocks.size() == ex["blocks"].get<std::size_t>());
  if (ex.value("nothingRemoved", false)) CHECK(a.removed.empty());
  if (ex.value("noEdits", false)) CHECK(a.edits.empty());
  // Offsets always hold: blocks slice the text, removed spans slice the input.
  for (const Block& b : a.blocks) CHECK(a.text.compare(b.start, b.end - b.start, b.text) == 0);
  for (const Removed& r : a.removed) {
    REQUIRE(r.end <= input.size());
    CHECK(squash(input.substr(r.start, r.end - r.start)) == squash(r.text));
  }
}

}  // namespace

TEST_CASE("golden text fixtures") {
  const fs::path root = fs::path(PITH_SOURCE_DIR) / "tests" / "golden" / "text";
  REQUIRE(fs::exists(root));
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(root))
    if (e.is_directory()) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  CHECK(dirs.size() >= 30);
  for (const fs::path& d : dirs) check_fixture(d);
}
