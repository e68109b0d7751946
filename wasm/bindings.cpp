// The only Embind code. Nothing here can throw: clean_json / extract_quotes_json turn every
// failure into an {"ok":false,"error":{...}} envelope (an exception reaching JS would arrive
// without a message).
//
// Two ways in, the same JSON out:
//  - clean / extractQuotes take and return std::string through Embind. Simple, but Embind 3.1.6
//    converts both ways with JavaScript loops over every character (lengthBytesUTF8 +
//    stringToUTF8 in, a NUL scan + UTF8ToString out): 13.6 % of a page's time in Node.
//  - the heap hand-off the library (web/lib/engine.js) uses: JS writes the input's UTF-8 once
//    into a reused buffer here (TextEncoder.encodeInto or a byte copy), the engine reads it in
//    place, and JS decodes the result's bytes straight from the heap with TextDecoder.
#include <emscripten/bind.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "pith/json_api.h"

namespace {

std::string clean(const std::string& input, const std::string& options_json) {
  return pith::clean_json(input, options_json);
}

std::string extract_quotes(const std::string& text, const std::string& options_json) {
  return pith::extract_quotes_json(text, options_json);
}

std::string version() { return pith::version_json(); }

// The heap hand-off's buffers: one input, one result, per instance (a wasm instance runs one
// call at a time).
std::string g_input;
std::string g_result;

// A buffer larger than this is given back after the call, so one 30 MB page does not keep
// 30 MB of heap reserved for the small ones after it.
constexpr std::size_t kKeepBytes = std::size_t{4} << 20;

// Makes the input buffer hold at least `size` bytes, keeping the first `keep` bytes written
// (the JS side grows it once when a string's UTF-8 is longer than its length); returns its
// address. Throws only std::bad_alloc, which Embind turns into a trap: the JS side then
// reports engine_crashed, as for any heap exhaustion.
std::uintptr_t input_buffer(std::uint32_t size, std::uint32_t keep) {
  if (keep < g_input.size()) g_input.resize(keep);
  g_input.resize(size);
  return reinterpret_cast<std::uintptr_t>(g_input.data());
}

void release_input() {
  if (g_input.capacity() > kKeepBytes) std::string().swap(g_input);
}

// Runs one call on the first `length` bytes of the input buffer; the result stays in g_result
// until result_release(). Returns the result's address; result_length() its size.
std::uintptr_t clean_buffer(std::uint32_t length, const std::string& options_json) {
  g_result = pith::clean_json(std::string_view(g_input.data(), length), options_json);
  release_input();
  return reinterpret_cast<std::uintptr_t>(g_result.data());
}

std::uintptr_t extract_quotes_buffer(std::uint32_t length, const std::string& options_json) {
  g_result = pith::extract_quotes_json(std::string_view(g_input.data(), length), options_json);
  release_input();
  return reinterpret_cast<std::uintptr_t>(g_result.data());
}

std::uint32_t result_length() { return static_cast<std::uint32_t>(g_result.size()); }

void result_release() {
  if (g_result.capacity() > kKeepBytes) std::string().swap(g_result);
  else g_result.clear();
}

}  // namespace

EMSCRIPTEN_BINDINGS(pith) {
  emscripten::function("clean", &clean);
  emscripten::function("extractQuotes", &extract_quotes);
  emscripten::function("version", &version);
  emscripten::function("inputBuffer", &input_buffer);
  emscripten::function("cleanBuffer", &clean_buffer);
  emscripten::function("extractQuotesBuffer", &extract_quotes_buffer);
  emscripten::function("resultLength", &result_length);
  emscripten::function("resultRelease", &result_release);
}
