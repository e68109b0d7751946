// libFuzzer entry for one target (PITH_FUZZ_TARGET names it; see CMakeLists.txt): runs the
// target's function from targets.cpp and aborts when a property failed, so libFuzzer saves the
// input as a crash artifact like any sanitizer report.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "targets.h"

#define PITH_STR2(x) #x
#define PITH_STR(x) PITH_STR2(x)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const pith::fuzz::Target* target = pith::fuzz::find_target(PITH_STR(PITH_FUZZ_TARGET));
  if (!target) std::abort();
  const std::string failure =
      target->run(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!failure.empty()) {
    std::fprintf(stderr, "pith fuzz target %s: %s\n", target->name, failure.c_str());
    std::abort();
  }
  return 0;
}
