// Helpers shared by the tests that read fixture files (goldens, fuzz regressions).
#pragma once
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace pith::test {

// The file's bytes as they are (binary: fixtures hold invalid UTF-8, NULs, CRLF).
inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Collapses runs of whitespace, as golden expectations ignore line breaks and spacing.
inline std::string squash(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace pith::test
