#include <doctest/doctest.h>

#include <string>

#include "html/html_text.h"
#include "html/tree.h"

using namespace pith::detail;

namespace {

// A page with the usual furniture around a four-paragraph article.
std::string page(const std::string& head, const std::string& article) {
  return "<!doctype html><html lang=\"en\"><head>" + head +
         "</head><body><header class=\"site-header\"><a href=\"/\">Home</a> <a href=\"/w\">World</a></header>"
         "<nav><ul><li><a href=\"/a\">Politics</a></li><li><a href=\"/b\">Sport</a></li></ul></nav>"
         "<div id=\"main\"><div class=\"article-body\">" + article +
         "</div><div class=\"share-tools\"><a href=\"#\">Share on the network</a></div>"
         "<div id=\"comments\"><p>First comment, this is a long reader comment that goes on, and on, "
         "and on about the article, with commas, many commas.</p></div></div>"
         "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Another story here</a></li></ul></aside>"
         "<footer><p>Copyright notice and company address</p></footer>"
         "<script>document.write('</div><p>injected</p>');</script></body></html>";
}

const char* kArticle =
    "<h1>Harbour reopens after storm</h1>"
    "<p>The harbour in the small coastal town reopened on Tuesday, three days after the storm, "
    "officials said, and the first ferries left on time.</p>"
    "<p>Fishermen, who had waited since the weekend, returned to sea in the morning, while "
    "repair crews worked on the damaged pier, the town council said.</p>"
    "<p>\"We were lucky,\" said the harbour master, adding that no boats had sunk, although "
    "several were damaged, some badly, in the night of the storm.</p>"
    "<blockquote><p>Everyone helped everyone, and that is why we are open again.</p></blockquote>"
    "<ul><li>Ferries: running</li><li>Pier: closed until Friday</li></ul>"
    "<p>Line one<br>Line two</p>"
    "<pre>code  keeps\n   its spaces</pre>";

}  // namespace

TEST_CASE("html_to_text: the article is kept, furniture is dropped") {
  HtmlText r = html_to_text(page("<title>Harbour reopens after the long storm | Coast News</title>", kArticle));
  CHECK(r.text.find("The harbour in the small coastal town") != std::string::npos);
  CHECK(r.text.find("Fishermen, who had waited") != std::string::npos);
  CHECK(r.text.find("Everyone helped everyone") != std::string::npos);
  CHECK(r.text.find("Politics") == std::string::npos);
  CHECK(r.text.find("Most read") == std::string::npos);
  CHECK(r.text.find("First comment") == std::string::npos);
  CHECK(r.text.find("Share on the network") == std::string::npos);
  CHECK(r.text.find("Copyright") == std::string::npos);
  CHECK(r.text.find("injected") == std::string::npos);
  CHECK(r.text.find("document.write") == std::string::npos);
  // The page's own headline (<h1>) agrees with the <title> and is what a reader sees.
  CHECK(r.title == "Harbour reopens after storm");
  CHECK(r.language == "en");
}

TEST_CASE("html_to_text: blocks, kinds, <br> and <pre>") {
  HtmlText r = html_to_text(page("", kArticle));
  bool quote = false, item = false, pre = false, lines = false;
  for (const auto& b : r.blocks) {
    if (b.kind == pith::BlockKind::kBlockquote && b.text.find("Everyone helped") == 0) quote = true;
    if (b.kind == pith::BlockKind::kListItem && b.text == "Ferries: running" && b.level == 1) item = true;
    if (b.kind == pith::BlockKind::kPreformatted && b.text == "code  keeps\n   its spaces") pre = true;
    if (b.text == "Line one\nLine two") lines = true;
  }
  CHECK(quote);
  CHECK(item);
  CHECK(pre);
  CHECK(lines);
  // Blocks are separated by one blank line and never contain one.
  CHECK(r.text.find("\n\n\n") == std::string::npos);
  CHECK(r.text.find("running\n\nPier: closed") != std::string::npos);
}

TEST_CASE("html_to_text: inline whitespace collapses, entities decode") {
  HtmlText r = html_to_text(
      "<html><body><article><p>  Caf&eacute;\n   owners,\t"
      "<b>in   the</b> old town, say prices rose by 10&nbsp;% this year, and more.</p>"
      "<p>Second paragraph with enough words, commas, and length to be article text.</p>"
      "</article></body></html>");
  CHECK(r.text.find("Caf\xC3\xA9 owners, in the old town, say") == 0);
}

