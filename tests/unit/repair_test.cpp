#include <doctest/doctest.h>

#include <string>

#include "text/repair.h"
#include "text/repair_rules.h"

using namespace pith;
using namespace pith::detail;

namespace {

// Repairs `block` inside a document made of `doc` (the evidence) plus the block itself.
RepairResult fix(const std::string& block, const std::string& doc = "",
                 const RepairOptions& options = RepairOptions{}) {
  const RepairContext ctx = build_repair_context(doc + "\n\n" + block);
  RepairResult r = repair_block(block, options, ctx);
  for (const Edit& e : r.edits) {
    // Offsets are exact in both texts.
    CHECK(block.substr(e.input_start, e.input_end - e.input_start) == e.before);
    CHECK(r.text.substr(e.start, e.end - e.start) == e.after);
  }
  return r;
}

void unchanged(const std::string& block, const std::string& doc = "") {
  const RepairResult r = fix(block, doc);
  CHECK_MESSAGE(r.text == block, block);
  CHECK_MESSAGE(r.edits.empty(), block);
}

}  // namespace

TEST_CASE("clean paragraphs in several languages come back unchanged") {
  unchanged("The minister said on Monday that the talks would continue. She had had enough.");
  unchanged("Der Minister sagte, dass die die Zeitung lesende Frau recht habe.");
  unchanged("Le ministre a dit : « oui ». Nous nous sommes vus à Paris.");
  unchanged("El ministro dijo que sí y que no, o tal vez; a veces.");
  unchanged("Міністр сказав, що переговори тривають і в Києві, й у Львові.");
  unchanged("Министр сказал, что я и в Москве, и к вечеру с ним у дома.");
  unchanged("中文文本和😀表情符号。");
}

TEST_CASE("split-glued-words: a name glued to the next by a removed link") {
  const std::string doc = "Chinese leader Xi Jinping spoke on Tuesday.";
  const RepairResult r = fix("He met US President Joe BidenXi Jinping said he was alarmed.", doc);
  CHECK(r.text == "He met US President Joe Biden Xi Jinping said he was alarmed.");
  REQUIRE(r.edits.size() == 1);
  CHECK(r.edits[0].kind == "split-glued-words");
  CHECK(r.edits[0].before == "BidenXi");
  CHECK(r.edits[0].after == "Biden Xi");
  // The left half's pair works too: "Joe Biden" is known, "Xi" is not followed by a word.
  CHECK(fix("He called Joe BidenXi.", "Our guest was Joe Biden today.").text ==
        "He called Joe Biden Xi.");
  // Cyrillic: "Си Цзиньпин" known, "БайденСи Цзиньпин" split.
  CHECK(fix("Встреча: БайденСи Цзиньпин сказал.", "Лидер Си Цзиньпин заявил.").text ==
        "Встреча: Байден Си Цзиньпин сказал.");
}

TEST_CASE("split-glued-words: brands, name prefixes and identifiers stay whole") {
  // Evidence for every right half exists, so only the exceptions keep these whole.
  const std::string doc =
      "We saw Phone Book and Tube Station, Donald Trump, Bay Area, Script Kiddies, Point Break, "
      "Book Club, In Time, Caprio Fans, Neill Walsh, Arthur Miller, Guardia Airport, OS Update.";
  for (const char* w : {"iPhone Book", "McDonald Trump", "MacBook Club", "YouTube Station",
                        "PhD students", "macOS Update", "JavaScript Kiddies", "PowerPoint Break",
                        "eBay Area", "LinkedIn Time", "DiCaprio Fans", "O'Neill Walsh",
                        "MacArthur Miller", "LaGuardia Airport"}) {
    unchanged(std::string("They said ") + w + " again.", doc);
  }
  // camelCase identifiers: lowercase left halves in code or next to identifier marks.
  unchanged("Call getElement(x) or set userName=1 at @JoeBiden.", "We met Element Ltd and Name Co.");
  // German gender-inclusive spelling.
  unchanged("Die LehrerInnen kamen.", "Innen Minister ist da.");
  // No evidence: the right half never starts a known name.
  unchanged("They use OpenOffice and ObamaCare daily.", "Office Space is a film.");
}

