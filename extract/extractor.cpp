#include "extract/extractor.h"

#include "extract/analysis.h"
#include "extract/mentions.h"
#include "extract/normalize.h"
#include "extract/relations.h"
#include "extract/segment.h"

namespace kg {

Extractor::Extractor(const Knowledge& knowledge)
    : knowledge_(knowledge),
      segmenter_(std::make_unique<Segmenter>(knowledge.abbreviations, knowledge.ordinal_nouns)),
      word_triggers_(std::make_unique<WordTriggers>(knowledge)) {}

Extractor::~Extractor() = default;

Status Extractor::status() const { return segmenter_->status(); }

DocumentExtraction Extractor::Extract(const std::string& document, std::string_view text, ExtractStats* stats) {
  const std::string nfc = NormalizeNfc(text);
  DocumentExtraction doc;
  doc.document = document;
  DocumentState state;
  state.doc = &doc;
  const std::vector<Sentence> sentences = segmenter_->Split(nfc);
  for (const Sentence& sentence : sentences) {
    SentenceView view(nfc, sentence, knowledge_, word_triggers_.get());
    FindMentions(&view, &state);
    FindRelations(view, &doc, state.last_company);
    RememberMentions(view, &state);
  }
  if (stats != nullptr) stats->sentences += sentences.size();
  return doc;
}

}  // namespace kg
