// The page's title: the headline a reader sees. The main heading (<h1>) when it agrees with
// the title the markup declares (JSON-LD, og:title, <title>); else the declared title with the
// site's name cut off ("Storm closes port | The Daily Post" -> "Storm closes port").
#pragma once
#include <string>
#include <vector>

#include "html/tree.h"

namespace pith::detail {

struct TitleSources {
  std::string ld_name, ld_headline;     // JSON-LD "name" and "headline" of the article object
  std::vector<std::string> site_names;  // og:site_name, the JSON-LD publisher...
  std::string host;                     // the page's host name ("www.example.com"), if known
};

// `heading`, when given, gets the node of the main heading: the <h1> taken as the title, else
// the first <h1> that is not the site's name, else -1. The article's header (byline, date)
// follows it.
std::string choose_title(const Document& d, const TitleSources& src, int* heading = nullptr);

// `title` without a leading or trailing part that names the site (by `site_names`, or by the
// host name): "Best rugs | Rugmakers" -> "Best rugs" when the site is "Rugmakers" or the host
// "rugmakers.com". Unchanged when no part names the site.
std::string cut_site_name(const std::string& title, const TitleSources& src);

}  // namespace pith::detail
