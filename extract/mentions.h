// Mention finding: known names (gazetteer and countries), country adjectives, and
// unknown names from context ("das Start-up X", "CEO X Y") and name shape ("GLM-4").
#ifndef KG_EXTRACT_MENTIONS_H_
#define KG_EXTRACT_MENTIONS_H_

#include <optional>

#include "extract/analysis.h"
#include "graph/types.h"

namespace kg {

/// What mention finding remembers across the sentences of one document.
struct DocumentState {
  DocumentExtraction* doc = nullptr;
  std::optional<size_t> last_company;      // the first company of the latest sentence naming one
  std::optional<size_t> last_of_sentence;  // latest company/model of the previous sentence
};

/// Fills view->spans (and state->doc->mentions) for one sentence.
void FindMentions(SentenceView* view, DocumentState* state);

/// Updates the anaphora memory after a sentence's spans are final.
void RememberMentions(const SentenceView& view, DocumentState* state);

}  // namespace kg

#endif  // KG_EXTRACT_MENTIONS_H_
