#include "cli/args.h"

#include <sched.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <thread>

#include "cli/inputs.h"
#include "cli/render.h"

namespace pith::cli {

namespace {

using Json = nlohmann::ordered_json;
// Returns a usage error message, or "" when the value was taken.
using Apply = std::function<std::string(Config&, const std::string&)>;

struct Flag {
  const char* group;  // nullptr: accepted, not listed
  std::string name;
  const char* short_name;
  const char* value;  // nullptr: takes no value
  const char* only;   // nullptr: both commands
  std::string help;
  Apply apply;
};

constexpr int kMaxJobs = 256;
const char* const kOutput = "Output";
const char* const kEngine = "Engine options (docs/schema.md)";
const char* const kRepairs[] = {"splitGluedWords", "spaceBeforePunctuation", "collapseSpaces",
                                "strayLetter", "doubledWord", "mojibake"};

std::string kebab(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') out += std::string("-") + static_cast<char>(c - 'A' + 'a');
    else out += c;
  }
  return out;
}

bool all_digits(const std::string& v) {
  return !v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string choice(const std::string& flag, const std::string& v, const std::vector<std::string>& allowed, std::string& out) {
  if (std::find(allowed.begin(), allowed.end(), v) != allowed.end()) {
    out = v;
    return "";
  }
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  return flag + " must be one of " + list + ", got '" + v + "'";
}

std::vector<std::string> split_list(const std::string& v) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i <= v.size()) {
    std::size_t j = v.find(',', i);
    if (j == std::string::npos) j = v.size();
    std::string item = v.substr(i, j - i);
    const auto b = item.find_first_not_of(" \t"), e = item.find_last_not_of(" \t");
    item = b == std::string::npos ? "" : item.substr(b, e - b + 1);
    out.push_back(item);
    i = j + 1;
  }
  return out;
}

// "32M", "512k", "1G" (powers of 1024) or a plain number of bytes.
std::string parse_bytes(const std::string& flag, const std::string& v, std::uint64_t& out) {
  std::size_t i = 0;
  while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i;
  std::string unit = v.substr(i);
  for (char& c : unit) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  const bool unit_ok = unit.empty() || unit == "k" || unit == "m" || unit == "g" || unit == "kb" || unit == "mb" ||
                       unit == "gb" || unit == "ki" || unit == "mi" || unit == "gi" || unit == "kib" || unit == "mib" ||
                       unit == "gib";
  if (i == 0 || i > 18 || !unit_ok) {
    return flag + " needs a size in bytes (e.g. 1048576, 512K, 32M, 1G), got '" + v + "'";
  }
  const std::uint64_t scale = unit.empty() ? 1 : unit[0] == 'k' ? 1024ull : unit[0] == 'm' ? 1024ull * 1024 : 1024ull * 1024 * 1024;
  // Saturated far above the engine's 1 GiB ceiling, which then refuses it as the Node CLI's does.
  const std::uint64_t n = std::stoull(v.substr(0, i));
  out = n > (1ull << 50) / scale ? (1ull << 50) : n * scale;
  if (out < 1) return flag + " must be at least 1 byte";
  return "";
}

Json& repairs(Config& c) {
  if (!c.options.contains("repairs") || !c.options["repairs"].is_object()) c.options["repairs"] = Json::object();
  return c.options["repairs"];
}

std::string merge_options(Config& c, const std::string& v) {
  const Json extra = Json::parse(v, nullptr, false);
  if (extra.is_discarded() || !extra.is_object()) return "--options must be a JSON object";
  for (auto it = extra.begin(); it != extra.end(); ++it) {
    if (it.key() == "repairs" && it.value().is_object()) {
      for (auto r = it.value().begin(); r != it.value().end(); ++r) repairs(c)[r.key()] = r.value();
    } else {
      c.options[it.key()] = it.value();
    }
  }
  return "";
}

std::string default_extension_list() {
  std::string s;
  for (const auto& e : default_extensions()) s += (s.empty() ? "" : ",") + e;
  return s;
}

