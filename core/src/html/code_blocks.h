// Code in HTML input: whether a <pre> holds source code (a <code> inside, or a class a
// highlighter writes) and its language from a "language-xxx" / "lang-xxx" class.
#pragma once
#include <string>

#include "html/tree.h"

namespace pith::detail {

bool is_code_pre(const Document& d, int pre);

// "python" from class="language-python" on the <pre> or its <code>; "" when not given.
std::string code_language(const Document& d, int pre);

}  // namespace pith::detail
