// How entities look in every visual format: a colour per type and a size from mentions.
#ifndef KG_EXPORT_APPEARANCE_H_
#define KG_EXPORT_APPEARANCE_H_

#include <string>

#include "graph/knowledge_graph.h"

namespace kg {

/// An sRGB colour, channels 0..255.
struct Rgb {
  int r = 0, g = 0, b = 0;
};

/// The colour of an entity type (colour-blind-safe palette).
Rgb ColorOf(EntityType type);
/// Node size for Gephi and the page: 10 plus 4 per doubling of mentions.
double SizeOf(const Entity& entity);
/// "#rrggbb", lower-case hex.
std::string HexColor(const Rgb& color);

}  // namespace kg

#endif  // KG_EXPORT_APPEARANCE_H_