const std::vector<Flag>& flags() {
  static const std::vector<Flag> table = [] {
    std::vector<Flag> t = {
        {kOutput, "--format", "-f", "FORMAT", nullptr, "text, markdown, html, json (default) or jsonl: one JSON line per input, with its \"path\"",
         [](Config& c, const std::string& v) { return choice("--format", v, {"text", "markdown", "html", "json", "jsonl"}, c.format); }},
        {kOutput, "--out", "-o", "DIR", nullptr, "write one file per input under DIR, mirroring the input names (.txt .md .html .json); without it the result goes to standard output",
         [](Config& c, const std::string& v) { c.out = v; return std::string(); }},
        {kOutput, "--jobs", "-j", "N", nullptr, "inputs processed in parallel, on worker threads (default: the number of cores, " + std::to_string(available_parallelism()) + " here)",
         [](Config& c, const std::string& v) {
           if (!all_digits(v) || v.size() > 4 || std::stoi(v) < 1 || std::stoi(v) > kMaxJobs) {
             return "--jobs needs a whole number from 1 to " + std::to_string(kMaxJobs) + ", got '" + v + "'";
           }
           c.jobs = std::stoi(v);
           return std::string();
         }},
        {kOutput, "--fail-fast", nullptr, nullptr, nullptr, "stop at the first input that fails (by default a failure never stops the others)",
         [](Config& c, const std::string&) { c.fail_fast = true; return std::string(); }},
        {kOutput, "--ext", nullptr, "LIST", nullptr, "extensions taken from folders, comma-separated, or * for every file (default " + default_extension_list() + ")",
         [](Config& c, const std::string& v) {
           if (v == "*") {
             c.extensions.reset();
             return std::string();
           }
           std::vector<std::string> list;
           for (std::string e : split_list(v)) {
             if (!e.empty() && e[0] == '.') e.erase(0, 1);
             for (char& ch : e) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
             if (!e.empty()) list.push_back(e);
           }
           c.extensions = list;
           return std::string();
         }},
        {kOutput, "--timeout", nullptr, "SECONDS", nullptr, "URLs: give up on a page after this long (default 30; Node CLI only)",
         [](Config& c, const std::string& v) {
           char* end = nullptr;
           const double s = std::strtod(v.c_str(), &end);
           if (v.empty() || *end != '\0' || !(s > 0)) return "--timeout needs a number of seconds above 0, got '" + v + "'";
           c.timeout_s = s;
           return std::string();
         }},
        {kOutput, "--no-progress", nullptr, nullptr, nullptr, "no progress bar (it is drawn only when standard error is a terminal)",
         [](Config& c, const std::string&) { c.progress = false; return std::string(); }},
        {kOutput, "--quiet", "-q", nullptr, nullptr, "no progress bar and no summary; failures are still reported",
         [](Config& c, const std::string&) { c.quiet = true; c.progress = false; return std::string(); }},
        {kOutput, "--verbose", nullptr, nullptr, nullptr, "one line per input on standard error, every failure in the summary, and inputs per job",
         [](Config& c, const std::string&) { c.verbose = true; return std::string(); }},
        {kEngine, "--input-format", nullptr, "FORMAT", nullptr, "auto (default: HTML when the input starts like a page), text or html",
         [](Config& c, const std::string& v) {
           std::string f;
           std::string e = choice("--input-format", v, {"auto", "text", "html"}, f);
           if (e.empty()) c.options["inputFormat"] = f;
           return e;
         }},
        {kEngine, "--url", nullptr, "URL", nullptr, "the page's address: relative links and images resolve against it (URL inputs pass their final address)",
         [](Config& c, const std::string& v) { c.options["url"] = v; return std::string(); }},
        {kEngine, "--max-input-bytes", nullptr, "SIZE", nullptr, "refuse larger inputs (default 32M; K, M, G are powers of 1024; at most 1G)",
         [](Config& c, const std::string& v) {
           std::uint64_t n = 0;
           std::string e = parse_bytes("--max-input-bytes", v, n);
           if (e.empty()) c.options["maxInputBytes"] = n;
           return e;
         }},
        {kEngine, "--formats", nullptr, "LIST", "clean", "renderings to add to JSON output: markdown, html or markdown,html (--format markdown/html adds its own)",
         [](Config& c, const std::string& v) {
           Json list = Json::array();
           for (const std::string& f : split_list(v)) {
             std::string ok;
             std::string e = choice("--formats", f, {"markdown", "html"}, ok);
             if (!e.empty()) return e;
             list.push_back(ok);
           }
           c.options["formats"] = list;
           return std::string();
         }},
        {kEngine, "--no-quotes", nullptr, nullptr, "clean", "do not look for quotes (faster)",
         [](Config& c, const std::string&) { c.options["quotes"] = false; return std::string(); }},
        {kEngine, "--quotes", nullptr, nullptr, "clean", "look for quotes (the default; undoes an earlier --no-quotes)",
         [](Config& c, const std::string&) { c.options["quotes"] = true; return std::string(); }},
        {kEngine, "--no-repairs", nullptr, nullptr, nullptr, "switch every repair below off",
         [](Config& c, const std::string&) {
           for (const char* r : kRepairs) repairs(c)[r] = false;
           return std::string();
         }},
    };
    for (const char* r : kRepairs) {
      const std::string key = r;
      t.push_back({kEngine, "--no-" + kebab(key), nullptr, nullptr, nullptr, "repairs." + key + " off (--" + kebab(key) + " switches it back on)",
                   [key](Config& c, const std::string&) { repairs(c)[key] = false; return std::string(); }});
    }
    for (const char* r : kRepairs) {
      const std::string key = r;
      t.push_back({nullptr, "--" + kebab(key), nullptr, nullptr, nullptr, "",
                   [key](Config& c, const std::string&) { repairs(c)[key] = true; return std::string(); }});
    }
    t.push_back({kEngine, "--options", nullptr, "JSON", nullptr, "more options as a JSON object, merged in order with the flags, e.g. '{\"repairs\":{\"strayLetter\":false}}'",
                 merge_options});
    return t;
  }();
  return table;
}

