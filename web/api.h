// The JSON API behind the page, as pure functions of a loaded graph (no sockets), so
// every route can be tested directly; server.cpp maps HTTP requests onto it.
#ifndef KG_WEB_API_H_
#define KG_WEB_API_H_

#include <map>
#include <string>

#include "graph/knowledge_graph.h"

namespace kg {

/// An HTTP answer: status code, content type and body.
struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

/// Query parameters of one request, decoded.
using ApiParams = std::multimap<std::string, std::string>;

/// Answers API routes for one graph. The graph is borrowed and must outlive the Api;
/// answers are safe to compute from several threads at once.
class Api {
 public:
  explicit Api(const KnowledgeGraph& graph);
  /// Routes "/api/graph" and "/api/neighbours" (name=); unknown routes give 404 JSON.
  ApiResponse Handle(const std::string& path, const ApiParams& params) const;

 private:
  ApiResponse Neighbours(const ApiParams& params) const;
  const KnowledgeGraph& graph_;
  std::string graph_json_;  // built once: the graph never changes while served
};

}  // namespace kg

#endif  // KG_WEB_API_H_
