// The result model shared by every stage. All offsets inside the core are UTF-8 byte offsets;
// the JSON codec converts them to UTF-16 code units for JavaScript.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pith {

inline constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);

struct Span {
  std::string text;
  std::size_t start = 0;  // byte offset into Article::text (or the text given to extract_quotes)
  std::size_t end = 0;
};

// Text blocks (paragraph ... caption, code, table) hold their text in Article::text; media
// blocks (image, figure) have empty text and start == end where they sit.
enum class BlockKind {
  kParagraph, kHeading, kListItem, kBlockquote, kPreformatted, kCaption,
  kCode, kImage, kFigure, kTable
};
const char* block_kind_name(BlockKind kind);

// Inline formatting of a range of a block's text (HTML input only).
enum class MarkKind { kLink, kEmphasis, kStrong, kCode };
const char* mark_kind_name(MarkKind kind);

struct Mark {
  MarkKind kind = MarkKind::kLink;
  std::size_t start = 0;  // byte offsets into Article::text, inside the block
  std::size_t end = 0;
  std::string href;       // kLink: absolute http, https or mailto URL
};

struct ImageCandidate {
  std::string url;         // absolute http(s) URL
  std::string descriptor;  // "640w", "2x" or "" (srcset syntax)
};

struct Image {
  std::string src;                      // absolute http(s) URL
  std::vector<ImageCandidate> srcset;   // responsive alternatives, as the page lists them
  std::string alt;
  int width = 0, height = 0;            // from the markup; 0 = not given
  std::string link;                     // the link around the image, when there is one
};

struct TableCell {
  std::size_t start = 0, end = 0;  // byte offsets into Article::text
  bool header = false;             // <th>
  int colspan = 1, rowspan = 1;
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;
  int level = 0;          // heading level 1-6, list nesting depth; 0 = not applicable
  std::size_t start = 0;  // byte offsets into Article::text
  std::size_t end = 0;
  std::vector<Mark> marks;                    // sorted by start
  std::vector<Image> images;                  // kImage: one; kFigure: one or more
  std::vector<std::vector<TableCell>> rows;   // kTable
  std::string language;                       // kCode: "python" from class="language-python"
  int figure = -1;        // kCaption: index of the block it describes (figure, image, table...)
  bool credit = false;    // kCaption: a credit line ("Photo: J. Doe/Agency")
};

// Something the engine dropped from the input, and why (reason codes: docs/schema.md).
struct Removed {
  std::string text;
  std::string reason;                 // e.g. "duplicate-title", "related-link", "widget"
  std::size_t start = kNoOffset;      // byte offsets into the INPUT; kNoOffset when unknown
  std::size_t end = kNoOffset;
  std::string path;                   // HTML input: the element, e.g. "div#main>aside.sidebar"
};

// One repair applied to the text: `before` was replaced by `after`.
struct Edit {
  std::string kind;                   // "split-glued-words", "stray-letter", ...
  std::string before;
  std::string after;
  std::size_t input_start = kNoOffset;  // where `before` is in the INPUT
  std::size_t input_end = kNoOffset;
  std::size_t start = kNoOffset;        // where `after` is in Article::text; kNoOffset if it
  std::size_t end = kNoOffset;          // landed outside the body (title, removed block)
};

// direct, partial, scare, block: quotations in marks (docs/schema.md defines each); reported:
// indirect speech without marks; title: the name or title of a thing in marks (the film “X”,
// die Zeitung „Y“), nobody's words.
enum class QuoteType { kDirect, kPartial, kScare, kBlock, kReported, kTitle };
const char* quote_type_name(QuoteType type);

struct Quote {
  std::string text;       // content without the enclosing marks
  std::size_t start = 0;  // byte offsets of the content into the analysed text
  std::size_t end = 0;
  QuoteType type = QuoteType::kDirect;
  std::optional<std::string> speaker;  // canonical name, e.g. "Xi Jinping"
  std::optional<Span> mention;         // the words that name the speaker here ("the Chinese leader")
  std::string resolved_from;           // "", "pronoun", "description", "continuation"
  std::optional<Span> cue;             // "said", "according to"
  int paragraph = 0;                   // 0-based index of the block holding the quote
  double confidence = 0.0;             // 0..1
};

struct Speaker {
  std::string name;
  std::vector<Span> mentions;
  int quote_count = 0;
};

struct QuoteResult {
  std::vector<Quote> quotes;
  std::vector<Speaker> speakers;
};

struct Stats {
  std::size_t input_bytes = 0;
  std::size_t output_chars = 0;  // UTF-16 code units of Article::text (what JS sees)
  std::size_t blocks_kept = 0;
  std::size_t blocks_removed = 0;
  double ms = 0.0;
};

// The encoding the input was read in: UTF-16 input is decoded (docs/schema.md, inputEncoding).
enum class InputEncoding { kUtf8, kUtf16Le, kUtf16Be };
const char* input_encoding_name(InputEncoding encoding);  // "utf-8", "utf-16le", "utf-16be"

// What kind of page an HTML input is: a guess from general markup signals (html/page_type).
// Plain-text input has none (kUnknown, null in JSON).
enum class PageType { kUnknown, kArticle, kForum, kProduct, kCollection, kListing, kDocumentation, kService };
const char* page_type_name(PageType type);  // "article", "forum"...; "" for kUnknown

struct Article {
  std::string title, subtitle, byline;
  std::string published;  // ISO 8601 when known, else the date text as found, else ""
  std::string source, site_name, language, url;
  PageType page_type = PageType::kUnknown;
  std::string text;       // body only: blocks separated by "\n\n"
  std::vector<Block> blocks;
  std::vector<Removed> removed;
  std::vector<Edit> edits;
  QuoteResult quotes;
  Stats stats;
  std::string markdown, html;  // filled only when requested by Options
  // UTF-16 input is decoded to UTF-8 first; Removed/Edit input offsets then index the decoded
  // text (pith::input_text), which keeps the byte-order mark as U+FEFF.
  InputEncoding input_encoding = InputEncoding::kUtf8;
};

}  // namespace pith
