#include "render/inline.h"

#include <algorithm>

namespace pith::detail {

bool safe_url(std::string_view url, bool link) {
  const bool scheme = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0 ||
                      (link && url.rfind("mailto:", 0) == 0);
  if (!scheme || url.size() > 8192) return false;
  for (char ch : url) {
    const auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' ||
        c == '`')
      return false;
  }
  return true;
}

std::vector<Mark> marks_in(const std::vector<Mark>& marks, std::size_t& k, std::size_t s, std::size_t e) {
  std::vector<Mark> out;
  while (k < marks.size() && marks[k].start < s) ++k;
  while (k < marks.size() && marks[k].start < e) {
    if (marks[k].end <= e) out.push_back(marks[k]);
    ++k;
  }
  return out;
}

void walk_inline(std::string_view block, std::size_t offset, const std::vector<Mark>& marks,
                 InlineSink& sink) {
  if (block.empty()) return;
  // Marks re-based to the block's own text.
  std::vector<Mark> local;
  for (const Mark& m : marks) {
    if (m.start < offset || m.end > offset + block.size() || m.start >= m.end) continue;
    local.push_back(m);
    local.back().start -= offset;
    local.back().end -= offset;
  }
  const std::string_view text = block;
  const std::size_t start = 0, end = block.size();
  std::vector<const Mark*> ms;
  for (const Mark& m : local) ms.push_back(&m);
  std::stable_sort(ms.begin(), ms.end(), [](const Mark* a, const Mark* b) {
    return a->start < b->start || (a->start == b->start && a->end > b->end);
  });
  std::vector<std::size_t> stops;
  stops.reserve(ms.size() * 2 + 2);
  stops.push_back(start);
  stops.push_back(end);
  for (const Mark* m : ms) stops.push_back(m->start), stops.push_back(m->end);
  std::sort(stops.begin(), stops.end());
  stops.erase(std::unique(stops.begin(), stops.end()), stops.end());
  std::vector<const Mark*> stack;
  std::size_t next = 0;  // next mark in ms to open
  auto content = [&](const Mark* m) { return text.substr(m->start, m->end - m->start); };
  for (std::size_t si = 0; si + 1 < stops.size(); ++si) {
    const std::size_t p = stops[si];
    // Close what ends here; marks above an ending one are closed and reopened.
    std::size_t lowest = stack.size();
    for (std::size_t k = 0; k < stack.size(); ++k)
      if (stack[k]->end <= p) { lowest = k; break; }
    std::vector<const Mark*> reopen;
    while (stack.size() > lowest) {
      const Mark* m = stack.back();
      stack.pop_back();
      sink.close(*m);
      if (m->end > p) reopen.push_back(m);
    }
    for (std::size_t k = reopen.size(); k-- > 0;) {
      stack.push_back(reopen[k]);
      sink.open(*reopen[k], text.substr(p, reopen[k]->end - p));
    }
    while (next < ms.size() && ms[next]->start <= p) {
      if (ms[next]->start == p) {
        stack.push_back(ms[next]);
        sink.open(*ms[next], content(ms[next]));
      }
      ++next;
    }
    sink.text(text.substr(p, stops[si + 1] - p));
  }
  while (!stack.empty()) {
    sink.close(*stack.back());
    stack.pop_back();
  }
}

}  // namespace pith::detail