TEST_CASE("html_to_text: hidden nodes and a declared non-UTF-8 charset") {
  HtmlText r = html_to_text(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
      "</head><body><div class=\"story\">"
      "<p>Über die Brücke fahren jetzt wieder Züge, sagte die Bahn am Montag, und die Pendler "
      "sind froh darüber.</p><p style=\"display: none\">Versteckter Text</p>"
      "<p hidden>Noch mehr versteckter Text</p>"
      "<p>Die Reparatur hat drei Wochen gedauert, länger als geplant, aber günstiger.</p>"
      "</div></body></html>");
  // Input is UTF-8 already: the declared charset is ignored, umlauts pass through unchanged.
  CHECK(r.text.find("Über die Brücke fahren jetzt wieder Züge") != std::string::npos);
  CHECK(r.text.find("Versteckter") == std::string::npos);
  CHECK(r.text.find("Noch mehr") == std::string::npos);
}

TEST_CASE("html_to_text: metadata from JSON-LD, OpenGraph and the DOM") {
  HtmlText r = html_to_text(
      "<html lang=\"fr\"><head><title>Le port rouvre - Journal</title>"
      "<meta property=\"og:site_name\" content=\"Journal de la Côte\">"
      "<meta property=\"article:published_time\" content=\"2024-03-05T08:00:00Z\">"
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
      "{\"@type\":\"WebSite\",\"name\":\"x\"},{\"@type\":\"NewsArticle\",\"headline\":\"Le port "
      "rouvre apr\\u00e8s la temp\\u00eate\",\"author\":[{\"@type\":\"Person\",\"name\":\"Anne "
      "Martin\"},{\"name\":\"Luc Petit\"}],\"datePublished\":\"2024-03-05\"}]}</script>"
      "</head><body><article><p>Le port a rouvert mardi, trois jours après la tempête, ont "
      "indiqué les autorités, et les premiers ferries sont partis.</p></article></body></html>");
  CHECK(r.title == "Le port rouvre après la tempête");
  CHECK(r.byline == "Anne Martin, Luc Petit");
  CHECK(r.published == "2024-03-05");
  CHECK(r.site_name == "Journal de la Côte");
  CHECK(r.language == "fr");

  HtmlText s = html_to_text(
      "<html><head><title>Puerto reabre tras la tormenta en la costa norte | Diario</title></head>"
      "<body><div class=\"post\"><span class=\"byline\">Por María López</span>"
      "<time datetime=\"2024-03-06T10:00:00+01:00\">6 de marzo</time>"
      "<p>El puerto reabrió el martes, tres días después de la tormenta, dijeron las "
      "autoridades, y los primeros barcos salieron a tiempo.</p></div></body></html>");
  CHECK(s.title == "Puerto reabre tras la tormenta en la costa norte");
  CHECK(s.byline == "María López");  // the name, without "Por"
  CHECK(s.published == "2024-03-06T10:00:00+01:00");
  CHECK(s.text.find("Por María") == std::string::npos);  // the byline is not body text
}

TEST_CASE("html_to_text: broken JSON-LD and broken markup give a result, not a crash") {
  HtmlText r = html_to_text(
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
      "</script><title>Новости: мост открыт снова для всех машин</title></head><body><div><p>Мост "
      "через реку снова открыт, сообщили власти в понедельник, и движение восстановлено.<div><span>"
      "<p>Ремонт занял три недели, дольше, чем планировалось.</table></td></b></i>");
  CHECK(r.text.find("Мост через реку снова открыт") != std::string::npos);
  CHECK(r.text.find("Ремонт занял три недели") != std::string::npos);
  CHECK(r.title == "мост открыт снова для всех машин");
}

TEST_CASE("html_to_text: deep nesting and a 32 MiB page in linear time") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div><span>";
  deep += "<p>Кінець дуже глибокої сторінки, де текст усе ще має бути знайдений.</p>";
  HtmlText d = html_to_text(deep);
  CHECK(d.text.find("Кінець дуже глибокої сторінки") != std::string::npos);

  std::string big = "<html><body><div class=\"content\">";
  const std::string para =
      "<p>A paragraph of ordinary article text, with commas, and <a href=\"/x\">a link</a>, "
      "repeated to fill a very large page for the time test.</p>\n";
  while (big.size() < 32u * 1024u * 1024u - para.size() - 64) big += para;
  big += "</div></body></html>";
  // Its time is measured by the scaling check (scripts/scaling), never asserted here.
  HtmlText b = html_to_text(big);
  CHECK(b.text.size() > 16u * 1024u * 1024u);
}

