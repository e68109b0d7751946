// The INPUT arguments -> the inputs to process: files, folders (walked), globs, "-" (standard
// input); http(s) URLs are recognised and fail (the Node CLI fetches them). Each input also gets
// the name its output takes under --out. Same rules as bin/cli/inputs.mjs.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace pith::cli {

enum class InputKind { kFile, kStdin, kUrl, kMissing };

struct Failure {
  std::string code, message;
};

struct Input {
  InputKind kind = InputKind::kFile;
  std::string path;  // as given / found: names the input in messages and jsonl
  std::string rel;   // its name under --out, "/"-separated, before the extension changes
  Failure error;     // kMissing only
};

// The extensions taken from folders unless --ext says otherwise.
const std::vector<std::string>& default_extensions();

// extensions: nullopt = every file. exclude: a folder never walked (the --out folder).
// Returns nullopt and sets usage_error when a glob has too many brace alternatives.
std::optional<std::vector<Input>> expand_inputs(const std::vector<std::string>& args,
                                                const std::optional<std::vector<std::string>>& extensions,
                                                const std::string& exclude, std::string& usage_error);

// Output paths under out_dir, in input order: the relative name with the format's extension;
// on a clash the later input keeps its own extension ("a.html.json"), then gets a number.
std::vector<std::string> output_paths(const std::vector<Input>& inputs, const std::string& out_dir,
                                      const std::string& extension);

}  // namespace pith::cli
