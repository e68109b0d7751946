// pith --help and pith <command> --help: the Node CLI's texts (bin/cli/help.mjs), with the
// flag lists from args.cpp's table.
#pragma once
#include <string>

namespace pith::cli {

const char* usage_text();
std::string main_help();
std::string command_help(const std::string& command);

}  // namespace pith::cli
