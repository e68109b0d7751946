// Native CLI: the same JSON boundary as the wasm module, for scripts, evaluation and debugging.
//   pith clean FILE|- [--format json|text|markdown|html] [--input-format auto|text|html]
//                     [--options JSON] [--url URL]
//   pith quotes FILE|- [--options JSON]
//   pith version
//   pith batch-clean LIST OUTDIR [OPTIONS] (evaluation: one input path per line of LIST)
//   pith batch-quotes IN.jsonl OUT.jsonl  (evaluation: quote predictions, code-point offsets)
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli/batch.h"
#include "pith/json_api.h"

namespace {

int usage(const char* msg) {
  if (msg && *msg) std::fprintf(stderr, "pith: %s\n", msg);
  std::fprintf(stderr,
               "usage: pith clean FILE|- [--format json|text|markdown|html] "
               "[--input-format auto|text|html] [--options JSON] [--url URL]\n"
               "       pith quotes FILE|- [--options JSON]\n"
               "       pith version\n"
               "       pith batch-clean LIST OUTDIR [OPTIONS_JSON]\n"
               "       pith batch-quotes IN.jsonl OUT.jsonl\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage("");
  const std::string cmd = argv[1];
  if (cmd == "version" || cmd == "--version") {
    std::cout << pith::version_json() << "\n";
    return 0;
  }
  if (cmd == "-h" || cmd == "--help" || cmd == "help") { usage(""); return 0; }
  if (cmd == "batch-clean") return (argc == 4 || argc == 5) ? pith::cli::batch_clean(argv[2], argv[3], argc == 5 ? argv[4] : nullptr) : usage("batch-clean needs LIST OUTDIR [OPTIONS_JSON]");
  if (cmd == "batch-quotes") return argc == 4 ? pith::cli::batch_quotes(argv[2], argv[3]) : usage("batch-quotes needs IN.jsonl OUT.jsonl");
  if (cmd != "clean" && cmd != "quotes") return usage(("unknown command '" + cmd + "'").c_str());

  std::string file, format = "json";
  nlohmann::json opts = nlohmann::json::object();
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&](const char* what) -> const char* {
      if (i + 1 >= argc) return nullptr;
      (void)what;
      return argv[++i];
    };
    if (a == "--format") {
      const char* v = next("format");
      if (!v) return usage("--format needs a value");
      format = v;
    } else if (a == "--input-format") {
      const char* v = next("input-format");
      if (!v) return usage("--input-format needs a value");
      opts["inputFormat"] = v;
    } else if (a == "--url") {
      const char* v = next("url");
      if (!v) return usage("--url needs a value");
      opts["url"] = v;
    } else if (a == "--options") {
      const char* v = next("options");
      if (!v) return usage("--options needs a JSON object");
      auto extra = nlohmann::json::parse(v, nullptr, false);
      if (extra.is_discarded() || !extra.is_object()) return usage("--options must be a JSON object");
      for (auto it = extra.begin(); it != extra.end(); ++it) opts[it.key()] = it.value();
    } else if (file.empty()) {
      file = a;
    } else {
      return usage(("unexpected argument '" + a + "'").c_str());
    }
  }
  if (file.empty()) return usage("missing FILE (use - for standard input)");
  if (format != "json" && format != "text" && format != "markdown" && format != "html") {
    return usage("--format must be json, text, markdown or html");
  }
  std::string input;
  if (file == "-") {
    input.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "pith: cannot read '%s': %s\n", file.c_str(), std::strerror(errno));
      return 1;
    }
    input.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (format == "markdown") opts["formats"] = {"markdown"};
  if (format == "html") opts["formats"] = {"html"};
  const std::string out = cmd == "clean" ? pith::clean_json(input, opts.dump())
                                         : pith::extract_quotes_json(input, opts.dump());
  auto result = nlohmann::json::parse(out, nullptr, false);
  if (result.is_discarded() || !result.value("ok", false)) {
    std::cout << out << "\n";
    std::fprintf(stderr, "pith: %s\n",
                 result.is_object() && result.contains("error")
                     ? result["error"].value("message", "error").c_str()
                     : "error");
    return 1;
  }
  if (format == "json" || cmd == "quotes") {
    std::cout << out << "\n";
  } else if (format == "text") {
    if (result["title"].is_string()) std::cout << result["title"].get<std::string>() << "\n\n";
    std::cout << result["text"].get<std::string>() << "\n";
  } else {
    std::cout << result[format].get<std::string>();
  }
  return 0;
}