TEST_CASE("html_to_text: past the node cap the rest is reported as node-limit, not glued on") {
  // 10^6 empty elements: before the cap the rest was glued into the last text node (and a run
  // of "<p>x</p>" paragraphs read as the X share button: reason "social").
  std::string html =
      "<html><body><article><p>An opening paragraph of the article, long enough to be kept as "
      "body text by the content selection of the page.</p>";
  for (std::size_t i = 0; i < kMaxNodes; ++i) html += "<i></i>";
  html += "<p>Text after the cap: the rest of a pathological page.</p><script>var hidden = 1;"
          "</script><p>Last words.</p></article></body></html>";
  HtmlText r = html_to_text(html);
  CHECK(r.removed.empty());  // the block stage dropped nothing: the log has the rest
  REQUIRE(!r.removal.entries.empty());
  const HtmlRemoved& rest = r.removal.entries.back();
  CHECK(rest.reason == Drop::kLimit);
  CHECK(rest.text == "Text after the cap: the rest of a pathological page. Last words.");
  CHECK(rest.end == html.size());
  CHECK(html[rest.start] == '<');  // where the tree stopped: a tag of the <i></i> run
  CHECK(r.text.find("An opening paragraph") != std::string::npos);
  CHECK(r.text.find("Text after the cap") == std::string::npos);
  HtmlText small = html_to_text("<p>A small page.</p>");
  CHECK(small.removed.empty());
  CHECK(small.removal.entries.empty());
}

TEST_CASE("html_to_text: metadata is plain text and the url a web address") {
  using namespace std::string_literals;
  HtmlText r = html_to_text(
      "<html><head><title>Bridge\x9b reopens\0 today\x01</title><meta name=\"author\" "
      "content=\"Jo&#0;\tRoe\">\n<link rel=\"canonical\" href=\" javascript:alert(1)\"></head>"
      "<body><p>x</p></body></html>"s);
  CHECK(r.title == "Bridge\xEF\xBF\xBD reopens today");
  CHECK(r.byline.find('\t') == std::string::npos);
  CHECK(r.url.empty());
  CHECK(html_to_text("<html><head><link rel=\"canonical\" href=\"HTTPS://example.org/a\"></head></html>").url ==
        "HTTPS://example.org/a");
  CHECK(html_to_text("<html><head><link rel=\"canonical\" href=\"/blog/post\"></head></html>").url == "/blog/post");
  CHECK(html_to_text("<html><head><link rel=\"canonical\" href=\"data:text/html,x\"></head></html>").url.empty());
}

TEST_CASE("html_to_text: a short site title is kept whole (too few words to cut)") {
  HtmlText r = html_to_text("<html><head><title>Storm | Coast News</title></head><body><p>x</p></body></html>");
  CHECK(r.title == "Storm | Coast News");
}

// Pathological markup is handled and gives the expected text; how its time grows with size is
// the scaling check's job (scripts/scaling), never a timed assertion in a test.
TEST_CASE("html_to_text: pathological markup is handled") {
  auto rep = [](const std::string& unit, std::size_t bytes) {
    std::string s;
    s.reserve(bytes + unit.size());
    while (s.size() < bytes) s += unit;
    return s;
  };
  const std::size_t kBytes = 4u * 1024u * 1024u;
  // An open <p> behind a <button> barrier, deep inline nesting, then many blocks: each <div>
  // looks for the <p> to close, but only a bounded way up.
  // Everything sits inside the <button> (a <div> does not close it), which is never article text.
  CHECK(html_to_text("<p><button>" + rep("<span>", 20000) + rep("<div>x", kBytes)).text.empty());
  CHECK(html_to_text(rep("</div>", kBytes)).text.empty());
  CHECK(html_to_text(rep("<li>item, text", kBytes)).text.find("item, text") != std::string::npos);
  CHECK(html_to_text(rep("&amp;&#x41;&nbsp;&bogus", kBytes)).text.find("&A") != std::string::npos);
  CHECK(html_to_text("<!--" + std::string(kBytes, '-')).text.empty());
}

TEST_CASE("html_to_text: metadata edge cases") {
  // JSON-LD wrapped in CDATA; "name" preferred unless only "headline" resembles <title>.
  HtmlText a = html_to_text(
      "<html><head><title>Neue Brücke in Betrieb genommen - Stadtanzeiger</title>"
      "<script type=\"application/ld+json\">\n<![CDATA[{\"@type\":\"Article\",\"name\":\"Stadtanzeiger\","
      "\"headline\":\"Neue Brücke in Betrieb genommen\",\"author\":{\"name\":\"Jonas Weber\"}}]]>\n"
      "</script></head><body><p>x</p></body></html>");
  CHECK(a.title == "Neue Brücke in Betrieb genommen");
  CHECK(a.byline == "Jonas Weber");
  // property="a b" names two keys; the last tag with a key wins.
  HtmlText b = html_to_text(
      "<html><head><meta name=\"author\" content=\"Older\"><meta property=\"dc:creator og:x\" "
      "content=\"Olena Kovalenko\"><meta name=\"DC.creator\" content=\"Later Name\"></head>"
      "<body><p>x</p></body></html>");
  CHECK(b.byline == "Later Name");
  // A byline's itemprop="name" child is the name alone.
  HtmlText c = html_to_text(
      "<html><body><article><div class=\"byline\">By <span itemprop=\"name\">Ana Ruiz</span>, "
      "5 May</div><p>Texto del artículo, con comas, y más texto para que sea un párrafo.</p>"
      "</article></body></html>");
  CHECK(c.byline == "Ana Ruiz");
}
