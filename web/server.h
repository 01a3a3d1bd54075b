// The local web server: the embedded page and the JSON API over one graph (cpp-httplib).
#ifndef KG_WEB_SERVER_H_
#define KG_WEB_SERVER_H_

#include <functional>
#include <string>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// Where and how to serve.
struct ServerOptions {
  std::string host = "127.0.0.1";  // loopback only unless the user asks otherwise
  int port = 8080;                 // 0: any free port
  int threads = 8;                 // request worker threads
};

/// Serves `graph` until Stop() or a signal; `on_ready` gets the bound port once
/// listening. Error: IoError when the address cannot be bound.
class Server {
 public:
  explicit Server(const KnowledgeGraph& graph);
  ~Server();
  Status Run(const ServerOptions& options, const std::function<void(int port)>& on_ready);
  /// Stops a running server from another thread or a signal handler's helper thread.
  void Stop();

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace kg

#endif  // KG_WEB_SERVER_H_
