// The only Embind code: three functions, JSON strings in and out, one call per article.
// Nothing here can throw: clean_json / extract_quotes_json turn every failure into an
// {"ok":false,"error":{...}} envelope (an exception reaching JS would arrive without a message).
#include <emscripten/bind.h>

#include <string>

#include "pith/json_api.h"

namespace {

std::string clean(const std::string& input, const std::string& options_json) {
  return pith::clean_json(input, options_json);
}

std::string extract_quotes(const std::string& text, const std::string& options_json) {
  return pith::extract_quotes_json(text, options_json);
}

std::string version() { return pith::version_json(); }

}  // namespace

EMSCRIPTEN_BINDINGS(pith) {
  emscripten::function("clean", &clean);
  emscripten::function("extractQuotes", &extract_quotes);
  emscripten::function("version", &version);
}
