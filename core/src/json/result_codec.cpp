// Article / QuoteResult -> JSON envelope. Byte offsets become UTF-16 code units here, and only
// here, so JavaScript can use text.slice(start, end) directly.
#include <new>
#include <type_traits>
#include <utility>

#include "common/utf16_index.h"
#include "input/decode.h"
#include "json/result_codec.h"
#include "json/writer.h"
#include "pith/json_api.h"
#include "pith/pith.h"

namespace pith {

namespace {

using detail::JsonWriter;
using detail::Utf16Index;

std::string error_envelope(const Error& e) {
  JsonWriter w;
  w.begin_object().key("ok").value(false).key("error").begin_object();
  w.key("code").value(error_code_name(e.code)).key("message").value(e.message);
  w.end_object().end_object();
  return w.take();
}

void write_span(JsonWriter& w, const Span& s, const Utf16Index& u) {
  w.begin_object().key("text").value(s.text).key("start").value(u(s.start)).key("end").value(u(s.end)).end_object();
}

void write_quotes(JsonWriter& w, const QuoteResult& q, const Utf16Index& u) {
  w.key("quotes").begin_array();
  for (const auto& x : q.quotes) {
    w.begin_object();
    w.key("text").value(x.text).key("start").value(u(x.start)).key("end").value(u(x.end));
    w.key("type").value(quote_type_name(x.type));
    w.key("speaker");
    if (x.speaker) w.value(*x.speaker); else w.null();
    w.key("mention");
    if (x.mention) write_span(w, *x.mention, u); else w.null();
    w.key("resolvedFrom").string_or_null(x.resolved_from);
    w.key("cue");
    if (x.cue) write_span(w, *x.cue, u); else w.null();
    w.key("paragraph").value(x.paragraph).key("confidence").value(x.confidence);
    w.end_object();
  }
  w.end_array();
  w.key("speakers").begin_array();
  for (const auto& s : q.speakers) {
    w.begin_object().key("name").value(s.name).key("mentions").begin_array();
    for (const auto& m : s.mentions) write_span(w, m, u);
    w.end_array().key("quoteCount").value(s.quote_count).end_object();
  }
  w.end_array();
}

void write_offset_pair(JsonWriter& w, const char* k1, const char* k2, std::size_t a, std::size_t b,
                       const Utf16Index& u) {
  w.key(k1);
  if (a == kNoOffset) w.null(); else w.value(u(a));
  w.key(k2);
  if (b == kNoOffset) w.null(); else w.value(u(b));
}

void write_image(JsonWriter& w, const Image& img) {
  w.begin_object().key("src").value(img.src);
  if (!img.srcset.empty()) {
    w.key("srcset").begin_array();
    for (const auto& c : img.srcset)
      w.begin_object().key("url").value(c.url).key("descriptor").value(c.descriptor).end_object();
    w.end_array();
  }
  w.key("alt").value(img.alt);
  if (img.width > 0) w.key("width").value(img.width);
  if (img.height > 0) w.key("height").value(img.height);
  if (!img.link.empty()) w.key("link").value(img.link);
  w.end_object();
}

// Schema 2 block: the v1 fields, then only the fields its kind uses (docs/schema.md).
void write_block(JsonWriter& w, const Block& b, const Utf16Index& ut) {
  w.begin_object().key("kind").value(block_kind_name(b.kind)).key("text").value(b.text);
  if (b.level > 0) w.key("level").value(b.level);
  w.key("start").value(ut(b.start)).key("end").value(ut(b.end));
  if (!b.marks.empty()) {
    w.key("marks").begin_array();
    for (const auto& m : b.marks) {
      w.begin_object().key("kind").value(mark_kind_name(m.kind));
      w.key("start").value(ut(m.start)).key("end").value(ut(m.end));
      if (m.kind == MarkKind::kLink) w.key("href").value(m.href);
      w.end_object();
    }
    w.end_array();
  }
  if (b.kind == BlockKind::kImage || b.kind == BlockKind::kFigure) {
    w.key("images").begin_array();
    for (const auto& img : b.images) write_image(w, img);
    w.end_array();
  }
  if (b.kind == BlockKind::kTable) {
    w.key("rows").begin_array();
    for (const auto& row : b.rows) {
      w.begin_array();
      for (const auto& c : row) {
        w.begin_object().key("start").value(ut(c.start)).key("end").value(ut(c.end));
        if (c.header) w.key("header").value(true);
        if (c.colspan > 1) w.key("colspan").value(c.colspan);
        if (c.rowspan > 1) w.key("rowspan").value(c.rowspan);
        w.end_object();
      }
      w.end_array();
    }
    w.end_array();
  }
  if (b.kind == BlockKind::kCode && !b.language.empty()) w.key("language").value(b.language);
  if (b.kind == BlockKind::kCaption) {
    w.key("figure").value(b.figure);
    if (b.credit) w.key("credit").value(true);
  }
  w.end_object();
}

}  // namespace

namespace {

std::size_t quotes_size_estimate(const QuoteResult& qr) {
  std::size_t n = 64;
  for (const auto& q : qr.quotes) {
    n += 224 + q.text.size() + q.resolved_from.size() + (q.speaker ? q.speaker->size() : 0);
    if (q.mention) n += 56 + q.mention->text.size();
    if (q.cue) n += 56 + q.cue->text.size();
  }
  for (const auto& sp : qr.speakers) {
    n += 64 + sp.name.size();
    for (const auto& m : sp.mentions) n += 56 + m.text.size();
  }
  return n;
}

// A little over the size of an article's JSON (escapes, numbers and keys by a generous constant
// per item), reserved before writing: an estimate too small costs one doubling, as before.
std::size_t json_size_estimate(const Article& a) {
  std::size_t n = 1024 + a.title.size() + a.subtitle.size() + a.byline.size() + a.published.size() +
                  a.source.size() + a.site_name.size() + a.url.size() + a.text.size() +
                  a.markdown.size() + a.html.size();
  for (const auto& b : a.blocks) {
    n += 96 + b.text.size() + b.language.size() + 96 * b.marks.size();
    for (const auto& m : b.marks) n += m.href.size();
    for (const auto& img : b.images) {
      n += 96 + img.src.size() + img.alt.size() + img.link.size();
      for (const auto& c : img.srcset) n += 40 + c.url.size() + c.descriptor.size();
    }
    for (const auto& row : b.rows) n += 8 + 80 * row.size();
  }
  for (const auto& r : a.removed) n += 64 + r.text.size() + r.reason.size();
  for (const auto& e : a.edits) n += 160 + e.kind.size() + e.before.size() + e.after.size();
  n += quotes_size_estimate(a.quotes);
  return n + n / 16;  // "\n", "\"" and the like take two bytes or more
}

// `A` is Article (its parts are released once written) or const Article (kept).
template <class A>
std::string write_article(A& a, std::string_view input) {
  constexpr bool kRelease = !std::is_const_v<A>;
  const Utf16Index ut(a.text);  // a.text is kept to the end: ut reads it
  // The input's index is built only when a removal or an edit carries an input offset (a page
  // with nothing removed, or only offset-less removals, needs none): over a 1 MB page it cost
  // 1.5 % of clean_json natively.
  bool input_offsets = false;
  for (const auto& r : a.removed) input_offsets = input_offsets || r.start != kNoOffset || r.end != kNoOffset;
  for (const auto& e : a.edits) input_offsets = input_offsets || e.input_start != kNoOffset || e.input_end != kNoOffset;
  const Utf16Index ui(input_offsets ? input : std::string_view());
  JsonWriter w;
  w.reserve(json_size_estimate(a));
  w.begin_object().key("ok").value(true).key("schema").value(kSchemaVersion);
  w.key("title").string_or_null(a.title);
  w.key("subtitle").string_or_null(a.subtitle);
  w.key("byline").string_or_null(a.byline);
  w.key("published").string_or_null(a.published);
  w.key("source").string_or_null(a.source);
  w.key("siteName").string_or_null(a.site_name);
  w.key("language").string_or_null(a.language);
  w.key("url").string_or_null(a.url);
  w.key("pageType").string_or_null(page_type_name(a.page_type));
  w.key("inputEncoding").value(input_encoding_name(a.input_encoding));
  w.key("text").value(a.text);
  w.key("blocks").begin_array();
  for (auto& b : a.blocks) {
    write_block(w, b, ut);
    if constexpr (kRelease) b = Block{};
  }
  w.end_array();
  w.key("removed").begin_array();
  for (auto& r : a.removed) {
    w.begin_object().key("text").value(r.text).key("reason").value(r.reason);
    if (r.start != kNoOffset && r.end != kNoOffset) w.key("start").value(ui(r.start)).key("end").value(ui(r.end));
    if (!r.path.empty()) w.key("path").value(r.path);
    w.end_object();
    if constexpr (kRelease) r = Removed{};
  }
  w.end_array();
  w.key("edits").begin_array();
  for (auto& e : a.edits) {
    w.begin_object().key("kind").value(e.kind).key("before").value(e.before).key("after").value(e.after);
    write_offset_pair(w, "start", "end", e.start, e.end, ut);
    write_offset_pair(w, "inputStart", "inputEnd", e.input_start, e.input_end, ui);
    w.end_object();
    if constexpr (kRelease) e = Edit{};
  }
  w.end_array();
  write_quotes(w, a.quotes, ut);
  if constexpr (kRelease) a.quotes = QuoteResult{};
  w.key("stats").begin_object();
  w.key("inputBytes").value(a.stats.input_bytes).key("outputChars").value(a.stats.output_chars);
  w.key("blocksKept").value(a.stats.blocks_kept).key("blocksRemoved").value(a.stats.blocks_removed);
  w.key("ms").value(a.stats.ms).end_object();
  if (!a.markdown.empty()) w.key("markdown").value(a.markdown);
  if constexpr (kRelease) std::string().swap(a.markdown);
  if (!a.html.empty()) w.key("html").value(a.html);
  w.end_object();
  return w.take();
}

}  // namespace

std::string detail::article_json(const Article& a, std::string_view input) { return write_article(a, input); }

std::string detail::article_json(Article&& a, std::string_view input) { return write_article(a, input); }

namespace {

// Runs `body` and converts anything thrown (bad_alloc while serialising a huge result, or a
// bug) into an error envelope: nothing may cross the boundary as an exception.
template <class F>
std::string guarded(F&& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return error_envelope({ErrorCode::kOutOfMemory, "out of memory while building the result"});
  } catch (const std::exception& e) {
    return error_envelope({ErrorCode::kInternal, std::string("internal error: ") + e.what()});
  } catch (...) {
    return error_envelope({ErrorCode::kInternal, "internal error"});
  }
}

}  // namespace

