// Phrase tables of the plain-text engine (text/phrases.cpp, text/boilerplate_table.inc): lines
// that are boilerplate in any supported language, and prose that only looks like it.
#include <doctest/doctest.h>

#include <string>

#include "text/phrases.h"
#include "text/segment.h"

using namespace pith::detail;

namespace {
std::string reason(const char* line) {
  unsigned words = 0;
  for (const TextLine& l : segment_lines(line)) words += l.words;
  const PhraseMatch m = match_phrase(line, line_key(line), words);
  return m.reason ? m.reason : "";
}
}  // namespace

TEST_CASE("phrases: the heading of a blog's comment list names the post") {
  CHECK(reason("14 Responses to “Why the harbour ferry runs late”") == "comments");
  CHECK(reason("One thought on “A winter of bread baking”") == "comments");
  CHECK(reason("3 comments on Notes from the allotment") == "comments");
  CHECK(reason("2 Kommentare zu „Die neue Fahrradbrücke“") == "comments");
  CHECK(reason("5 commentaires sur « Le marché du samedi »") == "comments");
  CHECK(reason("7 comentarios en “El puerto de noche”") == "comments");
  CHECK(reason("12 комментариев к «Метро»") == "comments");
  CHECK(reason("No comments yet.") == "comments");
  CHECK(reason("Noch keine Kommentare") == "comments");
  CHECK(reason("Нет комментариев") == "comments");
}

TEST_CASE("phrases: a count in prose is not a comment heading") {
  CHECK(reason("Responses to the survey were mixed, the council said.") == "");
  CHECK(reason("There were 12 responses to the consultation by Friday.") == "");
  CHECK(reason("One thought on the matter kept returning to her.") == "");
}

TEST_CASE("phrases: the site's own notices, however long") {
  CHECK(reason("Market data provided by Example Exchange Services. Quotes delayed at least 15 "
               "minutes.") == "site-notice");
  CHECK(reason("This material may not be published, broadcast, rewritten or redistributed.") ==
        "site-notice");
  CHECK(reason("Harbour League, the Harbour Shield and the word mark are registered trademarks of "
               "the Harbour League.") == "site-notice");
  CHECK(reason("The views expressed on this site are the authors' own and not those of the "
               "university.") == "site-notice");
  CHECK(reason("Questions about your delivery? Contact customer service at 0800 555 0199.") ==
        "site-notice");
  CHECK(reason("Notes from the Allotment is powered by Blogger.") == "site-notice");
  CHECK(reason("Die Kurse werden mindestens 15 Minuten verzögert angezeigt, keine Anlageberatung.") ==
        "site-notice");
  CHECK(reason("Toute reproduction interdite sans autorisation écrite.") == "site-notice");
  CHECK(reason("Перепечатка запрещена без согласия редакции.") == "site-notice");
  // A notice of 200 words is still one: the phrase scan reaches 300 words for these rules.
  std::string long_notice = "The league and its marks are registered trademarks of the league.";
  for (int i = 0; i < 20; ++i) long_notice += " All other marks belong to their owners here.";
  CHECK(reason(long_notice.c_str()) == "site-notice");
}

TEST_CASE("phrases: prose about the same topics is left alone") {
  CHECK(reason("The court said the data provided by the ministry was incomplete.") == "");
  CHECK(reason("Shares were delayed in trading after the announcement on Monday.") == "");
  CHECK(reason("Her views on the bridge were expressed at the council meeting.") == "");
}

TEST_CASE("phrases: share bars of blog platforms") {
  CHECK(reason("Email ThisBlogThis!Share to TwitterShare to Facebook") == "social");
  CHECK(reason("Click to share on Twitter (Opens in new window)") == "social");
  CHECK(reason("Click to email this to a friend (Opens in new window)") == "social");
  CHECK(reason("Like this:") == "widget");
  CHECK(reason("Advertise | AdChoices") == "widget");
  CHECK(reason("Click to share on the harbour board's website, the mayor told residents who "
               "asked how they could support the plan.") == "");
}

TEST_CASE("phrases: headings of teaser and trending lists") {
  CHECK(reason("Around the Web") == "related-link");
  CHECK(reason("Trending") == "related-link");
  CHECK(reason("Most Emailed") == "related-link");
  CHECK(reason("Featured Post") == "related-link");
  CHECK(reason("What to Read Next") == "related-link");
  CHECK(reason("Weitere Nachrichten") == "related-link");
  CHECK(reason("Lo más visto") == "related-link");
  CHECK(reason("Другие новости") == "related-link");
  CHECK(reason("Newer Post Older Post Home") == "navigation");
  CHECK(reason("Trending upwards, the index closed at a record on Friday.") == "");
}

TEST_CASE("phrases: related headings, tag headings, close buttons and comment prompts in more forms") {
  CHECK(reason("Artículos Relacionados") == "related-link");
  CHECK(reason("Ähnliche Artikel") == "related-link");
  CHECK(reason("Похожие статьи") == "related-link");
  CHECK(reason("Siguiente artículo: El puerto reabre el lunes") == "navigation");
  CHECK(reason("Etiquetas") == "navigation");
  CHECK(reason("Cerrar") == "widget");
  CHECK(reason("Regístrate o inicia sesión para comentar") == "comments");
  CHECK(reason("Log in to comment") == "comments");
}

TEST_CASE("phrases: comment forms and their notices") {
  CHECK(reason("Sign in to post a reply.") == "comments");
  CHECK(reason("Enviá tu comentario") == "comments");
  CHECK(reason("Para poder comentar tenés que ingresar con tu usuario.") == "comments");
  CHECK(reason("Los comentarios publicados son de exclusiva responsabilidad de sus autores.") ==
        "comments");
  CHECK(reason("Más sobre Conflicto en el puerto") == "related-link");
  CHECK(reason("People Also Read") == "related-link");
}

TEST_CASE("phrases: headings of tag lists") {
  CHECK(reason("Topics") == "navigation");
  CHECK(reason("Filed under") == "navigation");
  CHECK(reason("Schlagwörter") == "navigation");
  CHECK(reason("Темы") == "navigation");
}
