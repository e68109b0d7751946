// The command line of `pith clean` and `pith quotes`: one table of flags, used to parse and to
// print --help; the same flags as the Node CLI (bin/cli/args.mjs), which tests compare.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace pith::cli {

struct Config {
  std::string command;
  std::vector<std::string> inputs;
  std::string format = "json";
  std::string out;  // empty: standard output
  int jobs = 1;
  bool fail_fast = false, progress = true, quiet = false, verbose = false, help = false;
  std::optional<std::vector<std::string>> extensions;  // nullopt: every file
  double timeout_s = 30;                               // URLs only (the Node CLI)
  nlohmann::ordered_json options = nlohmann::ordered_json::object();
};

// Cores this process may use (its CPU affinity), as Node's os.availableParallelism().
int available_parallelism();

// Parses the arguments after the command; on a usage error returns nullopt and sets `error`.
std::optional<Config> parse_args(const std::string& command, const std::vector<std::string>& argv, std::string& error);

// Greedy word wrap at `width` columns.
std::vector<std::string> wrap(const std::string& text, std::size_t width);

// The "Output:" and "Engine options" sections of `pith <command> --help`.
std::string flag_help(const std::string& command);

}  // namespace pith::cli
