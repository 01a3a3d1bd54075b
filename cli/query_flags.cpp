#include "cli/query_flags.h"

#include "graph/query.h"

namespace kg {
namespace {

template <typename Enum>
std::vector<std::string> AllNames(int count) {
  std::vector<std::string> names;
  for (int i = 0; i < count; ++i) names.emplace_back(ToString(static_cast<Enum>(i)));
  return names;
}

void AddNameListFlag(CLI::App* cmd, const std::string& flag, std::vector<std::string>* names,
                     const std::vector<std::string>& allowed, const std::string& help) {
  cmd->add_option(flag, *names, help)->delimiter(',')->check(CLI::IsMember(allowed));
}

}  // namespace

void AddQueryFlags(CLI::App* cmd, QueryFlags* flags) {
  AddSourceFlags(cmd, &flags->source, true);
  cmd->add_option("--format", flags->format, "Output: table (aligned text) or json")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
}

void AddTypeListFlag(CLI::App* cmd, const std::string& flag, std::vector<std::string>* names, const std::string& help) {
  AddNameListFlag(cmd, flag, names, AllNames<EntityType>(kEntityTypeCount), help);
}

void AddRelationListFlag(CLI::App* cmd, const std::string& flag, std::vector<std::string>* names,
                         const std::string& help) {
  AddNameListFlag(cmd, flag, names, AllNames<RelationType>(kRelationTypeCount), help);
}

std::vector<EntityType> ParseTypes(const std::vector<std::string>& names) {
  std::vector<EntityType> types;
  for (const std::string& name : names) {
    if (EntityType type; ParseEntityType(name, &type)) types.push_back(type);
  }
  return types;
}

std::vector<RelationType> ParseRelations(const std::vector<std::string>& names) {
  std::vector<RelationType> relations;
  for (const std::string& name : names) {
    if (RelationType relation; ParseRelationType(name, &relation)) relations.push_back(relation);
  }
  return relations;
}

int LoadQueryGraph(const QueryFlags& flags, KnowledgeGraph* graph) {
  GraphSource source = flags.source;
  source.summary = false;  // the answer alone on stdout, no build summary on stderr
  return ObtainGraph(source, graph);
}

Status FindNamedEntity(const KnowledgeGraph& graph, const std::string& name, const std::vector<EntityType>& types,
                       NodeId* id) {
  Status s = LookupEntity(graph, name, {}, id);
  if (s.code() == Status::Code::kInvalidInput && !types.empty()) s = LookupEntity(graph, name, types, id);
  if (s.code() == Status::Code::kInvalidInput)
    return Status::InvalidInput(s.message() + "; narrow it with --type, or write it as listed");
  return s;
}

}  // namespace kg
