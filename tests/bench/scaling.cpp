// Scaling probe: builds one worst-case input shape at a given size, runs it through one entry
// point of the JSON boundary (what the wasm module and the CLI call) and prints, as one JSON
// line, the CPU time of the call and its peak heap. scripts/scaling runs it at 1x, 4x and 16x
// and checks that time grows linearly; see docs/schema.md ("Limits").
//   pith_scaling SHAPE API BYTES [--min-cpu SECONDS]
//   pith_scaling --list
// API is clean-text, clean-html or quotes. The input is composed here (never read from a
// corpus), deterministically, so every run of a shape sees the same bytes.
// CPU time (getrusage, user + system) rather than wall time: the machine may be shared. Peak
// heap: every operator new/delete of the process is counted (malloc_usable_size), so the figure
// is the bytes live at the worst moment of the call, input excluded, output included.
#include <malloc.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "pith/json_api.h"

namespace {

std::size_t g_live = 0;
std::size_t g_peak = 0;

void* counted_alloc(std::size_t n) {
  void* p = std::malloc(n ? n : 1);
  if (!p) throw std::bad_alloc();
  g_live += malloc_usable_size(p);
  if (g_live > g_peak) g_peak = g_live;
  return p;
}

void counted_free(void* p) noexcept {
  if (!p) return;
  g_live -= malloc_usable_size(p);
  std::free(p);
}

}  // namespace

