// Tables of HTML input. A data table (header cells, a caption, or a regular grid of short
// cells: Readability's _markDataTables rules) becomes one table Block: its text is the cells
// separated by tabs and the rows by newlines, each cell a range of that text. A layout table
// (a page grid, one row or one column, long cells, tables inside tables) is not a table to a
// reader: its content flows as ordinary blocks.
#pragma once
#include <vector>

#include "html/tree.h"
#include "html/url_resolve.h"
#include "pith/article.h"

namespace pith::detail {

bool is_data_table(const Document& d, int table);

// Table `table` as a kTable Block (offsets local to its text); images in cells are appended
// to `images`; `caption` receives the <caption> as a kCaption block (empty text if none).
Block table_block(const Document& d, int table, const BaseUrl& base, std::vector<Image>& images,
                  Block& caption);

}  // namespace pith::detail
