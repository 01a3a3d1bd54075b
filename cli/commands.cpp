#include "cli/commands.h"

#include <csignal>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include "base/file_io.h"
#include "cli/corpus.h"
#include "export/graphml.h"
#include "graph/query.h"
#include "web/server.h"

namespace kg {
namespace {

int Fail(const Status& s) {
  std::cerr << "kgraph: " << s.ToString() << "\n";
  return kExitFailed;
}

// Loads or builds the graph. Returns the exit code so far (ok or partial), or failed.
int ObtainGraph(const GraphSource& source, KnowledgeGraph* graph) {
  if (!source.graph_file.empty()) {
    std::ifstream in(source.graph_file, std::ios::binary);
    if (!in) return Fail(Status::NotFound(source.graph_file + ": cannot open"));
    Status s = ReadGraphml(source.graph_file, in, graph);
    return s.ok() ? kExitOk : Fail(s);
  }
  Knowledge knowledge;
  if (Status s = LoadKnowledgeFiles(source.rules, &knowledge); !s.ok()) return Fail(s);
  CorpusReport report;
  *graph = BuildCorpus(knowledge, source.paths, &report);
  for (const Status& skipped : report.skipped) std::cerr << "kgraph: skipped " << skipped.message() << "\n";
  if (!source.quiet) std::cerr << SummaryText(*graph, report);
  if (report.documents_read == 0) return Fail(Status::InvalidInput("no readable documents"));
  return report.skipped.empty() ? kExitOk : kExitPartial;
}

}  // namespace

int RunBuild(const BuildOptions& options) {
  KnowledgeGraph graph;
  const int code = ObtainGraph(options.source, &graph);
  if (code == kExitFailed) return code;
  Status s = WriteFileAtomically(options.output, [&graph](std::ostream& out) { return WriteGraphml(graph, out); });
  if (!s.ok()) return Fail(s);
  if (!options.source.quiet) std::cerr << "wrote " << options.output << "\n";
  return code;
}

int RunNeighbours(const NeighboursOptions& options) {
  KnowledgeGraph graph;
  GraphSource source = options.source;
  source.quiet = true;
  const int code = ObtainGraph(source, &graph);
  if (code == kExitFailed) return code;
  const std::vector<NodeId> found = FindEntities(graph, options.name);
  if (found.empty()) {
    std::cerr << "kgraph: no entity \"" << options.name << "\"\n";
    return kExitFailed;
  }
  const NodeId id = found.front();
  std::cout << graph.entity(id).name << " (" << ToString(graph.entity(id).type) << ")\n";
  std::string group;
  for (const Neighbour& n : Neighbours(graph, id)) {
    const std::string heading = n.outgoing ? std::string(ToString(n.relation)) + " ->" : "<- " + std::string(ToString(n.relation));
    if (heading != group) std::cout << "  " << (group = heading) << "\n";
    std::cout << "    " << graph.entity(n.node).name << " (" << ToString(graph.entity(n.node).type) << ", "
              << n.edge->evidence.size() << (n.edge->evidence.size() == 1 ? " evidence)\n" : " evidences)\n");
  }
  return code;
}

int RunServe(const ServeOptions& options) {
  KnowledgeGraph graph;
  const int code = ObtainGraph(options.source, &graph);
  if (code == kExitFailed) return code;
  if (options.host != "127.0.0.1" && options.host != "localhost" && options.host != "::1") {
    std::cerr << "kgraph: warning: serving on " << options.host << ", reachable from other machines\n";
  }
  // SIGINT/SIGTERM are taken by a waiting thread, so the server stops cleanly.
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
  Status s = server.Run(server_options, [&options](int port) {
    std::cout << "kgraph: serving http://" << options.host << ":" << port << "/ (Ctrl-C stops)" << std::endl;
  });
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  return s.ok() ? code : Fail(s);
}

}  // namespace kg
