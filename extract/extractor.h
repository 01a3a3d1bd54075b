// Extractor: one document's text -> its entity mentions and stated relations, each
// relation with evidence. Reads its domain knowledge from Knowledge (data files).
#ifndef KG_EXTRACT_EXTRACTOR_H_
#define KG_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "extract/knowledge.h"
#include "graph/types.h"

namespace kg {

class Segmenter;
class WordTriggers;
struct SentenceBuffers;

/// Counts of what an extraction run saw, for the build summary.
struct ExtractStats {
  size_t sentences = 0;
};

/// Finds mentions and relations in documents. Holds ICU break iterators, so create
/// one per thread; `knowledge` is borrowed and must outlive the Extractor.
class Extractor {
 public:
  explicit Extractor(const Knowledge& knowledge);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  /// Error when ICU cannot create its iterators.
  Status status() const;
  /// Extracts from `text` (valid UTF-8; normalised to NFC first, and evidence offsets
  /// are bytes into the NFC text). `document` names the source in the evidence.
  DocumentExtraction Extract(const std::string& document, std::string_view text, ExtractStats* stats = nullptr);

 private:
  const Knowledge& knowledge_;
  std::unique_ptr<Segmenter> segmenter_;
  std::unique_ptr<WordTriggers> word_triggers_;
  std::unique_ptr<SentenceBuffers> sentence_buffers_;  // reused by every sentence
  std::string nfc_buffer_;  // a document's NFC form when it is not NFC already
};

}  // namespace kg

#endif  // KG_EXTRACT_EXTRACTOR_H_
