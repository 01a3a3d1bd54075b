// ReadGraphml: a streaming GraphML reader on expat. It keeps only what a KnowledgeGraph
// needs (the keys WriteGraphml writes, found by attr.name) and reads the input in chunks.
#include <expat.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <istream>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "export/graphml.h"
#include "export/text_escape.h"

namespace kg {
namespace {

// The attributes a KnowledgeGraph keeps; every other key is skipped.
enum class Field { kNone, kLabel, kType, kAliases, kKeys, kDocuments, kMentions, kRelation, kEvidenceJson, kCount };

// The <data> values of one node or edge, by field.
struct Fields {
  std::array<std::string, static_cast<size_t>(Field::kCount)> value;
  std::array<bool, static_cast<size_t>(Field::kCount)> given{};
};

Field FieldNamed(std::string_view name) {
  static const std::unordered_map<std::string_view, Field> fields = {
      {"label", Field::kLabel},       {"type", Field::kType},         {"aliases", Field::kAliases},
      {"keys", Field::kKeys},         {"documents", Field::kDocuments}, {"mentions", Field::kMentions},
      {"relation", Field::kRelation}, {"evidence_json", Field::kEvidenceJson}};
  const auto it = fields.find(name);
  return it == fields.end() ? Field::kNone : it->second;
}

// A GraphML <key>: what it stands for and its <default>, if any.
struct Key {
  Field field = Field::kNone;
  bool for_node = true, for_edge = true;
  std::string default_value;
};

// An edge read before its endpoints are known to exist (GraphML allows any order).
struct PendingEdge {
  std::string source, target;
  Relation relation;
  unsigned long line = 0;
};

// Deeper nesting than GraphML needs (graphml, graph, node, data: 4) is refused, so a
// hostile file cannot make the reader hold an unbounded element stack.
constexpr int kMaxXmlDepth = 256;
constexpr size_t kChunk = 1 << 20;

class GraphmlReader {
 public:
  GraphmlReader(const std::string& name, KnowledgeGraph* graph)
      : name_(name), graph_(graph), parser_(XML_ParserCreateNS(nullptr, '\x01'), XML_ParserFree) {
    XML_SetUserData(parser_.get(), this);
    XML_SetElementHandler(parser_.get(), &GraphmlReader::OnStart, &GraphmlReader::OnEnd);
    XML_SetCharacterDataHandler(parser_.get(), &GraphmlReader::OnText);
  }

  Status Read(std::istream& in) {
    bool last = false;
    for (bool first = true; !last; first = false) {
      void* buffer = XML_GetBuffer(parser_.get(), static_cast<int>(kChunk));
      if (buffer == nullptr) return Status::InvalidInput(name_ + ": out of memory while reading GraphML");
      in.read(static_cast<char*>(buffer), static_cast<std::streamsize>(kChunk));
      const std::streamsize got = in.gcount();
      if (in.bad()) return Status::IoError(name_ + ": read failed");
      last = got < static_cast<std::streamsize>(kChunk);
      if (first && got == 0) return Status::InvalidInput(name_ + ": empty file, not a GraphML graph");
      if (XML_ParseBuffer(parser_.get(), static_cast<int>(got), last) != XML_STATUS_OK) return ParseError();
    }
    return AddPendingEdges();
  }

 private:
  static void OnStart(void* self, const XML_Char* name, const XML_Char** attributes) {
    static_cast<GraphmlReader*>(self)->Start(LocalName(name), attributes);
  }
  static void OnEnd(void* self, const XML_Char* name) { static_cast<GraphmlReader*>(self)->End(LocalName(name)); }
  static void OnText(void* self, const XML_Char* text, int length) {
    auto* reader = static_cast<GraphmlReader*>(self);
    if (reader->text_ != nullptr && reader->depth_ == reader->text_depth_) reader->text_->append(text, static_cast<size_t>(length));
  }

  // "uri\x01local" (the namespace parser's form) or "local" -> "local".
  static std::string_view LocalName(const XML_Char* name) {
    const char* sep = std::strchr(name, '\x01');
    return sep == nullptr ? std::string_view(name) : std::string_view(sep + 1);
  }

