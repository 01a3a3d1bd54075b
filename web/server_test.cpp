#include "web/server.h"

#include <doctest/doctest.h>
#include <httplib.h>

#include <thread>

#include "web/api.h"

namespace kg {
namespace {

KnowledgeGraph TwoNodes() {
  KnowledgeGraph g;
  Entity a;
  a.name = "DeepSeek";
  a.keys = {"deepseek"};
  Entity b;
  b.name = "High-Flyer";
  b.keys = {"highflyer"};
  const NodeId x = g.AddEntity(a), y = g.AddEntity(b);
  Relation r;
  r.type = RelationType::kFundedBy;
  r.evidence.resize(1);
  r.evidence[0].sentence = "DeepSeek wird von High-Flyer finanziert.";
  g.AddRelation(x, y, r);
  return g;
}

// A server on an ephemeral loopback port for one test.
struct RunningServer {
  explicit RunningServer(const KnowledgeGraph& g) : server(g) {
    ServerOptions options;
    options.port = 0;
    thread = std::thread([this, options] { server.Run(options, [this](int p) { port = p; }); });
    while (port == 0) std::this_thread::yield();
  }
  ~RunningServer() {
    server.Stop();
    thread.join();
  }
  Server server;
  std::thread thread;
  std::atomic<int> port{0};
};

}  // namespace

TEST_CASE("api neighbours answers with relation and evidence, 404 for unknown names") {
  const KnowledgeGraph g = TwoNodes();
  Api api(g);
  const ApiResponse ok = api.Handle("/api/neighbours", {{"name", "deepseek"}});
  CHECK(ok.status == 200);
  CHECK(ok.body.find("\"name\":\"High-Flyer\"") != std::string::npos);
  CHECK(ok.body.find("\"relation\":\"funded-by\"") != std::string::npos);
  CHECK(api.Handle("/api/neighbours", {{"name", "Nobody"}}).status == 404);
  CHECK(api.Handle("/api/neighbours", {}).status == 400);
}

TEST_CASE("the server serves the page and the graph on loopback") {
  const KnowledgeGraph g = TwoNodes();
  RunningServer running(g);
  httplib::Client client("127.0.0.1", running.port);
  auto page = client.Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(page->body.find("<title>kgraph</title>") != std::string::npos);
  auto graph = client.Get("/api/graph");
  REQUIRE(graph);
  CHECK(graph->body.find("\"label\":\"High-Flyer\"") != std::string::npos);
  auto missing = client.Get("/../etc/passwd");
  REQUIRE(missing);
  CHECK(missing->status == 404);
}

}  // namespace kg
