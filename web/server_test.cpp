#include "web/server.h"

#include <doctest/doctest.h>
#include <httplib.h>
#include <rapidjson/document.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "web/api.h"

namespace kg {
namespace {

NodeId Add(KnowledgeGraph& g, const std::string& name, const std::string& key, EntityType type, size_t mentions) {
  Entity e;
  e.name = name;
  e.keys = {key};
  e.type = type;
  e.mentions = mentions;
  e.documents = {"a.txt"};
  return g.AddEntity(e);
}

void Link(KnowledgeGraph& g, NodeId source, RelationType type, NodeId target, const std::string& sentence) {
  Relation r;
  r.type = type;
  r.evidence.resize(1);
  r.evidence[0].document = "a.txt";
  r.evidence[0].sentence = sentence;
  r.evidence[0].rule = "test";
  r.evidence[0].confidence = 0.9;
  g.AddRelation(source, target, r);
}

// DeepSeek funded-by High-Flyer, DeepSeek-R1 developed-by DeepSeek, DeepSeek based-in
// China, OpenAI competes-with DeepSeek; plus a company named with markup, linked to nothing.
KnowledgeGraph SmallGraph() {
  KnowledgeGraph g;
  const NodeId deepseek = Add(g, "DeepSeek", "deepseek", EntityType::kCompany, 9);
  const NodeId flyer = Add(g, "High-Flyer", "highflyer", EntityType::kCompany, 3);
  const NodeId r1 = Add(g, "DeepSeek-R1", "deepseekr1", EntityType::kModel, 4);
  const NodeId china = Add(g, "China", "china", EntityType::kCountry, 5);
  const NodeId openai = Add(g, "OpenAI", "openai", EntityType::kCompany, 6);
  Add(g, "<script>alert(1)</script> AI", "scriptalert1scriptai", EntityType::kCompany, 1);
  Link(g, deepseek, RelationType::kFundedBy, flyer, "DeepSeek wird von High-Flyer finanziert.");
  Link(g, r1, RelationType::kDevelopedBy, deepseek, "DeepSeek-R1 stammt von DeepSeek.");
  Link(g, deepseek, RelationType::kBasedIn, china, "DeepSeek sitzt in China.");
  Link(g, openai, RelationType::kCompetesWith, deepseek, "OpenAI konkurriert mit DeepSeek.");
  return g;
}

// Two workers on an ephemeral loopback port.
ServerOptions TestOptions() {
  ServerOptions options;
  options.port = 0;
  options.threads = 2;
  return options;
}

// A server over SmallGraph() on an ephemeral loopback port, for one test case.
class TestServer {
 public:
  explicit TestServer(ServerOptions options = TestOptions()) : graph_(SmallGraph()), server_(graph_) {
    thread_ = std::thread([this, options] { server_.Run(options, [this](int p) { port_ = p; }); });
    while (port_ == 0) std::this_thread::yield();
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  }
  ~TestServer() {
    server_.Stop();
    thread_.join();
  }
  httplib::Client& client() { return *client_; }
  int port() const { return port_; }
  httplib::Result Get(const std::string& target) { return client_->Get(target.c_str()); }

