// Relation rules: read the entity spans of one sentence and the trigger words of the
// data files, and state the six relations with their evidence.
#ifndef KG_EXTRACT_RELATIONS_H_
#define KG_EXTRACT_RELATIONS_H_

#include <optional>

#include "extract/analysis.h"
#include "graph/types.h"

namespace kg {

/// Appends to doc->relations every relation the sentence states between its spans.
/// May add mentions for names inside names ("DeepSeek" in "DeepSeek V3"). `topic` is the
/// company the text was last about (a mention index), for rounds that do not repeat it.
void FindRelations(const SentenceView& view, DocumentExtraction* doc, std::optional<size_t> topic = std::nullopt);

}  // namespace kg

#endif  // KG_EXTRACT_RELATIONS_H_
