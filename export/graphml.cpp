#include "export/graphml.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>

#include <algorithm>
#include <iterator>
#include <istream>
#include <streambuf>
#include <string_view>

#include "base/utf8.h"
#include "export/attributes.h"
#include "export/text_escape.h"
#include "graph/layout.h"

namespace kg {
namespace {

const char* GraphmlType(AttributeType type) {
  switch (type) {
    case AttributeType::kInt: return "int";
    case AttributeType::kDouble: return "double";
    case AttributeType::kString: break;
  }
  return "string";
}

// Key ids are "n_<name>" and "e_<name>": NMTOKENs, and never yEd's d3/d7, which Gephi
// would take for labels.
template <typename Item>
void WriteKeys(std::ostream& out, const char* domain, const std::vector<Attribute<Item>>& attributes) {
  for (const Attribute<Item>& a : attributes) {
    out << "  <key id=\"" << domain[0] << '_' << a.name << "\" for=\"" << domain << "\" attr.name=\"" << a.name
        << "\" attr.type=\"" << GraphmlType(a.type) << "\"/>\n";
  }
}

template <typename Item>
void WriteData(std::ostream& out, char prefix, const std::vector<Attribute<Item>>& attributes, const Item& item) {
  for (const Attribute<Item>& a : attributes) {
    out << "      <data key=\"" << prefix << '_' << a.name << "\">";
    WriteXmlEscaped(out, a.value(item));
    out << "</data>\n";
  }
}

void WriteNode(std::ostream& out, NodeId id, const NodeView& node) {
  out << "    <node id=\"n" << id << "\">\n";
  WriteData(out, 'n', NodeAttributes(), node);
  out << "    </node>\n";
}

void WriteEdge(std::ostream& out, size_t index, const EdgeRef& e) {
  out << "    <edge id=\"e" << index << "\" source=\"n" << e.source << "\" target=\"n" << e.target << "\">\n";
  WriteData(out, 'e', EdgeAttributes(), *e.relation);
  out << "    </edge>\n";
}

}  // namespace

Status WriteGraphml(const KnowledgeGraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  WriteKeys(out, "node", NodeAttributes());
  WriteKeys(out, "edge", EdgeAttributes());
  out << "  <graph id=\"kgraph\" edgedefault=\"directed\">\n";
  const std::vector<Point> layout = ComputeLayout(graph);
  for (NodeId id = 0; id < graph.node_count() && out; ++id) WriteNode(out, id, {graph.entity(id), layout[id]});
  const std::vector<EdgeRef> edges = graph.Edges();
  for (size_t i = 0; i < edges.size() && out; ++i) WriteEdge(out, i, edges[i]);
  out << "  </graph>\n</graphml>\n";
  return out ? Status::Ok() : Status::IoError("GraphML write failed");
}

namespace {

struct NodeRecord {
  std::string label, type, aliases, keys, documents;
  int mentions = 0;
};
struct EdgeRecord {
  std::string relation, evidence_json;
};
using RawGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, NodeRecord, EdgeRecord>;

Status Convert(const std::string& name, const RawGraph& raw, KnowledgeGraph* graph) {
  for (auto [it, end] = boost::vertices(raw); it != end; ++it) {
    const NodeRecord& n = raw[*it];
    Entity e;
    if (!ParseEntityType(n.type, &e.type)) {
      return Status::InvalidInput(name + ": node " + std::to_string(*it) + ": unknown type \"" + n.type + "\"");
    }
    e.name = n.label;
    e.aliases = SplitList(n.aliases);
    e.keys = SplitList(n.keys);
    e.documents = SplitList(n.documents);
    e.mentions = n.mentions < 0 ? 0 : static_cast<size_t>(n.mentions);
    graph->AddEntity(std::move(e));
  }
  size_t index = 0;
  for (auto [it, end] = boost::edges(raw); it != end; ++it, ++index) {
    const EdgeRecord& r = raw[*it];
    Relation rel;
    std::string error;
    if (!ParseRelationType(r.relation, &rel.type)) {
      return Status::InvalidInput(name + ": edge " + std::to_string(index) + ": unknown relation \"" + r.relation + "\"");
    }
    if (!r.evidence_json.empty() && !EvidenceFromJson(r.evidence_json, &rel.evidence, &error)) {
      return Status::InvalidInput(name + ": edge " + std::to_string(index) + ": evidence_json: " + error);
    }
    graph->AddRelation(boost::source(*it, raw), boost::target(*it, raw), std::move(rel));
  }
  return Status::Ok();
}

// Boost's XML parser recurses once per element level: deeper input would overflow the stack.
// GraphML needs 4 levels (graphml, graph, node, data); tools that nest more stay far below.
constexpr int kMaxXmlDepth = 256;
constexpr size_t kNone = std::string_view::npos;

// The offset just past the first `marker` at or after `from`; kNone when there is none.
size_t SkipPast(std::string_view xml, size_t from, std::string_view marker) {
  const size_t at = xml.find(marker, from);
  return at == kNone ? kNone : at + marker.size();
}

// The offset just past the '>' closing the tag that starts at `lt`, quoted values skipped.
size_t TagEnd(std::string_view xml, size_t lt) {
  char quote = 0;
  for (size_t i = lt + 1; i < xml.size(); ++i) {
    if (quote != 0) {
      if (xml[i] == quote) quote = 0;
    } else if (xml[i] == '"' || xml[i] == '\'') {
      quote = xml[i];
    } else if (xml[i] == '>') {
      return i + 1;
    }
  }
  return kNone;
}

// The offset of the first element nested deeper than kMaxXmlDepth; kNone when there is none.
// Comments, CDATA, processing instructions and declarations do not count.
size_t FindTooDeep(std::string_view xml) {
  int depth = 0;
  for (size_t lt = xml.find('<'); lt != kNone && lt + 1 < xml.size();) {
    const std::string_view tag = xml.substr(lt);
    size_t next;
    if (tag.compare(0, 4, "<!--") == 0) {
      next = SkipPast(xml, lt + 4, "-->");
    } else if (tag.compare(0, 9, "<![CDATA[") == 0) {
      next = SkipPast(xml, lt + 9, "]]>");
    } else if (tag[1] == '?') {
      next = SkipPast(xml, lt + 2, "?>");
    } else {
      next = TagEnd(xml, lt);
      if (tag[1] == '/') {
        depth = std::max(0, depth - 1);
      } else if (tag[1] != '!' && next != kNone && xml[next - 2] != '/' && ++depth > kMaxXmlDepth) {
        return lt;
      }
    }
    lt = next == kNone ? kNone : xml.find('<', next);
  }
  return kNone;
}

// Reads a string in place (std::istringstream would copy it).
class TextBuffer : public std::streambuf {
 public:
  explicit TextBuffer(std::string* text) { setg(text->data(), text->data(), text->data() + text->size()); }
};

// Boost's XML errors read "<unspecified file>(12): expected element name"; they become
// "<name>:12: expected element name". Other errors are kept, after the name.
std::string ReadError(const std::string& name, const std::string& what) {
  const std::string prefix = "<unspecified file>(";
  const size_t close = what.find("): ", prefix.size());
  if (what.compare(0, prefix.size(), prefix) != 0 || close == std::string::npos) {
    return name + ": not a readable GraphML graph: " + what;
  }
  return name + ":" + what.substr(prefix.size(), close - prefix.size()) + ": " + what.substr(close + 3);
}

}  // namespace

Status ReadGraphml(const std::string& name, std::istream& in, KnowledgeGraph* graph) {
  RawGraph raw;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&NodeRecord::label, raw));
  dp.property("type", boost::get(&NodeRecord::type, raw));
  dp.property("aliases", boost::get(&NodeRecord::aliases, raw));
  dp.property("keys", boost::get(&NodeRecord::keys, raw));
  dp.property("documents", boost::get(&NodeRecord::documents, raw));
  dp.property("mentions", boost::get(&NodeRecord::mentions, raw));
  dp.property("relation", boost::get(&EdgeRecord::relation, raw));
  dp.property("evidence_json", boost::get(&EdgeRecord::evidence_json, raw));
  std::string text(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>{});
  if (const size_t at = FindTooDeep(text); at != kNone) {
    return Status::InvalidInput(name + ":" + std::to_string(LocateOffset(text, at).line) +
                                ": elements nested deeper than " + std::to_string(kMaxXmlDepth) + " levels");
  }
  TextBuffer buffer(&text);
  std::istream xml(&buffer);
  try {
    boost::read_graphml(xml, raw, dp);
  } catch (const std::exception& e) {
    return Status::InvalidInput(ReadError(name, e.what()));
  }
  return Convert(name, raw, graph);
}

}  // namespace kg
