#include "targets.h"

#include <vector>

#include <nlohmann/json.hpp>

#include "common/utf8.h"
#include "html/tokenizer.h"
#include "html/tree.h"
#include "json/result_codec.h"
#include "output_checks.h"
#include "pith/json_api.h"
#include "pith/pith.h"
#include "render/render.h"

namespace pith::fuzz {
namespace {

using detail::kReplacementChar;

std::string fail(const std::string& what) { return what.empty() ? "failed" : what; }

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    const char32_t cp = detail::decode_utf8(s, i, len);
    if (cp == kReplacementChar && len == 1) return false;
    i += len;
  }
  return true;
}

// Where each character starts as the engine reads the text (common/utf8's decode_utf8: an
// invalid byte is one character, U+FFFD), which is also how offsets become UTF-16 units.
std::vector<bool> char_starts(std::string_view s) {
  std::vector<bool> starts(s.size() + 1, false);
  for (std::size_t i = 0; i < s.size();) {
    starts[i] = true;
    std::size_t len = 0;
    detail::decode_utf8(s, i, len);
    i += len;
  }
  starts[s.size()] = true;
  return starts;
}

// A span of the analysed text: inside it, on character boundaries, and the text it names.
std::string check_span(std::string_view text, const std::vector<bool>& starts, std::size_t start,
                       std::size_t end, std::string_view expect, const char* what) {
  if (start > end || end > text.size()) return std::string(what) + ": offsets outside the text";
  if (!starts[start] || !starts[end]) return std::string(what) + ": offset inside a UTF-8 sequence";
  if (text.substr(start, end - start) != expect) return std::string(what) + ": offsets do not slice its text";
  return "";
}

std::string check_quotes(std::string_view text, const QuoteResult& r, std::size_t paragraphs,
                         bool utf8_text) {
  const std::vector<bool> starts = char_starts(text);
  for (const Quote& q : r.quotes) {
    if (auto e = check_span(text, starts, q.start, q.end, q.text, "quote"); !e.empty()) return e;
    if (q.mention)
      if (auto e = check_span(text, starts, q.mention->start, q.mention->end, q.mention->text, "mention"); !e.empty()) return e;
    if (q.cue)
      if (auto e = check_span(text, starts, q.cue->start, q.cue->end, q.cue->text, "cue"); !e.empty()) return e;
    if (q.paragraph < 0 || static_cast<std::size_t>(q.paragraph) >= paragraphs) return "quote: paragraph index out of range";
    if (!(q.confidence >= 0.0 && q.confidence <= 1.0)) return "quote: confidence outside 0..1";
    if (q.speaker && (q.speaker->empty() || (utf8_text && !valid_utf8(*q.speaker)))) return "quote: bad speaker name";
  }
  for (const Speaker& s : r.speakers) {
    if (s.name.empty() || (utf8_text && !valid_utf8(s.name))) return "speaker: bad name";
    for (const Span& m : s.mentions)
      if (auto e = check_span(text, starts, m.start, m.end, m.text, "speaker mention"); !e.empty()) return e;
  }
  return "";
}

