// Golden fixtures of the HTML path: tests/golden/html/<slug>/input.html, options.json and an
// expected.json of subset expectations (format: tests/golden/README.md), checked on the Article
// clean() returns (byte offsets). tests/node/parity.test.mjs checks that the JSON API, the Node
// CLI and the native CLI give the same result on the same fixtures.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "pith/json_api.h"
#include "pith/pith.h"
#include "fixture_test_util.h"

using namespace pith;
namespace fs = std::filesystem;
using nlohmann::json;

using pith::test::read_file;
using pith::test::squash;

namespace {

std::string slice(const Article& a, std::size_t s, std::size_t e) {
  return s <= e && e <= a.text.size() ? a.text.substr(s, e - s) : "<out of range>";
}

bool image_matches(const Image& img, const json& m) {
  if (m.contains("src") && img.src != m["src"].get<std::string>()) return false;
  if (m.contains("alt") && img.alt != m["alt"].get<std::string>()) return false;
  if (m.contains("width") && img.width != m["width"].get<int>()) return false;
  if (m.contains("height") && img.height != m["height"].get<int>()) return false;
  if (m.contains("link") && img.link != m["link"].get<std::string>()) return false;
  if (m.contains("srcset")) {
    std::vector<std::string> got;
    for (const auto& c : img.srcset) got.push_back(c.url + (c.descriptor.empty() ? "" : " " + c.descriptor));
    if (got != m["srcset"].get<std::vector<std::string>>()) return false;
  }
  return true;
}

bool mark_found(const Article& a, const Block& b, const json& m) {
  for (const Mark& x : b.marks) {
    if (mark_kind_name(x.kind) != m["kind"].get<std::string>()) continue;
    if (m.contains("text") && slice(a, x.start, x.end) != m["text"].get<std::string>()) continue;
    if (m.contains("href") && x.href != m["href"].get<std::string>()) continue;
    return true;
  }
  return false;
}

bool rows_match(const Article& a, const Block& b, const json& rows) {
  if (b.rows.size() != rows.size()) return false;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (b.rows[r].size() != rows[r].size()) return false;
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      std::string want = rows[r][c].get<std::string>();
      const bool header = want.rfind("th:", 0) == 0;
      if (header) want = want.substr(3);
      const TableCell& cell = b.rows[r][c];
      if (cell.header != header || slice(a, cell.start, cell.end) != want) return false;
    }
  }
  return true;
}

// Everything a matcher asks of a block, except its attachment (checked by the caller).
bool block_matches(const Article& a, const Block& b, const json& m) {
  if (block_kind_name(b.kind) != m["kind"].get<std::string>()) return false;
  if (m.contains("text")) {
    const std::string want = m["text"].get<std::string>();
    if (m.value("exact", false) ? b.text != want : squash(b.text) != squash(want)) return false;
  }
  if (m.contains("textContains") && squash(b.text).find(squash(m["textContains"].get<std::string>())) == std::string::npos)
    return false;
  if (m.contains("level") && b.level != m["level"].get<int>()) return false;
  if (m.contains("language") && b.language != m["language"].get<std::string>()) return false;
  if (m.contains("credit") && b.credit != m["credit"].get<bool>()) return false;
  if (m.contains("markCount") && b.marks.size() != m["markCount"].get<std::size_t>()) return false;
  if (m.contains("images")) {
    if (b.images.size() != m["images"].size()) return false;
    for (std::size_t k = 0; k < b.images.size(); ++k)
      if (!image_matches(b.images[k], m["images"][k])) return false;
  }
  if (m.contains("rows") && !rows_match(a, b, m["rows"])) return false;
  for (const auto& mk : m.value("marks", json::array()))
    if (!mark_found(a, b, mk)) return false;
  return true;
}

// Offsets and attachments every HTML result must satisfy.
void check_invariants(const Article& a) {
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    const Block& b = a.blocks[i];
    INFO("block ", i, " (", block_kind_name(b.kind), ")");
    CHECK(slice(a, b.start, b.end) == b.text);
    for (const Mark& m : b.marks) {
      CHECK(m.start >= b.start);
      CHECK(m.end <= b.end);
      CHECK(m.start < m.end);
    }
    for (const auto& row : b.rows)
      for (const TableCell& c : row) CHECK((c.start >= b.start && c.end <= b.end && c.start <= c.end));
    if (b.kind == BlockKind::kImage || b.kind == BlockKind::kFigure) {
      CHECK_FALSE(b.images.empty());
      for (const Image& img : b.images) CHECK(img.src.rfind("http", 0) == 0);
    }
    if (b.kind == BlockKind::kCaption) {
      CHECK(b.figure >= 0);
      CHECK(b.figure < static_cast<int>(i));
    }
  }
}

