// The name registry (resolve_registry.h) looked up by name words and by role words: words are
// held as ids into flat tables, and these are the answers the string-keyed maps gave.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/names.h"
#include "quotes/resolve/resolve_registry.h"

using namespace pith::detail;
using pith::detail::resolve_registry::Registry;

namespace {

std::vector<std::string> words(std::initializer_list<const char*> ws) {
  std::vector<std::string> out;
  for (const char* w : ws) out.emplace_back(w);
  return out;
}

void check_registry(const std::string& text) {
  const std::vector<Token> toks = tokenize(text, 0, text.size());
  const Registry reg(text, toks);
  const std::size_t end = toks.size();
  const auto* p = reg.find_name(words({"brandt"}), end);
  REQUIRE(p != nullptr);
  CHECK(p->name == "Elias Brandt");
  p = reg.find_name(words({"ana", "ruiz"}), end);
  REQUIRE(p != nullptr);
  CHECK(p->name == "Ana Ruiz");
  CHECK(reg.find_name(words({"ana", "brandt"}), end) == nullptr);  // no one has both words
  CHECK(reg.find_name(words({"nobody"}), end) == nullptr);
  CHECK(reg.find_name(words({}), end) == nullptr);
  CHECK(reg.knows_exactly(words({"ana", "ruiz"}), end));
  CHECK_FALSE(reg.knows_exactly(words({"ruiz"}), end));
  // "Bürgermeisterin Ana Ruiz": a role word before the name; "mayor Elias Brandt" likewise.
  p = reg.find_role(words({"mayor"}), end);
  REQUIRE(p != nullptr);
  CHECK(p->name == "Elias Brandt");
  CHECK(reg.find_role(words({"senator"}), end) == nullptr);
  // The name word is known but before token 0 nobody was named: the later one is found.
  p = reg.find_name(words({"brandt"}), 0);
  REQUIRE(p != nullptr);
  CHECK(p->name == "Elias Brandt");
}

}  // namespace

TEST_CASE("name registry: names and roles by word, with and without a lower-case scope") {
  const std::string text =
      "The mayor Elias Brandt met the teacher Ana Ruiz on Monday. Brandt said the school "
      "will stay open. Later Ana Ruiz thanked him.";
  check_registry(text);
  const LowerCaseScope scope(text);
  check_registry(text);
}
