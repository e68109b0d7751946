#include "cli/batch.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "pith/json_api.h"
#include "pith/pith.h"

namespace pith::cli {

int batch_clean(const char* list_path, const char* out_dir, const char* options_json) {
  std::ifstream list(list_path);
  if (!list) { std::fprintf(stderr, "pith: cannot read list '%s'\n", list_path); return 1; }
  std::string path;
  int n = 0, failed = 0;
  while (std::getline(list, path)) {
    if (path.empty()) continue;
    std::ifstream in(path, std::ios::binary);
    std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string out = in ? clean_json(input, options_json ? options_json : "{}") : std::string("{\"ok\":false}");
    std::ofstream o(std::string(out_dir) + "/" + std::to_string(n) + ".json", std::ios::binary);
    o << out;
    if (!in || !o) ++failed;
    ++n;
  }
  std::fprintf(stderr, "pith: cleaned %d files (%d failed)\n", n, failed);
  return failed ? 1 : 0;
}

namespace {

// Byte offset -> code point offset, by a prefix table over the whole text.
std::vector<std::size_t> code_point_table(std::string_view s) {
  std::vector<std::size_t> t(s.size() + 1, 0);
  std::size_t cps = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    detail::decode_utf8(s, i, len);
    for (std::size_t k = 0; k < len; ++k) t[i + k] = cps;
    ++cps;
    i += len;
  }
  t[s.size()] = cps;
  return t;
}

}  // namespace

int batch_quotes(const char* in_path, const char* out_path) {
  std::ifstream in(in_path);
  std::ofstream out(out_path);
  if (!in || !out) { std::fprintf(stderr, "pith: cannot open '%s' or '%s'\n", in_path, out_path); return 1; }
  std::string line;
  int n = 0;
  Options options;
  while (std::getline(in, line)) {
    auto doc = nlohmann::json::parse(line, nullptr, false);
    if (doc.is_discarded() || !doc.contains("text") || !doc["text"].is_string()) continue;
    const std::string text = doc["text"].get<std::string>();
    auto result = extract_quotes(text, options);
    nlohmann::json quotes = nlohmann::json::array();
    if (result.ok()) {
      const auto cp = code_point_table(text);
      for (const auto& q : result.value().quotes) {
        nlohmann::json o = {{"start", cp[q.start]}, {"end", cp[q.end]}, {"type", quote_type_name(q.type)},
                            {"text", q.text}};
        o["speaker"] = q.speaker ? nlohmann::json(*q.speaker) : nlohmann::json(nullptr);
        o["confidence"] = q.confidence;
        if (q.mention) { o["speaker_start"] = cp[q.mention->start]; o["speaker_end"] = cp[q.mention->end]; o["mention"] = q.mention->text; }
        if (q.cue) { o["cue"] = q.cue->text; o["cue_start"] = cp[q.cue->start]; o["cue_end"] = cp[q.cue->end]; }
        quotes.push_back(std::move(o));
      }
    }
    out << nlohmann::json{{"id", doc.value("id", "")}, {"quotes", quotes}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    ++n;
  }
  std::fprintf(stderr, "pith: %d documents\n", n);
  return 0;
}

}  // namespace pith::cli
