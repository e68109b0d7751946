#include "cli/glob.h"

#include <algorithm>

#include "common/utf8.h"

namespace pith::cli {

namespace {

struct BraceGroup {
  std::size_t open = 0, close = 0;
  std::vector<std::size_t> commas;
};

// The first "{...}" with a comma at its own depth.
std::optional<BraceGroup> first_brace_group(const std::string& p) {
  for (std::size_t open = p.find('{'); open != std::string::npos; open = p.find('{', open + 1)) {
    int depth = 0;
    BraceGroup g;
    g.open = open;
    for (std::size_t i = open; i < p.size(); ++i) {
      const char c = p[i];
      if (c == '{') {
        ++depth;
      } else if (c == '}' && --depth == 0) {
        if (!g.commas.empty()) {
          g.close = i;
          return g;
        }
        break;
      } else if (c == ',' && depth == 1) {
        g.commas.push_back(i);
      }
    }
  }
  return std::nullopt;
}

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    out.push_back(detail::decode_utf8(s, i, len));
    i += len;
  }
  return out;
}

// If P[p] (a literal, "?" or a class) matches c: the pattern characters it used, else 0.
std::size_t match_one(const std::u32string& P, std::size_t p, char32_t c) {
  if (P[p] == U'?') return 1;
  if (P[p] != U'[') return P[p] == c ? 1 : 0;
  std::size_t i = p + 1;
  const bool negate = i < P.size() && (P[i] == U'!' || P[i] == U'^');
  if (negate) ++i;
  bool hit = false;
  const std::size_t first = i;
  for (; i < P.size() && (P[i] != U']' || i == first); ++i) {
    if (i + 2 < P.size() && P[i + 1] == U'-' && P[i + 2] != U']') {
      if (P[i] <= c && c <= P[i + 2]) hit = true;
      i += 2;
    } else if (P[i] == c) {
      hit = true;
    }
  }
  if (i >= P.size()) return P[p] == c ? 1 : 0;  // no closing "]": a literal "["
  return hit != negate ? i - p + 1 : 0;
}

}  // namespace

bool has_glob_chars(std::string_view s) { return s.find_first_of("*?[{") != std::string_view::npos; }

std::optional<std::vector<std::string>> expand_braces(const std::string& pattern) {
  std::vector<std::string> done;
  std::vector<std::string> work{pattern};
  while (!work.empty()) {
    const std::string p = std::move(work.back());
    work.pop_back();
    const auto g = first_brace_group(p);
    if (!g) {
      done.push_back(p);
      if (done.size() > kMaxBraceExpansions) return std::nullopt;
      continue;
    }
    std::vector<std::size_t> cuts{g->open};
    cuts.insert(cuts.end(), g->commas.begin(), g->commas.end());
    cuts.push_back(g->close);
    // Pushed in reverse so that alternatives come out in the order written.
    for (std::size_t k = cuts.size() - 1; k-- > 0;) {
      work.push_back(p.substr(0, g->open) + p.substr(cuts[k] + 1, cuts[k + 1] - cuts[k] - 1) +
                     p.substr(g->close + 1));
    }
    if (work.size() + done.size() > kMaxBraceExpansions) return std::nullopt;
  }
  return done;
}

bool match_segment(std::string_view pat, std::string_view name) {
  if (!name.empty() && name[0] == '.' && (pat.empty() || pat[0] != '.')) return false;
  const std::u32string P = code_points(pat), N = code_points(name);
  std::size_t p = 0, n = 0, star_n = 0;
  bool star = false;
  std::size_t star_p = 0;
  while (n < N.size()) {
    if (p < P.size() && P[p] == U'*') {
      star = true;
      star_p = p++;
      star_n = n;
      continue;
    }
    if (p < P.size()) {
      const std::size_t step = match_one(P, p, N[n]);
      if (step > 0) {
        p += step;
        ++n;
        continue;
      }
    }
    if (!star) return false;
    p = star_p + 1;
    n = ++star_n;
  }
  while (p < P.size() && P[p] == U'*') ++p;
  return p == P.size();
}

bool match_path(const std::vector<std::string>& pat, const std::vector<std::string>& segs) {
  std::size_t p = 0, s = 0, star_p = 0, star_s = 0;
  bool star = false;
  while (s < segs.size()) {
    if (p < pat.size() && pat[p] == "**") {
      star = true;
      star_p = p++;
      star_s = s;
      continue;
    }
    if (p < pat.size() && match_segment(pat[p], segs[s])) {
      ++p;
      ++s;
      continue;
    }
    if (!star || segs[star_s].starts_with('.')) return false;
    p = star_p + 1;
    s = ++star_s;
  }
  while (p < pat.size() && pat[p] == "**") ++p;
  return p == pat.size();
}

PatternSplit split_pattern(const std::string& pattern) {
  std::vector<std::string> segs;
  for (std::size_t i = 0;;) {
    const std::size_t j = pattern.find('/', i);
    segs.push_back(pattern.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos) break;
    i = j + 1;
  }
  std::size_t k = 0;
  while (k + 1 < segs.size() && segs[k].find_first_of("*?[") == std::string::npos) ++k;
  PatternSplit out;
  for (std::size_t i = k; i < segs.size(); ++i) {
    if (!segs[i].empty() || i + 1 == segs.size()) out.rest.push_back(segs[i]);
  }
  std::string base;
  for (std::size_t i = 0; i < k; ++i) base += (i ? "/" : "") + segs[i];
  out.base = k == 0 ? "." : (base.empty() ? "/" : base);
  out.max_depth = std::find(out.rest.begin(), out.rest.end(), "**") != out.rest.end()
                      ? -1
                      : static_cast<int>(out.rest.size());
  return out;
}

}  // namespace pith::cli
