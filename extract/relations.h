// Relation rules: read the entity spans of one sentence and the trigger words of the
// data files, and state the six relations with their evidence.
#ifndef KG_EXTRACT_RELATIONS_H_
#define KG_EXTRACT_RELATIONS_H_

#include "extract/analysis.h"
#include "graph/types.h"

namespace kg {

/// Appends to doc->relations every relation the sentence states between its spans.
/// May add mentions for names inside names ("DeepSeek" in "DeepSeek V3").
void FindRelations(const SentenceView& view, DocumentExtraction* doc);

}  // namespace kg

#endif  // KG_EXTRACT_RELATIONS_H_
