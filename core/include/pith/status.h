// Error values for the whole engine: the core never throws across its public API.
// Every failure is a Status with a stable machine code (mapped 1:1 to JSON `error.code`).
#pragma once
#include <string>
#include <utility>
#include <variant>

namespace pith {

enum class ErrorCode {
  kBadOptionsJson,   // options string is not valid JSON / not an object
  kBadOptionType,    // an option has the wrong JSON type or an out-of-range value
  kUnknownOption,    // an option name the engine does not know (typos must not pass silently)
  kInputTooLarge,    // input bytes exceed Options::max_input_bytes
  kBadInput,         // input that cannot be processed at all (e.g. binary data)
  kOutOfMemory,      // allocation failed (wasm memory is capped at 2 GiB)
  kInternal,         // a bug: an unexpected exception was caught at the boundary
};

// Stable snake_case code used in JSON and by the JS PithError.code.
const char* error_code_name(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string message;  // one sentence a person understands, naming the offending value
};

// Minimal expected<T, Error>: C++23's std::expected is not available in both toolchains.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)
  bool ok() const { return v_.index() == 0; }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace pith
