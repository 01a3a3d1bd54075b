// The vocabulary shared by every stage: entity and relation types, the evidence an
// edge keeps, and what the extractor hands to the graph for one document.
#ifndef KG_GRAPH_TYPES_H_
#define KG_GRAPH_TYPES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

/// The four entity types; their names are "company", "model", "person", "country".
enum class EntityType { kCompany, kModel, kPerson, kCountry };
constexpr int kEntityTypeCount = 4;

/// The six relation types; written as "developed-by", "funded-by", ...
enum class RelationType { kDevelopedBy, kFundedBy, kCompetesWith, kRestrictedBy, kBasedIn, kWorksFor };
constexpr int kRelationTypeCount = 6;

std::string_view ToString(EntityType type);
std::string_view ToString(RelationType relation);
/// Parses the names above; false for anything else.
bool ParseEntityType(std::string_view text, EntityType* type);
bool ParseRelationType(std::string_view text, RelationType* relation);
/// competes-with is one undirected fact per pair; all others are directed.
bool IsSymmetric(RelationType relation);

/// Where an edge is stated. Offsets are bytes into the document's UTF-8 text
/// (after NFC normalisation), half-open [begin, end).
struct Evidence {
  std::string document;
  std::string sentence;
  size_t sentence_begin = 0, sentence_end = 0;
  size_t source_begin = 0, source_end = 0;
  size_t target_begin = 0, target_end = 0;
  std::string rule;         // the rule that fired, e.g. "de.developed-by.possessive"
  double confidence = 0.0;  // in (0, 1]
};

/// How sure the extractor is of a mention's type; stronger evidence wins conflicts.
enum class MentionStrength { kShape = 1, kContext = 2, kGazetteer = 3 };

/// One occurrence of an entity name in a document.
struct Mention {
  std::string surface;    // the text as written, e.g. "Orrerys"
  std::string key;          // folded key of the entity it names, e.g. "deepseek"
  std::string surface_key;  // folded key of the surface itself, e.g. "deepseeks"
  std::string canonical;  // the known name when the gazetteer recognised it, else empty
  EntityType type = EntityType::kCompany;
  MentionStrength strength = MentionStrength::kShape;
  size_t begin = 0, end = 0;  // bytes into the document, half-open
};

/// A relation stated in a document, between two of its mentions (indexes).
struct RelationMention {
  size_t source = 0;
  RelationType relation = RelationType::kDevelopedBy;
  size_t target = 0;
  Evidence evidence;
};

/// All the extractor found in one document.
struct DocumentExtraction {
  std::string document;
  std::vector<Mention> mentions;
  std::vector<RelationMention> relations;
};

}  // namespace kg

#endif  // KG_GRAPH_TYPES_H_