TEST_CASE("split-glued-words: a glued form used twice is a spelling") {
  unchanged("BidenXi Jinping and BidenXi Jinping.", "Xi Jinping spoke.");
}

TEST_CASE("space-before-punctuation") {
  const RepairResult r = fix("He paused and , perhaps, smiled.");
  CHECK(r.text == "He paused and, perhaps, smiled.");
  REQUIRE(r.edits.size() == 1);
  CHECK(r.edits[0].kind == "space-before-punctuation");
  CHECK(r.edits[0].before == "and , perhaps");
  CHECK(r.edits[0].after == "and, perhaps");
  CHECK(fix("It ended there . Then we left.").text == "It ended there. Then we left.");
  CHECK(fix("Er kam spät , aber er kam.").text == "Er kam spät, aber er kam.");
  // French spacing before ; : ! ? stays; ';' is never touched.
  unchanged("Il a dit : oui ! Vraiment ? Oui ; bien sûr.");
  unchanged("First part ; second part.");
  // Numbers, ellipses, addresses, stripped content.
  unchanged("Pi is 3 ,14 here and . . . there.");
  unchanged("Visit example.com . Then call.");
  unchanged("It appeared in print on , on page 4.");
  unchanged("The value of x is . Then y is .");
}

TEST_CASE("collapse-spaces") {
  const RepairResult r = fix("one  two   three");
  CHECK(r.text == "one two three");
  REQUIRE(r.edits.size() == 2);
  CHECK(r.edits[0].kind == "collapse-spaces");
  CHECK(r.edits[0].before == "one  two");
  CHECK(r.edits[0].after == "one two");
  CHECK(r.edits[1].before == "two   three");
  // Tabs and line-leading indentation are layout.
  unchanged("name\t\tvalue");
  unchanged("  indented first line");
}

TEST_CASE("stray-letter: a leftover letter between lowercase words") {
  const RepairResult r = fix("His country wanted b to see negotiations.");
  CHECK(r.text == "His country wanted to see negotiations.");
  REQUIRE(r.edits.size() == 1);
  CHECK(r.edits[0].kind == "stray-letter");
  CHECK(r.edits[0].before == "wanted b to see");
  CHECK(r.edits[0].after == "wanted to see");
  CHECK(fix("Они хотели г видеть мир.").text == "Они хотели видеть мир.");
  unchanged("Они хотели б видеть мир.");  // "б" is the particle "бы"
}

TEST_CASE("stray-letter: labels, lists and one-letter words stay") {
  unchanged("We need a plan b for this and vitamin b supplements.");
  unchanged("They use type b blood and got grade a results.");
  unchanged("Pick between options a and b today.");
  unchanged("I think a dog and i think o dear.");
  unchanged("Juan y María o Pedro a casa e hijos u otros.");   // Spanish
  unchanged("Il va à Paris et il y a du monde.");             // French
  unchanged("Він був у Києві й в Одесі і з нами.");            // Ukrainian
  unchanged("Он был в Москве и к нам с ними у дома я о нём."); // Russian
  unchanged("Byl v Praze a k nám s nimi z domu.");            // Czech
  unchanged("Det är bra å det är i dag.");                     // Swedish
  // A broken word is not a stray letter: "benefi t" (the document knows "benefits").
  unchanged("It would benefi t them greatly.", "The benefits are clear.");
  // A letter the document uses on its own elsewhere is a symbol there.
  unchanged("when q is large, and q then drops", "");
}

