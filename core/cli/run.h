// pith clean|quotes: every input of one command line, on `--jobs` threads, results in input
// order on standard output or written under --out, the progress bar and the summary.
#pragma once
#include "cli/args.h"

namespace pith::cli {

// Returns the exit code: 0 all ok, 1 some inputs failed, 2 usage.
int run_command(const Config& cfg);

}  // namespace pith::cli