void check_fixture(const fs::path& dir) {
  const std::string slug = dir.filename().string();
  INFO("fixture: ", slug);
  const std::string input = read_file(dir / "input.html");
  const json ex = json::parse(read_file(dir / "expected.json"));
  json opts = fs::exists(dir / "options.json") ? json::parse(read_file(dir / "options.json")) : json::object();
  opts["formats"] = {"markdown", "html"};
  Result<Options> o = parse_options(opts.dump());
  REQUIRE(o.ok());
  Result<Article> r = clean(input, o.value());
  REQUIRE(r.ok());
  const Article& a = r.value();
  check_invariants(a);
  if (ex.contains("title")) CHECK(a.title == ex["title"].get<std::string>());
  if (ex.contains("pageType")) CHECK(std::string(page_type_name(a.page_type)) == ex["pageType"].get<std::string>());
  const std::string text = squash(a.text);
  for (const auto& s : ex.value("mustContain", json::array())) {
    INFO("text must contain: ", s.get<std::string>());
    CHECK(text.find(squash(s.get<std::string>())) != std::string::npos);
  }
  for (const auto& s : ex.value("mustNotContain", json::array())) {
    INFO("text must not contain: ", s.get<std::string>());
    CHECK(text.find(squash(s.get<std::string>())) == std::string::npos);
  }
  // Block matchers: a subsequence of the blocks, in order.
  std::vector<int> matched;
  std::size_t next = 0;
  for (const auto& m : ex.value("blocks", json::array())) {
    INFO("block matcher ", matched.size(), ": ", m.dump());
    int hit = -1;
    for (std::size_t i = next; i < a.blocks.size() && hit < 0; ++i) {
      if (!block_matches(a, a.blocks[i], m)) continue;
      if (m.contains("captionOf") && a.blocks[i].figure != matched.at(m["captionOf"].get<std::size_t>())) continue;
      hit = static_cast<int>(i);
    }
    CHECK(hit >= 0);
    if (hit < 0) break;
    matched.push_back(hit);
    next = static_cast<std::size_t>(hit) + 1;
  }
  std::size_t images = 0, tables = 0, headings = 0;
  for (const Block& b : a.blocks) {
    images += b.images.size();
    tables += b.kind == BlockKind::kTable;
    headings += b.kind == BlockKind::kHeading;
  }
  if (ex.contains("imageCount")) CHECK(images == ex["imageCount"].get<std::size_t>());
  if (ex.contains("tableCount")) CHECK(tables == ex["tableCount"].get<std::size_t>());
  if (ex.value("noHeadings", false)) CHECK(headings == 0);
  for (const auto& want : ex.value("removed", json::array())) {
    INFO("removed: ", want.dump());
    bool hit = false;
    for (const Removed& x : a.removed)
      hit = hit || (squash(x.text).find(want["contains"].get<std::string>()) != std::string::npos &&
                    x.reason == want["reason"].get<std::string>());
    CHECK(hit);
  }
  for (const auto& s : ex.value("htmlContains", json::array())) {
    INFO("html must contain: ", s.get<std::string>());
    CHECK(a.html.find(s.get<std::string>()) != std::string::npos);
  }
  for (const auto& s : ex.value("htmlNotContains", json::array())) {
    INFO("html must not contain: ", s.get<std::string>());
    CHECK(a.html.find(s.get<std::string>()) == std::string::npos);
  }
  for (const auto& s : ex.value("markdownContains", json::array())) {
    INFO("markdown must contain: ", s.get<std::string>());
    CHECK(a.markdown.find(s.get<std::string>()) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("golden html fixtures") {
  const fs::path root = fs::path(PITH_SOURCE_DIR) / "tests" / "golden" / "html";
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(root))
    if (fs::exists(e.path() / "expected.json")) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  CHECK(dirs.size() >= 7);
  for (const auto& d : dirs) check_fixture(d);
}
