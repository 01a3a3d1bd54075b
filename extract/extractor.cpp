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
      word_triggers_(std::make_unique<WordTriggers>(knowledge)),
      sentence_buffers_(std::make_unique<SentenceBuffers>()) {}

Extractor::~Extractor() = default;

Status Extractor::status() const { return segmenter_->status(); }

DocumentExtraction Extractor::Extract(const std::string& document, std::string_view text, ExtractStats* stats) {
  const std::string_view nfc = NormalizeNfc(text, &nfc_buffer_);
  DocumentExtraction doc;
  doc.document = document;
  DocumentState state;
  state.doc = &doc;
  const uint64_t epoch = segmenter_->epoch();
  std::vector<Sentence> sentences = segmenter_->Split(nfc);
  if (segmenter_->epoch() != epoch) word_triggers_->ForgetForms();
  std::optional<size_t> funded;  // the company the latest funded-by edge is about
  size_t since_funded = 0;
  std::optional<size_t> restricter;  // the target of the latest restricted-by edge
  size_t since_restricter = 0;
  for (const Sentence& sentence : sentences) {
    SentenceView view(nfc, sentence, knowledge_, word_triggers_.get(), sentence_buffers_.get());
    FindMentions(&view, &state);
    Discourse discourse;
    // Rounds continue the company that was funded last ("Angeführt wird die Runde von A. B
    // und C ziehen mit."), not its investors; else the text's latest company.
    discourse.topic = funded && since_funded <= 3 ? funded : state.last_company;
    discourse.last_company = state.last_company;
    discourse.last_person = state.last_person;
    discourse.last_model = state.last_model;
    discourse.funding_recent = state.sentences_since_funding < 2;
    discourse.local_names = &state.local_names;
    discourse.topic_alone = state.sentences_since_company == 0 && state.companies_last_sentence == 1 &&
                            discourse.topic == state.last_company;
    if (restricter && since_restricter <= 2) discourse.restricter = restricter;
    const size_t before = doc.relations.size();
    FindRelations(view, &doc, discourse);
    ++since_funded;
    ++since_restricter;
    for (size_t r = before; r < doc.relations.size(); ++r) {
      const RelationMention& rel = doc.relations[r];
      if (rel.relation == RelationType::kFundedBy) funded = rel.source, since_funded = 0;
      if (rel.relation == RelationType::kRestrictedBy) restricter = rel.target, since_restricter = 0;
    }
    RememberMentions(view, &state);
  }
  if (stats != nullptr) stats->sentences += sentences.size();
  segmenter_->Recycle(std::move(sentences));
  return doc;
}

}  // namespace kg
