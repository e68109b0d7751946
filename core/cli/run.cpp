#include "cli/run.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "cli/help.h"
#include "cli/progress.h"
#include "cli/render.h"
#include "cli/task.h"
#include "pith/json_api.h"

namespace pith::cli {

namespace {

using Json = nlohmann::ordered_json;

int usage_error(const std::string& message) {
  std::fprintf(stderr, "pith: %s\n%s\n", message.c_str(), usage_text());
  return 2;
}

// What happens to each finished input, in the order the caller decides: standard output, the
// failure list, --verbose lines, the progress bar.
struct Reporter {
  const Config& cfg;
  const std::vector<Input>& inputs;
  bool batch;
  std::unique_ptr<Progress> progress;
  Summary summary;

  void operator()(std::size_t i, const TaskResult& r) {
    const std::string& where = inputs[i].path;
    summary.bytes += r.bytes;
    if (r.ok) {
      ++summary.ok;
      std::fwrite(r.output.data(), 1, r.output.size(), stdout);
    } else {
      summary.failures.push_back({where, r.error});
      const std::string envelope = cfg.out.empty() ? render_error(cfg.format, r.error.code, r.error.message, where) : "";
      std::fwrite(envelope.data(), 1, envelope.size(), stdout);
      if (!batch) {
        std::fprintf(stderr, "pith: %s: %s\n", where == "-" ? "standard input" : where.c_str(), r.error.message.c_str());
      } else if (cfg.quiet) {
        std::fprintf(stderr, "pith: %s: %s: %s\n", where.c_str(), r.error.code.c_str(), r.error.message.c_str());
      }
    }
    std::fflush(stdout);
    if (cfg.verbose && batch) {
      const std::string line = r.ok ? "pith: ok " + where + " (" + std::to_string(r.bytes) + " bytes)"
                                    : "pith: failed " + where + ": " + r.error.code + ": " + r.error.message;
      if (progress) progress->log(line);
      else std::fprintf(stderr, "%s\n", line.c_str());
    }
    if (progress) progress->tick(r.ok, r.bytes);
  }
};

// Runs the inputs on `jobs` threads; results reach `report` in input order when `ordered`.
// Dispatching at most `window` inputs ahead of the next one to print bounds the results held.
void run_pool(const Job& job, const std::vector<Input>& inputs, const std::vector<std::string>& out_paths,
              const std::string& stdin_bytes, std::size_t jobs, bool ordered, bool fail_fast, Reporter& report) {
  const std::size_t n = inputs.size();
  const std::size_t window = ordered ? std::max<std::size_t>(64, jobs * 16) : std::numeric_limits<std::size_t>::max() / 2;
  std::mutex mu;
  std::condition_variable cv;
  std::size_t next = 0, emitted = 0;
  bool stop = false;
  std::vector<std::optional<TaskResult>> results(n);
  report.summary.per_job.assign(jobs, 0);
  auto work = [&](std::size_t slot) {
    std::unique_lock<std::mutex> lock(mu);
    for (;;) {
      cv.wait(lock, [&] { return stop || next >= n || next < emitted + window; });
      if (stop || next >= n) return;
      const std::size_t i = next++;
      lock.unlock();
      TaskResult r = run_task(job, inputs[i], stdin_bytes, out_paths[i]);
      lock.lock();
      ++report.summary.per_job[slot];
      if (!r.ok && fail_fast) stop = true;
      if (ordered) {
        results[i] = std::move(r);
        for (; emitted < n && results[emitted]; ++emitted) {
          report(emitted, *results[emitted]);
          results[emitted].reset();
        }
      } else {
        report(i, r);
      }
      cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t slot = 0; slot < jobs; ++slot) threads.emplace_back(work, slot);
  for (auto& t : threads) t.join();
  report.summary.stopped = stop && report.summary.ok + report.summary.failures.size() < n;
}

std::string read_stdin() {
  return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

}  // namespace

int run_command(const Config& cfg) {
  std::string error;
  const auto expanded = expand_inputs(cfg.inputs, cfg.extensions, cfg.out, error);
  if (!expanded) return usage_error(error);
  const std::vector<Input>& inputs = *expanded;
  const bool batch = inputs.size() > 1;
  if (batch && cfg.out.empty() && cfg.format != "jsonl") {
    return usage_error(std::to_string(inputs.size()) +
                       " inputs: write them with --out DIR, or use --format jsonl for one line per input on standard output");
  }
  Job job;
  job.command = cfg.command;
  job.format = cfg.format;
  Json options = cfg.options;
  if (cfg.command == "clean" && (cfg.format == "markdown" || cfg.format == "html")) {
    Json formats = options.contains("formats") && options["formats"].is_array() ? options["formats"] : Json::array();
    if (std::find(formats.begin(), formats.end(), cfg.format) == formats.end()) formats.push_back(cfg.format);
    options["formats"] = formats;
  }
  job.options_json = options.dump(-1, ' ', false, Json::error_handler_t::replace);
  const auto parsed = parse_options(job.options_json);
  if (!parsed.ok()) return usage_error(parsed.error().message);
  job.max_bytes = parsed.value().max_input_bytes;
  job.input_html = parsed.value().input_format == InputFormat::kHtml;
  job.input_text = parsed.value().input_format == InputFormat::kText;

  const bool wants_stdin = std::any_of(inputs.begin(), inputs.end(), [](const Input& in) { return in.kind == InputKind::kStdin; });
  const std::string stdin_bytes = wants_stdin ? read_stdin() : std::string();
  std::vector<std::string> out_paths(inputs.size());
  if (!cfg.out.empty()) out_paths = output_paths(inputs, cfg.out, format_extension(cfg.format));

  const auto start = std::chrono::steady_clock::now();
  Reporter report{cfg, inputs, batch, nullptr, {}};
  if (batch && cfg.progress && isatty(STDERR_FILENO)) report.progress = std::make_unique<Progress>(cfg.command, inputs.size());
  if (!batch) {
    report(0, run_task(job, inputs[0], stdin_bytes, out_paths[0]));
  } else {
    const std::size_t jobs = std::min<std::size_t>(static_cast<std::size_t>(cfg.jobs), inputs.size());
    run_pool(job, inputs, out_paths, stdin_bytes, jobs, cfg.out.empty(), cfg.fail_fast, report);
  }
  if (report.progress) report.progress->end();
  if (batch && !cfg.quiet) {
    report.summary.total = inputs.size();
    report.summary.verbose = cfg.verbose;
    report.summary.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::fputs(summary_text(report.summary).c_str(), stderr);
  }
  return report.summary.failures.empty() ? 0 : 1;
}

}  // namespace pith::cli
