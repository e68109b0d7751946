#include "text/repair.h"

#include <algorithm>

#include "common/utf8.h"
#include "text/repair_rules.h"

namespace pith::detail {
namespace {

// A block needing more repairs than this is not prose with a few slips (a space-padded table,
// generated filler); repairing it all would only grow the edit log. Lines after the cap are
// left alone.
constexpr std::size_t kMaxEditsPerBlock = 1000;

// A line where most longer words are capitalised is a headline or a menu ("Watch What Happens
// Next"): its capitals say nothing about which words are names.
bool title_case_line(std::string_view line, const std::vector<Tok>& toks) {
  int longer = 0, capitalised = 0;
  for (const Tok& t : toks) {
    if (t.kind != TokKind::kWord) continue;
    const std::string_view w = line.substr(t.start, t.end - t.start);
    if (count_code_points(w) < 4) continue;
    ++longer;
    if (is_upper(first_cp(w))) ++capitalised;
  }
  return longer >= 2 && capitalised * 4 >= longer * 3;
}

// Source code, tables of numbers and other preformatted text: no repairs at all.
bool looks_like_code(std::string_view s) {
  std::size_t signals = 0, indented = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const char n = i + 1 < s.size() ? s[i + 1] : '\n';
    if (c == '{' || c == '}') ++signals;
    else if (c == ';' && n == '\n') ++signals;
    else if ((c == '(' && n == ')') || (c == '=' && (n == '=' || n == '>')) ||
             (c == '&' && n == '&') || (c == '|' && n == '|') || (c == ':' && n == ':') ||
             (c == '<' && n == '/')) {
      ++signals;
    }
    if (c == '\n' && (n == '\t' || (n == ' ' && i + 2 < s.size() && s[i + 2] == ' '))) ++indented;
  }
  return (signals >= 2 && signals * 80 >= s.size()) || indented >= 2;
}

void repair_line(std::string_view line, std::size_t line_offset, const RepairOptions& options,
                 const RepairContext& context, RepairResult& out) {
  const std::vector<Tok> toks = tokenize_block(line);
  const LineView view{line, toks, context};
  std::vector<RepairOp> ops;
  // Order is priority: an earlier rule's change wins a token over a later one.
  if (options.split_glued_words) find_glued_words(view, ops);
  if (options.doubled_word) find_doubled_words(view, ops);
  if (options.stray_letter) find_stray_letters(view, ops);
  if (options.space_before_punctuation) find_space_before_punctuation(view, ops);
  if (options.collapse_spaces) find_repeated_spaces(view, ops);
  const std::size_t out_line_offset = out.text.size();
  if (ops.empty()) {
    out.text.append(line);
    return;
  }
  std::vector<char> claimed(toks.size(), 0);
  std::vector<const RepairOp*> accepted;
  std::vector<const std::string*> repl(toks.size(), nullptr);
  for (const RepairOp& op : ops) {
    bool free = true;
    for (std::size_t k = op.core_a; k < op.core_b; ++k) free = free && !claimed[k];
    if (!free) continue;
    for (std::size_t k = op.core_a; k < op.core_b; ++k) claimed[k] = 1;
    for (const auto& r : op.replace) repl[r.first] = &r.second;
    accepted.push_back(&op);
  }
  std::vector<std::size_t> out_start(toks.size()), out_end(toks.size());
  for (std::size_t k = 0; k < toks.size(); ++k) {
    out_start[k] = out.text.size() - out_line_offset;
    if (repl[k] != nullptr) out.text.append(*repl[k]);
    else out.text.append(line.substr(toks[k].start, toks[k].end - toks[k].start));
    out_end[k] = out.text.size() - out_line_offset;
  }
  std::sort(accepted.begin(), accepted.end(),
            [](const RepairOp* a, const RepairOp* b) { return a->ctx_a < b->ctx_a; });
  for (const RepairOp* op : accepted) {
    Edit e;
    e.kind = op->kind;
    e.input_start = line_offset + toks[op->ctx_a].start;
    e.input_end = line_offset + toks[op->ctx_b - 1].end;
    e.start = out_line_offset + out_start[op->ctx_a];
    e.end = out_line_offset + out_end[op->ctx_b - 1];
    e.before = std::string(line.substr(toks[op->ctx_a].start,
                                       toks[op->ctx_b - 1].end - toks[op->ctx_a].start));
    e.after = out.text.substr(e.start, e.end - e.start);
    out.edits.push_back(std::move(e));
  }
}

}  // namespace

RepairContext build_repair_context(std::string_view document) {
  RepairContext ctx;
  std::size_t pos = 0;
  while (pos < document.size()) {
    std::size_t nl = document.find('\n', pos);
    if (nl == std::string_view::npos) nl = document.size();
    const std::string_view line = document.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) continue;
    const std::vector<Tok> toks = tokenize_block(line);
    const bool headline = title_case_line(line, toks);
    for (std::size_t i = 0; i < toks.size(); ++i) {
      const Tok& t = toks[i];
      if (t.kind != TokKind::kWord) continue;
      const std::string_view w = line.substr(t.start, t.end - t.start);
      WordUse& use = ctx.words[std::string(w)];
      ++use.total;
      if (count_code_points(w) == 1 && is_lower(first_cp(w))) ++ctx.lone_letters[std::string(w)];
      if (i + 2 < toks.size() && toks[i + 1].kind == TokKind::kSpace &&
          toks[i + 2].kind == TokKind::kMark) {
        const char m = line[toks[i + 2].start];
        if (m == ',' || m == '.') ++ctx.spaced_punctuation;
      }
      // Name pairs come from sentences only: menus and headlines pair every capitalised word.
      if (!headline && i + 2 < toks.size() && toks[i + 1].kind == TokKind::kSpace &&
          toks[i + 1].end - toks[i + 1].start == 1 && toks[i + 2].kind == TokKind::kWord &&
          is_upper(first_cp(w))) {
        const Tok& n = toks[i + 2];
        const std::string_view next = line.substr(n.start, n.end - n.start);
        if (is_upper(first_cp(next))) {
          std::string key(w);
          key += ' ';
          key.append(next);
          ++ctx.name_pairs[key];
        }
      }
    }
  }
  ctx.known_words.reserve(ctx.words.size());
  for (const auto& entry : ctx.words) ctx.known_words.push_back(lower_utf8(entry.first));
  std::sort(ctx.known_words.begin(), ctx.known_words.end());
  ctx.known_words.erase(std::unique(ctx.known_words.begin(), ctx.known_words.end()),
                        ctx.known_words.end());
  return ctx;
}

RepairResult repair_block(std::string_view block, const RepairOptions& options,
                          const RepairContext& context) {
  RepairResult out;
  const bool any = options.split_glued_words || options.space_before_punctuation ||
                   options.collapse_spaces || options.stray_letter || options.doubled_word;
  if (!any || looks_like_code(block)) {
    out.text = std::string(block);
    return out;
  }
  out.text.reserve(block.size());
  std::size_t pos = 0;
  while (pos <= block.size()) {
    if (out.edits.size() >= kMaxEditsPerBlock) {  // the rest of the block stays as it is
      out.text.append(block.substr(pos));
      break;
    }
    std::size_t nl = block.find('\n', pos);
    if (nl == std::string_view::npos) nl = block.size();
    repair_line(block.substr(pos, nl - pos), pos, options, context, out);
    if (nl < block.size()) out.text.push_back('\n');
    pos = nl + 1;
  }
  return out;
}

}  // namespace pith::detail
