#include "web/api.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <sstream>

#include "export/format.h"
#include "export/json.h"
#include "export/query_json.h"
#include "export/text_escape.h"
#include "graph/query.h"
#include "graph/search.h"
#include "graph/stats.h"

namespace kg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr int kMaxDepth = 5;
constexpr int kMaxSearchResults = 50;
constexpr size_t kSuggestions = 5;

// Request text echoed in answers may be any bytes: invalid UTF-8 becomes U+FFFD.
void Str(JsonWriter& w, std::string_view s) {
  const std::string valid = ValidUtf8(s);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

// {"error": message[, "suggestions": [...]]}
ApiResponse ErrorWith(int status, std::string_view message, const std::vector<std::string>* suggestions) {
  rapidjson::StringBuffer sb;
  JsonWriter w(sb);
  w.StartObject();
  w.Key("error");
  Str(w, message);
  if (suggestions != nullptr) {
    w.Key("suggestions");
    w.StartArray();
    for (const std::string& s : *suggestions) Str(w, s);
    w.EndArray();
  }
  w.EndObject();
  return {status, kJsonType, {}, std::string(sb.GetString(), sb.GetSize())};
}

ApiResponse Json(std::string body) { return {200, kJsonType, {}, std::move(body)}; }

// The one value of `key`; empty when absent. False (400 in *error) when repeated.
bool Single(const ApiParams& params, const char* key, std::string* value, ApiResponse* error) {
  auto [it, end] = params.equal_range(key);
  value->clear();
  if (it == end) return true;
  if (std::next(it) != end) {
    *error = ErrorResponse(400, std::string("parameter given more than once: ") + key);
    return false;
  }
  *value = it->second;
  return true;
}

bool Required(const ApiParams& params, const char* key, std::string* value, ApiResponse* error) {
  if (!Single(params, key, value, error)) return false;
  if (!value->empty()) return true;
  *error = ErrorResponse(400, std::string("missing parameter: ") + key);
  return false;
}

// An integer in [low, high]; `*value` keeps its default when the parameter is absent.
bool IntParam(const ApiParams& params, const char* key, int low, int high, int* value, ApiResponse* error) {
  std::string text;
  if (!Single(params, key, &text, error)) return false;
  if (text.empty()) return true;
  const bool digits = text.size() <= 3 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  const int number = digits ? std::stoi(text) : -1;
  if (number < low || number > high) {
    *error = ErrorResponse(400, std::string("parameter ") + key + " must be an integer from " + std::to_string(low) +
                                    " to " + std::to_string(high) + ", not \"" + text + "\"");
    return false;
  }
  *value = number;
  return true;
}

// Every value of a repeatable `key`, parsed by `parse`; 400 on the first it rejects.
template <typename T>
bool ListParam(const ApiParams& params, const char* key, bool (*parse)(std::string_view, T*), std::vector<T>* out,
               ApiResponse* error) {
  auto [it, end] = params.equal_range(key);
  for (; it != end; ++it) {
    T parsed{};
    if (!parse(it->second, &parsed)) {
      *error = ErrorResponse(400, std::string("unknown ") + key + ": \"" + it->second + "\"");
      return false;
    }
    out->push_back(parsed);
  }
  return true;
}

bool DirectionParam(const ApiParams& params, Direction* direction, ApiResponse* error) {
  std::string text;
  if (!Single(params, "direction", &text, error)) return false;
  if (text.empty() || ParseDirection(text, direction)) return true;
  *error = ErrorResponse(400, "unknown direction: \"" + text + "\" (in, out or both)");
  return false;
}

// One format /api/export offers.
struct Download {
  const char* name;
  ExportFormat format;
  const char* content_type;
};

constexpr Download kDownloads[] = {
    {"graphml", ExportFormat::kGraphml, "application/graphml+xml; charset=utf-8"},
    {"gexf", ExportFormat::kGexf, "application/gexf+xml; charset=utf-8"},
    {"json", ExportFormat::kJson, kJsonType},
    {"dot", ExportFormat::kDot, "text/vnd.graphviz; charset=utf-8"},
};

}  // namespace

ApiResponse ErrorResponse(int status, std::string_view message) { return ErrorWith(status, message, nullptr); }

Api::Api(const KnowledgeGraph& graph) : graph_(graph) {
  std::ostringstream out;
  WriteCytoscapeJson(graph_, out);
  graph_json_ = out.str();
  stats_json_ = StatsJson(graph_, ComputeStats(graph_));
}

