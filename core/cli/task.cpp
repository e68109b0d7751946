#include "cli/task.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "cli/render.h"
#include "input/sniff.h"
#include "pith/json_api.h"

namespace fs = std::filesystem;

namespace pith::cli {

namespace {

using Json = nlohmann::ordered_json;

TaskResult failed(std::uint64_t bytes, std::string code, std::string message) {
  TaskResult r;
  r.bytes = bytes;
  r.error = {std::move(code), std::move(message)};
  return r;
}

// Reads a file up to max_bytes (a larger one is refused before it is read).
bool read_input(const std::string& path, std::uint64_t max_bytes, std::string& out, Failure& error) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    error = {"input_too_large", "input is " + std::to_string(size) + " bytes, over the limit of " +
                                    std::to_string(max_bytes) + " bytes (--max-input-bytes)"};
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int e = errno;
    const char* why = e == ENOENT ? "no such file" : e == EACCES ? "permission denied" : std::strerror(e);
    error = {e == ENOENT ? "not_found" : "read_failed", std::string("cannot read it: ") + why};
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = {"read_failed", std::string("cannot read it: ") + (fs::is_directory(path, ec) ? "is a folder" : std::strerror(errno))};
    return false;
  }
  return true;
}

// clean(), or the quotes: of the text itself for plain text, of the cleaned article for HTML
// (detected as clean() does, or forced), with that article's text, which the offsets index.
std::string run_engine(const Job& job, const std::string& input, bool& reshaped) {
  reshaped = false;
  if (job.command == "clean") return clean_json(input, job.options_json);
  const bool html = job.input_html || (!job.input_text && detail::looks_like_html(input));
  if (!html) return extract_quotes_json(input, job.options_json);
  Json opts = Json::parse(job.options_json);
  opts.erase("formats");
  opts["quotes"] = true;
  opts["inputFormat"] = "html";
  reshaped = true;
  return clean_json(input, opts.dump());
}

}  // namespace

TaskResult run_task(const Job& job, const Input& input, const std::string& stdin_bytes, const std::string& out_path) {
  if (input.kind == InputKind::kMissing || input.kind == InputKind::kUrl) {
    return failed(0, input.error.code, input.error.message);
  }
  std::string bytes;
  if (input.kind == InputKind::kStdin) {
    bytes = stdin_bytes;
  } else {
    Failure error;
    if (!read_input(input.path, job.max_bytes, bytes, error)) return failed(0, error.code, error.message);
  }
  bool reshaped = false;
  std::string envelope = run_engine(job, bytes, reshaped);
  Json result = Json::parse(envelope, nullptr, false);
  if (result.is_discarded() || !result.value("ok", false)) {
    const Json& e = result.is_object() && result.contains("error") ? result["error"] : Json::object();
    return failed(bytes.size(), e.value("code", "internal"), e.value("message", "the engine gave no result"));
  }
  if (reshaped) {
    Json q = Json::object();
    q["ok"] = true;
    q["schema"] = result["schema"];
    q["text"] = result["text"];
    q["quotes"] = result["quotes"];
    q["speakers"] = result["speakers"];
    result = std::move(q);
    envelope = result.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  TaskResult r;
  r.bytes = bytes.size();
  std::string text = render(job.command, job.format, envelope, result, input.path);
  if (out_path.empty()) {
    r.output = std::move(text);
    r.ok = true;
    return r;
  }
  std::error_code ec;
  fs::create_directories(fs::path(out_path).parent_path(), ec);
  std::ofstream out(out_path, std::ios::binary);
  out << text;
  out.close();
  if (!out) return failed(r.bytes, "write_failed", "cannot write " + out_path + ": " + std::strerror(errno));
  r.ok = true;
  return r;
}

}  // namespace pith::cli
