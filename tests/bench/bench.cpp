// Native benchmark: throughput of clean() and extract_quotes() over given inputs, reported with
// a baseline measured in the same run (a plain UTF-8 decode pass over the same bytes), so the
// numbers compare across machines as ratios.
//   pith_bench [--repeat N] [--big MB] FILE...
// --big builds a synthetic paste of MB megabytes from the given files (noise included) and
// cleans it once: the linear-time check on 32 MiB.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "pith/json_api.h"
#include "pith/pith.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::size_t baseline_pass(const std::string& s) {
  return pith::detail::utf16_length(s);  // one decode of every code point: the floor for any stage
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

}  // namespace

int main(int argc, char** argv) {
  int repeat = 5;
  double big_mb = 0;
  std::vector<std::string> inputs;
  std::size_t total = 0;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) { repeat = std::atoi(argv[++i]); continue; }
    if (!std::strcmp(argv[i], "--big") && i + 1 < argc) { big_mb = std::atof(argv[++i]); continue; }
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) { std::fprintf(stderr, "bench: cannot read %s\n", argv[i]); return 1; }
    inputs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    total += inputs.back().size();
  }
  if (inputs.empty()) { std::fprintf(stderr, "usage: pith_bench [--repeat N] [--big MB] FILE...\n"); return 2; }

  pith::Options with_quotes;
  pith::Options no_quotes;
  no_quotes.quotes = false;
  volatile std::size_t sink = 0;
  const double base = time_best_of(repeat, [&] { for (auto& s : inputs) sink = sink + baseline_pass(s); });
  const double clean_q = time_best_of(repeat, [&] { for (auto& s : inputs) sink = sink + pith::clean(s, with_quotes).value().text.size(); });
  const double clean_nq = time_best_of(repeat, [&] { for (auto& s : inputs) sink = sink + pith::clean(s, no_quotes).value().text.size(); });
  // The full boundary path (options parse + engine + JSON result), what wasm callers pay.
  const double json_path = time_best_of(repeat, [&] { for (auto& s : inputs) sink = sink + pith::clean_json(s, "{}").size(); });
  const double quotes = time_best_of(repeat, [&] { for (auto& s : inputs) sink = sink + pith::extract_quotes(s, no_quotes).value().quotes.size(); });
  const double mb = static_cast<double>(total) / (1024.0 * 1024.0);
  std::printf("{\"files\":%zu,\"megabytes\":%.3f,\"baselineMBps\":%.1f,\"cleanMBps\":%.2f,\"cleanNoQuotesMBps\":%.2f,"
              "\"quotesOnlyMBps\":%.2f,\"cleanJsonMBps\":%.2f,\"cleanVsBaseline\":%.1f,\"quotesOverheadPct\":%.1f",
              inputs.size(), mb, mb / base, mb / clean_q, mb / clean_nq, mb / quotes, mb / json_path, clean_q / base,
              100.0 * (clean_q - clean_nq) / clean_nq);
  if (big_mb > 0) {
    std::string big;
    const std::size_t want = static_cast<std::size_t>(big_mb * 1024 * 1024);
    big.reserve(want + 1024);
    while (big.size() < want) for (auto& s : inputs) { big += s; big += "\n\n"; if (big.size() >= want) break; }
    pith::Options opts;
    opts.max_input_bytes = big.size() + 1;
    const double tb = time_best_of(1, [&] { sink = sink + baseline_pass(big); });
    const double tc = time_best_of(1, [&] {
      auto r = pith::clean(big, opts);
      if (!r.ok()) std::fprintf(stderr, "bench: big input failed: %s\n", r.error().message.c_str());
      else sink = sink + r.value().text.size();
    });
    std::printf(",\"bigMegabytes\":%.1f,\"bigCleanSeconds\":%.2f,\"bigCleanMBps\":%.2f,\"bigVsBaseline\":%.1f",
                static_cast<double>(big.size()) / (1024.0 * 1024.0), tc, static_cast<double>(big.size()) / (1024.0 * 1024.0) / tc, tc / tb);
  }
  std::printf("}\n");
  return 0;
}
