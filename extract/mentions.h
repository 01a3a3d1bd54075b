// Mention finding: known names (gazetteer and countries), country adjectives, and
// unknown names from context ("das Start-up X", "CEO X Y") and name shape ("GLM-4").
#ifndef KG_EXTRACT_MENTIONS_H_
#define KG_EXTRACT_MENTIONS_H_

#include <bitset>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/intern_table.h"
#include "extract/analysis.h"
#include "graph/types.h"

namespace kg {

/// What mention finding remembers across the sentences of one document.
struct DocumentState {
  DocumentExtraction* doc = nullptr;
  std::optional<size_t> last_company;      // the first company of the latest sentence naming one
  size_t sentences_since_company = 0;      // sentences after the one of last_company
  size_t companies_last_sentence = 0;      // distinct companies named in full by the sentence before
  size_t sentences_since_funding = 1000;   // sentences after the latest one about funding
  // An unknown name ending the previous sentence ("Weniger bekannt ist Quellwerk."), which a
  // company anaphor opening this one ("Das Zürcher Start-up ...") names as a company.
  std::optional<Mention> trailing_name;
  std::optional<size_t> last_of_sentence;  // latest company/model of the previous sentence
  std::optional<size_t> last_person;       // the one person the previous sentence named, if one
  std::optional<size_t> last_model;        // the first model named by the latest sentence naming one
  // Names found by context or shape ("das Start-up Brightloop") are known from then on in
  // the document, also without the context: token-key concatenation -> first mention.
  LocalNames local_names;
  // Every prefix of a local name key: few per document, so a node-based set (an InternTable's
  // first table of slots would cost more to clear than the document's lookups). Hashed by
  // StringHash, which the standard library takes for fast: with std::hash it compares the key
  // with every element of a set of up to 20 rather than hashing it.
  std::unordered_set<std::string, StringHash> local_prefixes;
  // One bit per std::hash of each key in local_names and local_prefixes and of each local
  // name's genitive ("brightloops"): a word whose key's bit is clear begins no local name,
  // so the search skips it without building and looking up its key.
  std::bitset<4096> local_key_bits;
  // The bits of the trigger lists the finders ask of every sentence or of many tokens, in the
  // finders' own order: looked up by the document's first FindMentions (SentenceView::BitOf
  // finds a list by its name each time).
  std::vector<ListBit> list_bits;
};

/// Fills view->spans (and state->doc->mentions) for one sentence.
void FindMentions(SentenceView* view, DocumentState* state);

/// Updates the anaphora memory after a sentence's spans are final.
void RememberMentions(const SentenceView& view, DocumentState* state);

}  // namespace kg

#endif  // KG_EXTRACT_MENTIONS_H_
