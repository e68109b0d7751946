// Sequences the stages; contains no heuristics. Also the only place that catches exceptions
// from the stages (allocation failure, bugs) and turns them into Error values.
#include <algorithm>
#include <chrono>
#include <new>
#include <stdexcept>
#include <string>

#include "common/utf8.h"
#include "html/html_text.h"
#include "html/removed_map.h"
#include "input/decode.h"
#include "input/sniff.h"
#include "pith/pith.h"
#include "quotes/quotes.h"
#include "render/render.h"
#include "text/block_pipeline.h"
#include "text/text_pipeline.h"

namespace pith {

const char* version_string() { return "0.1.0"; }

namespace {

Error too_large(std::size_t size, std::size_t limit) {
  return Error{ErrorCode::kInputTooLarge,
               "input is " + std::to_string(size) + " bytes, over the limit of " +
                   std::to_string(limit) + " bytes (option maxInputBytes)"};
}

Error utf32() {
  return Error{ErrorCode::kBadInput,
               "the input is UTF-32 (it starts with a UTF-32 byte-order mark); convert it to UTF-8"};
}

Article run_clean(const detail::DecodedInput& decoded, std::size_t input_bytes, const Options& options) {
  const auto t0 = std::chrono::steady_clock::now();
  const std::string_view input = decoded.text;
  Article article;
  article.input_encoding = decoded.encoding;
  const bool html = options.input_format == InputFormat::kHtml ||
                    (options.input_format == InputFormat::kAuto && detail::looks_like_html(input));
  if (html) {
    detail::HtmlText page = detail::html_to_text(input, options.url);
    detail::clean_html_blocks(std::move(page.blocks), options, article, page.title);
    // The block stage's own drops (captions without their image) after the cleaner's; the
    // removal log (place_removed below) gives them their place in the markup.
    for (auto& r : page.removed) article.removed.push_back(std::move(r));
    // Markup metadata is more reliable than what the text engine guesses from lines.
    if (!page.title.empty()) article.title = page.title;
    if (!page.byline.empty()) article.byline = page.byline;
    if (!page.published.empty()) article.published = page.published;
    if (!page.site_name.empty()) article.site_name = page.site_name;
    if (!page.language.empty()) article.language = page.language;
    if (!page.url.empty()) article.url = page.url;
    article.page_type = page.page_type;
    // Every removed region with offsets into the HTML, what the text pass dropped included.
    detail::place_removed(page.removal, page.text, input, article.removed);
    for (auto& e : article.edits) e.input_start = e.input_end = kNoOffset;
  } else {
    detail::clean_plain_text(input, options, article);
  }
  if (!options.url.empty()) article.url = options.url;
  if (options.quotes) {
    std::vector<std::pair<std::size_t, std::size_t>> paragraphs;
    paragraphs.reserve(article.blocks.size());
    // Speech is in prose: a code block's "go" or a table cell's quoted label is no quotation,
    // so code, preformatted text and tables are empty paragraphs to the quote engine.
    for (const auto& b : article.blocks) {
      const bool verbatim = b.kind == BlockKind::kCode || b.kind == BlockKind::kPreformatted ||
                            b.kind == BlockKind::kTable;
      paragraphs.emplace_back(b.start, verbatim ? b.start : b.end);
    }
    // Where a glued-word repair inserted a space, a name ends: pass those offsets on.
    std::vector<std::size_t> name_breaks;
    for (const auto& e : article.edits) {
      if (e.kind != "split-glued-words" || e.start == kNoOffset) continue;
      std::size_t k = 0;
      while (k < e.before.size() && k < e.after.size() && e.before[k] == e.after[k]) ++k;
      if (k < e.after.size() && e.after[k] == ' ') name_breaks.push_back(e.start + k);
    }
    std::sort(name_breaks.begin(), name_breaks.end());
    article.quotes = detail::find_quotes(article.text, paragraphs, name_breaks);
  }
  if (options.markdown) article.markdown = detail::render_markdown(article);
  if (options.html) article.html = detail::render_html(article);
  article.stats.input_bytes = input_bytes;
  article.stats.output_chars = detail::utf16_length(article.text);
  article.stats.blocks_kept = article.blocks.size();
  article.stats.blocks_removed = article.removed.size();
  article.stats.ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return article;
}

// Runs one stage sequence and turns anything it throws (allocation failure in the 2 GiB wasm
// heap, or a bug) into an Error value: exceptions never leave the core.
template <class T, class F>
Result<T> guarded(const char* doing, F&& run) {
  try {
    return run();
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::kOutOfMemory, std::string("out of memory while ") + doing};
  } catch (const std::exception& e) {
    return Error{ErrorCode::kInternal, std::string("internal error: ") + e.what()};
  } catch (...) {
    return Error{ErrorCode::kInternal, "internal error"};
  }
}

}  // namespace

