#include "cli/render.h"

namespace pith::cli {

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string escape_html(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_markdown(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>') out += '\\';
    out += c;
  }
  return out;
}

// ASCII whitespace runs -> one space, none at the ends: a quote on one line.
std::string one_line(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    const bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (ws) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string str_or(const Json& j, const char* key, const std::string& fallback) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}

bool valid_lang(const std::string& s) {
  if (s.empty() || s.size() > 35) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

std::string html_document(const std::string& title, const std::string& language, const std::string& body) {
  const std::string lang = valid_lang(language) ? " lang=\"" + language + "\"" : "";
  return "<!doctype html>\n<html" + lang + ">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape_html(title) +
         "</title>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
}

std::string render_quotes(const std::string& format, const Json& result) {
  std::string out;
  for (const Json& q : result.at("quotes")) {
    const std::string speaker = str_or(q, "speaker", "");
    const std::string type = str_or(q, "type", "");
    const std::string text = one_line(str_or(q, "text", ""));
    if (format == "text") {
      out += (speaker.empty() ? "(no speaker)" : speaker) + " [" + type + "]: " + text + "\n";
    } else if (format == "markdown") {
      out += "- " + (speaker.empty() ? std::string("*no speaker*") : "**" + escape_markdown(speaker) + "**") + " (" + type +
             "): " + escape_markdown(text) + "\n";
    } else {
      out += "<li>" + (speaker.empty() ? std::string("<i>no speaker</i>") : "<b>" + escape_html(speaker) + "</b>") + " (" +
             type + "): <q>" + escape_html(text) + "</q></li>\n";
    }
  }
  return format == "html" ? html_document("Quotes", "", "<ul>\n" + out + "</ul>\n") : out;
}

}  // namespace

const char* format_extension(const std::string& format) {
  if (format == "text") return ".txt";
  if (format == "markdown") return ".md";
  if (format == "html") return ".html";
  if (format == "json") return ".json";
  if (format == "jsonl") return ".jsonl";
  return "";
}

std::string render(const std::string& command, const std::string& format, const std::string& envelope,
                   const Json& result, const std::string& where) {
  if (format == "json") return envelope + "\n";
  if (format == "jsonl") return "{\"path\":" + dump(Json(where)) + "," + envelope.substr(1) + "\n";
  if (command == "quotes") return render_quotes(format, result);
  const std::string title = str_or(result, "title", "");
  if (format == "text") return (title.empty() ? "" : title + "\n\n") + str_or(result, "text", "") + "\n";
  if (format == "markdown") return str_or(result, "markdown", "");
  return html_document(title, str_or(result, "language", ""), str_or(result, "html", ""));
}

std::string render_error(const std::string& format, const std::string& code, const std::string& message,
                         const std::string& where) {
  const Json error = {{"code", code}, {"message", message}};
  if (format == "json") return dump(Json{{"ok", false}, {"error", error}}) + "\n";
  if (format == "jsonl") return dump(Json{{"path", where}, {"ok", false}, {"error", error}}) + "\n";
  return "";
}

}  // namespace pith::cli
