// Text helpers shared by the page-metadata readers (page_meta, meta_title, meta_author,
// meta_date): whitespace, leftover entities, meta-tag look-up by a table of names, the visible
// text of an element, and word overlap between two short strings.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "html/tree.h"

namespace pith::detail {

// Whitespace runs collapsed to one space, trimmed.
std::string collapse(std::string_view s);

// A value from markup as a reader sees it: character references decoded (JSON-LD strings
// carry them raw, "Maria &amp; Katerina"; some meta tags are escaped twice, "&amp;#8211;"),
// whitespace collapsed.
std::string clean_value(std::string_view raw);

// The content of the last <meta> whose key (name, property or itemprop; case, spaces and
// "."/":" ignored) is the first of `keys` present, cleaned; "" if none.
std::string meta_value(const Document& d, const std::string_view* keys, std::size_t count);
template <std::size_t N>
std::string meta_value(const Document& d, const std::string_view (&keys)[N]) {
  return meta_value(d, keys, N);
}

// Text of node `i` as displayed: a space where a block element or <br> starts or ends
// ("<h1>News<br>Desk</h1>" is "News Desk", not "NewsDesk"), script/style/template skipped,
// whitespace collapsed; stops after about `cap` bytes (and kTextWalkNodesPerByte * cap + 64 nodes).
std::string visible_text(const Document& d, int i, std::size_t cap);

// Lowercase letters and digits only: "The Motley-Fool" -> "themotleyfool".
std::string fold_key(std::string_view s);

// The site's name in a host name, folded: "www.rugmakers.co.uk" -> "rugmakers" (the longest
// dot-separated label: the registrable name far more often than not).
std::string host_label(std::string_view host);

// Lower-cased word tokens (letters, digits, any non-ASCII byte).
std::vector<std::string> word_tokens(std::string_view s);

// Share of b's words (weighted by length) that occur in a; 0 when either is empty.
double word_share(std::string_view a, std::string_view b);

}  // namespace pith::detail
