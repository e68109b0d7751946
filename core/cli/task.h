// One input, start to end: read it, run the engine, render the result and write it under --out
// or hand it back for standard output (bin/cli/task.mjs in the Node CLI). Thread-safe: the
// engine keeps no shared state, and every call works on its own data.
#pragma once
#include <cstdint>
#include <string>

#include "cli/inputs.h"

namespace pith::cli {

struct Job {
  std::string command;       // clean | quotes
  std::string format;        // text | markdown | html | json | jsonl
  std::string options_json;  // the engine options, validated
  std::uint64_t max_bytes;   // maxInputBytes: larger files are refused before they are read
  bool input_html = false;   // --input-format html
  bool input_text = false;   // --input-format text
};

struct TaskResult {
  bool ok = false;
  std::uint64_t bytes = 0;
  std::string output;  // for standard output (empty when written under --out)
  Failure error;
};

TaskResult run_task(const Job& job, const Input& input, const std::string& stdin_bytes, const std::string& out_path);

}  // namespace pith::cli
