// Native benchmark (driven by scripts/bench.mjs). Two modes:
//
//   pith_bench [--repeat N] [--list FILE] FILE...
//     Throughput over the inputs, each stage timed as the best of N passes over all of them,
//     beside a baseline measured in the same run (one UTF-8 decode of the same bytes), so the
//     numbers compare across machines as ratios: clean() with and without quotes, the JSON
//     boundary path (what wasm callers pay), extract_quotes() alone and the HTML tokenizer alone.
//     --list names a file with one input path per line (hundreds of pages overflow argv).
//
//   pith_bench --one FILE
//     Cleans one (large) input once through the JSON path and reports its time and the
//     process's peak resident memory before and after (getrusage), for the linear-scaling rows.
//
// Output: one JSON object on stdout.
#include <sys/resource.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "html/tokenizer.h"
#include "pith/json_api.h"
#include "pith/pith.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Reads a whole file into a string sized once (no doubling reallocations that would raise the
// peak-memory high-water mark before the engine even runs).
bool read_file(const char* path, std::string& out) {
  struct stat st;
  if (stat(path, &st) != 0) return false;
  std::FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  out.resize(static_cast<std::size_t>(st.st_size));
  const std::size_t got = out.empty() ? 0 : std::fread(out.data(), 1, out.size(), f);
  std::fclose(f);
  return got == out.size();
}

long peak_rss_kib() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;  // KiB on Linux
}

std::size_t baseline_pass(const std::string& s) {
  return pith::detail::utf16_length(s);  // one decode of every code point: the floor for any stage
}

std::size_t tokenize_pass(const std::string& s) {
  pith::detail::Tokenizer tz(s);
  pith::detail::HtmlToken t;
  std::size_t n = 0;
  while (tz.next(t)) ++n;
  return n;
}

template <class F>
double time_best_of(int repeat, F&& f) {
  double best = 1e30;
  for (int r = 0; r < repeat; ++r) {
    const auto t0 = Clock::now();
    f();
    const double s = seconds_since(t0);
    if (s < best) best = s;
  }
  return best;
}

int run_one(const char* path) {
  std::string input;
  if (!read_file(path, input)) { std::fprintf(stderr, "bench: cannot read %s\n", path); return 1; }
  const long before = peak_rss_kib();
  const std::string options = "{\"maxInputBytes\":" + std::to_string(input.size() + 1) + "}";
  const auto t0 = Clock::now();
  const std::string out = pith::clean_json(input, options);
  const double s = seconds_since(t0);
  const long after = peak_rss_kib();
  if (out.compare(0, 10, "{\"ok\":true") != 0) {
    std::fprintf(stderr, "bench: %s failed: %.200s\n", path, out.c_str());
    return 1;
  }
  std::printf("{\"bytes\":%zu,\"seconds\":%.4f,\"rssBeforeKiB\":%ld,\"rssPeakKiB\":%ld,\"outputBytes\":%zu}\n",
              input.size(), s, before, after, out.size());
  return 0;
}

bool read_list(const char* list, std::vector<std::string>& paths) {
  std::ifstream in(list);
  if (!in) return false;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) paths.push_back(line);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 5;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) { repeat = std::atoi(argv[++i]); continue; }
    if (!std::strcmp(argv[i], "--one") && i + 1 < argc) return run_one(argv[i + 1]);
    if (!std::strcmp(argv[i], "--list") && i + 1 < argc) {
      if (!read_list(argv[++i], paths)) { std::fprintf(stderr, "bench: cannot read list %s\n", argv[i]); return 1; }
      continue;
    }
    paths.emplace_back(argv[i]);
  }
  std::vector<std::string> inputs(paths.size());
  std::size_t total = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (!read_file(paths[i].c_str(), inputs[i])) { std::fprintf(stderr, "bench: cannot read %s\n", paths[i].c_str()); return 1; }
    total += inputs[i].size();
  }
  if (inputs.empty()) { std::fprintf(stderr, "usage: pith_bench [--repeat N] [--list FILE] FILE... | --one FILE\n"); return 2; }

  pith::Options with_quotes;
  pith::Options no_quotes;
  no_quotes.quotes = false;
  volatile std::size_t sink = 0;
  const double base = time_best_of(repeat, [&] { for (auto& s : inputs) sink = sink + baseline_pass(s); });
  const double tok = time_best_of(repeat, [&] { for (auto& s : inputs) sink = sink + tokenize_pass(s); });
  const double clean_q = time_best_of(repeat, [&] { for (auto& s : inputs) sink = sink + pith::clean(s, with_quotes).value().text.size(); });
  const double clean_nq = time_best_of(repeat, [&] { for (auto& s : inputs) sink = sink + pith::clean(s, no_quotes).value().text.size(); });
  // The full boundary path (options parse + engine + JSON result), what wasm callers pay.
  const double json_path = time_best_of(repeat, [&] { for (auto& s : inputs) sink = sink + pith::clean_json(s, "{}").size(); });
  const double quotes = time_best_of(repeat, [&] { for (auto& s : inputs) sink = sink + pith::extract_quotes(s, no_quotes).value().quotes.size(); });
  const double mb = static_cast<double>(total) / (1024.0 * 1024.0);
  std::printf("{\"files\":%zu,\"megabytes\":%.3f,\"baselineMBps\":%.1f,\"tokenizeMBps\":%.1f,\"cleanMBps\":%.2f,"
              "\"cleanNoQuotesMBps\":%.2f,\"quotesOnlyMBps\":%.2f,\"cleanJsonMBps\":%.2f,\"cleanVsBaseline\":%.1f,"
              "\"quotesOverheadPct\":%.1f}\n",
              inputs.size(), mb, mb / base, mb / tok, mb / clean_q, mb / clean_nq, mb / quotes, mb / json_path,
              clean_q / base, 100.0 * (clean_q - clean_nq) / clean_nq);
  return 0;
}
