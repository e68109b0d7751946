// The progress bar (standard error, on a terminal only) and the summary after a batch; the
// same line as the Node CLI's (bin/cli/progress.mjs):
//   pith clean [########----------------]  812/2000  41%  3.2 MB/s  ETA 0:07  2 failed
#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "cli/inputs.h"

namespace pith::cli {

class Progress {
 public:
  Progress(std::string label, std::size_t total);
  void tick(bool ok, std::uint64_t bytes);  // one input finished; redraws at most every 100 ms
  void log(const std::string& line);        // a line above the bar (--verbose)
  void end();                               // the last frame, left on screen, and a line break

 private:
  void draw();
  std::string label_;
  std::size_t total_, done_ = 0, failed_ = 0;
  std::uint64_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
};

struct FailureAt {
  std::string path;
  Failure error;
};

struct Summary {
  std::size_t ok = 0, total = 0;
  std::vector<FailureAt> failures;
  std::uint64_t bytes = 0;
  double ms = 0;
  std::vector<std::size_t> per_job;
  bool verbose = false, stopped = false;
};

// "pith: 1998 ok, 2 failed (2000 inputs, 31.5 MB in 9.8 s, 2 jobs)" and the failures.
std::string summary_text(const Summary& s);

}  // namespace pith::cli
