#include "html/removed_log.h"

#include <array>
#include <cstring>

#include "common/utf8.h"
#include "html/element_path.h"
#include "html/tag_tables.h"
#include "html/tokenizer.h"

namespace pith::detail {

namespace {

// Per byte: 0 counted, 1 whitespace, 2 counted unless part of U+00A0 (C2 A0).
constexpr std::array<std::uint8_t, 256> kByteKind = [] {
  std::array<std::uint8_t, 256> k{};
  for (unsigned char c : {' ', '\n', '\t', '\r', '\f'}) k[c] = 1;
  k[0xC2] = k[0xA0] = 2;
  return k;
}();

}  // namespace

bool is_counted(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  const std::uint8_t k = kByteKind[c];
  if (k != 2) return k == 0;
  if (c == 0xC2) return !(i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0);
  return !(i > 0 && static_cast<unsigned char>(s[i - 1]) == 0xC2);
}

std::size_t count_bytes(std::string_view s) {
  // Written as whitespace comparisons the compiler vectorises; U+00A0 (C2 A0) is rare.
  std::size_t ws = 0;
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0; i < s.size(); ++i)
    ws += (b[i] == ' ') + (b[i] == '\n') + (b[i] == '\t') + (b[i] == '\r') + (b[i] == '\f');
  for (std::size_t p = s.find("\xC2\xA0"); p != std::string_view::npos; p = s.find("\xC2\xA0", p + 2)) ws += 2;
  return s.size() - ws;
}

namespace {

enum : std::uint8_t { kHasRoot = 1, kMixed = 2 };

// Reasons that come from a measure or from not being selected, not from what the text is.
bool is_measure(Drop r) {
  return r == Drop::kNone || r == Drop::kLowScore || r == Drop::kLinkList || r == Drop::kLongList ||
         r == Drop::kOutsideArticle;
}

// Never rendered: their text is not page text (tokenizer raw text, document head). Tested for
// every element of every dropped region, hence by length first.
bool is_invisible(std::string_view n) {
  switch (n.size()) {
    case 4: return n == "head";
    case 5: return n == "style" || n == "title";
    case 6: return n == "script" || n == "iframe";
    case 7: return n == "noembed";
    case 8: return n == "noscript" || n == "template" || n == "noframes";
    default: return false;
  }
}

// Inline formatting: no word break at its start ("<b>W</b>ord").
bool is_inline(std::string_view n) {
  switch (n.size()) {
    case 1: return n == "b" || n == "i" || n == "u";
    case 2: return n == "em";
    case 3: return n == "sub" || n == "sup";
    case 4: return n == "span" || n == "mark" || n == "abbr";
    case 5: return n == "small";
    case 6: return n == "strong";
    default: return false;
  }
}

// Cuts `s` to at most `cap` bytes at a UTF-8 character boundary.
void cut_utf8(std::string& s, std::size_t cap) {
  if (s.size() <= cap) return;
  std::size_t n = cap;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  s.resize(n);
}

// One top-most dropped subtree (or text node) read for the log.
struct Piece {
  std::string text;  // collapsed, cut past kPreviewBytes
  bool cut = false;
  std::size_t chars = 0, link_chars = 0;  // counted bytes, and those inside links (if asked)
};

// `links`: the link share is wanted (else reading stops once the preview is full).
Piece read_piece(const Document& d, int i, bool links) {
  Piece p;
  bool space = true;
  int end = d.ends[static_cast<std::size_t>(i)];
  int link_end = -1;  // inside an <a> until this node
  for (int j = i; j < end;) {
    const Node& n = d.nodes[static_cast<std::size_t>(j)];
    if (!n.is_text) {
      if (is_invisible(n.name) && !(d.noscript_markup && n.name == "noscript")) {
        j = d.ends[static_cast<std::size_t>(j)];
        continue;
      }
      if (n.name.size() == 1 && n.name[0] == 'a' && d.ends[static_cast<std::size_t>(j)] > link_end) link_end = d.ends[static_cast<std::size_t>(j)];
      if (!space && !is_inline(n.name)) {
        p.text.push_back(' ');
        space = true;
      }
      ++j;
      continue;
    }
    if (links) {
      const std::size_t counted = count_bytes(n.text);
      p.chars += counted;
      if (j < link_end) p.link_chars += counted;
    }
    if (p.text.size() <= kPreviewBytes) {
      // A long text node is read only as far as the preview can show (collapsing never makes
      // text longer; a mostly-blank prefix gives a shorter preview, still marked as cut).
      std::string_view t = n.text;
      const std::size_t reach = 4 * (kPreviewBytes + 1 - p.text.size()) + 16;
      if (t.size() > reach) {
        std::size_t l = reach;
        while (l > 0 && (static_cast<unsigned char>(t[l]) & 0xC0) == 0x80) --l;
        t = t.substr(0, l);
        p.cut = true;
      }
      append_collapsed(t, p.text, space);
    } else {
      p.cut = true;
      if (!links) break;
    }
    ++j;
  }
  while (!p.text.empty() && p.text.back() == ' ') p.text.pop_back();
  if (p.text.size() > kPreviewBytes) {
    cut_utf8(p.text, kPreviewBytes);
    p.cut = true;
  }
  return p;
}

// The text of HTML the tree did not read (past its node cap): text tokens outside script,
// style and the like, whitespace collapsed, read only as far as the preview shows.
std::string rest_text(std::string_view html) {
  std::string out;
  bool space = true, skip = false, cut = false;
  Tokenizer tk(html);
  HtmlToken t;
  while (tk.next(t)) {
    if (t.type == TokenType::kStartTag) skip = is_pruned_element(t.name);
    else if (t.type == TokenType::kEndTag) skip = false;
    if (t.type != TokenType::kText || skip) continue;
    if (out.size() > kPreviewBytes) {
      cut = true;
      break;
    }
    if (!out.empty() && !space) {
      out.push_back(' ');
      space = true;
    }
    append_collapsed(t.text, out, space);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > kPreviewBytes) {
    cut_utf8(out, kPreviewBytes);
    cut = true;
  }
  out = plain_line(out);
  if (cut && !out.empty()) out += "\xE2\x80\xA6";  // …
  return out;
}

// The entry being built: consecutive dropped siblings with one reason.
struct Run {
  bool open = false;
  Drop reason = Drop::kNone;
  int first = -1, parent = -1, count = 0;
  std::uint32_t start = 0, end = 0;
  std::string text;
  bool cut = false;
};

class Logger {
 public:
  Logger(const Document& d, std::string_view html, std::string_view text)
      : d_(d), html_(html), text_(text) {}

