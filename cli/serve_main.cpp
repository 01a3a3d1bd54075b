// kgraph-serve: the web server program behind `kgraph serve`. A program of its own so that
// only serving loads cpp-httplib and, through it, OpenSSL (about 4 MB of every other command's memory).
#include <csignal>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/command.h"
#include "web/server.h"

namespace kg {
namespace {

struct ServeOptions {
  GraphSource source;
  std::string host = "127.0.0.1";
  int port = 8080;
};

bool IsLoopback(const std::string& host) { return host == "127.0.0.1" || host == "localhost" || host == "::1"; }

int RunServe(const ServeOptions& options) {
  KnowledgeGraph graph;
  const int code = ObtainGraph(options.source, &graph);
  if (code == kExitFailed) return code;
  if (!IsLoopback(options.host)) {
    std::cerr << "kgraph: warning: serving on " << options.host << ", reachable from other machines\n";
  }
  // SIGINT/SIGTERM go to a waiting thread, which stops the server cleanly.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  Server server(graph);
  std::thread stopper([&server, &signals] {
    int received = 0;
    sigwait(&signals, &received);
    server.Stop();
  });
  ServerOptions server_options;
  server_options.host = options.host;
  server_options.port = options.port;
  const bool ipv6 = options.host.find(':') != std::string::npos;
  const std::string host = ipv6 ? "[" + options.host + "]" : options.host;
  Status s = server.Run(server_options, [&host](int port) {
    std::cout << "kgraph: serving http://" << host << ":" << port << "/ (Ctrl-C stops)" << std::endl;
  });
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  return s.ok() ? code : Fail(s);
}

}  // namespace
}  // namespace kg

int main(int argc, char** argv) {
  CLI::App app{"Serve the graph's web page and JSON API", "kgraph serve"};
  kg::ServeOptions options;
  kg::AddSourceFlags(&app, &options.source, true);
  app.add_option("--port", options.port, "TCP port (0: any free port)")->check(CLI::Range(0, 65535));
  app.add_option("--host", options.host, "Address to bind (default: loopback only)");
  CLI11_PARSE(app, argc, argv);
  return kg::RunServe(options);
}
