#include "web/server.h"

#include <httplib.h>

#include <atomic>

#include "web/api.h"

const std::map<std::string, std::string_view>& embedded_web_assets();  // generated

namespace kg {

struct Server::Impl {
  explicit Impl(const KnowledgeGraph& graph) : api(graph) {}
  Api api;
  httplib::Server http;
  std::atomic<bool> started{false};  // Run reached listen: Stop must wait for it
};

Server::Server(const KnowledgeGraph& graph) : impl_(new Impl(graph)) {}
Server::~Server() { delete impl_; }

namespace {

std::string ContentType(const std::string& name) {
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".js") == 0) return "text/javascript; charset=utf-8";
  if (name.size() > 4 && name.compare(name.size() - 4, 4, ".css") == 0) return "text/css; charset=utf-8";
  return "text/html; charset=utf-8";
}

void Send(httplib::Response& res, const ApiResponse& answer) {
  res.status = answer.status;
  res.set_content(answer.body, answer.content_type.c_str());
}

}  // namespace

Status Server::Run(const ServerOptions& options, const std::function<void(int port)>& on_ready) {
  httplib::Server& http = impl_->http;
  const Api& api = impl_->api;
  const int threads = options.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_tcp_nodelay(true);
  http.set_keep_alive_max_count(10000);
  http.set_payload_max_length(64 * 1024);
  http.Get(R"(/api/.*)", [&api](const httplib::Request& req, httplib::Response& res) {
    ApiParams params(req.params.begin(), req.params.end());
    Send(res, api.Handle(req.path, params));
  });
  http.Get(R"(/([a-z_]+\.(html|js|css))?)", [](const httplib::Request& req, httplib::Response& res) {
    const std::string name = req.path == "/" ? "page.html" : req.path.substr(1);
    const auto& assets = embedded_web_assets();
    auto it = assets.find(name);
    if (it == assets.end()) {
      res.status = 404;
      res.set_content("not found", "text/plain");
      return;
    }
    res.set_content(std::string(it->second), ContentType(name).c_str());
  });
  const int port = options.port == 0 ? http.bind_to_any_port(options.host.c_str())
                                     : (http.bind_to_port(options.host.c_str(), options.port) ? options.port : -1);
  if (port < 0) return Status::IoError("cannot listen on " + options.host + ":" + std::to_string(options.port));
  impl_->started = true;
  if (on_ready) on_ready(port);
  if (!http.listen_after_bind()) return Status::IoError("server stopped with an error");
  return Status::Ok();
}

void Server::Stop() {
  if (!impl_->started) return;
  while (!impl_->http.is_running()) std::this_thread::yield();
  impl_->http.stop();
}

}  // namespace kg
