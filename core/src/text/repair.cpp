#include "text/repair.h"

namespace pith::detail {

RepairContext build_repair_context(std::string_view) { return {}; }

// Minimal version: no repairs. The full repair module replaces this file.
RepairResult repair_block(std::string_view block, const RepairOptions&, const RepairContext&) {
  return RepairResult{std::string(block), {}};
}

}  // namespace pith::detail