 private:
  KnowledgeGraph graph_;
  Server server_;
  std::thread thread_;
  std::atomic<int> port_{0};
  std::unique_ptr<httplib::Client> client_;
};

// The body of a 200 JSON answer, parsed; fails the test case otherwise.
rapidjson::Document JsonOk(const httplib::Result& res) {
  rapidjson::Document doc;
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
  doc.Parse(res->body.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

// The error text of a JSON error answer with `status`.
std::string ErrorOf(const httplib::Result& res, int status) {
  REQUIRE(res);
  CHECK(res->status == status);
  CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(res->body.c_str());
  REQUIRE((!doc.HasParseError() && doc.IsObject() && doc.HasMember("error")));
  return doc["error"].GetString();
}

// Connects to the loopback `port`, sends `bytes`, reads until the server closes the
// connection and returns the seconds that took; -1 when it stays open for 10 s.
double SecondsUntilClosed(int port, const std::string& bytes) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0);
  REQUIRE(::send(fd, bytes.data(), bytes.size(), 0) == static_cast<ssize_t>(bytes.size()));
  const timeval limit{10, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
  const auto start = std::chrono::steady_clock::now();
  char buffer[4096];
  ssize_t got = 0;
  while ((got = ::recv(fd, buffer, sizeof buffer, 0)) > 0) {
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  ::close(fd);
  return got == 0 ? took.count() : -1;
}

std::vector<std::string> Names(const rapidjson::Value& list, const char* key = "name") {
  std::vector<std::string> names;
  for (const auto& item : list.GetArray()) names.push_back(item[key].GetString());
  return names;
}

bool Has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST_CASE("a stop that comes before the server listens makes it return at once, not serve forever") {
  const KnowledgeGraph graph = SmallGraph();
  Server server(graph);
  server.Stop();  // Ctrl-C while the graph was still being built
  bool ready = false;
  const Status s = server.Run(TestOptions(), [&ready](int) { ready = true; });
  CHECK(s.ok());
  CHECK_FALSE(ready);
}

TEST_CASE("api graph gives every node with its layout position and every edge") {
  TestServer server;
  const rapidjson::Document doc = JsonOk(server.Get("/api/graph"));
  const auto& elements = doc["elements"];
  CHECK(elements["nodes"].Size() == 6);
  CHECK(elements["edges"].Size() == 4);
  CHECK(elements["nodes"][0].HasMember("position"));
}

TEST_CASE("api search suggests entities whose name starts with the query, best first") {
  TestServer server;
  const rapidjson::Document doc = JsonOk(server.Get("/api/search?q=deeps&limit=5"));
  const std::vector<std::string> names = Names(doc["results"]);
  REQUIRE(names.size() == 2);
  CHECK(names[0] == "DeepSeek");
  CHECK(names[1] == "DeepSeek-R1");
  CHECK(Names(JsonOk(server.Get("/api/search?q=zzzz"))["results"]).empty());
}

TEST_CASE("api entity gives type, documents and each relation with its evidence") {
  TestServer server;
  const rapidjson::Document doc = JsonOk(server.Get("/api/entity?name=deepseeks"));
  CHECK(std::string(doc["name"].GetString()) == "DeepSeek");
  CHECK(std::string(doc["type"].GetString()) == "company");
  CHECK(doc["documents"].Size() == 1);
  const auto& relations = doc["relations"];
  REQUIRE(relations.Size() == 4);
  bool funded = false;
  for (const auto& r : relations.GetArray()) {
    if (std::string(r["neighbour"]["name"].GetString()) != "High-Flyer") continue;
    funded = std::string(r["relation"].GetString()) == "funded-by" &&
             std::string(r["evidence"][0]["sentence"].GetString()) == "DeepSeek wird von High-Flyer finanziert.";
  }
  CHECK(funded);
}

TEST_CASE("api neighbours walks to the asked depth and keeps to relation, type and direction") {
  TestServer server;
  auto names = [&](const std::string& query) {
    return Names(JsonOk(server.Get("/api/neighbours?" + query))["neighbours"]);
  };
  CHECK(names("name=High-Flyer") == std::vector<std::string>{"DeepSeek"});
  CHECK(names("name=High-Flyer&depth=2").size() == 4);
  CHECK(names("name=DeepSeek&relation=funded-by") == std::vector<std::string>{"High-Flyer"});
  const std::vector<std::string> typed = names("name=DeepSeek&type=model&type=country");
  CHECK((typed.size() == 2 && Has(typed, "DeepSeek-R1") && Has(typed, "China")));
  const std::vector<std::string> incoming = names("name=DeepSeek&direction=in");
  CHECK((Has(incoming, "DeepSeek-R1") && Has(incoming, "OpenAI") && !Has(incoming, "China")));
}

TEST_CASE("api path connects two entities through the edges between them") {
  TestServer server;
  const rapidjson::Document doc = JsonOk(server.Get("/api/path?from=High-Flyer&to=China"));
  CHECK(doc["found"].GetBool());
  REQUIRE(doc["paths"].Size() == 1);
  const auto& steps = doc["paths"][0];
  REQUIRE(steps.Size() == 2);
  CHECK(std::string(steps[0]["to"]["name"].GetString()) == "DeepSeek");
  CHECK(std::string(steps[1]["relation"].GetString()) == "based-in");
  CHECK_FALSE(JsonOk(server.Get("/api/path?from=China&to=%3Cscript%3Ealert(1)%3C%2Fscript%3E%20AI"))["found"].GetBool());
}

TEST_CASE("api stats counts entities and relations per type") {
  TestServer server;
  const rapidjson::Document doc = JsonOk(server.Get("/api/stats"));
  CHECK(doc["entities"].GetUint() == 6);
  CHECK(doc["relations"].GetUint() == 4);
  CHECK(doc["entity_types"]["company"].GetUint() == 4);
  CHECK(doc["relation_types"]["funded-by"].GetUint() == 1);
}

TEST_CASE("api export sends GraphML, GEXF and JSON as downloads with their content types") {
  TestServer server;
  const std::pair<const char*, const char*> formats[] = {{"graphml", "application/graphml+xml; charset=utf-8"},
                                                         {"gexf", "application/gexf+xml; charset=utf-8"},
                                                         {"json", "application/json; charset=utf-8"}};
  for (const auto& [format, type] : formats) {
    auto res = server.Get(std::string("/api/export?format=") + format);
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == type);
    CHECK(res->get_header_value("Content-Disposition") == std::string("attachment; filename=\"kgraph.") + format + "\"");
    CHECK(res->body.find("High-Flyer") != std::string::npos);
  }
}

TEST_CASE("bad, missing, repeated or unknown parameters get 400 with the reason") {
  TestServer server;
  CHECK(ErrorOf(server.Get("/api/neighbours"), 400) == "missing parameter: name");
  CHECK(ErrorOf(server.Get("/api/neighbours?name=DeepSeek&depth=0"), 400) ==
        "parameter depth must be an integer from 1 to 5, not \"0\"");
  CHECK(ErrorOf(server.Get("/api/neighbours?name=DeepSeek&depth=6"), 400).find("from 1 to 5") != std::string::npos);
  CHECK(ErrorOf(server.Get("/api/neighbours?name=DeepSeek&depth=two"), 400).find("depth") != std::string::npos);
  CHECK(ErrorOf(server.Get("/api/neighbours?name=DeepSeek&relation=likes"), 400) == "unknown relation: \"likes\"");
  CHECK(ErrorOf(server.Get("/api/neighbours?name=DeepSeek&type=city"), 400) == "unknown type: \"city\"");
  CHECK(ErrorOf(server.Get("/api/neighbours?name=DeepSeek&direction=up"), 400).find("direction") != std::string::npos);
  CHECK(ErrorOf(server.Get("/api/export?format=pdf"), 400).find("unknown format") != std::string::npos);
  CHECK(ErrorOf(server.Get("/api/search?q=a&limit=500"), 400).find("limit") != std::string::npos);
  CHECK(ErrorOf(server.Get("/api/search"), 400) == "missing parameter: q");
  CHECK(ErrorOf(server.Get("/api/path?from=DeepSeek"), 400) == "missing parameter: to");
  CHECK(ErrorOf(server.Get("/api/entity?nmae=DeepSeek"), 400) == "unknown parameter: nmae");
  CHECK(ErrorOf(server.Get("/api/entity?name=a&name=b"), 400) == "parameter given more than once: name");
}

TEST_CASE("an unknown entity gets 404 with close names as suggestions") {
  TestServer server;
  auto res = server.Get("/api/entity?name=DeepSek");
  CHECK(ErrorOf(res, 404).rfind("no entity \"DeepSek\"", 0) == 0);
  rapidjson::Document doc;
  doc.Parse(res->body.c_str());
  CHECK(doc["suggestions"].Size() >= 1);
  CHECK(std::string(doc["suggestions"][0].GetString()) == "DeepSeek");
  CHECK(ErrorOf(server.Get("/api/path?from=DeepSeek&to=Nobody"), 404) == "no entity \"Nobody\"");
  CHECK(ErrorOf(server.Get("/api/neighbours?name=Nobody"), 404) == "no entity \"Nobody\"");
  CHECK(ErrorOf(server.Get("/api/entity?name=%FF%FEx"), 404) == "no entity \"\xEF\xBF\xBD\xEF\xBF\xBDx\"");
}

TEST_CASE("unknown routes and paths outside the embedded assets get 404") {
  TestServer server;
  CHECK(ErrorOf(server.Get("/api/nothing"), 404) == "no such route: /api/nothing");
  for (const char* path : {"/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fCMakeLists.txt", "/web/app.js",
                           "/page.html/", "/api"}) {
    CAPTURE(path);
    CHECK(ErrorOf(server.Get(path), 404) == "not found");
  }
}

TEST_CASE("the page and its assets are served with their types and a content security policy") {
  TestServer server;
  const std::pair<const char*, const char*> assets[] = {{"/", "text/html; charset=utf-8"},
                                                        {"/app.js", "text/javascript; charset=utf-8"},
                                                        {"/style.css", "text/css; charset=utf-8"}};
  for (const auto& [path, type] : assets) {
    auto res = server.Get(path);
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == type);
    CHECK(res->get_header_value("Content-Security-Policy").find("script-src 'self'") != std::string::npos);
    CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  }
  CHECK(server.Get("/")->body.find("<title>kgraph</title>") != std::string::npos);
}

TEST_CASE("other methods than GET on API routes get 405 with an Allow header") {
  TestServer server;
  httplib::Client& client = server.client();
  std::vector<httplib::Result> answers;
  answers.push_back(client.Post("/api/graph", "{}", "application/json"));
  answers.push_back(client.Put("/api/entity?name=DeepSeek", "x", "text/plain"));
  answers.push_back(client.Patch("/api/stats", "x", "text/plain"));
  answers.push_back(client.Delete("/api/graph"));
  answers.push_back(client.Options("/api/search"));
  for (const httplib::Result& res : answers) {
    CHECK(ErrorOf(res, 405).find("method not allowed") != std::string::npos);
    CHECK(res->get_header_value("Allow") == "GET, HEAD");
  }
}

TEST_CASE("oversized bodies get 413, oversized URIs 414, and no answer carries CORS headers") {
  TestServer server;
  auto big = server.client().Post("/api/graph", std::string(64 * 1024, 'x'), "text/plain");
  CHECK(ErrorOf(big, 413) == "request too large");
  CHECK(ErrorOf(server.Get("/api/search?q=" + std::string(9000, 'a')), 414) == "request URI too long");
  httplib::Headers origin = {{"Origin", "http://evil.example"}};
  auto res = server.client().Get("/api/graph", origin);
  REQUIRE(res);
  CHECK_FALSE(res->has_header("Access-Control-Allow-Origin"));
  CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
}

TEST_CASE("a client that sends nothing or stops mid-request is disconnected after the timeout") {
  ServerOptions options = TestOptions();
  options.timeout_seconds = 1;
  TestServer server(options);
  for (const std::string& bytes : {std::string(), std::string("GET /api/stats HTTP/1.1\r\nHost: x\r\n")}) {
    CAPTURE(bytes);
    const double seconds = SecondsUntilClosed(server.port(), bytes);
    CHECK(seconds > 0.5);
    CHECK(seconds < 4.0);
  }
  CHECK(JsonOk(server.Get("/api/stats"))["entities"].GetUint() == 6);
}

TEST_CASE("more simultaneous clients than workers and queue slots are all answered") {
  ServerOptions options = TestOptions();
  options.threads = 1;
  options.max_queued_connections = 1;
  TestServer server(options);
  std::atomic<int> answered{0};
  std::vector<std::thread> clients;
  for (int i = 0; i < 6; ++i) {
    clients.emplace_back([&] {
      httplib::Client client("127.0.0.1", server.port());
      auto res = client.Get("/api/search?q=deep");
      if (res && res->status == 200) ++answered;
    });
  }
  for (std::thread& t : clients) t.join();
  CHECK(answered == 6);
}

TEST_CASE("a header line over 8 KiB gets 400 and the server goes on serving") {
  TestServer server;
  auto res = server.client().Get("/api/stats", httplib::Headers{{"X-Big", std::string(10000, 'a')}});
  CHECK(ErrorOf(res, 400) == "bad request");
  CHECK(JsonOk(server.Get("/api/stats"))["relations"].GetUint() == 4);
}

TEST_CASE("api answers are computed without a socket, HEAD like GET") {
  const KnowledgeGraph g = SmallGraph();
  Api api(g);
  CHECK(api.Handle("HEAD", "/api/stats", {}).status == 200);
  const ApiResponse hostile = api.Handle("GET", "/api/search", {{"q", "script"}});
  CHECK(hostile.body.find("\"name\":\"<script>alert(1)</script> AI\"") != std::string::npos);
}

}  // namespace kg