  void piece(int i, Drop why) {
    const Node& n = d_.nodes[static_cast<std::size_t>(i)];
    Piece p = read_piece(d_, i, why == Drop::kOutsideArticle);
    if (p.text.empty()) return;  // whitespace, images: nothing to read
    // Unselected text with no sign of what it is, but mostly links: a menu or a story list.
    if (why == Drop::kOutsideArticle && p.link_chars * 2 >= p.chars) why = Drop::kLinkList;
    if (run_.open && (run_.reason != why || run_.parent != n.parent)) flush();
    if (!run_.open) {
      run_ = Run{};
      run_.open = true;
      run_.reason = why;
      run_.first = i;
      run_.parent = n.parent;
      run_.start = n.src_start;
    } else if (!run_.cut && !p.text.empty()) {
      run_.text.push_back(' ');
    }
    ++run_.count;
    run_.end = n.src_end;
    if (!run_.cut) {
      run_.text += p.text;
      run_.cut = p.cut;
      if (run_.text.size() > kPreviewBytes) {
        cut_utf8(run_.text, kPreviewBytes);
        run_.cut = true;
      }
    }
  }

  void flush() {
    if (!run_.open) return;
    run_.open = false;
    HtmlRemoved r;
    r.text = std::move(run_.text);
    if (run_.cut) r.text += "\xE2\x80\xA6";  // …
    r.reason = run_.reason;
    r.start = run_.start;
    r.end = run_.end;
    r.path = node_path(d_, run_.count == 1 ? run_.first : run_.parent);
    if (r.path.empty()) r.path = node_path(d_, run_.first);  // siblings right under <html>
    out.entries.push_back(std::move(r));
  }

  // A text node of the article: where it is, for placing the text pass's removals later.
  // A text node of the article, matched against the block text byte by byte (spaces aside).
  // The block stage moves a table's <caption> after its cells (matched when the table ends),
  // and leaves out the caption of a figure whose image is gone (logged; the walk goes on after
  // it). If the two part ways otherwise, nothing after is placed. Returns the next node to visit.
  int kept(int i) {
    settle(i);
    if (!aligned_ || match(i)) return i + 1;
    if (const int table_end = table_caption_end(i); table_end > 0) {
      pending_.push_back(i);
      pending_end_ = table_end;
      return i + 1;
    }
    if (const int e = figure_part(i); e > 0) {
      piece(e, Drop::kCaptionWithoutImage);
      return d_.ends[static_cast<std::size_t>(e)];
    }
    aligned_ = false;
    return i + 1;
  }

