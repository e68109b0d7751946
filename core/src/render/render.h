// Markdown and HTML renderings of a cleaned article (requested with formats: [...]).
#pragma once
#include <string>

#include "pith/article.h"

namespace pith::detail {

std::string render_markdown(const Article& article);
// A standalone HTML fragment (<article>); every text node is escaped.
std::string render_html(const Article& article);

}  // namespace pith::detail
