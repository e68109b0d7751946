// Native CLI: the same commands and flags as the Node CLI (bin/pith.mjs), for scripts,
// evaluation and debugging; URLs are the Node CLI's only. Modules: args (flags), help, inputs +
// glob (what to read), task (one input), run (threads, output order, summary), progress, render.
//   pith clean|quotes INPUT... [flags]     pith version     pith help [clean|quotes]
//   pith batch-clean LIST OUTDIR [OPTIONS] (evaluation: one input path per line of LIST)
//   pith batch-quotes IN.jsonl OUT.jsonl  (evaluation: quote predictions, code-point offsets)
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/batch.h"
#include "cli/help.h"
#include "cli/run.h"
#include "pith/json_api.h"

namespace {

int usage(const std::string& message) {
  std::fprintf(stderr, "pith: %s\n%s\n", message.c_str(), pith::cli::usage_text());
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pith::cli;
  if (argc < 2) return usage("missing command");
  const std::string cmd = argv[1];
  const std::vector<std::string> rest(argv + 2, argv + argc);
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    if (cmd == "help" && !rest.empty()) {
      if (rest[0] != "clean" && rest[0] != "quotes") return usage("no help on '" + rest[0] + "'");
      std::cout << command_help(rest[0]);
    } else {
      std::cout << main_help();
    }
    return 0;
  }
  if (cmd == "version" || cmd == "--version") {
    std::cout << pith::version_json() << "\n";
    return 0;
  }
  if (cmd == "batch-clean") {
    if (argc != 4 && argc != 5) return usage("batch-clean needs LIST OUTDIR [OPTIONS_JSON]");
    return batch_clean(argv[2], argv[3], argc == 5 ? argv[4] : nullptr);
  }
  if (cmd == "batch-quotes") {
    return argc == 4 ? batch_quotes(argv[2], argv[3]) : usage("batch-quotes needs IN.jsonl OUT.jsonl");
  }
  if (cmd != "clean" && cmd != "quotes") return usage("unknown command '" + cmd + "'");
  std::string error;
  const auto cfg = parse_args(cmd, rest, error);
  if (!cfg) return usage(error);
  if (cfg->help) {
    std::cout << command_help(cmd);
    return 0;
  }
  return run_command(*cfg);
}
