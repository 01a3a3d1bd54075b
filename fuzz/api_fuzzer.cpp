// Fuzz target: one API request against the graph of the bundled seeds. The input is text:
// the first line "METHOD /path" (or only a path: GET), then one "name=value" per line, the
// values as httplib hands them over after %-decoding (any bytes). Every answer must have a
// known status, and a JSON answer must be valid UTF-8 JSON.
#include <rapidjson/document.h>

#include <string>
#include <string_view>

#include "cli/corpus.h"
#include "fuzz/fuzz_target.h"
#include "web/api.h"

namespace {

const kg::Api& SeedsApi() {
  static const kg::Api* api = [] {
    kg::Knowledge knowledge;
    kg::FuzzCheck(kg::LoadKnowledgeFiles({}, &knowledge).ok(), "built-in data files load");
    auto* graph = new kg::KnowledgeGraph;  // lives as long as the Api, to the end
    kg::CorpusReport report;
    kg::FuzzCheck(kg::BuildCorpus(knowledge, {}, kg::CorpusOptions{1, false}, &report, graph).ok(), "seeds build");
    return new kg::Api(*graph);
  }();
  return *api;
}

// The next line of `rest` (without its '\n'), consumed.
std::string_view NextLine(std::string_view* rest) {
  const size_t end = rest->find('\n');
  const std::string_view line = rest->substr(0, end);
  rest->remove_prefix(end == std::string_view::npos ? rest->size() : end + 1);
  return line;
}

bool KnownStatus(int status) { return status == 200 || status == 400 || status == 404 || status == 405; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  const std::string_view request = NextLine(&rest);
  const size_t space = request.find(' ');
  const std::string_view method = space == std::string_view::npos ? "GET" : request.substr(0, space);
  const std::string path(space == std::string_view::npos ? request : request.substr(space + 1));
  kg::ApiParams params;
  while (!rest.empty()) {
    const std::string_view line = NextLine(&rest);
    const size_t eq = line.find('=');
    params.emplace(std::string(line.substr(0, eq)), eq == std::string_view::npos ? "" : std::string(line.substr(eq + 1)));
  }
  const kg::ApiResponse answer = SeedsApi().Handle(method, path, params);
  kg::FuzzCheck(KnownStatus(answer.status), "status is 200, 400, 404 or 405");
  if (answer.content_type == kg::kJsonType) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(answer.body.data(), answer.body.size());
    kg::FuzzCheck(!doc.HasParseError() && doc.IsObject(), "a JSON answer is a valid UTF-8 JSON object");
  }
  return 0;
}
