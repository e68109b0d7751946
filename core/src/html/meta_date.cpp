#include "html/meta_date.h"

#include "common/dates.h"
#include "html/meta_text.h"

namespace pith::detail {
namespace {

#include "html/meta_table.inc"

std::string machine(std::string_view s) {
  std::string out;
  return parse_machine_date(s, out) ? out : "";
}

}  // namespace

std::string choose_published(const Document& d, const DateSources& src) {
  std::string out = machine(src.ld_published);
  if (out.empty()) out = machine(meta_value(d, kPublishedKeys));
  if (out.empty()) out = machine(src.page_published);
  // An element marked itemprop="datePublished" with a datetime attribute.
  for (std::size_t i = 0; i < d.nodes.size() && out.empty(); ++i) {
    const Node& n = d.nodes[i];
    if (n.is_text) continue;
    const std::string* ip = attr(n, "itemprop");
    const std::string* dt = attr(n, "datetime");
    if (ip && *ip == "datePublished" && dt) out = machine(*dt);
  }
  if (out.empty()) out = src.header_date;
  // The first <time datetime> of the page when there is no header date.
  for (std::size_t i = 0; i < d.nodes.size() && out.empty(); ++i) {
    const Node& n = d.nodes[i];
    if (n.is_text || n.name != "time") continue;
    if (const std::string* dt = attr(n, "datetime")) out = machine(*dt);
  }
  if (out.empty()) out = machine(src.ld_modified);
  if (out.empty()) out = machine(src.page_modified);
  if (out.empty()) out = machine(meta_value(d, kModifiedKeys));
  return out;
}

}  // namespace pith::detail
