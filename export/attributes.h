// The node and edge attributes of the attribute-carrying exports (GraphML, GEXF): one table
// of names, types and values, so every format writes the same columns the same way.
#ifndef KG_EXPORT_ATTRIBUTES_H_
#define KG_EXPORT_ATTRIBUTES_H_

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/layout.h"

namespace kg {

/// The value type of an attribute; each format names it in its own vocabulary.
enum class AttributeType { kString, kInt, kDouble };

/// What a node's attribute values are computed from. `entity` must outlive the view.
struct NodeView {
  const Entity& entity;
  Point position;
};

/// One attribute: its name, its type and its value (as text) for one node or edge.
template <typename Item>
struct Attribute {
  const char* name;
  AttributeType type;
  std::string (*value)(const Item& item);
};

/// label, type, aliases, keys, mentions, documents, r, g, b, size, x, y. Lists are
/// JoinList strings ('|'-joined); numbers are decimal text (doubles with 3 decimals).
const std::vector<Attribute<NodeView>>& NodeAttributes();
/// relation, label (= relation), weight (evidence count), evidence (the first sentence),
/// documents, evidence_json (every evidence, for load-back).
const std::vector<Attribute<Relation>>& EdgeAttributes();

/// `value` with 3 decimals, as every format writes coordinates and sizes.
std::string FormatDecimal(double value);

}  // namespace kg

#endif  // KG_EXPORT_ATTRIBUTES_H_
