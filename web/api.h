// The JSON API behind the page, as pure functions of a loaded graph (no sockets), so
// every route and every error status can be tested directly; server.cpp maps HTTP onto it.
#ifndef KG_WEB_API_H_
#define KG_WEB_API_H_

#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

/// The content type of every JSON answer, errors included.
inline constexpr const char* kJsonType = "application/json; charset=utf-8";

/// An HTTP answer: status code, content type, extra headers and body.
struct ApiResponse {
  int status = 200;
  std::string content_type = kJsonType;
  std::vector<std::pair<std::string, std::string>> headers;  // e.g. Allow, Content-Disposition
  std::string body;
};

/// Query parameters of one request, decoded (a name may repeat).
using ApiParams = std::multimap<std::string, std::string>;

/// {"error": message} with `status`; the body every failed API call carries.
ApiResponse ErrorResponse(int status, std::string_view message);

/// Answers the API routes for one graph. The graph is borrowed and must outlive the Api;
/// Handle is safe to call from several threads at once (the graph never changes).
class Api {
 public:
  explicit Api(const KnowledgeGraph& graph);

  /// Routes (GET or HEAD; any other method: 405 with an Allow header):
  ///   /api/graph                       the whole graph with layout (Cytoscape JSON)
  ///   /api/search?q=[&limit=1..50]     entities whose name or alias matches q (or nearly)
  ///   /api/entity?name=                one entity, its relations and their evidence
  ///   /api/neighbours?name=[&depth=1..5][&relation=R]*[&type=T]*[&direction=in|out|both]
  ///   /api/path?from=&to=              a shortest path, edges read either way
  ///   /api/stats                       counts per entity type and relation
  ///   /api/export?format=graphml|gexf|json|dot   the graph as a download
  /// Errors: 400 missing, repeated, unknown or malformed parameter; 404 unknown route, or
  /// unknown entity (with "suggestions": close names). Bodies are JSON; see api.cpp.
  ApiResponse Handle(std::string_view method, const std::string& path, const ApiParams& params) const;

 private:
  ApiResponse Graph(const ApiParams& params) const;
  ApiResponse Search(const ApiParams& params) const;
  ApiResponse Entity(const ApiParams& params) const;
  ApiResponse Neighbours(const ApiParams& params) const;
  ApiResponse Path(const ApiParams& params) const;
  ApiResponse Stats(const ApiParams& params) const;
  ApiResponse Export(const ApiParams& params) const;
  // Resolves parameter `key` to one node; false with a 400/404 answer in *error.
  bool FindNode(const ApiParams& params, const char* key, NodeId* id, ApiResponse* error) const;

  const KnowledgeGraph& graph_;
  std::string graph_json_;  // built once: the graph never changes while served
  std::string stats_json_;
  mutable std::mutex exports_mutex_;
  mutable std::map<std::string, std::string> exports_;  // format -> document, made on first use
};

}  // namespace kg

#endif  // KG_WEB_API_H_