  // Matches the table captions held back once the walk is past their table (at `i`).
  void settle(int i) {
    if (pending_.empty() || i < pending_end_) return;
    for (int p : pending_)
      if (aligned_ && !match(p)) aligned_ = false;
    pending_.clear();
  }

  RemovalLog out;

 private:
  // Node i's bytes at the block text's current position: recorded and passed when they are
  // there, else nothing changes.
  bool match(int i) {
    const Node& n = d_.nodes[static_cast<std::size_t>(i)];
    std::size_t tp = tpos_, counted = 0;
    for (std::size_t k = 0; k < n.text.size(); ++k) {
      if (!is_counted(n.text, k)) continue;
      while (tp < text_.size() && !is_counted(text_, tp)) ++tp;
      if (tp >= text_.size() || text_[tp] != n.text[k]) return false;
      ++tp;
      ++counted;
    }
    if (counted == 0) return true;
    flush();
    tpos_ = tp;
    counted_ += counted;
    KeptText k;
    k.src_start = n.src_start;
    k.src_end = n.src_end;
    k.counted_end = static_cast<std::uint32_t>(counted_);
    k.parent = slot(n.parent);
    k.exact = n.src_end - n.src_start == n.text.size() && n.src_end <= html_.size() &&
              std::memcmp(html_.data() + n.src_start, n.text.data(), n.text.size()) == 0;
    out.kept.texts.push_back(k);
    return true;
  }

  // The end of the table whose <caption> holds node i, or -1.
  int table_caption_end(int i) const {
    for (int a = d_.nodes[static_cast<std::size_t>(i)].parent, steps = 0; a > 0 && steps < 32;
         a = d_.nodes[static_cast<std::size_t>(a)].parent, ++steps) {
      const Node& n = d_.nodes[static_cast<std::size_t>(a)];
      if (n.name == "caption") {
        const Node& t = d_.nodes[static_cast<std::size_t>(n.parent)];
        return t.name == "table" ? d_.ends[static_cast<std::size_t>(n.parent)] : -1;
      }
    }
    return -1;
  }

  // Index of element `e` in out.kept.elements, adding it and its ancestors on first use.
  std::int32_t slot(int e) {
    if (slots_.empty()) slots_.assign(d_.nodes.size(), -1);
    std::vector<int> chain;
    for (int a = e; a > 0 && slots_[static_cast<std::size_t>(a)] < 0; a = d_.nodes[static_cast<std::size_t>(a)].parent)
      chain.push_back(a);
    for (std::size_t k = chain.size(); k-- > 0;) {
      const int a = chain[k];
      const int p = d_.nodes[static_cast<std::size_t>(a)].parent;
      KeptElement el;
      el.tag_at = d_.nodes[static_cast<std::size_t>(a)].src_start;
      el.parent = p > 0 ? slots_[static_cast<std::size_t>(p)] : -1;
      slots_[static_cast<std::size_t>(a)] = static_cast<std::int32_t>(out.kept.elements.size());
      out.kept.elements.push_back(el);
    }
    return e > 0 ? slots_[static_cast<std::size_t>(e)] : -1;
  }

  // The child of a <figure> holding node i (its caption), or -1 when i is in no figure.
  int figure_part(int i) const {
    int child = i;
    for (int a = d_.nodes[static_cast<std::size_t>(i)].parent, steps = 0; a > 0 && steps < 32;
         child = a, a = d_.nodes[static_cast<std::size_t>(a)].parent, ++steps)
      if (d_.nodes[static_cast<std::size_t>(a)].name == "figure") return child;
    return -1;
  }

