#include "cli/inputs.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "cli/glob.h"

namespace fs = std::filesystem;

namespace pith::cli {

namespace {

// Deeper folders are not walked: a guard against pathological trees, far beyond real ones.
constexpr int kMaxDepth = 64;

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// "sub.d/page.HTML" -> "html"; "" for none (a leading dot starts a name, not an extension).
std::string extension_of(const std::string& rel) {
  const auto slash = rel.rfind('/');
  const std::string name = slash == std::string::npos ? rel : rel.substr(slash + 1);
  const auto dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? "" : lower_ascii(name.substr(dot + 1));
}

fs::path canonical_or_absolute(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::canonical(p, ec);
  return ec ? fs::absolute(p, ec) : c;
}

// The files under dir as "/"-separated relative paths: depth first, files of a folder before
// its subfolders, sorted by name; hidden names, the excluded folder and symbolic links to
// folders are skipped. Explicit stack.
std::vector<std::string> walk(const std::string& dir, int max_depth, const fs::path& exclude) {
  std::vector<std::string> files;
  struct Item {
    std::string rel;
    int depth;
  };
  std::vector<Item> stack{{"", 1}};
  while (!stack.empty()) {
    const Item item = stack.back();
    stack.pop_back();
    const fs::path abs = item.rel.empty() ? fs::path(dir) : fs::path(dir) / item.rel;
    if (!exclude.empty() && !item.rel.empty() && canonical_or_absolute(abs) == exclude) continue;
    std::error_code ec;
    std::vector<std::pair<std::string, fs::directory_entry>> entries;
    for (fs::directory_iterator it(abs, ec), end; !ec && it != end; it.increment(ec)) {
      entries.emplace_back(it->path().filename().string(), *it);
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Item> sub;
    for (const auto& [name, entry] : entries) {
      if (name.starts_with('.')) continue;
      const std::string r = item.rel.empty() ? name : item.rel + "/" + name;
      std::error_code e1, e2;
      const bool link = entry.is_symlink(e1);
      if (entry.is_regular_file(e2)) {
        files.push_back(r);
      } else if (!link && entry.is_directory(e2) && (max_depth < 0 || item.depth < max_depth)) {
        sub.push_back({r, item.depth + 1});
      }
    }
    for (auto it = sub.rbegin(); it != sub.rend(); ++it) stack.push_back(*it);
  }
  return files;
}

std::vector<std::string> split_slash(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0;;) {
    const std::size_t j = s.find('/', i);
    out.push_back(s.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos) return out;
    i = j + 1;
  }
}

std::string join_path(const std::string& base, const std::string& rel) {
  return (fs::path(base) / rel).lexically_normal().string();
}

Input missing(const std::string& path, const char* code, std::string message) {
  Input in;
  in.kind = InputKind::kMissing;
  in.path = path;
  in.rel = fs::path(path).filename().string();
  in.error = {code, std::move(message)};
  return in;
}

bool is_url(const std::string& s) {
  const std::string l = lower_ascii(s.substr(0, 8));
  return l.starts_with("http://") || l.starts_with("https://");
}

void add_glob(const std::string& arg, const std::vector<std::string>& patterns, const fs::path& exclude,
              std::vector<Input>& out) {
  std::set<std::string> seen;
  for (const std::string& p : patterns) {
    const PatternSplit split = split_pattern(p);
    const int depth = split.max_depth < 0 ? kMaxDepth : std::min(split.max_depth, kMaxDepth);
    for (const std::string& r : walk(split.base, depth, exclude)) {
      const std::string file = join_path(split.base, r);
      if (!seen.count(file) && match_path(split.rest, split_slash(r))) {
        seen.insert(file);
        out.push_back({InputKind::kFile, file, r, {}});
      }
    }
  }
  if (seen.empty()) out.push_back(missing(arg, "no_inputs", "no file matches this pattern"));
}

}  // namespace

const std::vector<std::string>& default_extensions() {
  static const std::vector<std::string> kExtensions{"html", "htm", "xhtml", "shtml", "txt", "text", "md", "markdown"};
  return kExtensions;
}

std::optional<std::vector<Input>> expand_inputs(const std::vector<std::string>& args,
                                                const std::optional<std::vector<std::string>>& extensions,
                                                const std::string& exclude, std::string& usage_error) {
  std::vector<Input> out;
  const fs::path excluded = exclude.empty() ? fs::path() : canonical_or_absolute(exclude);
  auto wanted = [&](const std::string& name) {
    return !extensions || std::find(extensions->begin(), extensions->end(), extension_of(name)) != extensions->end();
  };
  for (const std::string& arg : args) {
    if (arg == "-") {
      out.push_back({InputKind::kStdin, "-", "stdin", {}});
      continue;
    }
    if (is_url(arg)) {
      Input in = missing(arg, "url_unsupported", "the native CLI reads no URLs: use the Node CLI (npx pith)");
      in.kind = InputKind::kUrl;
      out.push_back(in);
      continue;
    }
    std::error_code ec;
    const auto st = fs::status(arg, ec);
    if (!ec && fs::is_directory(st)) {
      std::size_t found = 0;
      for (const std::string& r : walk(arg, kMaxDepth, excluded)) {
        if (!wanted(r)) continue;
        out.push_back({InputKind::kFile, join_path(arg, r), r, {}});
        ++found;
      }
      if (found == 0) {
        std::string exts;
        if (extensions) {
          for (const auto& e : *extensions) exts += (exts.empty() ? "." : " .") + e;
        }
        out.push_back(missing(arg, "no_inputs", extensions ? "no " + exts + " file in this folder (see --ext)"
                                                           : std::string("no file in this folder")));
      }
    } else if (!ec && fs::exists(st)) {
      out.push_back({InputKind::kFile, arg, fs::path(arg).filename().string(), {}});
    } else if (has_glob_chars(arg)) {
      const auto patterns = expand_braces(arg);
      if (!patterns) {
        usage_error = "'" + arg + "' expands to too many patterns";
        return std::nullopt;
      }
      add_glob(arg, *patterns, excluded, out);
    } else {
      out.push_back(missing(arg, "not_found", "no such file or folder"));
    }
  }
  return out;
}

std::vector<std::string> output_paths(const std::vector<Input>& inputs, const std::string& out_dir,
                                      const std::string& extension) {
  std::set<std::string> taken;
  std::vector<std::string> out;
  for (const Input& in : inputs) {
    const std::string& rel = in.rel;
    const auto slash = rel.rfind('/');
    const auto dot = rel.rfind('.');
    const bool has_ext = dot != std::string::npos && (slash == std::string::npos || dot > slash + 1) && dot != 0;
    const std::string stem = has_ext ? rel.substr(0, dot) : rel;
    std::string name;
    for (const std::string& c : {stem + extension, rel + extension}) {
      if (!taken.count(c)) {
        name = c;
        break;
      }
    }
    for (int n = 2; name.empty(); ++n) {
      const std::string c = stem + "-" + std::to_string(n) + extension;
      if (!taken.count(c)) name = c;
    }
    taken.insert(name);
    out.push_back((fs::path(out_dir) / name).string());
  }
  return out;
}

}  // namespace pith::cli