  static const char* Attribute(const XML_Char** attributes, std::string_view wanted) {
    for (size_t i = 0; attributes[i] != nullptr; i += 2) {
      if (LocalName(attributes[i]) == wanted) return attributes[i + 1];
    }
    return nullptr;
  }

  void Start(std::string_view element, const XML_Char** attributes) {
    if (++depth_ > kMaxXmlDepth) return Fail("elements nested deeper than " + std::to_string(kMaxXmlDepth) + " levels");
    if (depth_ == 1 && element != "graphml") return Fail("the root element is <" + std::string(element) + ">, not <graphml>");
    if (element == "key") return StartKey(attributes);
    if (element == "default" && current_key_ != nullptr) return CaptureText(&current_key_->default_value);
    if (element == "node") return StartNode(attributes);
    if (element == "edge") return StartEdge(attributes);
    if (element == "data" && (in_node_ || in_edge_)) return StartData(attributes);
  }

  void End(std::string_view element) {
    if (text_ != nullptr && depth_ == text_depth_) text_ = nullptr;
    --depth_;
    if (element == "key") current_key_ = nullptr;
    if (element == "data" && data_field_ != Field::kNone) EndData();
    if (element == "node" && in_node_) EndNode();
    if (element == "edge" && in_edge_) EndEdge();
  }

  void StartKey(const XML_Char** attributes) {
    const char* id = Attribute(attributes, "id");
    if (id == nullptr) return Fail("<key> without an id");
    const char* for_what = Attribute(attributes, "for");
    const char* attr_name = Attribute(attributes, "attr.name");
    Key key;
    key.field = attr_name == nullptr ? Field::kNone : FieldNamed(attr_name);
    const std::string_view domain = for_what == nullptr ? "all" : for_what;
    key.for_node = domain == "node" || domain == "all";
    key.for_edge = domain == "edge" || domain == "all";
    current_key_ = &(keys_[id] = std::move(key));
  }

  void StartNode(const XML_Char** attributes) {
    const char* id = Attribute(attributes, "id");
    if (id == nullptr) return Fail("<node> without an id");
    if (!node_ids_.emplace(id, node_ids_.size()).second) return Fail("node id \"" + std::string(id) + "\" used twice");
    in_node_ = true;
    node_line_ = XML_GetCurrentLineNumber(parser_.get());
    node_ = {};
    node_fields_.given = {};
  }

  void StartEdge(const XML_Char** attributes) {
    const char* source = Attribute(attributes, "source");
    const char* target = Attribute(attributes, "target");
    if (source == nullptr || target == nullptr) return Fail("<edge> without a source or target");
    in_edge_ = true;
    edge_ = {source, target, {}, XML_GetCurrentLineNumber(parser_.get())};
    edge_fields_.given = {};
  }

  void StartData(const XML_Char** attributes) {
    const char* id = Attribute(attributes, "key");
    const auto it = id == nullptr ? keys_.end() : keys_.find(id);
    if (it == keys_.end() || it->second.field == Field::kNone) return;
    if (!(in_node_ ? it->second.for_node : it->second.for_edge)) return;
    data_field_ = it->second.field;
    data_.clear();
    CaptureText(&data_);
  }

  void EndData() {
    Fields& fields = in_node_ ? node_fields_ : edge_fields_;
    const size_t i = static_cast<size_t>(data_field_);
    fields.value[i].swap(data_);
    fields.given[i] = true;
    data_field_ = Field::kNone;
  }

  // The value of `field` in this element, else the key's default.
  const std::string& Value(const Fields& given, Field field, bool node) const {
    if (given.given[static_cast<size_t>(field)]) return given.value[static_cast<size_t>(field)];
    for (const auto& [id, key] : keys_) {
      if (key.field == field && (node ? key.for_node : key.for_edge)) return key.default_value;
    }
    static const std::string kEmpty;
    return kEmpty;
  }

