// Decides whether an input is HTML or plain text (inputFormat "auto").
#pragma once
#include <string_view>

namespace pith::detail {

// True when the text starts (after BOM/whitespace) with markup that only an HTML document
// has: a doctype, <html>, <head>, <body>, or a comment followed by one of them. A pasted
// article that merely mentions "<p>" somewhere stays plain text.
bool looks_like_html(std::string_view input);

}  // namespace pith::detail