Result<Article> clean(std::string_view input, const Options& options) {
  const std::size_t limit = std::min(options.max_input_bytes, kMaxInputBytesLimit);
  if (input.size() > limit) return too_large(input.size(), limit);
  return guarded<Article>("cleaning the input", [&]() -> Result<Article> {
    const detail::DecodedInput decoded = detail::decode_input(input);
    if (decoded.utf32) return utf32();
    return run_clean(decoded, input.size(), options);
  });
}

Result<QuoteResult> extract_quotes(std::string_view input, const Options& options) {
  const std::size_t limit = std::min(options.max_input_bytes, kMaxInputBytesLimit);
  if (input.size() > limit) return too_large(input.size(), limit);
  return guarded<QuoteResult>("finding quotes", [&]() -> Result<QuoteResult> {
    const detail::DecodedInput decoded = detail::decode_input(input);
    if (decoded.utf32) return utf32();
    // A byte-order mark is no letter: the quote engine read "\uFEFFDornhavn will reopen..." as
    // one reported clause starting with it. Three spaces in its place keep every byte offset.
    std::string blanked;
    std::string_view text = decoded.text;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
      blanked.assign(text);
      blanked.replace(0, 3, "   ");
      text = blanked;
    }
    return detail::find_quotes(text, detail::split_paragraphs(text));
  });
}

std::string input_text(std::string_view input, InputEncoding* encoding) {
  detail::DecodedInput decoded = detail::decode_input(input);
  if (encoding) *encoding = decoded.encoding;
  return decoded.storage.empty() ? std::string(decoded.text) : std::move(decoded.storage);
}

const char* input_encoding_name(InputEncoding encoding) {
  switch (encoding) {
    case InputEncoding::kUtf8: return "utf-8";
    case InputEncoding::kUtf16Le: return "utf-16le";
    case InputEncoding::kUtf16Be: return "utf-16be";
  }
  return "utf-8";
}

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kBadOptionsJson: return "bad_options_json";
    case ErrorCode::kBadOptionType: return "bad_option_type";
    case ErrorCode::kUnknownOption: return "unknown_option";
    case ErrorCode::kInputTooLarge: return "input_too_large";
    case ErrorCode::kBadInput: return "bad_input";
    case ErrorCode::kOutOfMemory: return "out_of_memory";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

const char* block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kListItem: return "list-item";
    case BlockKind::kBlockquote: return "blockquote";
    case BlockKind::kPreformatted: return "preformatted";
    case BlockKind::kCaption: return "caption";
    case BlockKind::kCode: return "code";
    case BlockKind::kImage: return "image";
    case BlockKind::kFigure: return "figure";
    case BlockKind::kTable: return "table";
  }
  return "paragraph";
}

const char* mark_kind_name(MarkKind kind) {
  switch (kind) {
    case MarkKind::kLink: return "link";
    case MarkKind::kEmphasis: return "emphasis";
    case MarkKind::kStrong: return "strong";
    case MarkKind::kCode: return "code";
  }
  return "link";
}

const char* quote_type_name(QuoteType type) {
  switch (type) {
    case QuoteType::kDirect: return "direct";
    case QuoteType::kPartial: return "partial";
    case QuoteType::kScare: return "scare";
    case QuoteType::kBlock: return "block";
    case QuoteType::kReported: return "reported";
    case QuoteType::kTitle: return "title";
  }
  return "direct";
}

}  // namespace pith
