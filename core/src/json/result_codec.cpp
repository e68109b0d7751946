// Article / QuoteResult -> JSON envelope. Byte offsets become UTF-16 code units here, and only
// here, so JavaScript can use text.slice(start, end) directly.
#include <new>
#include <nlohmann/json.hpp>

#include "common/utf16_index.h"
#include "pith/json_api.h"
#include "pith/pith.h"

namespace pith {

namespace {

using json = nlohmann::ordered_json;

// Engine text may hold invalid UTF-8 only by a bug; `replace` keeps dump() from throwing.
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string error_envelope(const Error& e) {
  json j = {{"ok", false}, {"error", {{"code", error_code_name(e.code)}, {"message", e.message}}}};
  return dump(j);
}

json str_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json span_json(const Span& s, const detail::Utf16Index& u) {
  return {{"text", s.text}, {"start", u(s.start)}, {"end", u(s.end)}};
}

void add_quotes(json& j, const QuoteResult& q, const detail::Utf16Index& u) {
  json quotes = json::array();
  for (const auto& x : q.quotes) {
    json o = {{"text", x.text}, {"start", u(x.start)}, {"end", u(x.end)},
              {"type", quote_type_name(x.type)}, {"speaker", nullptr}, {"mention", nullptr},
              {"resolvedFrom", str_or_null(x.resolved_from)}, {"cue", nullptr},
              {"paragraph", x.paragraph}, {"confidence", x.confidence}};
    if (x.speaker) o["speaker"] = *x.speaker;
    if (x.mention) o["mention"] = span_json(*x.mention, u);
    if (x.cue) o["cue"] = span_json(*x.cue, u);
    quotes.push_back(std::move(o));
  }
  json speakers = json::array();
  for (const auto& s : q.speakers) {
    json mentions = json::array();
    for (const auto& m : s.mentions) mentions.push_back(span_json(m, u));
    speakers.push_back({{"name", s.name}, {"mentions", std::move(mentions)}, {"quoteCount", s.quote_count}});
  }
  j["quotes"] = std::move(quotes);
  j["speakers"] = std::move(speakers);
}

std::string article_envelope(const Article& a, std::string_view input) {
  const detail::Utf16Index ut(a.text);
  const detail::Utf16Index ui(input);
  json j = {{"ok", true}, {"schema", kSchemaVersion}};
  j["title"] = str_or_null(a.title);
  j["subtitle"] = str_or_null(a.subtitle);
  j["byline"] = str_or_null(a.byline);
  j["published"] = str_or_null(a.published);
  j["source"] = str_or_null(a.source);
  j["siteName"] = str_or_null(a.site_name);
  j["language"] = str_or_null(a.language);
  j["url"] = str_or_null(a.url);
  j["text"] = a.text;
  json blocks = json::array();
  for (const auto& b : a.blocks) {
    json o = {{"kind", block_kind_name(b.kind)}, {"text", b.text}, {"start", ut(b.start)}, {"end", ut(b.end)}};
    if (b.level > 0) o["level"] = b.level;
    blocks.push_back(std::move(o));
  }
  j["blocks"] = std::move(blocks);
  json removed = json::array();
  for (const auto& r : a.removed) {
    json o = {{"text", r.text}, {"reason", r.reason}};
    if (r.start != kNoOffset) { o["start"] = ui(r.start); o["end"] = ui(r.end); }
    removed.push_back(std::move(o));
  }
  j["removed"] = std::move(removed);
  json edits = json::array();
  for (const auto& e : a.edits) {
    json o = {{"kind", e.kind}, {"before", e.before}, {"after", e.after},
              {"start", nullptr}, {"end", nullptr}, {"inputStart", nullptr}, {"inputEnd", nullptr}};
    if (e.start != kNoOffset) { o["start"] = ut(e.start); o["end"] = ut(e.end); }
    if (e.input_start != kNoOffset) { o["inputStart"] = ui(e.input_start); o["inputEnd"] = ui(e.input_end); }
    edits.push_back(std::move(o));
  }
  j["edits"] = std::move(edits);
  add_quotes(j, a.quotes, ut);
  j["stats"] = {{"inputBytes", a.stats.input_bytes}, {"outputChars", a.stats.output_chars},
                {"blocksKept", a.stats.blocks_kept}, {"blocksRemoved", a.stats.blocks_removed},
                {"ms", a.stats.ms}};
  if (!a.markdown.empty()) j["markdown"] = a.markdown;
  if (!a.html.empty()) j["html"] = a.html;
  return dump(j);
}

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
    return article_envelope(a.value(), input);
  });
}

std::string extract_quotes_json(std::string_view text, std::string_view options_json) {
  return guarded([&] {
    Result<Options> opts = parse_options(options_json);
    if (!opts.ok()) return error_envelope(opts.error());
    Result<QuoteResult> q = extract_quotes(text, opts.value());
    if (!q.ok()) return error_envelope(q.error());
    const detail::Utf16Index u(text);
    json j = {{"ok", true}, {"schema", kSchemaVersion}};
    add_quotes(j, q.value(), u);
    return dump(j);
  });
}

std::string version_json() {
#ifdef __EMSCRIPTEN__
  const char* build = "wasm";
#else
  const char* build = "native";
#endif
  json j = {{"ok", true}, {"schema", kSchemaVersion}, {"version", version_string()}, {"build", build}};
  return dump(j);
}

}  // namespace pith