  const Document& d_;
  std::string_view html_;
  std::string_view text_;
  std::size_t tpos_ = 0;  // how far the block text is matched
  bool aligned_ = true;
  std::vector<int> pending_;  // table caption nodes held back until the walk reaches pending_end_
  int pending_end_ = 0;
  Run run_;
  std::size_t counted_ = 0;
  std::vector<std::int32_t> slots_;
};

// mark[i]: i's subtree holds a selected root (kHasRoot), or an element dropped for a reason of
// its own or one whose words name what it is (kMixed): such a subtree is walked into rather
// than logged whole, so each part is reported for its own reason. (Inside a pruned subtree
// every node is dropped with it, reason kNone: that adds nothing.)
std::vector<std::uint8_t> mark_subtrees(const Document& d, const std::vector<int>& roots) {
  std::vector<std::uint8_t> mark(d.nodes.size(), 0);
  for (int r : roots) mark[static_cast<std::size_t>(r)] |= kHasRoot;
  for (std::size_t i = d.nodes.size(); i-- > 1;) {
    const Node& n = d.nodes[i];
    std::uint8_t up = mark[i];
    if (n.removed) up = n.reason == Drop::kInvisible || n.reason == Drop::kNone ? 0 : kMixed;
    else if (!n.is_text && n.reason != Drop::kNone) up |= kMixed;
    mark[static_cast<std::size_t>(n.parent)] |= up;
  }
  return mark;
}

// Reasons in force over the walk: (subtree end, reason) of dropped or labelled ancestors.
class Context {
 public:
  void at(int i) {
    while (!stack_.empty() && stack_.back().first <= i) stack_.pop_back();
  }
  bool empty() const { return stack_.empty(); }
  Drop top() const { return stack_.empty() ? Drop::kOutsideArticle : stack_.back().second; }
  void push(int end, Drop r) { stack_.emplace_back(end, r); }
  // A measure ("too short", "not selected") gives way to what an ancestor's words say.
  Drop refine(Drop r) const { return is_measure(r) && !empty() && !is_measure(top()) ? top() : r; }

 private:
  std::vector<std::pair<int, Drop>> stack_;
};

}  // namespace

std::vector<std::uint8_t> save_drops(const Document& d) {
  std::vector<std::uint8_t> out(d.nodes.size());
  for (std::size_t i = 0; i < d.nodes.size(); ++i)
    out[i] = static_cast<std::uint8_t>((d.nodes[i].removed ? 0x80 : 0) | static_cast<std::uint8_t>(d.nodes[i].reason));
  return out;
}

void restore_drops(Document& d, const std::vector<std::uint8_t>& saved) {
  for (std::size_t i = 0; i < d.nodes.size() && i < saved.size(); ++i) {
    d.nodes[i].removed = (saved[i] & 0x80) != 0;
    d.nodes[i].reason = static_cast<Drop>(saved[i] & 0x7F);
  }
}

RemovalLog log_removed(const Document& d, const std::vector<int>& roots, std::string_view html,
                       std::string_view text) {
  Logger log(d, html, text);
  const std::vector<std::uint8_t> mark = mark_subtrees(d, roots);
  Context context;
  std::size_t next_root = 0;
  const int n = static_cast<int>(d.nodes.size());
  // A page without <body> may have the whole tree (#root) selected.
  int root_end = !roots.empty() && roots[0] == 0 ? n : -1;
  int dropped_end = -1;  // inside a dropped element that is walked into, until here
  for (int i = 1; i < n;) {
    context.at(i);
    const Node& node = d.nodes[static_cast<std::size_t>(i)];
    const int end = d.ends[static_cast<std::size_t>(i)];
    const std::uint8_t m = mark[static_cast<std::size_t>(i)];
    while (next_root < roots.size() && roots[next_root] < i) ++next_root;
    if (i >= root_end && next_root < roots.size() && roots[next_root] == i) {
      log.flush();
      root_end = end;
      ++next_root;
    }
    if (node.removed) {
      if (node.reason == Drop::kInvisible) {
        i = end;
        continue;
      }
      const Drop why = context.refine(node.reason == Drop::kNone ? Drop::kOutsideArticle : node.reason);
      if (m & kMixed) {  // parts of it went earlier, for reasons of their own
        context.push(end, why);
        if (dropped_end < end) dropped_end = end;
        ++i;
        continue;
      }
      log.piece(i, why);
      i = end;
      continue;
    }
    // Labelled elements name what their dropped parts are, unless they hold the article.
    if (!node.is_text && node.reason != Drop::kNone && !(m & kHasRoot) &&
        (context.empty() || is_measure(context.top())))
      context.push(end, node.reason);
    if (i < root_end && i >= dropped_end) {
      i = node.is_text ? log.kept(i) : i + 1;
      continue;
    }
    // Outside the article, or inside a dropped element: logged whole unless it is mixed.
    if (m != 0) {
      ++i;
      continue;
    }
    log.piece(i, context.top());
    i = end;
  }
  log.settle(n);
  log.flush();
  if (d.cut_at < html.size()) {
    HtmlRemoved r;
    r.text = rest_text(html.substr(d.cut_at));
    r.reason = Drop::kLimit;
    r.start = static_cast<std::uint32_t>(d.cut_at);
    r.end = static_cast<std::uint32_t>(html.size());
    if (!r.text.empty()) log.out.entries.push_back(std::move(r));
  }
  return std::move(log.out);
}

}  // namespace pith::detail
