#include <doctest/doctest.h>

#include <string>

#include "quotes/spans/marks.h"
#include "quotes/quotes.h"

using namespace pith::detail;

namespace {
std::vector<std::string> spans_of(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : pair_marks(text, split_paragraphs(text)))
    out.push_back(text.substr(s.open_end, s.close - s.open_end));
  return out;
}
}  // namespace

TEST_CASE("marks: every convention pairs") {
  CHECK(spans_of("He said “we will win” today.") == std::vector<std::string>{"we will win"});
  CHECK(spans_of("Er sagte: „Wir gewinnen“ heute.") == std::vector<std::string>{"Wir gewinnen"});
  CHECK(spans_of("Sie sagte „nein” dazu.") == std::vector<std::string>{"nein"});
  CHECK(spans_of("Il a dit « oui » hier.") == std::vector<std::string>{" oui "});
  CHECK(spans_of("Er sagte »ja« und ging.") == std::vector<std::string>{"ja"});
  CHECK(spans_of("Он сказал «да» вчера.") == std::vector<std::string>{"да"});
  CHECK(spans_of("Er sagte ›ja‹ leise.") == std::vector<std::string>{"ja"});
  CHECK(spans_of("彼は「はい」と言った。") == std::vector<std::string>{"はい"});
  CHECK(spans_of("He said \"no\" twice.") == std::vector<std::string>{"no"});
  CHECK(spans_of("A ‘small’ step.") == std::vector<std::string>{"small"});
  CHECK(spans_of("A 'small' step.") == std::vector<std::string>{"small"});
  CHECK(spans_of("He said ''we won'' loudly.") == std::vector<std::string>{"we won"});
  CHECK(spans_of("He said ``we won'' loudly.") == std::vector<std::string>{"we won"});
  CHECK(spans_of("“It is fine,“ he said.") == std::vector<std::string>{"It is fine,"});
}

TEST_CASE("marks: apostrophes are not quotes") {
  CHECK(spans_of("Moscow's plan and Kyiv’s reply don't match, as in the ’90s.").empty());
  CHECK(spans_of("She said ‘Moscow’s plan won’t work’ firmly.") ==
        std::vector<std::string>{"Moscow’s plan won’t work"});
}

TEST_CASE("marks: nested quotes of another kind stay inside the outer one") {
  CHECK(spans_of("He said “they called it ‘a farce’ openly” yesterday.") ==
        std::vector<std::string>{"they called it ‘a farce’ openly"});
}

TEST_CASE("marks: multi-paragraph quote reopened at each paragraph") {
  const std::string t = "She said: “First part of it.\n\n“Second part of it.\n\n“Last part.”\n\nAfter.";
  const auto spans = pair_marks(t, split_paragraphs(t));
  REQUIRE(spans.size() == 3);
  CHECK(spans[0].continues);
  CHECK(!spans[0].closed);
  CHECK(spans[1].continuation);
  CHECK(spans[2].closed);
  CHECK(t.substr(spans[2].open_end, spans[2].close - spans[2].open_end) == "Last part.");
}

TEST_CASE("marks: an unbalanced mark never pairs across paragraphs") {
  const std::string t = "An odd “mark here.\n\nAnother paragraph” with a stray close.";
  const auto spans = pair_marks(t, split_paragraphs(t));
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].paragraph == 0);
  CHECK(!spans[0].closed);
}

TEST_CASE("marks: offsets after non-BMP text") {
  const std::string t = "😀😀 He said “yes” then.";
  const auto r = find_quotes(t, split_paragraphs(t));
  REQUIRE(r.quotes.size() == 1);
  CHECK(t.substr(r.quotes[0].start, r.quotes[0].end - r.quotes[0].start) == "yes");
}

TEST_CASE("marks: linear on a large text with 100,000 unbalanced marks") {
  std::string t;
  t.reserve(4u << 20);
  for (int i = 0; i < 100000; ++i) t += (i % 3 == 0) ? "word “open and more words " : "plain text here ";
  t += "\n\nEnd “closed” here.";
  const auto r = find_quotes(t, split_paragraphs(t));
  bool found = false;
  for (const auto& q : r.quotes) {
    CHECK(q.end - q.start < 30000);
    found = found || q.text == "closed";
  }
  CHECK(found);
}

