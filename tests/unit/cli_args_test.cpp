// The native CLI's argument grammar (core/cli/args.cpp): the same flags and errors as the Node
// CLI (bin/cli/args.mjs; tests/node/cli_native.test.mjs runs both binaries).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cli/args.h"

using pith::cli::Config;
using pith::cli::parse_args;

namespace {

struct Parsed {
  std::optional<Config> cfg;
  std::string error;
};

Parsed parse(const std::string& command, std::vector<std::string> argv) {
  Parsed p;
  p.cfg = parse_args(command, argv, p.error);
  return p;
}

}  // namespace

TEST_CASE("cli args: inputs, defaults and the output flags") {
  const auto p = parse("clean", {"a.html", "pages/", "-", "--format", "markdown", "-o", "out", "--jobs=3"});
  REQUIRE(p.cfg);
  CHECK(p.cfg->inputs == std::vector<std::string>{"a.html", "pages/", "-"});
  CHECK(p.cfg->format == "markdown");
  CHECK(p.cfg->out == "out");
  CHECK(p.cfg->jobs == 3);
  CHECK_FALSE(p.cfg->fail_fast);
  CHECK(p.cfg->progress);
  REQUIRE(p.cfg->extensions);
  CHECK(p.cfg->extensions->front() == "html");
  CHECK(p.cfg->options.empty());

  const auto d = parse("quotes", {"x.txt"});
  REQUIRE(d.cfg);
  CHECK(d.cfg->format == "json");
  CHECK(d.cfg->jobs == pith::cli::available_parallelism());
  CHECK(d.cfg->jobs >= 1);
}

TEST_CASE("cli args: engine options become the JSON options object") {
  const auto p = parse("clean", {"a", "--input-format", "html", "--url", "https://example.org/a", "--max-input-bytes",
                                 "2M", "--formats", "markdown,html", "--no-quotes", "--no-repairs", "--doubled-word"});
  REQUIRE(p.cfg);
  const auto& o = p.cfg->options;
  CHECK(o["inputFormat"] == "html");
  CHECK(o["url"] == "https://example.org/a");
  CHECK(o["maxInputBytes"] == 2 * 1024 * 1024);
  CHECK(o["formats"] == nlohmann::ordered_json::array({"markdown", "html"}));
  CHECK(o["quotes"] == false);
  CHECK(o["repairs"]["splitGluedWords"] == false);
  CHECK(o["repairs"]["mojibake"] == false);
  CHECK(o["repairs"]["doubledWord"] == true);  // switched back on after --no-repairs
}

TEST_CASE("cli args: --options merges in order with the flags, repairs key by key") {
  const auto p = parse("clean", {"a", "--no-stray-letter", "--options", R"({"repairs":{"mojibake":false},"quotes":false})",
                                 "--quotes"});
  REQUIRE(p.cfg);
  CHECK(p.cfg->options["repairs"]["strayLetter"] == false);
  CHECK(p.cfg->options["repairs"]["mojibake"] == false);
  CHECK(p.cfg->options["quotes"] == true);
}

TEST_CASE("cli args: sizes take K, M, G as powers of 1024") {
  for (const auto& [text, bytes] : std::vector<std::pair<std::string, std::uint64_t>>{
           {"1", 1}, {"512k", 512 * 1024}, {"32M", 32ull << 20}, {"1G", 1ull << 30}, {"3KiB", 3 * 1024}}) {
    const auto p = parse("clean", {"a", "--max-input-bytes", text});
    REQUIRE_MESSAGE(p.cfg, text);
    CHECK(p.cfg->options["maxInputBytes"] == bytes);
  }
}

TEST_CASE("cli args: --ext lists extensions without dots, or * for every file") {
  auto p = parse("clean", {"dir", "--ext", ".HTML, txt"});
  REQUIRE(p.cfg);
  CHECK(*p.cfg->extensions == std::vector<std::string>{"html", "txt"});
  p = parse("clean", {"dir", "--ext=*"});
  REQUIRE(p.cfg);
  CHECK_FALSE(p.cfg->extensions);
}

