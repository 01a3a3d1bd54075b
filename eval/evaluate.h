// Scores a KnowledgeGraph against a gold file (the schema of shared/eval/gold), with the
// matching rules of score.py, so users who extend the rules can measure the effect.
#ifndef KG_EVAL_EVALUATE_H_
#define KG_EVAL_EVALUATE_H_

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// One gold entity.
struct GoldEntity {
  std::string name;
  EntityType type = EntityType::kCompany;
  bool optional = false;
};

/// One gold relation between entity indexes; competes-with is stored with source < target.
struct GoldRelation {
  size_t source = 0;
  RelationType relation = RelationType::kDevelopedBy;
  size_t target = 0;
  bool optional = false;
};

/// A parsed gold file.
struct Gold {
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
  std::map<std::string, size_t> lookup;  // GoldKey of name or alias -> entity index
};

/// Parses a gold JSON file; `name` is used in messages. Error: InvalidInput naming
/// the file and line/column, or the field ("gold.json: entities[3].type: ...").
Status ParseGold(const std::string& name, const std::string& text, Gold* gold);

/// True/false positives and false negatives of one score row.
struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double Precision() const;
  double Recall() const;
  double F1() const;
};

/// Every row of a score and the lists of misses.
struct Scores {
  std::map<std::string, Counts> entity_rows;    // per type
  std::map<std::string, Counts> relation_rows;  // per relation
  Counts entities, relations;
  std::vector<std::string> false_positives, false_negatives;  // readable lines
};

/// Scores `graph` (node name = label, type, edge relation) against `gold`.
Scores Evaluate(const Gold& gold, const KnowledgeGraph& graph);

/// The score as a table; with `verbose`, the misses first.
std::string FormatScores(const Scores& scores, bool verbose);

}  // namespace kg

#endif  // KG_EVAL_EVALUATE_H_