const Flag* find_flag(const std::string& name) {
  for (const Flag& f : flags()) {
    if (f.name == name || (f.short_name && name == f.short_name)) return &f;
  }
  return nullptr;
}

}  // namespace

int available_parallelism() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof(set), &set) == 0) {
    const int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  const unsigned n = std::thread::hardware_concurrency();
  return n ? static_cast<int>(n) : 1;
}

std::optional<Config> parse_args(const std::string& command, const std::vector<std::string>& argv, std::string& error) {
  Config c;
  c.command = command;
  c.jobs = available_parallelism();
  c.extensions = default_extensions();
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (arg == "--") {
      c.inputs.insert(c.inputs.end(), argv.begin() + static_cast<std::ptrdiff_t>(i) + 1, argv.end());
      break;
    }
    if (arg == "-h" || arg == "--help") {
      c.help = true;
      continue;
    }
    if (arg == "-" || arg.empty() || arg[0] != '-') {
      c.inputs.push_back(arg);
      continue;
    }
    const auto eq = arg.starts_with("--") ? arg.find('=') : std::string::npos;
    const std::string name = eq != std::string::npos ? arg.substr(0, eq) : arg;
    const Flag* flag = find_flag(name);
    if (!flag) {
      error = "unknown flag '" + name + "' (pith " + command + " --help lists them)";
      return std::nullopt;
    }
    if (flag->only && command != flag->only) {
      error = name + " applies to pith " + flag->only + " only";
      return std::nullopt;
    }
    std::string value;
    if (flag->value) {
      if (eq != std::string::npos) {
        value = arg.substr(eq + 1);
      } else if (i + 1 < argv.size()) {
        value = argv[++i];
      } else {
        error = name + " needs a value (" + flag->value + ")";
        return std::nullopt;
      }
    } else if (eq != std::string::npos) {
      error = name + " takes no value";
      return std::nullopt;
    }
    error = flag->apply(c, value);
    if (!error.empty()) return std::nullopt;
  }
  if (c.help) return c;
  if (c.inputs.empty()) {
    error = "missing INPUT (a file, folder, glob, URL, or - for standard input)";
    return std::nullopt;
  }
  if (std::count(c.inputs.begin(), c.inputs.end(), "-") > 1) {
    error = "standard input (-) can be read only once";
    return std::nullopt;
  }
  if (!c.out.empty() && c.format == "jsonl") {
    error = "--format jsonl writes to standard output; use --format json with --out";
    return std::nullopt;
  }
  return c;
}

std::vector<std::string> wrap(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    const std::string word = text.substr(i, j - i);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(line);
      line = word;
    } else {
      line = line.empty() ? word : line + " " + word;
    }
    i = j + 1;
  }
  lines.push_back(line);
  return lines;
}

std::string flag_help(const std::string& command) {
  constexpr std::size_t kHelpWidth = 100, kNameWidth = 32;
  const std::string indent(kNameWidth, ' ');
  std::string out;
  const char* group = nullptr;
  for (const Flag& f : flags()) {
    if (!f.group || (f.only && command != f.only)) continue;
    if (!group || std::string(group) != f.group) {
      out += std::string(group ? "\n" : "") + f.group + ":\n";
      group = f.group;
    }
    const std::string name = "  " + std::string(f.short_name ? std::string(f.short_name) + ", " : "    ") + f.name +
                             (f.value ? std::string(" ") + f.value : "");
    const auto text = wrap(f.help, kHelpWidth - kNameWidth);
    if (name.size() < kNameWidth) out += name + std::string(kNameWidth - name.size(), ' ') + text[0] + "\n";
    else out += name + "\n" + indent + text[0] + "\n";
    for (std::size_t k = 1; k < text.size(); ++k) out += indent + text[k] + "\n";
  }
  return out;
}

}  // namespace pith::cli
