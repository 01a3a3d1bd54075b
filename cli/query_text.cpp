#include "cli/query_text.h"

#include <algorithm>

namespace kg {
namespace {

constexpr const char* kEvidenceIndent = "      ";

// The one line a sentence takes: newlines and tabs become spaces.
std::string OneLine(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return text;
}

std::string GroupHeading(const Neighbour& n) {
  const std::string relation(ToString(n.relation));
  std::string heading = IsSymmetric(n.relation) ? relation + " <->" : n.outgoing ? relation + " ->" : "<- " + relation;
  if (n.depth > 1) heading = "hop " + std::to_string(n.depth) + ": " + heading;
  return "  " + heading;
}

std::string Arrow(const Step& step) {
  const std::string relation(ToString(step.edge->type));
  if (IsSymmetric(step.edge->type)) return "-- " + relation + " --";
  return step.forward ? "-- " + relation + " ->" : "<- " + relation + " --";
}

}  // namespace

std::string EvidenceCount(size_t count) { return std::to_string(count) + (count == 1 ? " evidence" : " evidences"); }

void AddEvidenceLines(const std::vector<Evidence>& evidence, size_t limit, const std::string& indent, Table* table) {
  for (size_t i = 0; i < evidence.size() && i < limit; ++i) {
    table->AddLine(indent + evidence[i].document + ": \"" + OneLine(evidence[i].sentence) + "\"");
  }
}

void AddNeighbourRows(const KnowledgeGraph& graph, const std::vector<Neighbour>& neighbours, size_t evidence_limit,
                      Table* table) {
  std::string group;
  for (const Neighbour& n : neighbours) {
    if (const std::string heading = GroupHeading(n); heading != group) table->AddLine(group = heading);
    const Entity& e = graph.entity(n.node);
    std::vector<std::string> cells = {e.name, std::string(ToString(e.type)), EvidenceCount(n.edge->evidence.size())};
    if (n.depth > 1) cells.push_back("via " + graph.entity(n.via).name);
    table->AddRow(std::move(cells));
    AddEvidenceLines(n.edge->evidence, evidence_limit, kEvidenceIndent, table);
  }
}

void AddPathRows(const KnowledgeGraph& graph, const GraphPath& path, Table* table) {
  for (const Step& step : path) {
    table->AddRow({graph.entity(step.from).name, Arrow(step), graph.entity(step.to).name});
    AddEvidenceLines(step.edge->evidence, 1, kEvidenceIndent, table);
  }
}

}  // namespace kg
