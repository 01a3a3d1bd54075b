// Test-only: small graphs for the export tests, with names that break naive escaping in
// every format (quotes, markup, emoji, RTL, control characters, separators, newlines).
#ifndef KG_EXPORT_TEST_GRAPHS_H_
#define KG_EXPORT_TEST_GRAPHS_H_

#include <string>

#include "graph/knowledge_graph.h"

namespace kg {

/// Quotes, <&>, an emoji, Hebrew, ';' '|' '\', LF, CR, tab and BEL.
inline const std::string kHostileName =
    "Q\"<&>' \xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D;a|b\\c\nd\re\tf\x07g";
/// kHostileName as XML and DOT must show it: BEL replaced by U+FFFD.
inline const std::string kHostileNameXml =
    "Q\"<&>' \xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D;a|b\\c\nd\re\tf\xEF\xBF\xBDg";

inline Evidence TestEvidence(const std::string& document, const std::string& sentence) {
  Evidence e;
  e.document = document;
  e.sentence = sentence;
  e.sentence_end = sentence.size();
  e.rule = "test.rule";
  e.confidence = 0.85;
  return e;
}

inline Entity TestEntity(const std::string& name, EntityType type, size_t mentions) {
  Entity e;
  e.name = name;
  e.type = type;
  e.keys = {name == kHostileName ? "hostile" : name};
  e.mentions = mentions;
  return e;
}

/// n0 DeepSeek (company), n1 kHostileName (company, aliases "x;y" and "p|q\\r", document
/// "a;b|c.txt"), n2 Kimi (model). Edges: e0 n0 -funded-by-> n1 (2 evidences, hostile
/// sentence), e1 n0 -competes-with-> n1 (parallel to e0, 1 evidence), e2 n2 -developed-by-> n0.
inline KnowledgeGraph HostileGraph() {
  KnowledgeGraph g;
  g.AddEntity(TestEntity("DeepSeek", EntityType::kCompany, 3));
  Entity hostile = TestEntity(kHostileName, EntityType::kCompany, 2);
  hostile.aliases = {"p|q\\r", "x;y"};
  hostile.documents = {"a;b|c.txt"};
  g.AddEntity(hostile);
  g.AddEntity(TestEntity("Kimi", EntityType::kModel, 1));
  Relation funded;
  funded.type = RelationType::kFundedBy;
  funded.evidence = {TestEvidence("a;b|c.txt", "DeepSeek wird von " + kHostileName + " finanziert."),
                     TestEvidence("b.txt", "Zweitens.")};
  g.AddRelation(0, 1, funded);
  Relation competes;
  competes.type = RelationType::kCompetesWith;
  competes.evidence = {TestEvidence("b.txt", "DeepSeek konkurriert.")};
  g.AddRelation(0, 1, competes);
  Relation developed;
  developed.type = RelationType::kDevelopedBy;
  developed.evidence = {TestEvidence("b.txt", "Kimi von DeepSeek.")};
  g.AddRelation(2, 0, developed);
  return g;
}

}  // namespace kg

#endif  // KG_EXPORT_TEST_GRAPHS_H_
