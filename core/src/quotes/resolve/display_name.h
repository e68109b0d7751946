// The speaker name a reader is shown, or none: a person's or organisation's name or a short noun
// phrase (at most six words), never a determiner, a cue or the clause words a reading ran into.
// The last gate before a name reaches the result (resolve.cpp).
#pragma once
#include <string>
#include <string_view>

namespace pith::detail {

// `name` as a reader can trust it, or "" when nothing trustworthy is left:
// "according to industry sources" -> "industry sources"; "industry sources cited by
// hit-or-miss Taiwanese publication DigiTimes" -> "industry sources"; "Actually I've" -> "I";
// "band unveiled" -> "band"; "A preview of the" -> "A preview"; "The", "It", "Something" -> "".
// `own`: the item's own attribution names this speaker (a personal pronoun may then be shown,
// "“Q,” he said"); `quotation`: the item is in quotation marks ("it" is shown only then: in
// reported speech "it is expected that" names no source).
std::string displayed_speaker(std::string_view name, bool own, bool quotation);

}  // namespace pith::detail
