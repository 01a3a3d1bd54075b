// Relation rules: read the entity spans of one sentence and the trigger words of the
// data files, and state the six relations with their evidence.
#ifndef KG_EXTRACT_RELATIONS_H_
#define KG_EXTRACT_RELATIONS_H_

#include <optional>
#include <string>

#include "extract/analysis.h"
#include "graph/types.h"

namespace kg {

/// What the sentences before tell the rules of this one.
struct Discourse {
  std::optional<size_t> topic;   // the company the text was last about (a mention index)
  // The latest company named before this sentence, whether or not a round is being told
  // (topic prefers the company of a recent round over the investors named since).
  std::optional<size_t> last_company;
  std::optional<size_t> last_person;  // the one person the sentence before named (a mention)
  std::optional<size_t> last_model;   // the first model of the latest sentence naming one
  bool funding_recent = false;   // one of the last two sentences spoke of funding
  bool topic_alone = false;      // the sentence before named the topic and no other company
  // Who restricted something in one of the last two sentences (a mention index), for
  // "Im Frühjahr sperrte sie ChatGPT" with "sie" standing for it.
  std::optional<size_t> restricter;
  // Names the document introduced (key -> a mention), for models named after them.
  const LocalNames* local_names = nullptr;
};

/// Appends to doc->relations every relation the sentence states between its spans.
/// May add mentions for names inside names ("DeepSeek" in "DeepSeek V3"). The discourse
/// lets rounds and investor lists that do not repeat their company name it.
void FindRelations(const SentenceView& view, DocumentExtraction* doc, const Discourse& discourse = {});

}  // namespace kg

#endif  // KG_EXTRACT_RELATIONS_H_
