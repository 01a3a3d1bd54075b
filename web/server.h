// The local web server (cpp-httplib): the embedded page and the JSON API over one graph,
// with timeouts, request size limits and a fixed pool of worker threads.
#ifndef KG_WEB_SERVER_H_
#define KG_WEB_SERVER_H_

#include <cstddef>
#include <functional>
#include <string>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// Where and how to serve.
struct ServerOptions {
  std::string host = "127.0.0.1";         // loopback only unless the user asks otherwise
  int port = 8080;                        // 0: any free port
  int threads = 32;                       // worker threads; each open keep-alive connection holds one
  size_t max_queued_connections = 256;    // accepted connections waiting for a worker; more wait unaccepted
  int timeout_seconds = 5;                // read and write timeout of one request, and keep-alive idle time
  size_t max_body_bytes = 8 * 1024;       // larger request bodies get 413 (the API takes none)
  size_t keep_alive_requests = 200;       // requests per connection before it is closed (fairness)
};

/// Serves `graph` until Stop(); only the embedded assets and /api/ routes exist.
/// The graph is borrowed and must outlive the Server.
class Server {
 public:
  explicit Server(const KnowledgeGraph& graph);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds, calls `on_ready` with the bound port once listening, then serves until
  /// Stop(). Error: IoError when the address cannot be bound.
  Status Run(const ServerOptions& options, const std::function<void(int port)>& on_ready);
  /// Stops a running server from another thread (returns at once if Run never bound).
  void Stop();

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace kg

#endif  // KG_WEB_SERVER_H_
