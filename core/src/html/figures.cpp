#include "html/figures.h"

#include <string>
#include <string_view>

#include "common/utf8.h"
#include "html/block_writer.h"

namespace pith::detail {
namespace {

#include "html/credit_table.inc"

// A credit is a short line: past this many words a "Photo: ..." opening starts a sentence of
// the caption ("Photo: the harbour master, who...") rather than a credit.
constexpr int kMaxCreditWords = 12;

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool class_id_has(const Node& n, const std::string_view* words, std::size_t count) {
  for (const char* a : {"class", "id"}) {
    const std::string* v = attr(n, a);
    if (!v || v->empty()) continue;
    const std::string l = lower_ascii(*v);
    for (std::size_t k = 0; k < count; ++k)
      if (l.find(words[k]) != std::string::npos) return true;
  }
  return false;
}

int word_count(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool w = c != ' ' && c != '\n' && c != '\t';
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

bool opens_credit(std::string_view s) {
  const std::string head = lower_utf8(s.substr(0, std::min<std::size_t>(s.size(), 48)));
  for (std::string_view o : kCreditOpenings)
    if (head.compare(0, o.size(), o) == 0) return true;
  return false;
}

bool capitalised_word_at(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  if (i >= s.size()) return false;
  std::size_t len = 1;
  return is_upper(decode_utf8(s, i, len));
}

// "Jane Roe/Getty Images", "J. Doe / Agency": a short line naming a person and an agency.
bool slash_credit(std::string_view s) {
  const std::size_t slash = s.find('/');
  if (slash == std::string_view::npos || word_count(s) > 8) return false;
  const char last = s.empty() ? ' ' : s.back();
  if (last == '.' || last == '!' || last == '?' || last == ':') return false;
  return capitalised_word_at(s, 0) && capitalised_word_at(s, slash + 1);
}

// Captions and credits as new blocks: `caption` split at `at` (byte offset of the credit).
void split_at(Block& caption, std::size_t at, std::vector<Block>& out) {
  if (at == 0) {
    caption.credit = true;
    out.push_back(std::move(caption));
    return;
  }
  Block credit;
  credit.kind = BlockKind::kCaption;
  credit.credit = true;
  credit.figure = caption.figure;
  credit.text = caption.text.substr(at);
  credit.marks = caption.marks;
  clip_marks(credit.marks, caption.text, at, caption.text.size());
  std::size_t e = at;
  while (e > 0 && (caption.text[e - 1] == ' ' || caption.text[e - 1] == '\n')) --e;
  std::vector<Mark> marks = std::move(caption.marks);
  clip_marks(marks, caption.text, 0, e);
  caption.marks = std::move(marks);
  caption.text.resize(e);
  out.push_back(std::move(caption));
  out.push_back(std::move(credit));
}

void emit_caption(Block&& b, int figure, std::vector<Block>& out) {
  b.figure = figure;
  const std::size_t at = b.credit ? std::string::npos : credit_start(b.text);
  if (at == std::string::npos) out.push_back(std::move(b));
  else split_at(b, at, out);
}

bool unattached_caption(const Block& b) { return b.kind == BlockKind::kCaption && b.figure < 0; }

}  // namespace

bool is_credit_element(const Node& n) {
  if (class_id_has(n, kCreditClassWords, std::size(kCreditClassWords))) return true;
  if (const std::string* ip = attr(n, "itemprop")) {
    const std::string l = lower_ascii(*ip);
    for (std::string_view w : kCreditItemprops)
      if (l == w) return true;
  }
  return false;
}

bool is_caption_element(const Node& n) {
  return class_id_has(n, kCaptionClassWords, std::size(kCaptionClassWords));
}

std::size_t credit_start(std::string_view s) {
  // Candidate starts: the beginning and every sentence or segment start.
  std::size_t last_segment = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool start = i == 0 || (i >= 2 && s[i - 1] == ' ' &&
                                  (s[i - 2] == '.' || s[i - 2] == '!' || s[i - 2] == '?' ||
                                   s[i - 2] == '|')) ||
                       (i >= 1 && s[i - 1] == '(');
    if (!start) continue;
    if (i > 0 && s[i - 1] != '(') last_segment = i;
    const std::string_view rest = s.substr(i);
    if (opens_credit(rest) && word_count(rest) <= kMaxCreditWords)
      return i > 0 && s[i - 1] == '(' ? i - 1 : i;
  }
  if (slash_credit(s.substr(last_segment))) return last_segment;
  return std::string_view::npos;
}

void close_figure(std::vector<Block>& blocks, std::size_t fig, std::vector<Image>&& images,
                  bool unresolved, std::vector<Block>& dropped) {
  const std::size_t end = blocks.size();
  const bool has_images = !images.empty();
  // Without images the captions describe the figure's first other block (a table, a quote).
  std::size_t target = fig;
  if (!has_images) {
    target = end;
    for (std::size_t k = fig + 1; k < end; ++k)
      if (!unattached_caption(blocks[k])) { target = k; break; }
  }
  std::vector<int> where(end - fig, -1);  // old index - fig -> new absolute index
  std::vector<Block> out;
  std::vector<Block> waiting;  // captions written before the block they describe
  auto emit = [&](std::size_t k) {
    Block& b = blocks[k];
    if (b.figure >= static_cast<int>(fig)) b.figure = where[static_cast<std::size_t>(b.figure) - fig];
    where[k - fig] = static_cast<int>(fig + out.size());
    out.push_back(std::move(b));
    if (k != target) return;
    const int t = where[k - fig];
    for (Block& c : waiting) emit_caption(std::move(c), t, out);
    waiting.clear();
  };
  if (has_images) {
    blocks[fig].kind = BlockKind::kFigure;
    blocks[fig].images = std::move(images);
    emit(fig);
  }
  for (std::size_t k = fig + 1; k < end; ++k) {
    if (!unattached_caption(blocks[k])) {
      emit(k);
    } else if (target == end && unresolved) {
      blocks[k].kind = BlockKind::kParagraph;
      emit(k);
    } else if (target == end) {
      dropped.push_back(std::move(blocks[k]));
    } else if (k < target) {
      waiting.push_back(std::move(blocks[k]));
    } else {
      emit_caption(std::move(blocks[k]), where[target - fig], out);
    }
  }
  blocks.resize(fig);
  for (Block& b : out) blocks.push_back(std::move(b));
}

void attach_captions(std::vector<Block>& blocks, std::size_t from, std::size_t target) {
  std::vector<Block> out;
  for (std::size_t k = from; k < blocks.size(); ++k) {
    if (unattached_caption(blocks[k])) emit_caption(std::move(blocks[k]), static_cast<int>(target), out);
    else out.push_back(std::move(blocks[k]));
  }
  blocks.resize(from);
  for (Block& b : out) blocks.push_back(std::move(b));
}

}  // namespace pith::detail