TEST_CASE("marks: a lone apostrophe does not swallow the double quotes after it") {
  CHECK(spans_of("Back in the late '70s, the trader said \"it will not last\" and left.") ==
        std::vector<std::string>{"it will not last"});
  CHECK(spans_of("Anna in 't Hout told the paper: \"We see a risk.\"") ==
        std::vector<std::string>{"We see a risk."});
  CHECK(spans_of("Sie lobte die ’80er, sagte „Es war schön“ und ging.") ==
        std::vector<std::string>{"Es war schön"});
  // A single pair around a double one is most often two apostrophes: the doubles win.
  CHECK(spans_of("The '90s band said \"never again\" to the fans' union.") ==
        std::vector<std::string>{"never again"});
  // Singles inside doubles still stay inside.
  CHECK(spans_of("He wrote \"the so-called 'deal' failed\" today.") ==
        std::vector<std::string>{"the so-called 'deal' failed"});
}

TEST_CASE("marks: an opening curly mark followed by a space") {
  CHECK(spans_of("The ad shows him saying, “ we will fix it.” Then it ends.") ==
        std::vector<std::string>{" we will fix it."});
  // It pairs only with a closing mark in its paragraph: a stray one is no quote to the end.
  CHECK(spans_of("A stray “ mark in a line of text.").empty());
  // Inside an open double it is not an opener.
  CHECK(spans_of("She said “it was “ fine” then.") == std::vector<std::string>{"it was “ fine"});
}

TEST_CASE("marks: a transcript label inside the marks is not part of the quote") {
  const std::string t =
      "The exchange went as follows:\n\n\"HOST: Will you run again?\n\n\"MR. DAHL: We will see.\"\n\n"
      "She wrote: “UPDATE: it works” then.\n\n\"Plain speech: it stays whole,\" he said.";
  const auto r = find_quotes(t, split_paragraphs(t));
  std::vector<std::string> got;
  for (const auto& q : r.quotes)
    if (q.type != pith::QuoteType::kReported) got.push_back(q.text);
  CHECK(got == std::vector<std::string>{"Will you run again?", "We will see.", "it works",
                                        "Plain speech: it stays whole,"});
}

TEST_CASE("marks: an opening mark with no space before it") {
  CHECK(spans_of("Berg said,“Look, it is over.” Then he left.") ==
        std::vector<std::string>{"Look, it is over."});
  CHECK(spans_of("She feared the police.\"We were misled.\" She left.") ==
        std::vector<std::string>{"We were misled."});
  // A straight mark after a full stop still closes an open quote first.
  CHECK(spans_of("He said \"no.\"Then he left.") == std::vector<std::string>{"no."});
}

TEST_CASE("marks: a paragraph opened by a mark typed the wrong way round") {
  // An invisible direction mark (pasted from a social network) before it is skipped.
  CHECK(spans_of("\xE2\x80\xAA”Sorry, we lost the vote,” she posted.") ==
        std::vector<std::string>{"Sorry, we lost the vote,"});
  // Unclosed in its paragraph, it is no quote.
  CHECK(spans_of("”Nothing closes this one.").empty());
}

TEST_CASE("marks: an apostrophe of elision opens no quote ('bout, 'em, '70s, '16)") {
  // Paired with the later possessive, the elision would swallow the double quote.
  CHECK(spans_of("How ‘bout this line from the paper: “Rents climb again in the tenants’ flats.”") ==
        std::vector<std::string>{"Rents climb again in the tenants’ flats."});
  CHECK(spans_of("Lock ‘em up, he wrote, and the voters’ mood turned.").empty());
  CHECK(spans_of("Bands of the ‘70s toured, as the ‘16 race showed; the players’ union agreed.").empty());
  CHECK(spans_of("Wait ’til dawn, said the guards’ chief.").empty());
  // A quote in single marks still pairs, and so does one starting with a number.
  CHECK(spans_of("She called it ‘a bout of nerves’ today.") == std::vector<std::string>{"a bout of nerves"});
  CHECK(spans_of("The sign read ‘2024 is ours’ in red.") == std::vector<std::string>{"2024 is ours"});
}