  void EndNode() {
    in_node_ = false;
    const size_t index = graph_->node_count();
    const std::string& type = Value(node_fields_, Field::kType, true);
    if (!ParseEntityType(type, &node_.type)) return FailAt(node_line_, "node " + std::to_string(index) + ": unknown type \"" + type + "\"");
    node_.name = Value(node_fields_, Field::kLabel, true);
    node_.aliases = SplitList(Value(node_fields_, Field::kAliases, true));
    node_.keys = SplitList(Value(node_fields_, Field::kKeys, true));
    node_.documents = SplitList(Value(node_fields_, Field::kDocuments, true));
    const std::string& mentions = Value(node_fields_, Field::kMentions, true);
    char* end = nullptr;
    const long count = std::strtol(mentions.c_str(), &end, 10);
    if (!mentions.empty() && *end != '\0') return FailAt(node_line_, "node " + std::to_string(index) + ": mentions \"" + mentions + "\" is not a number");
    node_.mentions = count < 0 ? 0 : static_cast<size_t>(count);
    graph_->AddEntity(std::move(node_));
  }

  void EndEdge() {
    in_edge_ = false;
    const std::string index = std::to_string(edges_.size());
    const std::string& relation = Value(edge_fields_, Field::kRelation, false);
    if (!ParseRelationType(relation, &edge_.relation.type)) return FailAt(edge_.line, "edge " + index + ": unknown relation \"" + relation + "\"");
    const std::string& json = Value(edge_fields_, Field::kEvidenceJson, false);
    std::string error;
    if (!json.empty() && !EvidenceFromJson(json, &edge_.relation.evidence, &error)) return FailAt(edge_.line, "edge " + index + ": evidence_json: " + error);
    edges_.push_back(std::move(edge_));
  }

  Status AddPendingEdges() {
    for (PendingEdge& e : edges_) {
      const auto source = node_ids_.find(e.source), target = node_ids_.find(e.target);
      if (source == node_ids_.end() || target == node_ids_.end()) {
        const std::string& missing = source == node_ids_.end() ? e.source : e.target;
        return Status::InvalidInput(name_ + ":" + std::to_string(e.line) + ": edge to an unknown node \"" + missing + "\"");
      }
      graph_->AddRelation(source->second, target->second, std::move(e.relation));
    }
    return Status::Ok();
  }

  void CaptureText(std::string* into) {
    text_ = into;
    text_depth_ = depth_;
  }

  // Records the first error, at the parser's line or at `line`, and stops the parser.
  void Fail(const std::string& what) { FailAt(XML_GetCurrentLineNumber(parser_.get()), what); }
  void FailAt(unsigned long line, const std::string& what) {
    if (error_.empty()) error_ = name_ + ":" + std::to_string(line) + ": " + what;
    XML_StopParser(parser_.get(), XML_FALSE);
  }

  Status ParseError() const {
    if (!error_.empty()) return Status::InvalidInput(error_);
    const XML_Error code = XML_GetErrorCode(parser_.get());
    // expat says "no element found" when the input stops inside an element.
    const std::string what = code == XML_ERROR_NO_ELEMENTS ? "unexpected end of data, elements left open" : XML_ErrorString(code);
    return Status::InvalidInput(name_ + ":" + std::to_string(XML_GetCurrentLineNumber(parser_.get())) + ": " + what);
  }

  const std::string& name_;
  KnowledgeGraph* graph_;
  std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser_;
  int depth_ = 0;
  std::string* text_ = nullptr;  // where character data goes, at depth text_depth_ only
  int text_depth_ = 0;
  std::unordered_map<std::string, Key> keys_;
  Key* current_key_ = nullptr;
  std::unordered_map<std::string, NodeId> node_ids_;
  bool in_node_ = false, in_edge_ = false;
  unsigned long node_line_ = 0;  // where the current <node> starts
  Entity node_;
  Fields node_fields_, edge_fields_;
  Field data_field_ = Field::kNone;
  std::string data_;
  PendingEdge edge_;
  std::vector<PendingEdge> edges_;
  std::string error_;  // the first error a handler found
};

}  // namespace

Status ReadGraphml(const std::string& name, std::istream& in, KnowledgeGraph* graph) {
  GraphmlReader reader(name, graph);
  return reader.Read(in);
}

}  // namespace kg
