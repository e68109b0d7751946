#include "render/render.h"

namespace pith::detail {

namespace {

void escape_html(std::string& out, const std::string& s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
}

// Markdown would read a leading "1." or "#" in a paragraph as syntax: escape it.
std::string md_escape_start(const std::string& s) {
  if (s.empty()) return s;
  if (s[0] == '#' || s[0] == '>' || s[0] == '-' || s[0] == '*' || s[0] == '+') return "\\" + s;
  std::size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')')) return s.substr(0, i) + "\\" + s.substr(i);
  return s;
}

std::string single_line(const std::string& s) {
  std::string out = s;
  for (char& c : out) if (c == '\n') c = ' ';
  return out;
}

}  // namespace

std::string render_markdown(const Article& a) {
  std::string out;
  if (!a.title.empty()) out += "# " + single_line(a.title) + "\n\n";
  if (!a.subtitle.empty()) out += "*" + single_line(a.subtitle) + "*\n\n";
  std::string meta;
  if (!a.byline.empty()) meta += a.byline;
  if (!a.published.empty()) meta += (meta.empty() ? "" : " · ") + a.published;
  if (!a.source.empty()) meta += (meta.empty() ? "Source: " : " · Source: ") + a.source;
  if (!meta.empty()) out += meta + "\n\n";
  for (const auto& b : a.blocks) {
    switch (b.kind) {
      case BlockKind::kHeading:
        out += std::string(static_cast<std::size_t>(b.level >= 2 && b.level <= 6 ? b.level : 2), '#') +
               " " + single_line(b.text);
        break;
      case BlockKind::kListItem: out += "- " + single_line(b.text); break;
      case BlockKind::kBlockquote: out += "> " + single_line(b.text); break;
      case BlockKind::kPreformatted: out += "```\n" + b.text + "\n```"; break;
      case BlockKind::kCaption: out += "*" + single_line(b.text) + "*"; break;
      case BlockKind::kParagraph: out += md_escape_start(b.text); break;
    }
    out += "\n\n";
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  out += "\n";
  return out;
}

std::string render_html(const Article& a) {
  std::string out = "<article>\n";
  if (!a.title.empty()) { out += "<h1>"; escape_html(out, a.title); out += "</h1>\n"; }
  if (!a.subtitle.empty()) { out += "<p class=\"subtitle\"><em>"; escape_html(out, a.subtitle); out += "</em></p>\n"; }
  if (!a.byline.empty()) { out += "<p class=\"byline\">"; escape_html(out, a.byline); out += "</p>\n"; }
  bool in_list = false;
  for (const auto& b : a.blocks) {
    if (b.kind == BlockKind::kListItem && !in_list) { out += "<ul>\n"; in_list = true; }
    if (b.kind != BlockKind::kListItem && in_list) { out += "</ul>\n"; in_list = false; }
    const char* tag = "p";
    std::string open;
    switch (b.kind) {
      case BlockKind::kHeading: {
        const int lvl = b.level >= 2 && b.level <= 6 ? b.level : 2;
        open = "h" + std::to_string(lvl);
        break;
      }
      case BlockKind::kListItem: open = "li"; break;
      case BlockKind::kBlockquote: open = "blockquote"; break;
      case BlockKind::kPreformatted: open = "pre"; break;
      case BlockKind::kCaption: open = "figcaption"; break;
      case BlockKind::kParagraph: open = tag; break;
    }
    out += "<" + open + ">";
    escape_html(out, b.text);
    out += "</" + open + ">\n";
  }
  if (in_list) out += "</ul>\n";
  if (!a.source.empty()) { out += "<p class=\"source\">Source: "; escape_html(out, a.source); out += "</p>\n"; }
  out += "</article>\n";
  return out;
}

}  // namespace pith::detail
