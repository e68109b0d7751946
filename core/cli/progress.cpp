#include "cli/progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace pith::cli {

namespace {

constexpr auto kRedraw = std::chrono::milliseconds(100);
constexpr std::size_t kListedFailures = 20;

std::string fixed1(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string clock_text(double secs) {
  const long t = std::lround(secs);
  const long h = t / 3600, m = (t % 3600) / 60, s = t % 60;
  char buf[64];
  if (h) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", h, m, s);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", m, s);
  return buf;
}

std::string pad_left(const std::string& s, std::size_t n) { return s.size() >= n ? s : std::string(n - s.size(), ' ') + s; }

int terminal_columns() {
  winsize w{};
  return ioctl(STDERR_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 0 ? w.ws_col : 80;
}

}  // namespace

Progress::Progress(std::string label, std::size_t total)
    : label_(std::move(label)), total_(total), start_(std::chrono::steady_clock::now()), last_(start_) {
  draw();
}

void Progress::tick(bool ok, std::uint64_t bytes) {
  ++done_;
  bytes_ += bytes;
  if (!ok) ++failed_;
  if (std::chrono::steady_clock::now() - last_ >= kRedraw || done_ == total_) draw();
}

void Progress::log(const std::string& line) {
  std::fprintf(stderr, "\r\x1b[K%s\n", line.c_str());
  draw();
}

void Progress::end() {
  draw();
  std::fputc('\n', stderr);
  std::fflush(stderr);
}

void Progress::draw() {
  last_ = std::chrono::steady_clock::now();
  const double secs = std::chrono::duration<double>(last_ - start_).count();
  const double rate = secs > 0 ? static_cast<double>(bytes_) / 1e6 / secs : 0;
  const bool finished = done_ >= total_;
  const std::string eta = done_ > 0 && !finished ? clock_text(secs / static_cast<double>(done_) * static_cast<double>(total_ - done_))
                          : finished             ? clock_text(secs)
                                                 : "-:--";
  const std::string total = std::to_string(total_);
  const std::string count = pad_left(std::to_string(done_), total.size()) + "/" + total;
  const std::string pct = pad_left(std::to_string(done_ * 100 / std::max<std::size_t>(1, total_)), 3) + "%";
  const std::string failed = failed_ ? "  " + std::to_string(failed_) + " failed" : "";
  const std::string tail = " " + count + " " + pct + "  " + fixed1(rate) + " MB/s  " + (finished ? "in " : "ETA ") + eta + failed;
  const std::string head = "pith " + label_ + " ";
  // Room kept for the largest failure count: the bar does not shrink when the first input fails.
  const std::size_t reserved = tail.size() - failed.size() + ("  " + total + " failed").size();
  const int room = terminal_columns() - 1 - static_cast<int>(head.size() + reserved) - 2;
  const std::size_t width = static_cast<std::size_t>(std::max(10, std::min(40, room)));
  const std::size_t filled = static_cast<std::size_t>(
      std::lround(static_cast<double>(width * done_) / static_cast<double>(std::max<std::size_t>(1, total_))));
  std::fprintf(stderr, "\r%s[%s%s]%s\x1b[K", head.c_str(), std::string(filled, '#').c_str(),
               std::string(width - filled, '-').c_str(), tail.c_str());
  std::fflush(stderr);
}

std::string summary_text(const Summary& s) {
  const std::size_t jobs = s.per_job.size();
  std::string out = "pith: " + std::to_string(s.ok) + " ok, " + std::to_string(s.failures.size()) + " failed (" +
                    std::to_string(s.total) + " input" + (s.total == 1 ? "" : "s") + ", " + fixed1(static_cast<double>(s.bytes) / 1e6) +
                    " MB in " + fixed1(s.ms / 1000) + " s, " + std::to_string(jobs) + " job" + (jobs == 1 ? "" : "s") + ")\n";
  const std::size_t shown = s.verbose ? s.failures.size() : std::min(s.failures.size(), kListedFailures);
  for (std::size_t i = 0; i < shown; ++i) {
    out += "  " + s.failures[i].path + ": " + s.failures[i].error.code + ": " + s.failures[i].error.message + "\n";
  }
  if (shown < s.failures.size()) {
    out += "  ... and " + std::to_string(s.failures.size() - shown) + " more (--verbose lists all)\n";
  }
  if (s.stopped) {
    out += "pith: stopped at the first failure (--fail-fast); " + std::to_string(s.total - s.ok - s.failures.size()) +
           " inputs not processed\n";
  }
  if (s.verbose) {
    out += "pith: inputs per job:";
    for (std::size_t n : s.per_job) out += " " + std::to_string(n);
    out += "\n";
  }
  return out;
}

}  // namespace pith::cli