// What every clean() result must satisfy, whatever the input.
std::string check_article(std::string_view input, const Article& a, bool text_input) {
  for (const std::string* s : {&a.title, &a.subtitle, &a.byline, &a.published, &a.source,
                               &a.site_name, &a.language, &a.text, &a.markdown, &a.html})
    if (!valid_utf8(*s)) return "article: a field is not valid UTF-8";
  std::size_t prev_end = 0;
  const std::vector<bool> starts = char_starts(a.text);
  for (const Block& b : a.blocks) {
    if (auto e = check_span(a.text, starts, b.start, b.end, b.text, "block"); !e.empty()) return e;
    if (b.start < prev_end) return "block: blocks overlap or are out of order";
    prev_end = b.end;
  }
  for (const Removed& r : a.removed) {
    if (r.reason.empty()) return "removed: no reason";
    if (r.start != kNoOffset && (r.start > r.end || r.end > input.size())) return "removed: offsets outside the input";
  }
  for (const Edit& e : a.edits) {
    if (!valid_utf8(e.after)) return "edit: 'after' is not valid UTF-8";
    if (e.start != kNoOffset && (e.start > e.end || e.end > a.text.size())) return "edit: offsets outside the text";
    if (e.input_start != kNoOffset && (e.input_start > e.input_end || e.input_end > input.size()))
      return "edit: input offsets outside the input";
    if (!text_input && (e.input_start != kNoOffset)) return "edit: HTML input with input offsets";
  }
  if (auto e = check_quotes(a.text, a.quotes, a.blocks.size() ? a.blocks.size() : 1, true); !e.empty()) return e;
  if (auto e = check_html_output(a.html); !e.empty()) return "html output: " + e;
  if (auto e = check_markdown_output(a.markdown); !e.empty()) return "markdown output: " + e;
  return "";
}

// The JSON envelope must parse (strictly: nlohmann rejects invalid UTF-8) and say ok.
std::string check_envelope(const std::string& json) {
  nlohmann::json j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return "envelope: not valid JSON (or not valid UTF-8)";
  if (!j.is_object() || !j.contains("ok")) return "envelope: no ok field";
  if (j["ok"] != true) return "envelope: error " + j.dump();
  return "";
}

std::string run_tokenizer(std::string_view in) {
  detail::Tokenizer tk(in);
  detail::HtmlToken t;
  std::size_t tokens = 0;
  while (tk.next(t)) {
    // Every token consumes at least one byte: more tokens than bytes means a loop.
    if (++tokens > in.size() + 1) return "tokenizer: more tokens than input bytes";
    if (t.type == detail::TokenType::kStartTag || t.type == detail::TokenType::kEndTag) {
      if (t.name.empty()) return "tokenizer: tag without a name";
      for (char c : t.name)
        if (c >= 'A' && c <= 'Z') return "tokenizer: tag name not lower-cased";
      for (const auto& a : t.attrs)
        if (a.second.size() > detail::kMaxAttrValue * 4) return "tokenizer: attribute value over its cap";
    }
  }
  return "";
}

std::string run_tree(std::string_view in) {
  detail::Document d = detail::build_tree(in);
  const std::size_t n = d.nodes.size();
  if (n == 0 || d.nodes[0].name != "#root") return "tree: no root";
  if (d.ends.size() != n) return "tree: ends not filled";
  for (std::size_t i = 1; i < n; ++i) {
    const detail::Node& x = d.nodes[i];
    if (x.parent < 0 || static_cast<std::size_t>(x.parent) >= i) return "tree: parent after child";
    if (d.ends[i] <= static_cast<int>(i) || static_cast<std::size_t>(d.ends[i]) > n) return "tree: bad subtree end";
    if (x.is_text && x.first_child >= 0) return "tree: text node with children";
  }
  // The walk visits every node once and ends.
  std::size_t visited = 0;
  for (int i = 0; i >= 0; i = detail::next_node(d, i, false))
    if (++visited > n) return "tree: the walk does not end";
  if (visited != n) return "tree: the walk misses nodes";
  (void)detail::inner_text(d, 0);
  return "";
}

std::string run_clean(std::string_view in, InputFormat format) {
  Options o;
  o.input_format = format;
  o.markdown = o.html = true;
  Result<Article> r = clean(in, o);
  if (!r.ok()) {
    if (r.error().code == ErrorCode::kBadInput && in.size() >= 4) return "";  // UTF-32: refused
    return fail(std::string("clean: ") + error_code_name(r.error().code) + ": " + r.error().message);
  }
  // Input offsets index the decoded text (UTF-16 input is decoded first).
  const std::string decoded = r.value().input_encoding == InputEncoding::kUtf8 ? std::string() : input_text(in);
  const std::string_view text = r.value().input_encoding == InputEncoding::kUtf8 ? in : std::string_view(decoded);
  if (auto e = check_article(text, r.value(), format == InputFormat::kText); !e.empty()) return e;
  return check_envelope(detail::article_json(r.value(), text));
}

