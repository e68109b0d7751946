#include <doctest/doctest.h>

#include "html/tables.h"
#include "html_test_util.h"

using namespace pith;
using namespace pith::detail;

namespace {

bool data_table(const std::string& html) {
  Document d = build_tree(html);
  return is_data_table(d, test::element(d, "table"));
}

std::string grid(int rows, int cols, const std::string& cell = "12") {
  std::string s = "<table>";
  for (int r = 0; r < rows; ++r) {
    s += "<tr>";
    for (int c = 0; c < cols; ++c) s += "<td>" + cell + "</td>";
    s += "</tr>";
  }
  return s + "</table>";
}

}  // namespace

TEST_CASE("tables: data tables and layout tables") {
  CHECK(data_table("<table><tr><th>Port</th><th>Open</th></tr><tr><td>North</td><td>yes</td></tr></table>"));
  CHECK(data_table("<table><caption>Tides</caption><tr><td>6:00</td><td>1.2 m</td></tr></table>"));
  CHECK(data_table(grid(4, 3)));   // a regular grid of short cells (12 cells)
  CHECK(data_table(grid(2, 5)));   // more than four columns
  CHECK(data_table(grid(10, 2)));  // ten rows
  CHECK_FALSE(data_table(grid(3, 3)));  // too small to tell: layout
  CHECK_FALSE(data_table(grid(1, 6)));  // one row: a layout strip
  CHECK_FALSE(data_table(grid(8, 1)));  // one column
  CHECK_FALSE(data_table(grid(4, 3, std::string(500, 'x'))));  // an article column
  CHECK_FALSE(data_table("<table role='presentation'><tr><th>a</th><th>b</th></tr></table>"));
  CHECK_FALSE(data_table("<table><tr><td><table><tr><th>x</th></tr></table></td><td>y</td></tr></table>"));
}

TEST_CASE("tables: cells are ranges of the block text, headers marked, marks kept") {
  Document d = build_tree(
      "<table><caption>Ferry <em>times</em></caption><thead><tr><td>Route</td><td>Departs</td></tr></thead>"
      "<tbody><tr><th>North</th><td colspan='2'>08:00 <a href='/n'>map</a></td></tr>"
      "<tr><td>South  pier</td><td><p>09:30</p><br>daily</td></tr></tbody></table>");
  std::vector<Image> images;
  Block caption;
  const Block t = table_block(d, test::element(d, "table"), parse_base_url("https://x.example/a/"), images, caption);
  CHECK(t.kind == BlockKind::kTable);
  CHECK(t.text == "Route\tDeparts\nNorth\t08:00 map\nSouth pier\t09:30 daily");
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0][0].header);  // inside <thead>
  CHECK(t.rows[1][0].header);  // <th>
  CHECK_FALSE(t.rows[1][1].header);
  CHECK(t.rows[1][1].colspan == 2);
  for (const auto& row : t.rows)
    for (const TableCell& c : row) CHECK(t.text.substr(c.start, c.end - c.start).find('\t') == std::string::npos);
  CHECK(t.text.substr(t.rows[2][1].start, t.rows[2][1].end - t.rows[2][1].start) == "09:30 daily");
  REQUIRE(t.marks.size() == 1);
  CHECK(t.text.substr(t.marks[0].start, t.marks[0].end - t.marks[0].start) == "map");
  CHECK(t.marks[0].href == "https://x.example/n");
  CHECK(caption.kind == BlockKind::kCaption);
  CHECK(caption.text == "Ferry times");
  CHECK(caption.marks.size() == 1);
}

TEST_CASE("tables: a data table is one block with its caption; a layout table flows") {
  const auto r = test::body_blocks(
      "<body><table><tr><td><p>First paragraph of a page laid out in a table, long enough.</p></td>"
      "<td><p>A sidebar cell</p></td></tr></table>"
      "<table><caption>Tides</caption><tr><th>Time</th><th>Height</th></tr><tr><td>6:00</td><td>1.2 m</td></tr></table></body>");
  REQUIRE(r.blocks.size() == 4);
  CHECK(r.blocks[0].kind == BlockKind::kParagraph);
  CHECK(r.blocks[1].kind == BlockKind::kParagraph);
  CHECK(r.blocks[2].kind == BlockKind::kTable);
  CHECK(r.blocks[3].kind == BlockKind::kCaption);
  CHECK(r.blocks[3].figure == 2);
}