TEST_CASE("cli args: everything after -- is an input, even when it looks like a flag") {
  const auto p = parse("clean", {"--", "--format", "-x"});
  REQUIRE(p.cfg);
  CHECK(p.cfg->inputs == std::vector<std::string>{"--format", "-x"});
  CHECK(p.cfg->format == "json");
}

TEST_CASE("cli args: --help needs no input") {
  const auto p = parse("quotes", {"--help"});
  REQUIRE(p.cfg);
  CHECK(p.cfg->help);
}

TEST_CASE("cli args: usage errors name the flag and the bad value") {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{}, "missing INPUT"},
      {{"a", "--frobnicate"}, "unknown flag '--frobnicate'"},
      {{"a", "--format", "pdf"}, "--format must be one of text, markdown, html, json, jsonl, got 'pdf'"},
      {{"a", "--format"}, "--format needs a value (FORMAT)"},
      {{"a", "--jobs", "0"}, "--jobs needs a whole number from 1 to 256, got '0'"},
      {{"a", "--jobs", "two"}, "--jobs needs a whole number"},
      {{"a", "--jobs", "257"}, "from 1 to 256"},
      {{"a", "--max-input-bytes", "lots"}, "--max-input-bytes needs a size in bytes"},
      {{"a", "--max-input-bytes", "0"}, "--max-input-bytes must be at least 1 byte"},
      {{"a", "--timeout", "-1"}, "--timeout needs a number of seconds above 0"},
      {{"a", "--input-format", "pdf"}, "--input-format must be one of auto, text, html"},
      {{"a", "--formats", "markdown,pdf"}, "--formats must be one of markdown, html, got 'pdf'"},
      {{"a", "--options", "[1]"}, "--options must be a JSON object"},
      {{"a", "--options", "{"}, "--options must be a JSON object"},
      {{"a", "--fail-fast=yes"}, "--fail-fast takes no value"},
      {{"-", "-"}, "standard input (-) can be read only once"},
      {{"a", "--out", "o", "--format", "jsonl"}, "--format jsonl writes to standard output"},
  };
  for (const auto& [argv, message] : cases) {
    const auto p = parse("clean", argv);
    CHECK_FALSE(p.cfg);
    CHECK_MESSAGE(p.error.find(message) != std::string::npos, p.error, " should contain ", message);
  }
}

TEST_CASE("cli args: clean-only flags are refused by quotes") {
  for (const std::string flag : {"--no-quotes", "--quotes"}) {
    const auto p = parse("quotes", {"a", flag});
    CHECK_FALSE(p.cfg);
    CHECK(p.error == flag + " applies to pith clean only");
  }
  const auto p = parse("quotes", {"a", "--formats", "html"});
  CHECK_FALSE(p.cfg);
}

TEST_CASE("cli args: --help lists every listed flag of the command, wrapped at 100 columns") {
  const std::string clean = pith::cli::flag_help("clean");
  const std::string quotes = pith::cli::flag_help("quotes");
  for (const char* f : {"--format FORMAT", "--out DIR", "--jobs N", "--fail-fast", "--ext LIST", "--no-progress",
                        "--max-input-bytes SIZE", "--no-doubled-word", "--options JSON"}) {
    CHECK_MESSAGE(clean.find(f) != std::string::npos, f);
    CHECK_MESSAGE(quotes.find(f) != std::string::npos, f);
  }
  CHECK(clean.find("--no-quotes") != std::string::npos);
  CHECK(quotes.find("--no-quotes") == std::string::npos);
  std::size_t start = 0;
  while (start < clean.size()) {
    const std::size_t end = clean.find('\n', start);
    CHECK((end == std::string::npos ? clean.size() : end) - start <= 100);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  const auto lines = pith::cli::wrap("one two three four", 9);
  CHECK(lines == std::vector<std::string>{"one two", "three", "four"});
}