std::string run_clean_text(std::string_view in) { return run_clean(in, InputFormat::kText); }
std::string run_clean_html(std::string_view in) { return run_clean(in, InputFormat::kHtml); }

std::string run_quotes(std::string_view in) {
  Result<QuoteResult> r = extract_quotes(in, Options{});
  if (!r.ok()) {
    if (r.error().code == ErrorCode::kBadInput && in.size() >= 4) return "";  // UTF-32: refused
    return fail(std::string("extract_quotes: ") + r.error().message);
  }
  InputEncoding encoding = InputEncoding::kUtf8;
  const std::string text = input_text(in, &encoding);
  // Paragraph indexes point into split_paragraphs(text); at least one paragraph exists.
  if (auto e = check_quotes(text, r.value(), text.size() + 1, valid_utf8(text)); !e.empty()) return e;
  return check_envelope(detail::quotes_json(r.value(), encoding, text));
}

std::string run_options(std::string_view in) {
  Result<Options> o = parse_options(in);
  if (!o.ok()) {
    const ErrorCode c = o.error().code;
    if (c != ErrorCode::kBadOptionsJson && c != ErrorCode::kBadOptionType && c != ErrorCode::kUnknownOption)
      return "options: unexpected error code";
    if (o.error().message.empty()) return "options: error without a message";
    return "";
  }
  if (o.value().max_input_bytes == 0) return "options: a zero input limit was accepted";
  // Accepted options must run: a short article through the whole pipeline.
  const std::string json = clean_json(
      "Council opens the ferry\n\nThe council opened the ferry on Monday. \"It is a good day,\" "
      "the mayor said.",
      in);
  nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return "options: clean_json output is not JSON";
  if (j["ok"] != true && j["error"]["code"] != "input_too_large") return "options: accepted options failed: " + json;
  return "";
}

// Input: fields separated by NUL bytes: title, subtitle, byline, published, source, url, then
// one block per field whose first byte picks its kind and level. Any bytes, any order.
std::string run_render(std::string_view in) {
  std::vector<std::string_view> fields;
  std::size_t b = 0;
  while (b <= in.size() && fields.size() < 4096) {
    std::size_t e = in.find('\0', b);
    if (e == std::string_view::npos) e = in.size();
    fields.push_back(in.substr(b, e - b));
    b = e + 1;
  }
  Article a;
  std::string* meta[] = {&a.title, &a.subtitle, &a.byline, &a.published, &a.source, &a.url};
  std::size_t k = 0;
  for (; k < fields.size() && k < 6; ++k) meta[k]->assign(fields[k]);
  for (; k < fields.size(); ++k) {
    std::string_view f = fields[k];
    Block blk;
    const auto sel = f.empty() ? 0u : static_cast<unsigned char>(f[0]);
    blk.kind = static_cast<BlockKind>(sel % 6);
    blk.level = static_cast<int>((sel >> 3) % 8);
    blk.text.assign(f.empty() ? f : f.substr(1));
    a.blocks.push_back(std::move(blk));
  }
  if (auto e = check_html_output(detail::render_html(a)); !e.empty()) return "render_html: " + e;
  if (auto e = check_markdown_output(detail::render_markdown(a)); !e.empty()) return "render_markdown: " + e;
  return "";
}

constexpr Target kTargets[] = {
    {"tokenizer", run_tokenizer}, {"tree", run_tree},     {"clean_text", run_clean_text},
    {"clean_html", run_clean_html}, {"quotes", run_quotes}, {"options", run_options},
    {"render", run_render},
};

}  // namespace

const Target* targets(std::size_t& count) {
  count = sizeof kTargets / sizeof kTargets[0];
  return kTargets;
}

const Target* find_target(std::string_view name) {
  for (const Target& t : kTargets)
    if (name == t.name) return &t;
  return nullptr;
}

}  // namespace pith::fuzz
