#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"

namespace kg {
namespace {

constexpr const char* kServerProgram = "kgraph-serve";

// The server program's path: beside the running kgraph (as built, and as installed).
std::string ServerProgramPath() {
  std::vector<char> self(4096);
  const ssize_t n = readlink("/proc/self/exe", self.data(), self.size() - 1);
  if (n <= 0) return kServerProgram;
  const std::string path(self.data(), static_cast<size_t>(n));
  return path.substr(0, path.rfind('/') + 1) + kServerProgram;
}

// Replaces this process by the server program, passing `args` through; returns only on failure.
int ExecServer(const std::vector<std::string>& args) {
  const std::string program = ServerProgramPath();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  execv(program.c_str(), argv.data());
  std::cerr << "kgraph: cannot start the web server " << program << " (built and installed beside kgraph): "
            << std::strerror(errno) << "\n";
  return kExitFailed;
}

}  // namespace

Command AddServeCommand(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("serve", "Serve the graph's web page and JSON API (kgraph serve --help)");
  // Every argument, --help included, goes to the server program, which parses them.
  cmd->prefix_command();
  cmd->allow_extras();
  cmd->set_help_flag();
  return {cmd, [cmd] { return ExecServer(cmd->remaining()); }};
}

}  // namespace kg