ApiResponse Api::Handle(std::string_view method, const std::string& path, const ApiParams& params) const {
  struct Route {
    const char* path;
    std::vector<std::string> params;
    ApiResponse (Api::*answer)(const ApiParams&) const;
  };
  static const Route kRoutes[] = {
      {"/api/graph", {}, &Api::Graph},
      {"/api/search", {"q", "limit"}, &Api::Search},
      {"/api/entity", {"name"}, &Api::Entity},
      {"/api/neighbours", {"name", "depth", "relation", "type", "direction"}, &Api::Neighbours},
      {"/api/path", {"from", "to"}, &Api::Path},
      {"/api/stats", {}, &Api::Stats},
      {"/api/export", {"format"}, &Api::Export},
  };
  const auto route = std::find_if(std::begin(kRoutes), std::end(kRoutes), [&](const Route& r) { return path == r.path; });
  if (route == std::end(kRoutes)) return ErrorResponse(404, "no such route: " + path);
  if (method != "GET" && method != "HEAD") {
    ApiResponse answer = ErrorResponse(405, std::string("method not allowed: ") + std::string(method) + " (use GET)");
    answer.headers.push_back({"Allow", "GET, HEAD"});
    return answer;
  }
  for (const auto& [key, value] : params) {
    if (std::find(route->params.begin(), route->params.end(), key) == route->params.end()) {
      return ErrorResponse(400, "unknown parameter: " + key);
    }
  }
  return (this->*route->answer)(params);
}

bool Api::FindNode(const ApiParams& params, const char* key, NodeId* id, ApiResponse* error) const {
  std::string name;
  if (!Required(params, key, &name, error)) return false;
  const Status found = LookupEntity(graph_, name, {}, id);
  if (found.ok()) return true;
  if (found.code() != Status::Code::kNotFound) {
    *error = ErrorResponse(400, found.message());  // ambiguous
    return false;
  }
  std::vector<std::string> suggestions;
  for (NodeId near : SuggestNames(graph_, name, kSuggestions)) suggestions.push_back(graph_.entity(near).name);
  *error = ErrorWith(404, found.message(), &suggestions);
  return false;
}

ApiResponse Api::Graph(const ApiParams&) const { return Json(graph_json_); }

ApiResponse Api::Search(const ApiParams& params) const {
  ApiResponse error;
  std::string query;
  int limit = 10;
  if (!Required(params, "q", &query, &error) || !IntParam(params, "limit", 1, kMaxSearchResults, &limit, &error)) {
    return error;
  }
  SearchQuery search;
  search.limit = static_cast<size_t>(limit);
  search.close = true;
  return Json(SearchJson(graph_, query, SearchEntities(graph_, query, search)));
}

ApiResponse Api::Entity(const ApiParams& params) const {
  ApiResponse error;
  NodeId id = 0;
  if (!FindNode(params, "name", &id, &error)) return error;
  return Json(EntityJson(graph_, id));
}

ApiResponse Api::Neighbours(const ApiParams& params) const {
  ApiResponse error;
  NodeId id = 0;
  NeighbourQuery query;
  if (!IntParam(params, "depth", 1, kMaxDepth, &query.depth, &error) ||
      !ListParam(params, "relation", &ParseRelationType, &query.relations, &error) ||
      !ListParam(params, "type", &ParseEntityType, &query.types, &error) ||
      !DirectionParam(params, &query.direction, &error) || !FindNode(params, "name", &id, &error)) {
    return error;
  }
  return Json(NeighboursJson(graph_, id, kg::Neighbours(graph_, id, query), false));
}

ApiResponse Api::Path(const ApiParams& params) const {
  ApiResponse error;
  NodeId from = 0, to = 0;
  if (!FindNode(params, "from", &from, &error) || !FindNode(params, "to", &to, &error)) return error;
  return Json(PathsJson(graph_, from, to, ShortestPaths(graph_, from, to)));
}

ApiResponse Api::Stats(const ApiParams&) const { return Json(stats_json_); }

ApiResponse Api::Export(const ApiParams& params) const {
  ApiResponse error;
  std::string name;
  if (!Required(params, "format", &name, &error)) return error;
  const auto download = std::find_if(std::begin(kDownloads), std::end(kDownloads),
                                     [&](const Download& d) { return name == d.name; });
  if (download == std::end(kDownloads)) {
    return ErrorResponse(400, "unknown format: \"" + name + "\" (graphml, gexf, json or dot)");
  }
  std::lock_guard<std::mutex> lock(exports_mutex_);
  auto cached = exports_.find(name);
  if (cached == exports_.end()) {
    std::ostringstream out;
    Status s = ExportFiles(graph_, download->format).front().write(out);
    if (!s.ok()) return ErrorResponse(500, s.ToString());
    cached = exports_.emplace(name, out.str()).first;
  }
  ApiResponse answer{200, download->content_type, {}, cached->second};
  answer.headers.push_back({"Content-Disposition", "attachment; filename=\"kgraph." + name + "\""});
  return answer;
}

}  // namespace kg