std::string clean_json(std::string_view input, std::string_view options_json) {
  return guarded([&] {
    Result<Options> opts = parse_options(options_json);
    if (!opts.ok()) return error_envelope(opts.error());
    Result<Article> a = clean(input, opts.value());
    if (!a.ok()) return error_envelope(a.error());
    Article& article = a.value();
    if (article.input_encoding == InputEncoding::kUtf8) return detail::article_json(std::move(article), input);
    return detail::article_json(std::move(article), input_text(input));
  });
}

std::string extract_quotes_json(std::string_view text, std::string_view options_json) {
  return guarded([&] {
    Result<Options> opts = parse_options(options_json);
    if (!opts.ok()) return error_envelope(opts.error());
    Result<QuoteResult> q = extract_quotes(text, opts.value());
    if (!q.ok()) return error_envelope(q.error());
    // Offsets index the decoded text (UTF-16 input); UTF-8 input is not copied.
    const detail::DecodedInput decoded = detail::decode_input(text);
    return detail::quotes_json(q.value(), decoded.encoding, decoded.text);
  });
}

std::string detail::quotes_json(const QuoteResult& q, InputEncoding encoding, std::string_view text) {
  const Utf16Index u(text);
  JsonWriter w;
  const std::size_t n = 256 + quotes_size_estimate(q);
  w.reserve(n + n / 16);
  w.begin_object().key("ok").value(true).key("schema").value(kSchemaVersion);
  w.key("inputEncoding").value(input_encoding_name(encoding));
  write_quotes(w, q, u);
  w.end_object();
  return w.take();
}

std::string version_json() {
#ifdef __EMSCRIPTEN__
  const char* build = "wasm";
#else
  const char* build = "native";
#endif
  JsonWriter w;
  w.begin_object().key("ok").value(true).key("schema").value(kSchemaVersion);
  w.key("version").value(version_string()).key("build").value(build).end_object();
  return w.take();
}

}  // namespace pith
