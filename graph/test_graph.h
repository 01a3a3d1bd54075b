// Test helper: small hand-made KnowledgeGraphs for the query tests, built through the
// public API with one line per node and per edge.
#ifndef KG_GRAPH_TEST_GRAPH_H_
#define KG_GRAPH_TEST_GRAPH_H_

#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/name_key.h"

namespace kg {

/// A graph under construction; node keys are the NameKeys of the name and aliases.
struct TestGraph {
  KnowledgeGraph graph;

  NodeId Add(const std::string& name, EntityType type, size_t mentions = 1, std::vector<std::string> aliases = {}) {
    Entity e;
    e.name = name;
    e.type = type;
    e.mentions = mentions;
    e.aliases = std::move(aliases);
    e.keys.push_back(NameKey(name));
    for (const std::string& alias : e.aliases) e.keys.push_back(NameKey(alias));
    e.documents = {"doc.txt"};
    return graph.AddEntity(std::move(e));
  }

  /// An edge source -> target with `evidences` sentences "<sentence> #i" in doc.txt.
  void Relate(NodeId source, RelationType type, NodeId target, size_t evidences = 1,
              const std::string& sentence = "stated") {
    Relation r;
    r.type = type;
    for (size_t i = 0; i < evidences; ++i) {
      Evidence ev;
      ev.document = "doc.txt";
      ev.sentence = sentence + " #" + std::to_string(i + 1);
      r.evidence.push_back(ev);
    }
    graph.AddRelation(source, target, std::move(r));
  }
};

}  // namespace kg

#endif  // KG_GRAPH_TEST_GRAPH_H_
