#include "html/json_ld.h"

#include "common/utf8.h"

#include <vector>

namespace pith::detail {
namespace {

// Flat value tree: objects/arrays list their children by index.
struct JVal {
  enum Kind { kNull, kString, kNumber, kObject, kArray } kind = kNull;
  std::string str;   // string value (or number text)
  std::string key;   // member name when inside an object
  std::vector<int> kids;
};

constexpr int kMaxJsonDepth = 64;
constexpr int kMaxAuthors = 16;

bool parse_string(std::string_view s, std::size_t& i, std::string& out) {
  ++i;  // opening quote
  while (i < s.size()) {
    char c = s[i++];
    if (c == '"') return true;
    if (c != '\\') { out.push_back(c); continue; }
    if (i >= s.size()) return false;
    char e = s[i++];
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': case 'b': case 'f': out.push_back(' '); break;
      case 'u': {
        if (i + 4 > s.size()) return false;
        unsigned cp = 0;
        for (int k = 0; k < 4; ++k) {
          char h = s[i++];
          cp <<= 4;
          if (h >= '0' && h <= '9') cp |= static_cast<unsigned>(h - '0');
          else if (h >= 'a' && h <= 'f') cp |= static_cast<unsigned>(h - 'a' + 10);
          else if (h >= 'A' && h <= 'F') cp |= static_cast<unsigned>(h - 'A' + 10);
          else return false;
        }
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
          unsigned lo = 0;
          bool ok = true;
          for (int k = 0; k < 4; ++k) {
            char h = s[i + 2 + static_cast<std::size_t>(k)];
            lo <<= 4;
            if (h >= '0' && h <= '9') lo |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f') lo |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') lo |= static_cast<unsigned>(h - 'A' + 10);
            else ok = false;
          }
          if (ok && lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
        append_utf8(out, static_cast<char32_t>(cp));
        break;
      }
      default: out.push_back(e);
    }
  }
  return false;
}

bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Iterative parse; returns false on malformed input.
bool parse(std::string_view s, std::vector<JVal>& vals) {
  std::vector<int> stack;
  std::size_t i = 0;
  std::string pending_key;
  bool have_key = false;
  while (true) {
    while (i < s.size() && is_ws(s[i])) ++i;
    if (i >= s.size()) return stack.empty() && !vals.empty();
    char c = s[i];
    if (c == ',' || c == ':') { ++i; continue; }
    if (c == '}' || c == ']') {
      if (stack.empty()) return false;
      stack.pop_back();
      ++i;
      if (stack.empty()) return true;
      continue;
    }
    bool in_object = !stack.empty() && vals[static_cast<std::size_t>(stack.back())].kind == JVal::kObject;
    if (in_object && !have_key) {
      if (c != '"') return false;
      pending_key.clear();
      if (!parse_string(s, i, pending_key)) return false;
      have_key = true;
      continue;
    }
    JVal v;
    if (in_object) v.key = std::move(pending_key);
    have_key = false;
    pending_key.clear();
    if (c == '"') {
      v.kind = JVal::kString;
      if (!parse_string(s, i, v.str)) return false;
    } else if (c == '{' || c == '[') {
      v.kind = c == '{' ? JVal::kObject : JVal::kArray;
      ++i;
    } else {
      v.kind = JVal::kNumber;
      while (i < s.size() && !is_ws(s[i]) && s[i] != ',' && s[i] != '}' && s[i] != ']') v.str.push_back(s[i++]);
      if (v.str == "null") v.kind = JVal::kNull;
    }
    int idx = static_cast<int>(vals.size());
    bool container = v.kind == JVal::kObject || v.kind == JVal::kArray;
    vals.push_back(std::move(v));
    if (!stack.empty()) vals[static_cast<std::size_t>(stack.back())].kids.push_back(idx);
    else if (!container) return true;
    if (container) {
      if (static_cast<int>(stack.size()) >= kMaxJsonDepth) return false;
      stack.push_back(idx);
    }
    if (vals.size() > 100000) return false;
  }
}

const JVal* member(const std::vector<JVal>& v, const JVal& obj, std::string_view key) {
  if (obj.kind != JVal::kObject) return nullptr;
  for (int k : obj.kids)
    if (v[static_cast<std::size_t>(k)].key == key) return &v[static_cast<std::size_t>(k)];
  return nullptr;
}

bool is_article_type(const std::string& t) {
  static const char* kTypes[] = {"Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle",
                                 "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
                                 "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle",
                                 "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting",
                                 "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting",
                                 "TechArticle", "APIReference"};
  for (const char* k : kTypes)
    if (t == k) return true;
  return false;
}

bool has_article_type(const std::vector<JVal>& v, const JVal& obj) {
  const JVal* t = member(v, obj, "@type");
  if (!t) return false;
  if (t->kind == JVal::kString) return is_article_type(t->str);
  if (t->kind == JVal::kArray)
    for (int k : t->kids)
      if (is_article_type(v[static_cast<std::size_t>(k)].str)) return true;
  return false;
}

std::string str_of(const JVal* x) { return x && x->kind == JVal::kString ? x->str : ""; }

bool is_organization(const std::vector<JVal>& v, const JVal& obj) {
  const std::string t = str_of(member(v, obj, "@type"));
  return t == "Organization" || t == "NewsMediaOrganization" || t == "Corporation" ||
         t == "EducationalOrganization" || t == "GovernmentOrganization";
}

// The name of one author: a string, an object's "name", or the name of the object its "@id"
// points to (WordPress SEO plugins write "author":{"@id":".../#/schema/person/1"} and the
// Person in "@graph").
std::string author_name(const std::vector<JVal>& v, const JVal& e, const std::vector<const JVal*>& pool,
                        bool& organization) {
  if (e.kind == JVal::kString) return e.str;
  if (e.kind != JVal::kObject) return "";
  const JVal* target = &e;
  if (!member(v, e, "name")) {
    const std::string id = str_of(member(v, e, "@id"));
    for (const JVal* c : pool)
      if (!id.empty() && c != &e && str_of(member(v, *c, "@id")) == id) target = c;
  }
  organization = organization || is_organization(v, *target);
  return str_of(member(v, *target, "name"));
}

// Authors as "A, B", from a string, an object or an array of either.
std::string names_of(const std::vector<JVal>& v, const JVal* a, const std::vector<const JVal*>& pool,
                     bool& organization) {
  if (!a) return "";
  if (a->kind != JVal::kArray) return author_name(v, *a, pool, organization);
  std::string out;
  // Each "@id" is looked up in the pool: the number of authors read is capped so a hostile
  // document (50,000 authors, 50,000 graph nodes) stays linear.
  int read = 0;
  for (int k : a->kids) {
    if (++read > kMaxAuthors) break;
    const std::string n = author_name(v, v[static_cast<std::size_t>(k)], pool, organization);
    if (n.empty()) continue;
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

}  // namespace

bool read_json_ld(std::string_view json, JsonLdArticle& out) {
  // Some CMSs wrap the JSON in "<![CDATA[ ... ]]>" inside the script.
  while (!json.empty() && is_ws(json.front())) json.remove_prefix(1);
  while (!json.empty() && is_ws(json.back())) json.remove_suffix(1);
  if (json.substr(0, 9) == "<![CDATA[") json.remove_prefix(9);
  if (json.size() >= 3 && json.substr(json.size() - 3) == "]]>") json.remove_suffix(3);
  std::vector<JVal> v;
  if (!parse(json, v) || v.empty()) return false;
  // Candidates: the root, the elements of a root array, the elements of "@graph".
  std::vector<const JVal*> cands;
  const JVal& root = v[0];
  if (root.kind == JVal::kArray) {
    for (int k : root.kids) cands.push_back(&v[static_cast<std::size_t>(k)]);
  } else {
    cands.push_back(&root);
  }
  std::size_t n = cands.size();
  for (std::size_t c = 0; c < n; ++c)
    if (const JVal* g = member(v, *cands[c], "@graph"); g && g->kind == JVal::kArray)
      for (int k : g->kids) cands.push_back(&v[static_cast<std::size_t>(k)]);
  for (const JVal* c : cands) {
    if (out.page_published.empty()) {
      out.page_published = str_of(member(v, *c, "datePublished"));
      out.page_modified = str_of(member(v, *c, "dateModified"));
    }
    if (!has_article_type(v, *c)) continue;
    out.headline = str_of(member(v, *c, "headline"));
    out.name = str_of(member(v, *c, "name"));
    out.author = names_of(v, member(v, *c, "author"), cands, out.author_organization);
    bool ignored = false;
    if (const JVal* p = member(v, *c, "publisher")) out.publisher = names_of(v, p, cands, ignored);
    out.published = str_of(member(v, *c, "datePublished"));
    out.modified = str_of(member(v, *c, "dateModified"));
    out.language = str_of(member(v, *c, "inLanguage"));
    return true;
  }
  return false;
}

}  // namespace pith::detail