void* operator new(std::size_t n) { return counted_alloc(n); }
void* operator new[](std::size_t n) { return counted_alloc(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try { return counted_alloc(n); } catch (...) { return nullptr; }
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  try { return counted_alloc(n); } catch (...) { return nullptr; }
}
void operator delete(void* p) noexcept { counted_free(p); }
void operator delete[](void* p) noexcept { counted_free(p); }
void operator delete(void* p, std::size_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::size_t) noexcept { counted_free(p); }

namespace {

// Deterministic pseudo-random bytes (a 64-bit LCG): the same input on every run.
struct Lcg {
  unsigned long long s = 0x9E3779B97F4A7C15ull;
  unsigned next() {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<unsigned>(s >> 33);
  }
};

// `unit` repeated until the text reaches `bytes` (whole units), between `head` and `tail`.
std::string repeat(const std::string& unit, std::size_t bytes, const std::string& head = "",
                   const std::string& tail = "") {
  std::string s = head;
  s.reserve(bytes + unit.size() + tail.size());
  while (s.size() + unit.size() <= bytes || s.size() == head.size()) s += unit;
  s += tail;
  return s;
}

// Varied words so the tables, names and cue verbs see more than one token over and over.
const char* const kWords[] = {"the", "minister", "said", "that", "Anna", "Roe", "told",
                              "reporters", "plan", "would", "work", "and", "he", "she",
                              "Berlin", "officials", "on", "Monday", "according", "to"};

std::string words_without_end(std::size_t bytes) {
  std::string s;
  s.reserve(bytes + 16);
  Lcg r;
  while (s.size() < bytes) {
    s += kWords[r.next() % (sizeof kWords / sizeof kWords[0])];
    s += ' ';
  }
  return s;
}

std::string invalid_utf8(std::size_t bytes, bool nul) {
  std::string s;
  s.reserve(bytes + 16);
  Lcg r;
  while (s.size() < bytes) {
    const unsigned x = r.next();
    if (x % 7 == 0) s += "said \"we will\" ";
    else if (nul && x % 5 == 0) s += '\0';
    else if (x % 3 == 0) s += static_cast<char>(0x80 + (x >> 8) % 0x80);
    else s += static_cast<char>('a' + (x >> 8) % 26);
    if (x % 11 == 0) s += ' ';
  }
  return s;
}

struct Shape {
  const char* name;
  const char* apis;  // the entry points scripts/scaling runs it through
  std::size_t base;  // its 1x size in bytes in a full run (16x reaches the counts named)
  const char* what;
  std::string (*make)(std::size_t bytes);
};

constexpr std::size_t kK = 1024;
constexpr const char* kText = "clean-text,quotes";
constexpr const char* kHtml = "clean-html";

const Shape kShapes[] = {
    // Plain text: the text engine and the quote engine, through clean() and extractQuotes().
    {"runon-quotes", kText, 256 * kK, "'a \"b\" ' repeated: one unbroken sentence of quotes",
     [](std::size_t n) { return repeat("a \"b\" ", n); }},
    {"unbroken-sentence", kText, 256 * kK, "words, names and cue verbs with no sentence end",
     [](std::size_t n) { return words_without_end(n); }},
    {"giant-paragraph", kText, 256 * kK, "sentences with quotes and speakers, no line break",
     [](std::size_t n) {
       return repeat("The minister said \xE2\x80\x9Cwe will win\xE2\x80\x9D in Berlin. Anna Roe "
                     "told reporters it was fine, and he said so. ", n);
     }},
    {"many-quotes", kText, 460 * kK, "one quotation per paragraph (10^5 at 16x)",
     [](std::size_t n) {
       return repeat("Officials met in Berlin. The minister said \xE2\x80\x9Cwe will win\xE2\x80\x9D "
                     "on Monday.\n\n", n);
     }},
    {"identical-paragraphs", kText, 306 * kK, "the same paragraph over and over (10^5 at 16x)",
     [](std::size_t n) { return repeat("A paragraph that repeats itself word for word.\n\n", n); }},
    {"pasted-page", kText, 256 * kK, "prose paragraphs between menu lines",
     [](std::size_t n) {
       return repeat("The river rose again overnight, and the council opened two more shelters for "
                     "families who had to leave their homes.\n\nHome\nNews\nSport\n\n", n);
     }},
    {"html-as-text", kText, 256 * kK, "HTML paragraphs read as plain text, one line",
     [](std::size_t n) {
       return repeat("Berlin.</p><p>The minister said \xE2\x80\x9Cwe will win\xE2\x80\x9D today ", n);
     }},
    {"quote-marks", kText, 256 * kK, "a run of mixed quotation marks",
     [](std::size_t n) {
       return repeat("\"\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x9E\xC2\xAB\xC2\xBB\xE2\x80\xB9\xE2\x80\xBA"
                     "\xE2\x80\x9A\xE2\x80\x98\xE2\x80\x99'", n);
     }},
    {"straight-quotes", kText, 256 * kK, "a run of straight double quotes",
     [](std::size_t n) { return repeat("\"", n); }},
    {"apostrophes", kText, 256 * kK, "elisions and apostrophes ('70s, 'em, rock'n'roll)",
     [](std::size_t n) { return repeat("'70s rock'n'roll 'em ' ' Roe's ''", n); }},
    {"german-runon", kText, 256 * kK, "German colon quotes in one sentence",
     [](std::size_t n) {
       return repeat("und die Ministerin sagte: \xE2\x80\x9E" "Wir gewinnen\xE2\x80\x9C, ", n);
     }},
    {"reported-runon", kText, 256 * kK, "one sentence of cues whose clauses are mostly quoted",
     [](std::size_t n) { return repeat("Roe said that \"we will win now\" and ", n); }},
    {"long-word", kText, 256 * kK, "one word without spaces",
     [](std::size_t n) { return repeat("abcdefghij", n); }},
    {"short-lines", kText, 256 * kK, "a line break after every word",
     [](std::size_t n) { return repeat("word\n", n); }},
    {"spaces", kText, 256 * kK, "runs of spaces for the repairs to collapse",
     [](std::size_t n) { return repeat("a    b  ", n); }},
    {"invalid-utf8", kText, 256 * kK, "bytes that are not UTF-8, with words and quotes",
     [](std::size_t n) { return invalid_utf8(n, false); }},
    {"nul-bytes", kText, 256 * kK, "NUL bytes among words and quotes",
     [](std::size_t n) { return invalid_utf8(n, true); }},
    // HTML: tokenizer, tree, selection and blocks, through clean().
    {"html-tags", kHtml, 562 * kK, "inline tags (10^6 at 16x)",
     [](std::size_t n) { return repeat("<b>w</b> ", n, "<html><body><p>", "</p></body></html>"); }},
    {"html-attributes", kHtml, 375 * kK, "attributes on one element (10^6 at 16x)",
     [](std::size_t n) { return repeat(" a=\"b\"", n, "<html><body><p", ">text</p></body></html>"); }},
    {"html-attributes-many", kHtml, 256 * kK, "elements with class, id and style",
     [](std::size_t n) {
       return repeat("<span class=\"c\" id=\"i\" style=\"s\" data-x=\"y\">w</span>", n,
                     "<html><body><p>", "</p></body></html>");
     }},
    {"html-nesting", kHtml, 256 * kK, "unclosed nested elements (past the depth cap)",
     [](std::size_t n) { return repeat("<div><span>x ", n, "<html><body>", "</body></html>"); }},
    {"html-nested-headings", kHtml, 256 * kK, "headings nested 200 deep over empty elements",
     [](std::size_t n) {
       std::string head = "<html><head><title>T</title></head><body>";
       for (int k = 0; k < 200; ++k) head += "<h1><span>";
       return repeat("<i></i>", n, head, "</body></html>");
     }},
    {"html-button-barrier", kHtml, 256 * kK, "an open <p> behind a <button>, deep spans, then divs",
     [](std::size_t n) {
       std::string head = "<p><button>";
       for (int k = 0; k < 20000; ++k) head += "<span>";
       return repeat("<div>x", n, head);
     }},
    {"html-end-tags", kHtml, 256 * kK, "stray end tags", [](std::size_t n) { return repeat("</div>", n); }},
    {"html-list-items", kHtml, 256 * kK, "unclosed list items",
     [](std::size_t n) { return repeat("<li>item, text", n); }},
    {"html-paragraphs", kHtml, 440 * kK, "identical paragraphs (10^5 at 16x)",
     [](std::size_t n) {
       return repeat("<p>The minister said \xE2\x80\x9Cwe will win\xE2\x80\x9D in Berlin.</p>\n", n,
                     "<html><body><article>", "</article></body></html>");
     }},
    {"html-page", kHtml, 2048 * kK, "an article of linked paragraphs (32 MiB at 16x)",
     [](std::size_t n) {
       return repeat("<p>A paragraph of ordinary article text, with commas, and <a href=\"/x\">a "
                     "link</a>, repeated to fill a very large page.</p>\n",
                     n, "<html><body><div class=\"content\">", "</div></body></html>");
     }},
    {"html-giant-p", kHtml, 256 * kK, "one <p> holding an unbroken sentence of quotes",
     [](std::size_t n) { return repeat("a \"b\" ", n, "<html><body><p>", "</p></body></html>"); }},
    {"html-links", kHtml, 256 * kK, "paragraphs of links",
     [](std::size_t n) {
       return repeat("<p><a href=\"/x\">one</a> and <a href=\"/y\">two</a> words.</p>", n,
                     "<html><body><div>", "</div></body></html>");
     }},
    {"html-entities", kHtml, 256 * kK, "entities, named, numeric and bogus",
     [](std::size_t n) { return repeat("&amp;&#x201C;&quot;&nbsp;&lt;&#x41;&bogus", n, "<p>", "</p>"); }},
    {"html-invalid-utf8", kHtml, 256 * kK, "invalid UTF-8 and NUL bytes in a paragraph",
     [](std::size_t n) { return "<html><body><p>" + invalid_utf8(n, true) + "</p></body></html>"; }},
    {"html-unclosed-comment", kHtml, 256 * kK, "an unclosed comment of dashes",
     [](std::size_t n) { return "<p>text</p><!--" + std::string(n, '-'); }},
    // The 50 MB single line, at its own size (3.1, 12.5 and 50 MiB).
    {"long-line", kText, 3200 * kK, "prose with quotes and no line break (50 MiB at 16x)",
     [](std::size_t n) {
       return repeat("Anna Roe said \xE2\x80\x9Cwe will win\xE2\x80\x9D and the minister agreed. ", n);
     }},
};

double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

std::string run(const std::string& api, const std::string& input) {
  const std::string limit = std::to_string(input.size() + 1);
  if (api == "quotes") return pith::extract_quotes_json(input, "{\"maxInputBytes\":" + limit + "}");
  const char* format = api == "clean-html" ? "html" : "text";
  return pith::clean_json(input, std::string("{\"inputFormat\":\"") + format +
                                     "\",\"maxInputBytes\":" + limit + "}");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && !std::strcmp(argv[1], "--list")) {
    for (const Shape& s : kShapes) std::printf("%s\t%s\t%zu\t%s\n", s.name, s.apis, s.base, s.what);
    return 0;
  }
  if (argc < 4) {
    std::fprintf(stderr, "usage: pith_scaling SHAPE API BYTES [--min-cpu SECONDS] | --list\n");
    return 2;
  }
  const std::string name = argv[1], api = argv[2];
  const std::size_t bytes = std::strtoull(argv[3], nullptr, 10);
  double min_cpu = 0.05;
  for (int i = 4; i + 1 < argc; ++i)
    if (!std::strcmp(argv[i], "--min-cpu")) min_cpu = std::atof(argv[++i]);
  const Shape* shape = nullptr;
  for (const Shape& s : kShapes)
    if (name == s.name) shape = &s;
  if (!shape || (api != "clean-text" && api != "clean-html" && api != "quotes")) {
    std::fprintf(stderr, "pith_scaling: unknown shape or API (see --list)\n");
    return 2;
  }
  const std::string input = shape->make(bytes);
  // The first call alone gives the peak heap (a fresh count: the input is not in it). Short
  // calls are then repeated until min_cpu seconds have passed; the fastest of three batches is
  // the time (other work on the machine only ever adds).
  const std::size_t before = g_live;
  g_peak = g_live;
  double t0 = cpu_seconds();
  std::string out = run(api, input);
  double once = cpu_seconds() - t0;
  const std::size_t peak = g_peak - before;
  const bool ok = out.compare(0, 10, "{\"ok\":true") == 0;
  const std::size_t output_bytes = out.size();
  std::string error;
  if (!ok) error = out.substr(0, 200);
  out.clear();
  out.shrink_to_fit();
  double best = once;
  if (once < min_cpu) {
    const int reps = static_cast<int>(min_cpu / (once > 1e-5 ? once : 1e-5)) + 1;
    for (int batch = 0; batch < 3; ++batch) {
      t0 = cpu_seconds();
      for (int r = 0; r < reps; ++r) run(api, input);
      const double each = (cpu_seconds() - t0) / reps;
      if (batch == 0 || each < best) best = each;
    }
  }
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  std::string err_json;
  for (char c : error) {
    if (c == '"' || c == '\\') err_json += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) err_json += c;
  }
  std::printf("{\"shape\":\"%s\",\"api\":\"%s\",\"bytes\":%zu,\"cpu\":%.6f,\"heapPeak\":%zu,"
              "\"outputBytes\":%zu,\"maxRss\":%ld,\"ok\":%s,\"error\":\"%s\"}\n",
              shape->name, api.c_str(), input.size(), best, peak, output_bytes,
              u.ru_maxrss * 1024L, ok ? "true" : "false", err_json.c_str());
  return 0;
}
