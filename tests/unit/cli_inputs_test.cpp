// The native CLI's globs and input expansion (core/cli/glob.cpp, core/cli/inputs.cpp): the rules
// of bin/cli/glob.mjs and bin/cli/inputs.mjs, on folders made in a temporary directory.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/glob.h"
#include "cli/inputs.h"

namespace fs = std::filesystem;
using namespace pith::cli;

namespace {

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0;;) {
    const std::size_t j = s.find('/', i);
    out.push_back(s.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos) return out;
    i = j + 1;
  }
}

// A folder tree under the system's temporary directory, removed at the end of the test.
struct Tree {
  fs::path root;
  explicit Tree(const std::vector<std::string>& files) {
    root = fs::temp_directory_path() / ("pith-cli-test-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::remove_all(root);
    for (const auto& f : files) {
      fs::create_directories((root / f).parent_path());
      std::ofstream(root / f) << "x";
    }
  }
  ~Tree() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  std::string operator/(const std::string& rel) const { return (root / rel).string(); }
};

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : " ") + x;
  return s;
}

std::vector<std::string> rels(const std::vector<Input>& inputs) {
  std::vector<std::string> out;
  for (const auto& in : inputs) out.push_back(in.error.code.empty() ? in.rel : "!" + in.error.code);
  return out;
}

std::vector<Input> expand(const std::vector<std::string>& args, std::optional<std::vector<std::string>> ext = default_extensions(),
                          const std::string& exclude = "") {
  std::string error;
  auto r = expand_inputs(args, ext, exclude, error);
  REQUIRE_MESSAGE(r, error);
  return *r;
}

}  // namespace

TEST_CASE("cli glob: segments with *, ?, classes; hidden names need a literal dot") {
  CHECK(match_segment("*.html", "a.html"));
  CHECK_FALSE(match_segment("*.html", "a.htm"));
  CHECK(match_segment("*a*b*c", "xxaxbxxbc"));
  CHECK_FALSE(match_segment("*a*b*c", "xxaxcxxb"));
  CHECK(match_segment("page-??.txt", "page-07.txt"));
  CHECK(match_segment("page-?.txt", "page-é.txt"));  // one code point, two bytes
  CHECK(match_segment("[a-c]*", "banana"));
  CHECK_FALSE(match_segment("[!a-c]*", "banana"));
  CHECK(match_segment("[]x]", "]"));
  CHECK(match_segment("a[b", "a[b"));  // no closing bracket: a literal
  CHECK_FALSE(match_segment("*", ".hidden"));
  CHECK(match_segment(".*", ".hidden"));
  // A long name against several stars stays fast (one backtrack point).
  CHECK_FALSE(match_segment("*a*a*a*a*a*b", std::string(5000, 'a')));
}

TEST_CASE("cli glob: ** spans any number of folders, never hidden ones") {
  CHECK(match_path(split("**/*.html"), split("a.html")));
  CHECK(match_path(split("**/*.html"), split("x/y/z/a.html")));
  CHECK(match_path(split("x/**/a.html"), split("x/a.html")));
  CHECK_FALSE(match_path(split("**/*.html"), split(".git/a.html")));
  CHECK_FALSE(match_path(split("*/a.html"), split("x/y/a.html")));
}

TEST_CASE("cli glob: braces expand in the order written, nested, capped") {
  CHECK(*expand_braces("a/{b,c}/*.{html,txt}") ==
        std::vector<std::string>{"a/b/*.html", "a/b/*.txt", "a/c/*.html", "a/c/*.txt"});
  CHECK(*expand_braces("{x,{y,z}}") == std::vector<std::string>{"x", "y", "z"});
  CHECK(*expand_braces("{solo}.txt") == std::vector<std::string>{"{solo}.txt"});
  std::string eleven;
  for (int i = 0; i < 11; ++i) eleven += "{a,b}";
  CHECK_FALSE(expand_braces(eleven));  // 2^11 patterns
}

TEST_CASE("cli glob: the folder to walk is the part without wildcards") {
  auto s = split_pattern("pages/2024/*.html");
  CHECK(s.base == "pages/2024");
  CHECK(s.rest == std::vector<std::string>{"*.html"});
  CHECK(s.max_depth == 1);
  s = split_pattern("*.txt");
  CHECK(s.base == ".");
  s = split_pattern("a/**/b/*.md");
  CHECK(s.base == "a");
  CHECK(s.max_depth == -1);
}

TEST_CASE("cli inputs: folders are walked sorted, files before subfolders, by extension") {
  Tree t({"b.html", "a.txt", "img.png", "sub/c.HTM", ".hidden/d.html", "sub/.e.txt", "out/old.json"});
  auto in = expand({t / ""});
  CHECK(rels(in) == std::vector<std::string>{"a.txt", "b.html", "sub/c.HTM"});
  CHECK(in[0].path == t / "a.txt");
  in = expand({t / ""}, std::nullopt, t / "out");  // --ext '*', --out excluded
  CHECK(rels(in) == std::vector<std::string>{"a.txt", "b.html", "img.png", "sub/c.HTM"});
  in = expand({t / ""}, std::vector<std::string>{"png"});
  CHECK(rels(in) == std::vector<std::string>{"img.png"});
  in = expand({t / ""}, std::vector<std::string>{"pdf"});
  CHECK(rels(in) == std::vector<std::string>{"!no_inputs"});
}

TEST_CASE("cli inputs: files, globs, standard input, URLs and missing paths keep their order") {
  Tree t({"p/one.html", "p/two.html", "p/deep/three.html", "q.txt"});
  const auto in = expand({t / "q.txt", t / "p/*.html", "-", "https://example.org/a", t / "nope.txt", t / "p/**/*.html",
                          t / "p/*.pdf"});
  INFO(joined(rels(in)));
  CHECK(rels(in) == std::vector<std::string>{"q.txt", "one.html", "two.html", "stdin", "!url_unsupported", "!not_found",
                                             "one.html", "two.html", "deep/three.html", "!no_inputs"});
  CHECK(in[3].kind == InputKind::kStdin);
  CHECK(in[4].kind == InputKind::kUrl);
  std::string error;
  std::string many;
  for (int i = 0; i < 11; ++i) many += "{a,b}";
  CHECK_FALSE(expand_inputs({t / many}, default_extensions(), "", error));
  CHECK(error.find("too many patterns") != std::string::npos);
}

TEST_CASE("cli inputs: output names mirror the inputs; clashes keep the old extension, then count") {
  std::vector<Input> in;
  for (const char* rel : {"a.txt", "a.html", "a.html", "sub/b.html", "noext", ".rc"}) in.push_back({InputKind::kFile, rel, rel, {}});
  const auto out = output_paths(in, "o", ".json");
  CHECK(out == std::vector<std::string>{"o/a.json", "o/a.html.json", "o/a-2.json", "o/sub/b.json", "o/noext.json", "o/.rc.json"});
}
