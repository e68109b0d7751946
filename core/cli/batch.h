// Batch modes of the native CLI, used by scripts/eval: many inputs per process start.
#pragma once

namespace pith::cli {

// Cleans every file named in LIST (one path per line); writes OUTDIR/<n>.json for line n
// (0-based) with the full JSON envelope; OPTIONS is a JSON object or null for {}. Returns a process exit code.
int batch_clean(const char* list_path, const char* out_dir, const char* options_json);

// Reads JSONL documents {"id","text",...}; writes {"id","quotes":[...]} per line with
// code-point offsets (the unit of ../shared/eval/score_quotes.mjs).
int batch_quotes(const char* in_path, const char* out_path);

}  // namespace pith::cli