TEST_CASE("doubled-word") {
  const RepairResult r = fix("We went to the the market.");
  CHECK(r.text == "We went to the market.");
  REQUIRE(r.edits.size() == 1);
  CHECK(r.edits[0].kind == "doubled-word");
  CHECK(r.edits[0].before == "the the");
  CHECK(r.edits[0].after == "the");
  CHECK(fix("The the market was open.").text == "The market was open.");
  CHECK(fix("Wir gingen mit mit ihm.").text == "Wir gingen mit ihm.");
  CHECK(fix("Мы пошли на на рынок.").text == "Мы пошли на рынок.");
  unchanged("She had had enough and said that that was fine.");
  unchanged("When I made it it worked; he gave her her keys.");
  unchanged("I love love this; snip snip; Walla Walla; in 1999 1999.");
  unchanged("Die Frau, die die Zeitung liest. Nous nous sommes vus.");
}

TEST_CASE("each repair kind can be switched off") {
  RepairOptions off;
  off.split_glued_words = off.space_before_punctuation = off.collapse_spaces = false;
  off.stray_letter = off.doubled_word = false;
  const std::string block = "Joe BidenXi Jinping and , perhaps  wanted b to see the the end.";
  const RepairResult r = fix(block, "Xi Jinping spoke.", off);
  CHECK(r.text == block);
  CHECK(r.edits.empty());
  RepairOptions only_doubled = off;
  only_doubled.doubled_word = true;
  const RepairResult d = fix(block, "Xi Jinping spoke.", only_doubled);
  REQUIRE(d.edits.size() == 1);
  CHECK(d.edits[0].kind == "doubled-word");
}

TEST_CASE("several repairs in one block keep exact offsets across lines") {
  const std::string doc = "Xi Jinping spoke.";
  const std::string block = "First  line and the the end.\nJoe BidenXi Jinping wanted b to see it .";
  const RepairResult r = fix(block, doc);
  CHECK(r.text == "First line and the end.\nJoe Biden Xi Jinping wanted to see it.");
  CHECK(r.edits.size() == 5);
}

TEST_CASE("source code is not repaired") {
  unchanged("int main() {\n  int userName = 0;  return userName;\n}");
}

TEST_CASE("a block with a huge number of repairs is capped, and the text stays whole") {
  std::string block;
  for (int k = 0; k < 3000; ++k) block += "word  word\n";
  block.pop_back();
  const RepairResult r = repair_block(block, RepairOptions{}, build_repair_context(block));
  CHECK(r.edits.size() == 1000);
  CHECK(r.text.size() == block.size() - 1000);
  CHECK(r.text.substr(r.text.size() - 10) == "word  word");
}

TEST_CASE("edit offsets hold on pseudo-random blocks built from repairable pieces") {
  const char* pieces[] = {"the",  "the",   "BidenXi", "Xi",  "Jinping", "b",  "wanted", "to",
                          "see",  ",",     ".",       "  ",  "\n",      "é",  "Київ",   "😀",
                          "и",    "plan",  "iPhone",  "mit", " , ",     " . ", "A",      "\t"};
  const std::size_t n = sizeof(pieces) / sizeof(pieces[0]);
  unsigned seed = 7;
  for (int round = 0; round < 200; ++round) {
    std::string block;
    for (int k = 0; k < 30; ++k) {
      seed = seed * 1103515245u + 12345u;
      block += pieces[(seed >> 16) % n];
      seed = seed * 1103515245u + 12345u;
      if ((seed >> 16) % 3 != 0) block += ' ';
    }
    const RepairContext ctx = build_repair_context("Xi Jinping came.\n" + block);
    const RepairResult r = repair_block(block, RepairOptions{}, ctx);
    for (const Edit& e : r.edits) {
      REQUIRE(e.input_end <= block.size());
      REQUIRE(e.end <= r.text.size());
      CHECK(block.substr(e.input_start, e.input_end - e.input_start) == e.before);
      CHECK(r.text.substr(e.start, e.end - e.start) == e.after);
    }
    if (r.edits.empty()) CHECK(r.text == block);
  }
}
