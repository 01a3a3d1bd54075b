#include "extract/relations.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "extract/normalize.h"

namespace kg {
namespace {

constexpr std::string_view kQuotes = "\"„“”«»'‚‘’";

// The rules of one sentence, sharing the view, the output and small scanning helpers.
class SentenceRules {
 public:
  SentenceRules(const SentenceView& v, DocumentExtraction* doc, const Discourse& discourse)
      : v_(v),
        doc_(doc),
        topic_(discourse.topic),
        last_company_(discourse.last_company),
        last_person_(discourse.last_person),
        last_model_(discourse.last_model),
        funding_recent_(discourse.funding_recent),
        topic_alone_(discourse.topic_alone),
        restricter_(discourse.restricter),
        local_names_(discourse.local_names) {
    for (const Span& s : v_.spans) ++span_counts_[static_cast<size_t>(s.type)];
  }
  // Runs every rule whose needs the sentence meets: the spans its relation joins, the trigger
  // it is anchored on. The tests stand here rather than in the rules: most sentences fail
  // most of them, and then skip the call (and the rule's register saves) too.
  void Run() {
    using E = EntityType;
    const bool model = HasSpanOf(E::kModel), company = HasSpanOf(E::kCompany), person = HasSpanOf(E::kPerson);
    const bool located = company && HasSpanOf(E::kCountry);  // a company and a country
    if ((model && company) || person) DevelopedByPossessive();  // a company's model or a person's company
    if (model && company) DevelopedByPreposition();
    if (model && v_.MayMatch("developed_participles")) DevelopedByParticiple();
    if (model && v_.MayMatch("possessive_pronouns")) DevelopedByPossessivePronoun();
    if (model) DevelopedByNamePrefix();
    if (model && (v_.MayMatch("release_verbs") || v_.MayMatch("developed_participles"))) DevelopedBySubjectVerb();
    if (model) DevelopedByMaker();
    if (located) BasedInModifier();
    if (located && v_.MayMatch("group_heads")) BasedInGroupList();
    if (located && v_.MayMatch("company_heads")) BasedInApposition();
    if (located) BasedInOrigin();
    if (company) BasedInCity();
    if (located && v_.MayMatch("domestic_words")) BasedInDomestic();
    if (v_.size() >= 4 && (Is("origin_prepositions", 0) || Is("jurisdiction_prepositions", 0))) BasedInFrontedPlace();
    if (v_.MayMatch("person_roles") || v_.MayMatch("political_roles")) WorksForCompound();
    if (person && v_.MayMatch("person_roles")) WorksForApposition();
    if (person) WorksForPreposition();
    if (person && v_.MayMatch("lead_verbs")) WorksForLeader();
    if (person) WorksForVerb();
    if (v_.MayMatch("funded_words") || v_.MayMatch("led_attributes_fronted")) FundedByPassive();
    if (v_.MayMatch("funded_compounds")) FundedByCompound();
    if (v_.MayMatch("founded_attributes") || v_.MayMatch("funded_attributes") || v_.MayMatch("led_attributes")) {
      AttributiveParticiples();
    }
    if (person && v_.MayMatch("work_final_words")) WorksForVerbFinal();
    if (person && v_.MayMatch("founded_words")) WorksForFounder();
    if (person && v_.MayMatch("led_passive_words")) WorksForLedPassive();
    if (topic_ && topic_alone_) WorksForTopicRole();
    if (person && v_.MayMatch("topic_roles")) WorksForSentenceRole();
    if (person && v_.MayMatch("relative_pronouns")) WorksForRelativeClause();
    if (person && v_.MayMatch("lose_verbs")) WorksForLostTo();
    if (person && v_.MayMatch("founded_words")) WorksForRelativeFounder();
    if (person) WorksForOwnedApposition();
    if (person) WorksForOwnedAnaphor();
    if (person && v_.MayMatch("appoint_words")) WorksForAppointment();
    if (model && v_.MayMatch("with_prepositions")) DevelopedByWithModel();
    if (model && v_.MayMatch("inhouse_words")) DevelopedByInHouse();
    if (v_.MayMatch("invest_verbs")) FundedByInvestment();
    if (v_.MayMatch("entry_particles")) FundedByEntry();
    // A target preposition and an investment verb or participle.
    if (v_.MayMatch("invest_targets") && (v_.MayMatch("invest_verbs") || v_.MayMatch("invested_participles"))) {
      FundedByInvestedIn();
    }
    if (v_.MayMatch("investor_nouns")) FundedByInvestorNoun();
    if (v_.MayMatch("copulas") && v_.MayMatch("investor_nouns")) FundedByInvestorCopula();
    if (v_.MayMatch("money_nouns")) FundedByMoneySource();
    // Only a round, funding or a funding sentence just before gives investors a round to join.
    if (v_.MayMatch("participation_verbs") && (funding_recent_ || v_.MayMatch("round_nouns") || v_.MayMatch("funded_words"))) {
      FundedByParticipation();
    }
    if (v_.size() >= 3 && (Is("invest_verbs", 0) || Is("led_attributes_fronted", 0)) && Is("active_auxiliaries", 1)) {
      FundedByFrontedInvestment();
    }
    if (v_.MayMatch("invest_verbs")) FundedByVerbFinalInvestment();
    if (v_.MayMatch("lead_verbs") && v_.MayMatch("round_nouns")) FundedByLeadVerb();  // a trigger and a round
    if (v_.MayMatch("raise_verbs")) FundedByRound();
    if (MayCompete() && v_.MayMatch("compete_words")) CompetesWith();
    if (MayRestrict() && v_.MayMatch("restrict_words")) RestrictedBy();
  }

 private:
  const std::vector<Token>& T() const { return v_.tokens(); }
  // How many spans of type t the sentence has: a rule whose relation needs one skips it without.
  size_t SpansOf(EntityType t) const { return span_counts_[static_cast<size_t>(t)]; }
  bool HasSpanOf(EntityType t) const { return SpansOf(t) > 0; }
  // Inlined like MatchAt: rules test it at every token (MatchAt is 0 past the end).
  [[gnu::always_inline]] bool Is(std::string_view list, size_t i) const { return v_.MatchAt(list, i) > 0; }
  const Span* StartsAt(size_t i) const {
    const Span* s = v_.SpanAt(i);
    return s != nullptr && s->first == i ? s : nullptr;
  }
  // Whether a span names its entity as a noun would: "DeepSeek", "Llama-Modelle", "Das
  // Unternehmen" (not a modifier such as "chinesische", "US-" or a possessor).
  static bool Named(const Span& s) {
    return s.form == Form::kName || s.form == Form::kAnaphor || (s.form == Form::kPrefix && s.type != EntityType::kCountry);
  }
  // A lowercase word (adjective, adverb) that may stand between a modifier and its noun.
  bool Filler(size_t i) const {
    if (!T()[i].word || T()[i].upper_initial || v_.Covered(i)) return false;
    const size_t last = v_.CompoundEnd(i) - 1;  // "start-up" is one head word
    static constexpr std::string_view kHeads[] = {"company_heads", "model_heads", "group_heads", "person_roles"};
    for (const std::string_view heads : kHeads) {
      if (v_.CompoundEndsWith(heads, i) || v_.CompoundEndsWith(heads, last)) return false;
    }
    return true;
  }
  // Whether a negation stands in tokens [from, to] ("wird nicht von X finanziert").
  bool Negated(size_t from, size_t to) const;
  // States a relation between two spans. With a `trigger` (the verb or noun that states
  // it), a negation between the spans and the trigger cancels it.
  void Emit(const Span& source, RelationType r, const Span& target, const char* rule, double confidence,
            std::optional<size_t> trigger = std::nullopt);
  void EmitMentions(size_t source, RelationType r, size_t target, const char* rule, double confidence);
  // Skips determiners, fillers, quotes and adjective spans from i; returns the first other index.
  size_t SkipModifiers(size_t i, size_t max_steps) const;
  // The person named after a company and a role ("Google-Forscher X", "Meta engineer X").
  const Span* PersonAfterRole(const Span& s) const;
  // Past determiners, modifiers and a company or role head before a list item.
  size_t SkipItemHeads(size_t i) const;
  // Spans of a coordinated list starting at token i ("A, B und C").
  std::vector<const Span*> ListAt(size_t i) const;
  const Span* PreviousSpan(size_t before, size_t max_distance) const;
  // The first name in the sentence that is not inside a prepositional phrase ("Nach
  // Italien hat nun auch Südkorea ..." -> Südkorea), or null.
  const Span* Subject() const;
  // Whether "von"/"by" introduces the span, over heads and modifiers ("vom Start-up X").
  bool AgentBefore(const Span& s) const;
  // Where the clause of the verb at t ends: at a comma that does not continue a list of
  // names, or at a subordinate clause ("..., weil", "..., wie CNBC berichtet").
  size_t ClauseEnd(size_t t) const;
  // Whether the span is the company after a model it developed ("Qwen von Alibaba").
  bool ModifiesModel(const Span& s) const;
  // Whether a country span names an authority: "US-Regierung", "die deutsche Datenschutzbehörde",
  // "Italy's data protection authority".
  bool IsAuthority(const Span& s) const;

  void DevelopedByPossessive();
  void DevelopedByPreposition();
  void DevelopedByParticiple();
  void DevelopedByPossessivePronoun();
  void DevelopedByNamePrefix();
  void DevelopedBySubjectVerb();
  void DevelopedByPronounVerb();
  void DevelopedByMaker();
  void WorksForLeader();
  void WorksForVerb();
  void BasedInModifier();
  void BasedInGroupList();
  void BasedInApposition();
  void BasedInOrigin();
  void BasedInCity();
  void BasedInDomestic();
  void BasedInFrontedPlace();
  // Past "X, das KI-Unternehmen" (the apposition's head) when one follows X, else after X.
  size_t AfterAppositionHead(const Span& c) const;
  // The name X of "X, ein ..." whose apposition (determiner and fillers) ends before token i.
  const Span* AppositionOwner(size_t i) const;
  // A city (or city adjective) starting at token i: its last token and its country.
  std::optional<std::pair<size_t, size_t>> CityAt(size_t i) const {
    if (i >= v_.size() || !T()[i].upper_initial || !v_.Word(i).city_prefix) return std::nullopt;  // most tokens
    return CityFrom(i);
  }
  std::optional<std::pair<size_t, size_t>> CityFrom(size_t i) const;
  // The first token from i on where CityAt may find a city, else the sentence's size: a scan
  // with no call in it, so its loads stay out of the loop.
  size_t NextCityCandidate(size_t i) const {
    while (i < v_.size() && !(T()[i].upper_initial && v_.Word(i).city_prefix)) ++i;
    return i;
  }
  // Adds a mention of `country` over the city's tokens and returns it as a span.
  Span CountryOfCity(size_t first, size_t last, size_t country);
  void WorksForCompound();
  bool RoleStandsForLastPerson(const Span& company, size_t after_role) const;
  void WorksForApposition();
  void WorksForPreposition();
  // Agents and subject of a passive clause; subject is null when none was found.
  struct Passive {
    std::vector<const Span*> agents;
    const Span* subject = nullptr;
    bool round = false;  // "Angeführt wird die Runde von Y": a round with no company named
  };
  Passive PassiveAt(size_t t) const;
  // "Finanziert wird X von Y", "Gegründet wurde X von Y": the participle opens the clause.
  Passive FrontedPassiveAt(size_t t) const;
  void FundedByPassive();
  void FundedByCompound();
  // The company an attributive participle at t describes: the name after it, after its
  // head noun, or the name a relative clause opened by the participle's phrase follows.
  const Span* AttributedCompany(size_t t) const;
  void AttributiveParticiples();
  void WorksForVerbFinal();
  void WorksForFounder();
  void WorksForLedPassive();
  void WorksForTopicRole();
  void WorksForSentenceRole();
  void WorksForRelativeClause();
  void WorksForLostTo();
  bool LeaderRoleBefore(size_t i) const;
  void WorksForRelativeFounder();
  void WorksForOwnedApposition();
  void WorksForOwnedAnaphor();
  void WorksForAppointment();
  void DevelopedByWithModel();
  void DevelopedByInHouse();
  void FundedByInvestment();
  void FundedByEntry();
  void FundedByInvestedIn();
  void FundedByInvestorNoun();
  void FundedByInvestorCopula();
  void FundedByMoneySource();
  void FundedByParticipation();
  void FundedByFrontedInvestment();
  void FundedByVerbFinalInvestment();
  void FundedByLeadVerb();
  // Whether the noun at t opens its clause (only determiners and fillers before it).
  bool ClauseOpensAt(size_t t) const;
  // Whether a round noun ("Finanzierungsrunde", "Series B") stands in tokens [from, to).
  bool RoundNounIn(size_t from, size_t to) const;
  // States `topic_` -r-> target, unless the sentence names its own company before the target.
  void EmitTopic(RelationType r, const Span& target, const char* rule, double confidence, size_t trigger);
  bool IsListedWith(const Span& a, const Span& b) const;
  // Whether s stands in a list after "mit", "gegen", "with" (a partner of a verb, not its subject).
  bool InPartnerPhrase(const Span& s) const;
  // Whether a subject pronoun ("sie", "er") stands near the trigger at t.
  bool PronounSubjectBefore(size_t t) const;
  // A lowercase word with a German adjective ending ("junge", "neuen"), a modifier.
  bool AdjectiveLike(size_t i) const;
  // "X, das mit A konkurriert, hat ... angeführt von B": A sits in a relative clause closed before `before`.
  bool InClosedRelativeClause(const Span& s, size_t before) const;
  // The coordinated list of names that ends right before token t ("A und B ziehen mit").
  std::vector<const Span*> ListBefore(size_t t) const;
  void FundedByRound();
  // Whether the spans allow a rivalry: two of one kind (not people), or a company or model
  // beside the latest one of the text (rivals-of needs a rival noun).
  bool MayCompete() const;
  // Whether the spans allow a restriction: two that name no person (what is restricted and
  // who restricts it), or one when a pronoun may stand for the restricter of a sentence before.
  bool MayRestrict() const { return v_.spans.size() - SpansOf(EntityType::kPerson) >= (restricter_ ? 1 : 2); }
  void CompetesWith();
  void ComparedWithLastModel(size_t t, const std::vector<const Span*>& after);
  bool RivalsOfLatestCompany(size_t t, const std::vector<const Span*>& candidates);
  void RestrictedBy();

  const SentenceView& v_;
  DocumentExtraction* doc_;
  // The company the text is about: the first company of the latest sentence naming one
  // (a mention of an earlier sentence), for rounds and investor lists that do not repeat it.
  std::optional<size_t> topic_;
  std::optional<size_t> last_company_;  // the latest company before this sentence (a mention)
  std::optional<size_t> last_person_;   // the one person of the sentence before (a mention)
  std::optional<size_t> last_model_;    // the first model of the latest sentence naming one
  bool funding_recent_;  // the sentences before spoke of a round: "Neu dabei ist X" joins it
  bool topic_alone_;     // the sentence before named only the topic company
  std::optional<size_t> restricter_;  // who restricted something just before (a mention)
  const LocalNames* local_names_;  // the document's own names -> a mention
  // (company, model) mentions of the developed-by relations found in this sentence.
  std::vector<std::pair<size_t, size_t>> developed_;
  std::vector<size_t> locating_;  // country mentions that located a company here
  std::array<size_t, kEntityTypeCount> span_counts_{};  // by EntityType
};

bool Allowed(RelationType r, EntityType s, EntityType t) {
  using E = EntityType;
  switch (r) {
    case RelationType::kDevelopedBy: return s == E::kModel && t == E::kCompany;
    case RelationType::kFundedBy: return s == E::kCompany && t != E::kModel;
    case RelationType::kCompetesWith: return s == t && s != E::kPerson;
    case RelationType::kRestrictedBy: return s != E::kPerson && (t == E::kCountry || t == E::kCompany);
    case RelationType::kBasedIn: return s == E::kCompany && t == E::kCountry;
    case RelationType::kWorksFor: return s == E::kPerson && (t == E::kCompany || t == E::kCountry);
  }
  return false;
}

bool SentenceRules::Negated(size_t from, size_t to) const {
  if (!v_.MayMatch("negations")) return false;  // most sentences: no range to search
  for (size_t i = from; i <= to && i < v_.size(); ++i) {
    if (Is("negations", i) && !Is("negation_exceptions", i)) return true;
  }
  return false;
}

void SentenceRules::EmitMentions(size_t source, RelationType r, size_t target, const char* rule, double confidence) {
  const Mention& s = doc_->mentions[source];
  const Mention& t = doc_->mentions[target];
  if (!Allowed(r, s.type, t.type) || s.key == t.key) return;
  RelationMention rel;
  rel.source = source;
  rel.relation = r;
  rel.target = target;
  Evidence& e = rel.evidence;
  e.document = doc_->document;
  e.sentence_begin = v_.sentence.begin;
  e.sentence_end = v_.sentence.end;
  e.sentence = std::string(v_.text.substr(e.sentence_begin, e.sentence_end - e.sentence_begin));
  e.source_begin = s.begin;
  e.source_end = s.end;
  e.target_begin = t.begin;
  e.target_end = t.end;
  const std::string_view relation = ToString(r);
  e.rule.reserve(relation.size() + 1 + std::strlen(rule));  // one allocation, no temporaries
  e.rule.append(relation).append(".").append(rule);
  e.confidence = confidence;
  if (r == RelationType::kDevelopedBy) developed_.emplace_back(target, source);
  if (r == RelationType::kBasedIn) locating_.push_back(target);
  // A document that states one relation mostly states several: room for them at once
  // spares the vector's first doublings (each moves every relation's strings).
  if (doc_->relations.empty()) doc_->relations.reserve(8);
  doc_->relations.push_back(std::move(rel));
}

void SentenceRules::Emit(const Span& source, RelationType r, const Span& target, const char* rule, double confidence,
                         std::optional<size_t> trigger) {
  size_t from = std::min(source.first, target.first), to = std::max(source.last, target.last);
  if (trigger) {
    from = std::min(from, *trigger);
    to = std::max(to, *trigger);
    if (Negated(from, to)) return;
  }
  EmitMentions(source.mention, r, target.mention, rule, confidence);
}

size_t SentenceRules::SkipModifiers(size_t i, size_t max_steps) const {
  for (size_t steps = 0; i < v_.size() && steps < max_steps; ++steps) {
    const Span* s = StartsAt(i);
    if (s != nullptr && s->form == Form::kAdjective) {
      i = s->last + 1;
    } else if (const auto city = s == nullptr ? CityAt(i) : std::nullopt; city && city->first + 2 < v_.size() &&
                                                                            v_.IsPunct(city->first + 1, "-") &&
                                                                            Is("based_words", city->first + 2)) {
      i = city->first + 3;  // "the San Francisco-based maker"
    } else if (city && city->first + 1 < v_.size() && T()[city->first + 1].upper_initial) {
      i = city->first + 1;  // "dem Singapurer Staatsfonds", "der Londoner Firma"
    } else if (Is("determiners", i) || Filler(i) || v_.IsPunct(i, kQuotes)) {
      ++i;
    } else if (const size_t end = s == nullptr ? v_.CompoundEnd(i) : i; end > i + 2 && !v_.Covered(end - 1) && Filler(end - 1)) {
      i = end;  // "AI-focused", "KI-fokussierte": a compound adjective
    } else {
      break;
    }
  }
  return i;
}

const Span* SentenceRules::PersonAfterRole(const Span& s) const {
  if (s.type == EntityType::kPerson || !(s.form == Form::kPrefix || s.form == Form::kName)) return nullptr;
  const size_t role = s.form == Form::kPrefix ? s.last + 2 : s.last + 1;
  if (role >= v_.size() || v_.Covered(role) || !v_.CompoundEndsWith("person_roles", v_.CompoundEnd(role) - 1)) return nullptr;
  const Span* person = StartsAt(v_.CompoundEnd(role));
  return person != nullptr && person->type == EntityType::kPerson ? person : nullptr;
}

size_t SentenceRules::SkipItemHeads(size_t i) const {
  i = SkipModifiers(i, 3);
  const Span* prefix = StartsAt(i);  // "vom US-Fonds X": the country prefix belongs to the head
  if (prefix != nullptr && prefix->form == Form::kPrefix && prefix->type == EntityType::kCountry &&
      v_.CompoundEndsWith("company_heads", v_.CompoundEnd(i) - 1)) {
    i = v_.CompoundEnd(i);
  }
  return v_.SkipHead("person_roles", v_.SkipHead("company_heads", i));
}

std::vector<const Span*> SentenceRules::ListAt(size_t i) const {
  std::vector<const Span*> list;
  while (i < v_.size()) {
    const Span* s = StartsAt(i);
    if (s == nullptr) break;
    if (s->form == Form::kGenitive) {  // "OpenAI’s GPT-4", "Samsung's venture arm X": the possessed name is the item
      const Span* next = StartsAt(SkipItemHeads(s->last + 1));
      if (next == nullptr) break;
      s = next;
    } else if (const Span* person = PersonAfterRole(*s); person != nullptr) {
      s = person;  // "dem Google-Forscher X", "former Preferred Networks engineer X": X is the item
    }
    list.push_back(s);
    i = s->last + 1;
    while (i < v_.size() && v_.IsPunct(i, kQuotes)) ++i;
    const size_t gap_start = i;
    while (i < v_.size() && (v_.IsPunct(i, ",") || Is("list_joiners", i))) i += std::max<size_t>(1, v_.MatchAt("list_joiners", i));
    if (i == gap_start) break;
    // "und dem Lieferdienst Meituan", "sowie vom Fonds X", "and from Nvidia"; after a bare
    // comma only "der Fonds X" (not ", while Amazon")
    const bool joined = i > 0 && Is("list_joiners", i - 1);
    if (joined && Is("passive_agents", i)) ++i;
    const size_t headed = SkipItemHeads(i);
    // after a bare comma, only "der Fonds X" with its head noun (not ", das mit X")
    if (joined || (Is("determiners", i) && headed > SkipModifiers(i, 3))) i = headed;
  }
  return list;
}

const Span* SentenceRules::PreviousSpan(size_t before, size_t max_distance) const {
  const Span* found = nullptr;
  for (const Span& s : v_.spans) {
    if (s.last < before && before - s.last <= max_distance) found = &s;
  }
  return found;
}

const Span* SentenceRules::Subject() const {
  for (const Span& s : v_.spans) {
    if (!Named(s)) continue;
    size_t i = s.first;
    while (i > 0 && Is("determiners", i - 1)) --i;
    if (i == 0 || !Is("phrase_prepositions", i - 1)) return &s;
  }
  return nullptr;
}

bool SentenceRules::AgentBefore(const Span& s) const {
  for (size_t i = s.first, steps = 0; i > 0 && steps < 6; --i, ++steps) {
    const size_t j = i - 1;
    if (Is("passive_agents", j)) return true;
    const Span* modifier = v_.SpanAt(j);
    const bool skippable = Is("determiners", j) || Filler(j) || v_.IsPunct(j, "-") ||
                           (modifier != nullptr && modifier->form == Form::kAdjective) ||
                           (T()[j].word && !v_.Covered(j) && v_.CompoundEndsWith("company_heads", v_.CompoundEnd(j) - 1));
    if (!skippable) return false;
  }
  return false;
}

size_t SentenceRules::ClauseEnd(size_t t) const {
  for (size_t i = t + 1; i < v_.size(); ++i) {
    if (Is("subordinators", i) && i > 0 && v_.IsPunct(i - 1, ",")) return i - 1;
    if (!v_.IsPunct(i, ",;:")) continue;
    const bool list = i > 0 && v_.Covered(i - 1) && i + 1 < v_.size() && v_.Covered(i + 1);
    if (!list) return i;
  }
  return v_.size();
}

bool SentenceRules::ModifiesModel(const Span& s) const {
  for (const auto& [company, model] : developed_) {
    if (company == s.mention && doc_->mentions[company].begin > doc_->mentions[model].begin) return true;
  }
  return false;
}

bool SentenceRules::IsAuthority(const Span& s) const {
  if (s.type != EntityType::kCountry || s.form == Form::kName || s.form == Form::kAnaphor) return false;
  const size_t from = s.form == Form::kPrefix ? s.last + 2 : s.last + 1;
  for (size_t i = from; i < v_.size() && i < from + 4 && !v_.Covered(i); i = v_.CompoundEnd(i)) {
    if (v_.CompoundEndsWith("authority_heads", v_.CompoundEnd(i) - 1)) return true;
    if (!T()[i].word) return false;
  }
  return false;
}

// "Alibabas Qwen 2.5", "OpenAI’s GPT-4", "xAI's chatbot Grok"; "Elon Musk's xAI" (works-for)
void SentenceRules::DevelopedByPossessive() {
  // A company's model or a person's company: "Chinas DeepSeek" states neither.
  const auto owner = [this](const Span& g) {
    if (g.form != Form::kGenitive) return false;
    return (g.type == EntityType::kCompany && HasSpanOf(EntityType::kModel)) || g.type == EntityType::kPerson;
  };
  for (const Span& g : v_.spans) {
    if (!owner(g)) continue;
    const Span* m = StartsAt(SkipModifiers(v_.SkipHead("model_heads", SkipModifiers(g.last + 1, 3)), 1));
    if (m == nullptr || !Named(*m)) continue;
    Emit(*m, RelationType::kDevelopedBy, g, "possessive", 0.9);
    if (g.type == EntityType::kPerson) Emit(g, RelationType::kWorksFor, *m, "possessive", 0.7);  // "Musks xAI"
  }
  // "Helix-3, Orbis AI's next flagship model"
  if (!HasSpanOf(EntityType::kModel)) return;
  for (const Span& g : v_.spans) {
    if (g.form != Form::kGenitive || g.type != EntityType::kCompany || g.first < 2 || !v_.IsPunct(g.first - 1, ",")) continue;
    const size_t head = SkipModifiers(g.last + 1, 3);
    const Span* m = v_.SpanAt(g.first - 2);
    if (m != nullptr && m->type == EntityType::kModel && v_.SkipHead("model_heads", head) > head) {
      Emit(*m, RelationType::kDevelopedBy, g, "possessive-apposition", 0.8);
    }
  }
}

// "Qwen von Alibaba", "Kling des chinesischen Internetunternehmens Kuaishou"
void SentenceRules::DevelopedByPreposition() {
  for (const Span& m : v_.spans) {
    if (m.type != EntityType::kModel || !Named(m)) continue;
    size_t i = v_.CompoundEnd(m.last);
    while (i < v_.size() && v_.IsPunct(i, kQuotes)) ++i;
    const bool apposition = v_.IsPunct(i, ",") || (v_.IsPunct(i, "–-") && !v_.Joined(i));
    if (apposition) {  // "Kling 2.5, das jüngste Modell des Konzerns X", "Grok – das Modell von xAI"
      const size_t head = SkipModifiers(i + 1, 4);
      const size_t after = v_.SkipHead("model_heads", head);
      if (after > head) i = after;
    }
    if (!Is("of_prepositions", i)) continue;
    i = v_.SkipHead("company_heads", SkipModifiers(i + 1, 5));
    const Span* c = StartsAt(i);
    if (c != nullptr && Named(*c)) Emit(m, RelationType::kDevelopedBy, *c, "preposition", 0.8);
  }
}

// "Kimi K2, entwickelt vom Start-up Moonshot AI"; "des von OpenAI entwickelten Systems"
void SentenceRules::DevelopedByParticiple() {
  for (size_t t = v_.NextMatch("developed_participles", 0); t < v_.size(); t = v_.NextMatch("developed_participles", t + 1)) {
    if (Is("passive_agents", t + 1)) {
      const Span* c = StartsAt(v_.SkipHead("company_heads", SkipModifiers(t + 2, 5)));
      const Span* m = PreviousSpan(t, 4);
      if (c != nullptr && m != nullptr) Emit(*m, RelationType::kDevelopedBy, *c, "participle", 0.85, t);
    }
    const Span* c = PreviousSpan(t, 1);
    if (c != nullptr && AgentBefore(*c)) {
      for (const Span& m : v_.spans) {
        if (m.type == EntityType::kModel && m.last + 14 > c->first && m.first < t + 4 && &m != c) {
          Emit(m, RelationType::kDevelopedBy, *c, "participle", 0.75, t);
        }
      }
    }
  }
}

// "DeepSeek sorgt mit seinem Modell DeepSeek-R1 ..."; "Moonshot AI ... ihr neuestes Modell Kimi K2.5"
void SentenceRules::DevelopedByPossessivePronoun() {
  // "Ihr Modell X ..." opening a sentence: the text's company's
  for (size_t p = v_.NextMatch("possessive_pronouns", 0); p < v_.size(); p = v_.NextMatch("possessive_pronouns", p + 1)) {
    const Span* c = PreviousSpan(p, 8);  // past countries and its other models ("sein Modell X in seine App Y")
    while (c != nullptr && (c->type == EntityType::kCountry || c->type == EntityType::kModel)) c = PreviousSpan(c->first, 8);
    const size_t i = SkipModifiers(p + 1, 3);
    const size_t head = v_.SkipHead("model_heads", i);
    const Span* m = StartsAt(SkipModifiers(head, 1));
    if (m == nullptr || m->type != EntityType::kModel) continue;
    const bool company_before = std::any_of(v_.spans.begin(), v_.spans.end(), [p](const Span& s) {
      return s.type == EntityType::kCompany && s.last < p;
    });
    if (c != nullptr && c->type == EntityType::kCompany && Named(*c)) {
      Emit(*m, RelationType::kDevelopedBy, *c, "possessive-pronoun", 0.75);
    } else if (!company_before && topic_ && head > i && !Negated(0, m->last)) {  // "... Apple. Für die Version seines Assistenten Siri"
      EmitMentions(m->mention, RelationType::kDevelopedBy, *topic_, "possessive-pronoun", 0.6);
    }
  }
}

// "das hauseigene Modell Llama 4", "its in-house Nova models": the model of the company the
// sentence (or, naming none, the text) is about.
void SentenceRules::DevelopedByInHouse() {
  for (size_t t = v_.NextMatch("inhouse_words", 0); t + 1 < v_.size(); t = v_.NextMatch("inhouse_words", t + 1)) {
    const size_t head = SkipModifiers(t + 1, 2);
    const Span* m = StartsAt(SkipModifiers(v_.SkipHead("model_heads", head), 1));
    if (m == nullptr) m = StartsAt(head);  // "its in-house Nova foundation models"
    if (m == nullptr || m->type != EntityType::kModel) continue;
    const Span* c = PreviousSpan(t, 20);
    while (c != nullptr && (c->type != EntityType::kCompany || InPartnerPhrase(*c))) c = PreviousSpan(c->first, 20);
    if (c != nullptr) Emit(*m, RelationType::kDevelopedBy, *c, "in-house", 0.7, t);
    else if (topic_) EmitMentions(m->mention, RelationType::kDevelopedBy, *topic_, "in-house", 0.6);
  }
}

// "DeepSeek V3", "Google Gemini": a model named after a known company.
void SentenceRules::DevelopedByNamePrefix() {
  const size_t spans = v_.spans.size();
  for (size_t k = 0; k < spans; ++k) {
    const Span m = v_.spans[k];
    // Only a capitalized model is named after a company ("DeepSeek V3", not "gpt-oss").
    if (m.type != EntityType::kModel || m.form != Form::kName || !T()[m.first].upper_initial) continue;
    // A known company's key begins with the model's first word's ("deepseek"), else none is looked up.
    const bool known_start = v_.keys[m.first].empty() || v_.Word(m.first).name_prefix;
    std::string key;
    for (size_t j = m.first; j < m.last; ++j) {
      key += v_.keys[j];
      if (!T()[j].word) continue;  // "DeepSeek", not "DeepSeek-"
      if (local_names_ != nullptr) {  // "Vayu-13B" of the start-up Vayu Labs
        auto local = local_names_->find(key);
        if (local != local_names_->end() && doc_->mentions[local->second].type == EntityType::kCompany) {
          Mention c = doc_->mentions[local->second];
          c.begin = T()[m.first].begin;
          c.end = T()[j].end;
          doc_->mentions.push_back(std::move(c));
          EmitMentions(m.mention, RelationType::kDevelopedBy, doc_->mentions.size() - 1, "name-prefix", 0.65);
          break;
        }
      }
      if (!known_start) continue;
      auto [it, end] = v_.knowledge.names.equal_range(key);
      for (; it != end; ++it) {
        const KnownEntity& e = v_.knowledge.entities[it->second.entity];
        if (e.type != EntityType::kCompany) continue;
        Mention c;
        c.surface = std::string(v_.text.substr(T()[m.first].begin, T()[j].end - T()[m.first].begin));
        c.surface_key = NameKey(c.surface);
        c.key = e.key;
        c.canonical = e.name;
        c.type = EntityType::kCompany;
        c.strength = MentionStrength::kGazetteer;
        c.begin = T()[m.first].begin;
        c.end = T()[j].end;
        doc_->mentions.push_back(std::move(c));
        EmitMentions(m.mention, RelationType::kDevelopedBy, doc_->mentions.size() - 1, "name-prefix", 0.7);
        break;
      }
    }
  }
}

// "OpenAI hat GPT-5 veröffentlicht", "Mit Ernie 4.5 hat Baidu ein Modell veröffentlicht",
// "Google released Gemini": the sentence's only company made or released the model the
// verb speaks of.
void SentenceRules::DevelopedBySubjectVerb() {
  auto first_name = std::find_if(v_.spans.begin(), v_.spans.end(),
                                 [](const Span& s) { return s.type == EntityType::kCompany && Named(s); });
  if (first_name == v_.spans.end()) return DevelopedByPronounVerb();
  const Span& subject = *first_name;
  const Span* model = nullptr;
  for (const Span& s : v_.spans) {
    if (s.type == EntityType::kModel && Named(s)) {
      model = &s;
      break;
    }
  }
  if (model == nullptr || model->first > subject.last + 20 || subject.first > model->last + 4) return;
  for (const Span& s : v_.spans) {  // another company between the two: unclear who made it
    const bool between = s.first > std::min(subject.last, model->last) && s.last < std::max(subject.first, model->first);
    if (&s != &subject && between && s.type == EntityType::kCompany && s.form == Form::kName) return;
  }
  for (size_t t = std::min(subject.last, model->last) + 1; t < v_.size() && t < std::max(subject.last, model->last) + 8; ++t) {
    if (Is("release_verbs", t) || Is("developed_participles", t)) {
      for (const Span* m : ListAt(model->first)) {  // "mit gpt-oss-120b und gpt-oss-20b"
        if (m->type == EntityType::kModel && Named(*m)) Emit(*m, RelationType::kDevelopedBy, subject, "subject-verb", 0.65, t);
      }
      return;
    }
  }
}

// "Das Start-up X wächst. Im Sommer stellte sie Y vor", "It released Y": with no company
// named, a subject pronoun next to a release verb is the latest company.
void SentenceRules::DevelopedByPronounVerb() {
  if (!last_company_) return;
  const auto model = std::find_if(v_.spans.begin(), v_.spans.end(), [](const Span& s) { return s.type == EntityType::kModel && Named(s); });
  if (model == v_.spans.end()) return;
  for (size_t t = model->first >= 6 ? model->first - 6 : 0; t < v_.size() && t < model->last + 6; ++t) {
    if (!Is("release_verbs", t) && !Is("developed_participles", t)) continue;
    for (size_t k = t >= 2 ? t - 2 : 0; k < t + 3 && k < v_.size(); ++k) {
      if (k == t || !Is("subject_pronouns", k) || Negated(std::min(k, model->first), std::max(t, model->last) + 2)) continue;
      EmitMentions(model->mention, RelationType::kDevelopedBy, *last_company_, "pronoun-verb", 0.55);
      return;
    }
  }
}

// "Moonshot AI hat mit Kimi K2 das stärkste offene Modell im Angebot", "StepFun setzt mit
// Step-3 auf multimodale Modelle": a model introduced by "mit" and described by a model head
// belongs to the company the clause is about.
void SentenceRules::DevelopedByWithModel() {
  for (size_t w = v_.NextMatch("with_prepositions", 1); w + 1 < v_.size(); w = v_.NextMatch("with_prepositions", w + 1)) {
    const Span* m = StartsAt(w + 1);
    if (m == nullptr || m->type != EntityType::kModel || m->form != Form::kName) continue;
    bool described = false;
    for (size_t i = m->last + 1; i < v_.size() && i < m->last + 8 && !described; ++i) {
      described = !v_.Covered(i) && v_.CompoundEndsWith("model_heads", v_.CompoundEnd(i) - 1);
    }
    if (!described) continue;
    const Span* c = PreviousSpan(w, 12);
    while (c != nullptr && (c->type != EntityType::kCompany || !Named(*c))) c = PreviousSpan(c->first, 12);
    if (c == nullptr) {  // "Mit M will C ..."
      for (const Span& s : v_.spans) {
        if (s.first > m->last && s.first < m->last + 4 && s.type == EntityType::kCompany && Named(s)) c = &s;
        if (c != nullptr) break;
      }
    }
    if (c != nullptr) Emit(*m, RelationType::kDevelopedBy, *c, "with-model", 0.7, w);
  }
}

// "ChatGPT-Entwickler OpenAI"; "OpenAI, the maker of ChatGPT"
void SentenceRules::DevelopedByMaker() {
  for (const Span& m : v_.spans) {
    if (m.type != EntityType::kModel || m.form != Form::kPrefix) continue;
    const size_t end = v_.CompoundEnd(m.last + 2);
    const Span* c = StartsAt(end);
    if (v_.CompoundEndsWith("maker_nouns", end - 1) && c != nullptr && Named(*c)) {
      Emit(m, RelationType::kDevelopedBy, *c, "maker", 0.85);
    }
  }
  for (const Span& c : v_.spans) {
    if (c.type != EntityType::kCompany || !Named(c) || !v_.IsPunct(c.last + 1, ",")) continue;
    size_t i = SkipModifiers(c.last + 2, 3);
    const size_t n = v_.MatchAt("maker_nouns", i);
    if (n == 0 || !(Is("of_prepositions", i + n) || Is("work_prepositions", i + n))) continue;
    const Span* m = StartsAt(v_.SkipHead("model_heads", SkipModifiers(i + n + 1, 2)));
    if (m != nullptr && m->type == EntityType::kModel) Emit(*m, RelationType::kDevelopedBy, c, "maker", 0.85);
  }
}

// "Liang, der den Fonds High-Flyer leitet"; "Jane Doe, who runs Acme AI"
void SentenceRules::WorksForLeader() {
  for (size_t t = v_.NextMatch("lead_verbs", 1); t < v_.size(); t = v_.NextMatch("lead_verbs", t + 1)) {
    const Span* company = PreviousSpan(t, 1);
    if (company == nullptr || company->type != EntityType::kCompany) {  // "führt das Start-up X", "leitete beim Konzern X das Team"
      const size_t after = Is("work_prepositions", t + 1) ? t + 2 : t + 1;
      company = StartsAt(SkipItemHeads(after));
    }
    // "who leads Amazon's AGI team": the company whose unit the person leads
    const bool owner = company != nullptr && company->form == Form::kGenitive && company->first > t;
    if (company == nullptr || company->type != EntityType::kCompany || !(Named(*company) || owner)) continue;
    const Span* person = PreviousSpan(std::min(company->first, t), 8);
    if (person != nullptr && person->type == EntityType::kPerson) {
      Emit(*person, RelationType::kWorksFor, *company, "leader", 0.7, t);
    }
  }
}

// "chinesische Firmen setzen auf inländische Alternativen wie Chips von Huawei und Baidu":
// "domestic" refers back to the one country the sentence names before it.
void SentenceRules::BasedInDomestic() {
  for (size_t t = v_.NextMatch("domestic_words", 0); t < v_.size(); t = v_.NextMatch("domestic_words", t + 1)) {
    if (v_.Covered(t)) continue;
    const Span* country = nullptr;
    for (const Span& s : v_.spans) {
      if (s.type != EntityType::kCountry || s.last >= t) continue;
      const bool other_country = country != nullptr && doc_->mentions[country->mention].key != doc_->mentions[s.mention].key;
      if (other_country) return;  // which country "domestic" means is unclear
      country = &s;
    }
    if (country == nullptr) return;
    if (const Span* named = StartsAt(v_.SkipHead("group_heads", v_.SkipHead("company_heads", t + 1))); named != nullptr) {
      for (const Span* c : ListAt(named->first)) Emit(*c, RelationType::kBasedIn, *country, "domestic", 0.65);
      return;  // "den heimischen Chip-Riesen Samsung und SK Hynix"
    }
    for (size_t i = t + 1; i < v_.size() && i < t + 6; ++i) {
      const size_t n = v_.MatchAt("list_introducers", i);
      if (n == 0) continue;
      size_t start = i + n;
      while (start < v_.size() && start < i + n + 3 && !v_.Covered(start)) ++start;  // "wie Chips von Huawei"
      for (const Span* c : ListAt(start)) Emit(*c, RelationType::kBasedIn, *country, "domestic", 0.65);
      return;
    }
  }
}

// "Jan Leike arbeitet inzwischen für Anthropic"; "she works at Google DeepMind"
void SentenceRules::WorksForVerb() {
  for (const Span& p : v_.spans) {
    if (p.type != EntityType::kPerson) continue;
    for (size_t t = p.last + 1; t < v_.size() && t < p.last + 7 && !v_.IsPunct(t, ",;:"); ++t) {
      const bool copula = Is("copulas", t);
      if (!Is("work_verbs", t) && !copula) continue;
      size_t i = t + 1;
      while (i < v_.size() && i < t + 3 && Filler(i) && !Is("work_targets", i)) ++i;
      bool role = false;
      if (Is("role_joiners", i) && i + 1 < v_.size() && v_.CompoundEndsWith("person_roles", v_.CompoundEnd(i + 1) - 1)) {
        i = v_.CompoundEnd(i + 1), role = true;  // "wechselt als Produktchefin zu X"
      } else if (i < v_.size() && !v_.Covered(i) && v_.CompoundEndsWith("person_roles", v_.CompoundEnd(i) - 1)) {
        i = v_.CompoundEnd(i), role = true;  // "wird CTO beim Unternehmen X", "ist Mitgründer von X"
      }
      if (copula && !role) break;  // "X ist bei Y" alone says nothing
      const bool transitive = !role && Is("transitive_work_verbs", t);  // "she joined Mistral AI"
      if (!transitive && !Is("work_targets", i) && !(role && Is("work_prepositions", i))) break;
      const Span* c = StartsAt(v_.SkipHead("company_heads", SkipModifiers(transitive ? t + 1 : i + 1, 2)));
      if (c != nullptr && Named(*c)) Emit(p, RelationType::kWorksFor, *c, "work-verb", 0.75, t);
      break;
    }
  }
}

// "das chinesische Start-up Moonshot AI", "US-Unternehmen OpenAI", "das chinesische DeepSeek"
void SentenceRules::BasedInModifier() {
  for (const Span& a : v_.spans) {
    if (a.type != EntityType::kCountry) continue;
    // "das in China ansässige", "South Africa-based Lelapa AI"
    const size_t based_at = v_.IsPunct(a.last + 1, "-") && v_.Joined(a.last + 1) ? a.last + 2 : a.last + 1;
    const bool based = (a.form == Form::kName || a.form == Form::kPrefix) && Is("based_words", based_at);
    // "US chipmaker AMD", "US rival Replit": a country name right before a company head (asked
    // only when not `based`)
    const bool headed = !based && a.form == Form::kName && a.last + 1 < v_.size() && !v_.Covered(a.last + 1) &&
                        v_.CompoundEndsWith("company_heads", v_.CompoundEnd(a.last + 1) - 1);
    if (a.form != Form::kAdjective && a.form != Form::kPrefix && !based && !headed) continue;
    size_t i = a.form == Form::kPrefix && !based ? a.last + 2 : SkipModifiers(based ? based_at + 1 : a.last + 1, 3);
    bool model_head = false;  // "die chinesische App DeepSeek": the app's company
    if (i < v_.size() && !v_.Covered(i) && v_.CompoundEndsWith("company_heads", v_.CompoundEnd(i) - 1)) {
      i = v_.CompoundEnd(i);
    } else if (a.form != Form::kPrefix && i < v_.size() && !v_.Covered(i) && v_.CompoundEndsWith("model_heads", v_.CompoundEnd(i) - 1)) {
      i = v_.CompoundEnd(i), model_head = true;
    } else if (a.form == Form::kPrefix && !based) {
      continue;
    }
    while (i < v_.size() && v_.IsPunct(i, kQuotes)) ++i;
    const Span* c = StartsAt(i);
    if (c != nullptr && Named(*c) && (!model_head || c->type == EntityType::kCompany)) Emit(*c, RelationType::kBasedIn, a, "modifier", 0.85);
  }
}

// "chinesische Unternehmen wie Tiktok und DeepSeek"
void SentenceRules::BasedInGroupList() {
  for (const Span& a : v_.spans) {
    if (a.type != EntityType::kCountry || (a.form != Form::kAdjective && a.form != Form::kPrefix)) continue;
    size_t i = a.form == Form::kPrefix ? a.last + 2 : SkipModifiers(a.last + 1, 3);
    if (i >= v_.size() || v_.Covered(i)) continue;
    i = v_.CompoundEnd(i);
    if (!v_.CompoundEndsWith("group_heads", i - 1)) continue;
    if (v_.IsPunct(i, ",")) ++i;
    const size_t n = v_.MatchAt("list_introducers", i);  // 0: "die chinesischen Konzerne Baidu und Tencent"
    if (n == 0 && (i == 0 || !v_.IsPunct(i - 1, ",")) && StartsAt(i) == nullptr) continue;
    for (const Span* c : ListAt(i + n)) Emit(*c, RelationType::kBasedIn, a, "group-list", 0.75);
  }
}

// "High-Flyer, einem führenden chinesischen Investmentfonds"; "X ist ein chinesisches Start-up"
void SentenceRules::BasedInApposition() {
  for (const Span& c : v_.spans) {
    if (c.type != EntityType::kCompany || !Named(c) || !(v_.IsPunct(c.last + 1, ",") || Is("copulas", c.last + 1))) continue;
    if (!Is("determiners", c.last + 2)) continue;
    size_t i = c.last + 3;
    while (i < v_.size() && Filler(i) && i < c.last + 6) ++i;
    const Span* a = StartsAt(i);
    if (a == nullptr || a->type != EntityType::kCountry || a->form == Form::kGenitive) continue;
    i = a->last + 1;
    while (i < v_.size() && Filler(i) && i < a->last + 3) ++i;
    if (i < v_.size() && v_.CompoundEndsWith("company_heads", v_.CompoundEnd(i) - 1)) {
      Emit(c, RelationType::kBasedIn, *a, "apposition", 0.8);
    }
  }
}

size_t SentenceRules::AfterAppositionHead(const Span& c) const {
  const size_t comma = c.last + 1;
  if (!v_.IsPunct(comma, ",") || !Is("determiners", comma + 1)) return comma;
  const size_t head = SkipModifiers(comma + 1, 6);
  if (head >= v_.size() || v_.Covered(head) || !v_.CompoundEndsWith("company_heads", v_.CompoundEnd(head) - 1)) return comma;
  return v_.CompoundEnd(head);
}

// "das Start-up X aus China", "Chinas DeepSeek", "X, based in France", "X, ein Start-up aus China"
void SentenceRules::BasedInOrigin() {
  const bool origin_words = v_.MayMatch("origin_prepositions");
  for (const Span& c : v_.spans) {
    if (c.type == EntityType::kCountry && c.form == Form::kGenitive) {
      const Span* next = StartsAt(c.last + 1);
      if (next != nullptr && next->type == EntityType::kCompany) Emit(*next, RelationType::kBasedIn, c, "genitive", 0.7);
    }
    if (!origin_words || c.type != EntityType::kCompany || !Named(c)) continue;
    size_t i = AfterAppositionHead(c);
    if (v_.IsPunct(i, ",")) ++i;
    const size_t n = v_.MatchAt("origin_prepositions", i);
    if (n == 0) continue;
    i = SkipModifiers(i + n, 1);
    const Span* a = StartsAt(i);
    if (a != nullptr && a->form == Form::kName) Emit(c, RelationType::kBasedIn, *a, "origin", 0.8);
  }
}

const Span* SentenceRules::AppositionOwner(size_t i) const {
  size_t j = i;  // back over "a", "ein", "20-person", "junges"
  while (j > 0 && j + 6 > i && (Is("determiners", j - 1) || Filler(j - 1) || v_.IsPunct(j - 1, "-"))) --j;
  if (j < 2 || !v_.IsPunct(j - 1, ",")) return nullptr;
  const Span* owner = v_.SpanAt(j - 2);
  return owner != nullptr && owner->last == j - 2 ? owner : nullptr;
}

std::optional<std::pair<size_t, size_t>> SentenceRules::CityFrom(size_t i) const {
  std::optional<std::pair<size_t, size_t>> found;  // last token, country entity
  if (v_.Covered(i) || !T()[i].word) return found;
  if (v_.Word(i).city) found = std::make_pair(i, v_.Word(i).city_country);  // the word alone names one
  std::string key(v_.keys[i]);
  for (size_t j = i + 1; j < v_.size() && j < i + 3; ++j) {
    if (v_.Covered(j) || !T()[j].word || !T()[j].space_before) break;
    key += v_.keys[j];
    if (!v_.knowledge.city_prefixes.Contains(key)) break;  // no city's key begins so (CityAt tested i's)
    auto it = v_.knowledge.city_countries.find(key);
    if (it != v_.knowledge.city_countries.end()) found = std::make_pair(j, it->second);
  }
  return found;
}

Span SentenceRules::CountryOfCity(size_t first, size_t last, size_t country) {
  const KnownEntity& e = v_.knowledge.entities[country];
  Mention m;
  m.surface = e.name;  // the country, not the city, is the entity
  m.key = m.surface_key = e.key;
  m.canonical = e.name;
  m.type = EntityType::kCountry;
  m.strength = MentionStrength::kGazetteer;
  m.begin = T()[first].begin;
  m.end = T()[last].end;
  doc_->mentions.push_back(std::move(m));
  return Span{first, last, doc_->mentions.size() - 1, EntityType::kCountry, Form::kAdjective};
}

// "Aus Paris kommt Kyutai", "In Vietnam hat das Start-up Saola AI ...": a place opening the
// sentence and a company right after its verb.
void SentenceRules::BasedInFrontedPlace() {
  const bool origin = Is("origin_prepositions", 0);
  const auto city = CityAt(1);
  const Span* country = StartsAt(1);
  if (country != nullptr && (country->type != EntityType::kCountry || country->form != Form::kName)) country = nullptr;
  const size_t after = city ? city->first + 1 : country != nullptr ? country->last + 1 : 0;
  if (after == 0 || after + 1 >= v_.size() || !(Is("fronted_place_verbs", after) || (!origin && Is("active_auxiliaries", after)))) return;
  const size_t i = SkipModifiers(after + std::max<size_t>(1, v_.MatchAt("fronted_place_verbs", after)), 1);  // "meldet sich"
  const bool headed = v_.SkipHead("company_heads", i) > i;  // "In Vietnam" only with "das Start-up X"
  if (!origin && !headed) return;
  const Span* company = StartsAt(v_.SkipHead("company_heads", i));
  if (company == nullptr || company->type != EntityType::kCompany || !Named(*company)) return;
  if (city) Emit(*company, RelationType::kBasedIn, CountryOfCity(1, city->first, city->second), "fronted-place", 0.7);
  else Emit(*company, RelationType::kBasedIn, *country, "fronted-place", 0.7);
}

// "das Pariser Start-up Mistral AI", "X mit Sitz in München", "the Shenzhen-based X"
void SentenceRules::BasedInCity() {
  bool any_city = false;  // the second form needs a city too
  for (size_t i = NextCityCandidate(0); i < v_.size(); i = NextCityCandidate(i + 1)) {
    const auto city = CityFrom(i);
    if (!city) continue;
    any_city = true;
    size_t after = city->first + 1;
    if (after + 1 < v_.size() && v_.IsPunct(after, "-") && Is("based_words", after + 1)) after += 2;
    // Only adjectives between a city and its company ("Münchner junge Start-up X"), not the
    // verbs of "a court in Munich ruled that OpenAI"
    size_t modifiers_end = after;
    while (modifiers_end < v_.size() && modifiers_end < after + 3 && (Is("determiners", modifiers_end) || AdjectiveLike(modifiers_end))) {
      ++modifiers_end;
    }
    const Span* company = StartsAt(modifiers_end);  // "Das Pekinger Unternehmen" (an anaphor)
    if (company == nullptr) company = StartsAt(v_.SkipHead("company_heads", modifiers_end));
    if (company == nullptr && v_.CompoundEndsWith("company_heads", v_.CompoundEnd(modifiers_end) - 1)) {
      company = AppositionOwner(i);  // "Orbis AI, a Paris-based start-up"
    }
    if (company != nullptr && company->type == EntityType::kCompany && Named(*company)) {
      Emit(*company, RelationType::kBasedIn, CountryOfCity(i, city->first, city->second), "city", 0.75);
    }
  }
  if (!any_city || (!v_.MayMatch("origin_prepositions") && !v_.MayMatch("jurisdiction_prepositions"))) return;  // and a preposition
  for (const Span& c : v_.spans) {
    if (c.type != EntityType::kCompany || !Named(c)) continue;
    size_t i = AfterAppositionHead(c);
    if (v_.IsPunct(i, ",")) ++i;
    while (i < v_.size() && i < c.last + 5 && Filler(i) && !Is("jurisdiction_prepositions", i) && !Is("origin_prepositions", i)) {
      ++i;  // "ebenfalls"
    }
    size_t n = v_.MatchAt("origin_prepositions", i);
    if (n == 0 && Is("jurisdiction_prepositions", i)) {  // "in Bengaluru ansässig"
      const auto city = CityAt(i + 1);
      if (city && Is("based_words", city->first + 1)) n = 1;
    }
    if (n == 0) continue;
    i = SkipModifiers(i + n, 1);
    if (const auto city = CityAt(i)) Emit(c, RelationType::kBasedIn, CountryOfCity(i, city->first, city->second), "city", 0.75);
  }
}

// "OpenAI-CEO Sam Altman", "OpenAI CEO Sam Altman", "US-Präsident Donald Trump"
void SentenceRules::WorksForCompound() {
  for (const Span& c : v_.spans) {
    if (c.type != EntityType::kCompany && c.type != EntityType::kCountry) continue;
    size_t i = c.last + 1;
    if (c.form == Form::kPrefix) ++i;
    else if (c.form != Form::kName && c.form != Form::kGenitive) continue;
    if (i >= v_.size() || v_.Covered(i)) continue;
    const size_t end = v_.CompoundEnd(i);
    const char* roles = c.type == EntityType::kCountry ? "political_roles" : "person_roles";
    if (!v_.CompoundEndsWith(roles, end - 1)) continue;
    size_t at = end;
    while (at < v_.size() && at < end + 2 && Is("role_words", at)) ++at;  // "chief executive"
    if (Is("list_joiners", at) && at + 1 < v_.size() && !v_.Covered(at + 1) &&
        v_.CompoundEndsWith("person_roles", v_.CompoundEnd(at + 1) - 1)) {
      at = v_.CompoundEnd(at + 1);  // "Isarion-Mitgründer und Technikchef X"
    }
    const Span* p = StartsAt(at);
    if (p != nullptr && p->type == EntityType::kPerson) {
      Emit(*p, RelationType::kWorksFor, c, "role-compound", 0.9);
    } else if (RoleStandsForLastPerson(c, at)) {  // "Mark Zuckerberg greift zu. Seit Wochen telefoniert der Meta-Chef"
      EmitMentions(*last_person_, RelationType::kWorksFor, c.mention, "role-anaphor", 0.6);
    } else if (const Span* owner = AppositionOwner(c.first); owner != nullptr && owner->type == EntityType::kPerson) {
      Emit(*owner, RelationType::kWorksFor, c, "role-compound", 0.75);  // "Priya Venkataraman, the Accel partner who ..."
    }
  }
}

// Whether "der Meta-Chef" (a determiner, the company glued to a role, no name after it)
// stands for the one person of the sentence before, with no person in this sentence.
bool SentenceRules::RoleStandsForLastPerson(const Span& company, size_t after_role) const {
  if (!last_person_ || company.type != EntityType::kCompany || company.form != Form::kPrefix || company.first == 0) return false;
  if (!Is("definite_determiners", company.first - 1) || (after_role < v_.size() && T()[after_role].upper_initial)) return false;
  const bool person_here = std::any_of(v_.spans.begin(), v_.spans.end(), [](const Span& s) { return s.type == EntityType::kPerson; });
  return !person_here && !Negated(0, company.last);
}

// "Luong Van Phong, Gründer und CEO von DeepSeek"; "Yann Lecun, leitender KI-Wissenschaftler bei Meta"
void SentenceRules::WorksForApposition() {
  for (const Span& p : v_.spans) {
    if (p.type != EntityType::kPerson || !v_.IsPunct(p.last + 1, ",")) continue;
    // "Sam Altman, OpenAI's chief executive"
    const Span* owner = StartsAt(p.last + 2);
    if (owner != nullptr && owner->form == Form::kGenitive && owner->type == EntityType::kCompany &&
        v_.CompoundEndsWith("person_roles", v_.CompoundEnd(owner->last + 1) - 1)) {
      Emit(p, RelationType::kWorksFor, *owner, "apposition", 0.85);
      continue;
    }
    bool role = false;
    size_t i = p.last + 2;
    for (; i < v_.size() && i < p.last + 9 && !v_.Covered(i); ++i) {
      if (v_.CompoundEndsWith("person_roles", i)) role = true;
      else if (role && Is("work_prepositions", i)) break;
    }
    if (!role || !Is("work_prepositions", i)) continue;
    i = v_.SkipHead("company_heads", SkipModifiers(i + 1, 3));
    const Span* c = StartsAt(i);
    if (c != nullptr && Named(*c)) Emit(p, RelationType::kWorksFor, *c, "apposition", 0.85);
  }
}

// "Paul Triolo von der DGA Group"; "der Chef von OpenAI, Sam Altman"
void SentenceRules::WorksForPreposition() {
  for (const Span& p : v_.spans) {
    if (p.type != EntityType::kPerson) continue;
    const size_t n = v_.MatchAt("person_org_prepositions", p.last + 1);
    if (n == 0) continue;
    const Span* c = StartsAt(SkipModifiers(p.last + 1 + n, 1));
    if (c != nullptr && c->type == EntityType::kCompany && Named(*c)) Emit(p, RelationType::kWorksFor, *c, "preposition", 0.7);
  }
  if (!v_.MayMatch("person_roles") || !v_.MayMatch("work_prepositions")) return;  // anchored on both
  for (size_t r = 0; r + 2 < v_.size(); ++r) {
    if (v_.Covered(r) || !v_.CompoundEndsWith("person_roles", r) || !Is("work_prepositions", r + 1)) continue;
    const Span* c = StartsAt(SkipModifiers(r + 2, 2));
    if (c == nullptr || !v_.IsPunct(c->last + 1, ",")) continue;
    const Span* p = StartsAt(c->last + 2);
    if (p != nullptr && p->type == EntityType::kPerson) Emit(*p, RelationType::kWorksFor, *c, "role-of", 0.8);
  }
}

// For a passive trigger at t ("finanziert", "gegründet"): the agents named after "von"/"by"
// (before or right after t) and the company the clause is about.
SentenceRules::Passive SentenceRules::PassiveAt(size_t t) const {
  if (Passive fronted = FrontedPassiveAt(t); fronted.subject != nullptr || fronted.round) return fronted;
  Passive p;
  size_t agent = t;
  size_t forward = t + 1;  // "founded in 2024 by X", "gegründet im Jahr 2023 von X"
  while (forward < v_.size() && forward < t + 5 && !v_.Covered(forward) && !Is("passive_agents", forward) &&
         !T()[forward].upper_initial && !v_.IsPunct(forward, ",;:")) {
    ++forward;
  }
  if (Is("passive_agents", forward)) {
    p.agents = ListAt(SkipItemHeads(forward + 1));
    agent = forward;
  } else {
    // Every agent phrase of the clause before t: "von A über dessen Firma B und vom Fonds C finanziert"
    for (size_t a = t; a-- > 0 && a + 24 > t;) {
      if (v_.IsPunct(a, ";:") || (v_.IsPunct(a, ",") && Is("relative_pronouns", a + 1))) break;  // the clause starts
      if (!Is("passive_agents", a)) continue;
      std::vector<const Span*> agents = ListAt(SkipItemHeads(a + 1));
      if (agents.empty() || agents.front()->first >= t) continue;
      for (const Span* known : p.agents) {
        if (std::find(agents.begin(), agents.end(), known) == agents.end()) agents.push_back(known);
      }
      p.agents = std::move(agents);
      agent = a;
    }
  }
  if (p.agents.empty()) return p;
  p.subject = PreviousSpan(std::min({agent, t, p.agents.front()->first}), 20);
  auto modifier = [this, agent](const Span* s) {  // "former Tesla engineers": Tesla is not the subject
    const size_t next = s->form == Form::kPrefix ? s->last + 2 : s->last + 1;
    const bool role = next < v_.size() && !v_.Covered(next) && v_.CompoundEndsWith("person_roles", v_.CompoundEnd(next) - 1);
    return role || InClosedRelativeClause(*s, agent);
  };
  while (p.subject != nullptr && (p.subject->type != EntityType::kCompany || modifier(p.subject))) {
    p.subject = PreviousSpan(p.subject->first, 20);
  }
  p.round = p.round || (p.subject == nullptr && RoundNounIn(0, agent));  // "Die Finanzierung wird von X angeführt"
  // "X closed a round. It was led by Y": the pronoun opening the sentence is that round.
  p.round = p.round || (p.subject == nullptr && funding_recent_ && Is("round_pronouns", 0) && agent < 5);
  return p;
}

SentenceRules::Passive SentenceRules::FrontedPassiveAt(size_t t) const {
  Passive p;
  const bool clause_start = t == 0 || v_.IsPunct(t - 1, ",;:");
  if (!clause_start || !Is("passive_auxiliaries", t + 1)) return p;
  size_t at = SkipModifiers(t + 2, 2);
  const Span* subject = nullptr;
  if (const Span* owner = StartsAt(at); owner != nullptr && owner->form == Form::kGenitive && owner->type == EntityType::kCompany) {
    const size_t head = SkipModifiers(owner->last + 1, 3);  // "Angeführt wurde Anyspheres jüngste Runde von Y"
    const size_t round = v_.SkipHead("round_nouns", head);
    if (round > head) subject = owner, at = round;
  } else if (Is("round_pronouns", t + 2) && Is("led_attributes_fronted", t)) {
    p.round = true;  // "Angeführt wurde sie vom Fonds X": the round of the sentence before
    at = t + 3;
  } else if (const size_t round = v_.SkipHead("round_nouns", at); round > at) {
    p.round = true;
    const Span* of = StartsAt(round + 1);
    const bool owner_named = Is("round_owner_prepositions", round) && of != nullptr && of->type == EntityType::kCompany;
    at = owner_named ? round + 1 : round;  // "Angeführt wird die Runde bei X von Y"
  }
  if (subject == nullptr) subject = StartsAt(v_.SkipHead("company_heads", at));
  const bool named = subject != nullptr && subject->type == EntityType::kCompany && (Named(*subject) || subject->form == Form::kGenitive);
  if (!named && !p.round) return p;
  if (!named) subject = nullptr;
  const size_t from = subject != nullptr ? subject->last + 1 : at;
  for (size_t a = from; a < v_.size() && a < from + 10 && !v_.IsPunct(a, ",;:"); ++a) {
    if (!Is("passive_agents", a)) continue;
    p.agents = ListAt(SkipItemHeads(a + 1));
    if (!p.agents.empty()) p.subject = subject;
    break;
  }
  return p;
}

// "X wird von Y finanziert", "Finanziert wird X von Y und Z", "das vollständig von Y, einem Fonds, finanziert wird", "funded by Y";
// "The round was led by Y"
void SentenceRules::FundedByPassive() {
  for (size_t t = 0; t < v_.size(); ++t) {
    const bool funded = Is("funded_words", t);
    const bool led = !funded && Is("led_attributes_fronted", t);  // "led by" funds only a round
    if (!led && !funded) continue;
    const Passive p = PassiveAt(t);
    if (p.subject == nullptr && p.round) {
      for (const Span* inv : p.agents) EmitTopic(RelationType::kFundedBy, *inv, "round-passive", 0.7, t);
    }
    // "X closed a round. It was led by Y": the pronoun (an anaphor of X) stands for the round.
    const bool round_pronoun = led && p.subject != nullptr && p.subject->form == Form::kAnaphor && p.subject->first == 0 &&
                               funding_recent_ && Is("round_pronouns", 0);
    // "Kattegat's seed round was led by Y": the round of a named company.
    const bool owned_round = led && p.subject != nullptr && p.subject->form == Form::kGenitive &&
                             RoundNounIn(p.subject->last + 1, std::min(t, p.subject->last + 4));
    if (round_pronoun || owned_round) {
      for (const Span* inv : p.agents) {
        if (inv->type == EntityType::kCompany) Emit(*p.subject, RelationType::kFundedBy, *inv, "round-passive", 0.7, t);
      }
    }
    if (p.subject == nullptr || led) continue;
    for (const Span* inv : p.agents) Emit(*p.subject, RelationType::kFundedBy, *inv, "passive", 0.85, t);
  }
}

// "StepFun, das Jiang Daxin nach seinem Abschied von Microsoft gründete": the relative
// clause's person founded the company before the comma.
void SentenceRules::WorksForRelativeFounder() {
  for (size_t t = v_.NextMatch("founded_words", 3); t < v_.size(); t = v_.NextMatch("founded_words", t + 1)) {
    for (size_t r = t; r-- > 1 && r + 14 > t;) {
      if (!v_.IsPunct(r, ",") || !Is("relative_pronouns", r + 1)) continue;
      const Span* company = v_.SpanAt(r - 1);
      const Span* person = StartsAt(r + 2);
      if (company != nullptr && company->last + 1 == r && company->type == EntityType::kCompany && person != nullptr &&
          person->type == EntityType::kPerson) {
        Emit(*person, RelationType::kWorksFor, *company, "relative-founder", 0.75, t);
      }
      break;
    }
  }
}

// "01.AI, das Start-up des Investors Kai-Fu Lee", "X, die Firma von Y": the company of a person.
// "Das Unternehmen von Sam Altman", "Das Start-up des Ingenieurs X und der Forscherin Y":
// the people a company phrase belongs to work for the company it stands for.
void SentenceRules::WorksForOwnedAnaphor() {
  for (const Span& c : v_.spans) {
    if (c.type != EntityType::kCompany || c.form != Form::kAnaphor || !Is("of_prepositions", c.last + 1)) continue;
    bool passive = false;  // "Gegründet wurde das Unternehmen von X": an agent, not an owner
    for (size_t i = 0; i < c.first; ++i) passive |= Is("passive_auxiliaries", i);
    if (passive) continue;
    for (const Span* p : ListAt(SkipItemHeads(c.last + 2))) {
      if (p->type == EntityType::kPerson) Emit(*p, RelationType::kWorksFor, c, "owned-anaphor", 0.65);
    }
  }
}

void SentenceRules::WorksForOwnedApposition() {
  for (const Span& c : v_.spans) {
    if (c.type != EntityType::kCompany || !Named(c) || !v_.IsPunct(c.last + 1, ",") || !Is("determiners", c.last + 2)) continue;
    const size_t head = c.last + 3;
    if (head >= v_.size() || v_.Covered(head) || !v_.CompoundEndsWith("company_heads", v_.CompoundEnd(head) - 1)) continue;
    const size_t of = v_.CompoundEnd(head);
    if (!Is("of_prepositions", of)) continue;
    const Span* p = StartsAt(SkipItemHeads(of + 1));
    if (p != nullptr && p->type == EntityType::kPerson) Emit(*p, RelationType::kWorksFor, c, "owned-apposition", 0.7);
  }
}

// "Samsung hat X zum Leiter ernannt", "holte Firmenchef X zu Google DeepMind", "Meta hired X":
// the company that appoints or hires a person.
void SentenceRules::WorksForAppointment() {
  for (size_t t = v_.NextMatch("appoint_words", 1); t < v_.size(); t = v_.NextMatch("appoint_words", t + 1)) {
    const Span* person = nullptr;
    for (size_t i = t >= 8 ? t - 8 : 0; i < v_.size() && i < t + 8 && person == nullptr; ++i) {
      const Span* s = StartsAt(i);
      if (s != nullptr && s->type == EntityType::kPerson) person = s;
      else if (s != nullptr && s->form == Form::kPrefix) person = PersonAfterRole(*s);
    }
    if (person == nullptr) continue;
    const Span* company = nullptr;  // "zu Google DeepMind" after the person, else the subject
    for (size_t i = person->last + 1; i < v_.size() && i < person->last + 4 && company == nullptr; ++i) {
      if (Is("work_targets", i)) company = StartsAt(v_.SkipHead("company_heads", SkipModifiers(i + 1, 2)));
    }
    if (company == nullptr) {
      const Span* first = Subject();
      if (first != nullptr && first->type == EntityType::kCompany && first->last < person->first) company = first;
    }
    if (company != nullptr && company->type == EntityType::kCompany && Named(*company)) {
      Emit(*person, RelationType::kWorksFor, *company, "appointment", 0.7, t);
    }
  }
}

// "Geleitet werden die Labs von X", "das von X geführt wird", "run by X": leaders work for it.
void SentenceRules::WorksForLedPassive() {
  for (size_t t = v_.NextMatch("led_passive_words", 0); t < v_.size(); t = v_.NextMatch("led_passive_words", t + 1)) {
    const Passive p = PassiveAt(t);
    if (p.subject == nullptr) continue;
    for (const Span* leader : p.agents) {
      if (leader->type == EntityType::kPerson) Emit(*leader, RelationType::kWorksFor, *p.subject, "led-passive", 0.75, t);
    }
  }
}

// "Der Konzern X meldet Rekorde. Geschäftsführer Y sagte ...": a company role with no company
// of its own, right after a sentence about that one company.
// "..., said CEO Anton Osika" with one company in the sentence; "Mitgründerin und CEO ist
// die Informatikerin X" with none, right after a sentence naming that one company only: a
// leader (a topic role) works for the one company the sentence, or the sentence before, is about.
void SentenceRules::WorksForSentenceRole() {
  const Span* company = nullptr;
  for (const Span& s : v_.spans) {
    if (s.type != EntityType::kCompany || s.form == Form::kAdjective) continue;
    if (company != nullptr && doc_->mentions[company->mention].key != doc_->mentions[s.mention].key) return;  // two companies
    company = &s;
  }
  if (company == nullptr && !(topic_ && topic_alone_)) return;
  std::vector<const Span*> leaders;  // "Die Gründer A und B": every person of the list
  for (const Span& p : v_.spans) {
    if (p.type != EntityType::kPerson || p.first == 0 || !LeaderRoleBefore(p.first)) continue;
    for (const Span* q : ListAt(p.first)) {
      if (q->type == EntityType::kPerson) leaders.push_back(q);
    }
  }
  for (const Span* leader : leaders) {
    const Span& p = *leader;
    bool pronoun = false;  // "ihr Mitgründer und Technikchef X": someone else's
    for (size_t k = p.first >= 5 ? p.first - 5 : 0; k < p.first; ++k) pronoun |= Is("possessive_pronouns", k);
    // The one company must come first (the subject: "X raised ..., said CEO Y"); named after
    // the leader it is mostly an object ("Gründerin Y sieht X vorne").
    bool quoted = false;  // '"Google ist unser Partner", betont Mitgründerin X': the company is in her quote
    for (size_t k = company != nullptr ? company->last + 1 : p.first; k < p.first; ++k) quoted |= v_.IsPunct(k, kQuotes);
    if (company != nullptr && company->first < p.first && !pronoun && !quoted) Emit(p, RelationType::kWorksFor, *company, "sentence-role", 0.6);
    else if (company == nullptr && !pronoun && !Negated(0, p.last)) {
      EmitMentions(p.mention, RelationType::kWorksFor, *topic_, "sentence-role", 0.55);
    }
  }
}

// Whether a leader role (topic_roles) stands right before token i: "CEO X", "Gründer und
// CEO X", or opening the sentence before a copula: "Mitgründerin ist die Informatikerin X".
bool SentenceRules::LeaderRoleBefore(size_t i) const {
  if (!v_.Covered(i - 1) && Is("topic_roles", i - 1)) return true;
  if (!Is("topic_roles", 0)) return false;
  size_t k = 1;
  while (k < i && (Is("role_joiners", k) || Is("list_joiners", k) || Is("topic_roles", k))) ++k;
  if (k >= i || !Is("copulas", k)) return false;
  return v_.SkipHead("person_roles", SkipModifiers(k + 1, 3)) == i;
}

// "X, der bis 2022 Technikvorstand bei SAP war", "Y, die bei DeepMind ihr Teamleiter war",
// "Z, who worked at Google": a relative clause after a person that places them at a company.
void SentenceRules::WorksForRelativeClause() {
  for (const Span& p : v_.spans) {
    if (p.type != EntityType::kPerson || !v_.IsPunct(p.last + 1, ",") || !Is("relative_pronouns", p.last + 2)) continue;
    const size_t end = std::min(ClauseEnd(p.last + 2), p.last + 14);
    for (size_t i = p.last + 3; i + 1 < end; ++i) {  // "X, der heute Microsofts KI-Sparte leitet", "die Y als Chefin leitet"
      const Span* owner = StartsAt(i);
      if (owner == nullptr || owner->type != EntityType::kCompany || (owner->form != Form::kGenitive && owner->form != Form::kName)) continue;
      for (size_t k = owner->last + 1; k < end; ++k) {
        if (Is("lead_verbs", k)) Emit(p, RelationType::kWorksFor, *owner, "relative-clause", 0.65, k);
      }
      break;
    }
    for (size_t i = p.last + 3; i + 1 < end; ++i) {
      if (!Is("employer_prepositions", i)) continue;
      const Span* c = StartsAt(SkipItemHeads(i + 1));
      if (c == nullptr || c->type != EntityType::kCompany || !Named(*c) || c->last >= end) continue;
      bool stated = false;  // a role or a verb of working in the clause
      for (size_t k = p.last + 3; k < end; ++k) {
        stated |= (!v_.Covered(k) && v_.CompoundEndsWith("person_roles", k)) || Is("work_verbs", k) || Is("work_final_words", k) ||
                  Is("lead_verbs", k);  // "die bei SAP das Produktmanagement leitet"
      }
      if (stated) Emit(p, RelationType::kWorksFor, *c, "relative-clause", 0.65, i);
      break;
    }
  }
}

// "X verliert seinen Mitgründer Y an Meta", "X lost Y to Google": Y now works for the winner.
void SentenceRules::WorksForLostTo() {
  for (size_t t = v_.NextMatch("lose_verbs", 0); t + 3 < v_.size(); t = v_.NextMatch("lose_verbs", t + 1)) {
    for (size_t i = t + 1; i < v_.size() && i < t + 6; ++i) {
      const Span* p = StartsAt(i);
      if (p == nullptr) continue;
      if (p->type != EntityType::kPerson || !Is("lose_targets", p->last + 1)) break;
      const Span* c = StartsAt(SkipItemHeads(p->last + 2));
      if (c != nullptr && c->type == EntityType::kCompany && Named(*c)) Emit(*p, RelationType::kWorksFor, *c, "lost-to", 0.65, t);
      break;
    }
  }
}

void SentenceRules::WorksForTopicRole() {
  for (const Span& s : v_.spans) {
    if (s.type == EntityType::kCompany) return;
  }
  for (const Span& p : v_.spans) {
    if (p.type != EntityType::kPerson || p.first == 0 || v_.Covered(p.first - 1) || !Is("topic_roles", p.first - 1)) continue;
    EmitMentions(p.mention, RelationType::kWorksFor, *topic_, "topic-role", 0.6);
  }
}

// "X wurde von Y gegründet", "founded by Y" and "Y gründete X", "Y founded X": founders work for X.
void SentenceRules::WorksForFounder() {
  for (size_t t = v_.NextMatch("founded_words", 0); t < v_.size(); t = v_.NextMatch("founded_words", t + 1)) {
    const Passive p = PassiveAt(t);
    if (p.subject != nullptr) {
      for (const Span* founder : p.agents) Emit(*founder, RelationType::kWorksFor, *p.subject, "founder", 0.8, t);
      continue;
    }
    const Span* person = PreviousSpan(t, 4);
    const Span* company = StartsAt(SkipModifiers(t + 1, 2));
    if (t + 2 < v_.size() && (t == 0 || v_.IsPunct(t - 1, ",;:")) && Is("active_auxiliaries", t + 1)) {
      company = StartsAt(t + 2);  // "Gegründet hatte io der frühere Apple-Designchef Jony Ive"
      person = nullptr;
      if (company == nullptr && last_company_ && Is("subject_pronouns", t + 2)) {  // "Gegründet haben es A und B": the latest company
        for (const Span& s : v_.spans) {
          if (s.first > t + 2 && s.first < ClauseEnd(t) && s.type == EntityType::kPerson && !Negated(t, s.last)) {
            EmitMentions(s.mention, RelationType::kWorksFor, *last_company_, "founder", 0.65);
          }
        }
        continue;
      }
      for (size_t i = t + 3; company != nullptr && i < v_.size() && i < company->last + 8 && person == nullptr; ++i) {
        const Span* s = StartsAt(i);
        if (s != nullptr && s->type == EntityType::kPerson) person = s;
        else if (s != nullptr && s->form == Form::kPrefix) person = PersonAfterRole(*s);
      }
      if (company != nullptr && person != nullptr && Named(*company)) Emit(*person, RelationType::kWorksFor, *company, "founder", 0.75, t);
      continue;
    }
    for (size_t i = t + 1; company == nullptr && i < v_.size() && i < t + 7 && !v_.IsPunct(i, ",;:"); ++i) {
      const Span* s = StartsAt(i);  // "gründete sie im Frühjahr 2024 Arvanta Labs"
      if (s != nullptr && s->type == EntityType::kCompany && s->form == Form::kName) company = s;
    }
    if (person != nullptr && company != nullptr && Named(*company) && person->type == EntityType::kPerson) {
      for (const Span* partner : ListBefore(t)) {  // "Gemeinsam mit A und B gründete sie X"
        if (partner != person && partner->type == EntityType::kPerson) Emit(*partner, RelationType::kWorksFor, *company, "founder", 0.7, t);
      }
    }
    if (person != nullptr && company != nullptr && Named(*company)) {
      Emit(*person, RelationType::kWorksFor, *company, "founder", 0.75, t);
      // "co-founded Perplexity in 2022 with A, B and C"
      for (size_t i = company->last + 1; i < v_.size() && i < company->last + 6; ++i) {
        if (!Is("cofounder_prepositions", i)) continue;
        for (const Span* other : ListAt(SkipItemHeads(i + 1))) {
          if (other->type == EntityType::kPerson) Emit(*other, RelationType::kWorksFor, *company, "founder", 0.7, t);
        }
        break;
      }
    } else if (person != nullptr && person->type == EntityType::kCompany && Named(*person)) {
      // Perfect tense, the company before the participle: "X hat das Start-up Y gegründet"
      company = person;
      person = PreviousSpan(company->first, 8);
      if (person != nullptr && person->type == EntityType::kPerson) Emit(*person, RelationType::kWorksFor, *company, "founder", 0.75, t);
    }
  }
}

const Span* SentenceRules::AttributedCompany(size_t t) const {
  size_t head = t + 1;
  if (const Span* named = StartsAt(head); named != nullptr) return named->type == EntityType::kCompany ? named : nullptr;
  if (head >= v_.size() || !v_.CompoundEndsWith("company_heads", v_.CompoundEnd(head) - 1)) return nullptr;
  head = v_.CompoundEnd(head);
  if (const Span* named = StartsAt(head); named != nullptr && named->type == EntityType::kCompany) return named;  // "die von X gegründete Firma Y"
  // "Tenstorrent, das vom ... geführte Unternehmen": the name before the comma
  for (size_t i = t; i-- > 0 && i + 16 > t;) {
    if (v_.IsPunct(i, ",") && Is("relative_pronouns", i + 1)) {
      const Span* owner = v_.SpanAt(i - 1);
      return owner != nullptr && owner->last + 1 == i && owner->type == EntityType::kCompany ? owner : nullptr;
    }
  }
  return nullptr;
}

// "das von X gegründete Unternehmen", "die vom Fonds Y finanzierte Firma Z", "X, das vom
// Ingenieur Y geführte Unternehmen": agents before an attributive participle.
void SentenceRules::AttributiveParticiples() {
  for (size_t t = 1; t + 1 < v_.size(); ++t) {
    const bool founded = Is("founded_attributes", t), funded = Is("funded_attributes", t), led = Is("led_attributes", t);
    if (!founded && !funded && !led) continue;
    const Span* company = AttributedCompany(t);
    // "Das von X gegründete Unternehmen ..." opening the sentence: the company the text is about
    const bool opening = Is("determiners", 0) && t + 1 < v_.size() && v_.CompoundEndsWith("company_heads", v_.CompoundEnd(t + 1) - 1) &&
                         v_.SpanAt(t + 1) == nullptr && !v_.Covered(0);
    if (company == nullptr && !(opening && topic_)) continue;
    std::vector<const Span*> agents;
    for (size_t a = t; a-- > 0 && a + 12 > t;) {
      if (v_.IsPunct(a, ",;:")) break;
      if (!Is("passive_agents", a)) continue;
      agents = ListAt(SkipItemHeads(a + 1));
      break;
    }
    for (const Span* agent : agents) {
      if (agent->last >= t || agent == company) continue;
      if (company == nullptr) {
        if (Negated(0, t)) continue;
        if (funded) EmitMentions(*topic_, RelationType::kFundedBy, agent->mention, "attributive", 0.7);
        else if (agent->type == EntityType::kPerson) EmitMentions(agent->mention, RelationType::kWorksFor, *topic_, "attributive", 0.7);
      } else if (funded) {
        Emit(*company, RelationType::kFundedBy, *agent, "attributive", 0.8, t);
      } else if (agent->type == EntityType::kPerson) {
        Emit(*agent, RelationType::kWorksFor, *company, "attributive", 0.8, t);
      }
    }
  }
}

// "X ist bei Y tätig", "who works as an engineer at Y" (verb-final German)
void SentenceRules::WorksForVerbFinal() {
  for (size_t t = v_.NextMatch("work_final_words", 2); t < v_.size(); t = v_.NextMatch("work_final_words", t + 1)) {
    const Span* company = nullptr;
    for (size_t i = t; i-- > 0 && i + 9 > t;) {  // "bei Google DeepMind in London ein Team geleitet"
      if (Is("work_targets", i) && i + 1 < t) company = StartsAt(v_.SkipHead("company_heads", SkipModifiers(i + 1, 2)));
      if (company != nullptr) break;
    }
    if (company == nullptr || company->type != EntityType::kCompany || !Named(*company)) continue;
    const Span* person = nullptr;
    for (const Span& s : v_.spans) {
      if (s.type == EntityType::kPerson && s.last < company->first && s.last + 25 > company->first) person = &s;
    }
    if (person != nullptr) Emit(*person, RelationType::kWorksFor, *company, "work-final", 0.7, t);
  }
}

// "Microsoft-backed OpenAI", "das Tencent-finanzierte Start-up X"
void SentenceRules::FundedByCompound() {
  for (const Span& investor : v_.spans) {
    if (investor.form != Form::kPrefix) continue;
    const size_t word = investor.last + 2;
    if (word >= v_.size() || !Is("funded_compounds", word)) continue;
    const Span* company = StartsAt(v_.SkipHead("company_heads", SkipModifiers(word + 1, 2)));
    if (company != nullptr && Named(*company)) Emit(*company, RelationType::kFundedBy, investor, "compound", 0.8);
  }
}

// "Investiert haben bislang A und B", "Angeführt hat die Runde X": investors of the company
// the text is about.
void SentenceRules::FundedByFrontedInvestment() {
  size_t i = 2;
  while (i < v_.size() && i < 5 && Filler(i)) ++i;
  const size_t round = v_.SkipHead("round_nouns", SkipModifiers(i, 2));
  if (Is("led_attributes_fronted", 0) && round == SkipModifiers(i, 2)) return;  // "Geführt hat X das Team"
  for (const Span* inv : ListAt(SkipItemHeads(round))) EmitTopic(RelationType::kFundedBy, *inv, "fronted-invest", 0.65, 0);
}

// "In der Runde haben der Fonds A und die Bank B investiert": investors before a clause-final
// investment verb, after the auxiliary, in a sentence about a round: the text's company's.
void SentenceRules::FundedByVerbFinalInvestment() {
  for (size_t t = v_.NextMatch("invest_verbs", 2); t < v_.size(); t = v_.NextMatch("invest_verbs", t + 1)) {
    if (t + 1 < v_.size() && T()[t + 1].word) continue;
    const std::vector<const Span*> investors = ListBefore(t);
    if (investors.empty() || investors.back()->last + 1 != t) continue;
    size_t open = investors.front()->first;
    while (open > 0 && !Is("active_auxiliaries", open - 1) &&
           (Is("determiners", open - 1) || Filler(open - 1) || v_.CompoundEndsWith("company_heads", open - 1))) {
      --open;
    }
    if (open == 0 || !Is("active_auxiliaries", open - 1)) continue;
    if (!funding_recent_ && !RoundNounIn(0, open - 1)) continue;
    for (const Span* inv : investors) EmitTopic(RelationType::kFundedBy, *inv, "verb-final-invest", 0.65, t);
  }
}

// Separable "einsteigen": "Die italienische Regierung steigt mit 300 Millionen Euro bei X ein"
// (the subject funds X), "Neben dem Staat steigen auch A und B ein" (A and B fund the text's company).
void SentenceRules::FundedByEntry() {
  size_t particle = v_.size();
  while (particle > 0 && !T()[particle - 1].word) --particle;
  if (particle < 3 || !Is("entry_particles", particle - 1)) return;
  --particle;
  for (size_t t = v_.NextMatch("entry_verbs", 1); t + 1 < particle; t = v_.NextMatch("entry_verbs", t + 1)) {
    const Span* target = nullptr;
    for (size_t i = t + 1; i < particle && target == nullptr; ++i) {
      if (Is("invest_targets", i) || Is("employer_prepositions", i)) target = StartsAt(SkipItemHeads(i + 1));
    }
    if (target != nullptr && target->type == EntityType::kCompany) {
      const Span* investor = PreviousSpan(t, 4);
      if (investor != nullptr && investor != target && (Named(*investor) || IsAuthority(*investor)) && !Negated(investor->first, particle)) {
        Emit(*target, RelationType::kFundedBy, *investor, "entry", 0.7, t);
      }
      return;
    }
    if (Negated(t, particle)) return;
    for (const Span* inv : ListAt(SkipItemHeads(t + 1))) {
      if (inv->last < particle) EmitTopic(RelationType::kFundedBy, *inv, "entry", 0.65, t);
    }
    return;
  }
}

// "Scale AI, in den Meta zuvor 14 Milliarden Dollar gesteckt hatte", "Mistral AI, an dem
// Microsoft sich beteiligt hatte", "An Sprachwerk ist SAP beteiligt": the company before the
// relative pronoun (or after the opening "An") is funded by the clause's subject.
void SentenceRules::FundedByInvestedIn() {
  for (const Span& c : v_.spans) {
    if (c.type != EntityType::kCompany || !Named(c)) continue;
    size_t i;
    if (c.first == 1 && Is("invest_targets", 0)) {
      i = c.last + 1;  // "An Sprachwerk ist SAP ... beteiligt"
    } else if (v_.IsPunct(c.last + 1, ",") && Is("invest_targets", c.last + 2) && Is("relative_pronouns", c.last + 3)) {
      i = c.last + 4;
    } else {
      continue;
    }
    while (i < v_.size() && (Is("copulas", i) || Is("active_auxiliaries", i))) ++i;
    const Span* investor = StartsAt(SkipItemHeads(i));
    if (investor == nullptr || investor == &c || !(Named(*investor) || IsAuthority(*investor))) continue;
    for (size_t t = investor->last + 1; t < v_.size() && t < investor->last + 14 && !v_.IsPunct(t, ";:"); ++t) {
      if (Is("invest_verbs", t) || Is("invested_participles", t)) {
        Emit(c, RelationType::kFundedBy, *investor, "invested-in", 0.7, t);
        break;
      }
    }
  }
}

// "Microsoft investierte 10 Milliarden Dollar in OpenAI"; "Amazon invested in Anthropic"
void SentenceRules::FundedByInvestment() {
  for (size_t t = v_.NextMatch("invest_verbs", 0); t < v_.size(); t = v_.NextMatch("invest_verbs", t + 1)) {
    const Span* investor = t > 0 ? PreviousSpan(t, 6) : nullptr;
    if (t == 0 && Is("copulas", 1)) investor = StartsAt(SkipItemHeads(2));  // "Beteiligt ist MGX an OpenAI und xAI"
    if (investor == nullptr || investor->form == Form::kAdjective) continue;
    bool stated = false;
    for (size_t i = std::max(t, investor->last) + 1; i < v_.size() && i < t + 8; ++i) {
      if (!Is("invest_targets", i)) continue;
      const size_t target = SkipItemHeads(i + 1);
      for (const Span* c : ListAt(target)) Emit(*c, RelationType::kFundedBy, *investor, "invest", 0.8, t);
      stated = true;
      break;
    }
    // Verb-final: "Die Qatar Investment Authority ist zwar an Anthropic beteiligt"
    if (stated || investor->type != EntityType::kCompany || investor->first < 1 || !Is("invest_targets", investor->first - 1)) continue;
    const Span* owner = PreviousSpan(investor->first - 1, 6);
    if (owner != nullptr && owner->type == EntityType::kCompany && Named(*owner) && owner != investor) {
      Emit(*investor, RelationType::kFundedBy, *owner, "invest", 0.75, t);
    }
  }
}

// "Zu den Investoren von X gehören A und B"; "X's investors include A and B"
void SentenceRules::FundedByInvestorNoun() {
  for (size_t t = 0; t < v_.size(); ++t) {
    if (v_.Covered(t) || !v_.CompoundEndsWith("investor_nouns", t)) continue;
    const Span* company = nullptr;
    size_t i = t + 1;
    if (const Span* g = PreviousSpan(t, 1); g != nullptr && g->form == Form::kGenitive) company = g;
    if (Is("work_prepositions", i)) {
      company = StartsAt(SkipModifiers(i + 1, 1));
      if (company != nullptr) i = company->last + 1;
    }
    if (const Span* investor = AppositionOwner(t); company != nullptr && investor != nullptr && Named(*investor)) {
      Emit(*company, RelationType::kFundedBy, *investor, "investor-apposition", 0.8);  // "X, größter Geldgeber von Y"
      continue;
    }
    if (Is("invest_targets", i)) {  // "Google is also an investor in Anthropic"
      const Span* target = StartsAt(SkipItemHeads(i + 1));
      const Span* investor = PreviousSpan(t, 6);
      if (target != nullptr && investor != nullptr && target->type == EntityType::kCompany && Named(*investor)) {
        Emit(*target, RelationType::kFundedBy, *investor, "investor-in", 0.75, t);
      }
      continue;
    }
    if (!Is("investor_verbs", i)) continue;
    const std::vector<const Span*> investors = ListAt(SkipItemHeads(i + 1));
    if (company != nullptr) {
      for (const Span* inv : investors) Emit(*company, RelationType::kFundedBy, *inv, "investor-noun", 0.8, t);
    } else if (ClauseOpensAt(t)) {  // "Backers include A and B", "Zu den Investoren gehören A und B"
      for (const Span* inv : investors) EmitTopic(RelationType::kFundedBy, *inv, "investor-noun", 0.7, t);
    }
  }
}

// "Geld kam zuletzt von der Bank X", "Das Kapital stammt von A und B": the text's company's funders.
void SentenceRules::FundedByMoneySource() {
  for (size_t t = 0; t + 2 < v_.size(); ++t) {
    if (v_.Covered(t) || !v_.CompoundEndsWith("money_nouns", t) || !ClauseOpensAt(t)) continue;
    size_t i = t + 1;
    if (!Is("money_verbs", i)) continue;
    ++i;
    while (i < v_.size() && i < t + 6 && T()[i].word && !v_.Covered(i) && !Is("raise_sources", i)) ++i;  // "im Wesentlichen"
    const size_t n = v_.MatchAt("raise_sources", i);
    if (n == 0) continue;
    for (size_t k = i + n; k < v_.size() && k < i + n + 6; ++k) {  // "von drei Privatleuten: A, B und C"
      const std::vector<const Span*> investors = ListAt(SkipItemHeads(k));
      if (investors.empty()) continue;
      for (const Span* inv : investors) EmitTopic(RelationType::kFundedBy, *inv, "money-source", 0.65, t);
      break;
    }
  }
}

// "SoftBank ist einer der größten Geldgeber von OpenAI", "Sein Konzern ist Investor bei X":
// the subject of a copula funds the company after the investor noun.
void SentenceRules::FundedByInvestorCopula() {
  for (size_t t = v_.NextMatch("copulas", 1); t + 2 < v_.size(); t = v_.NextMatch("copulas", t + 1)) {
    const Span* investor = PreviousSpan(t, 1);
    if (investor == nullptr || !Named(*investor) || investor->type == EntityType::kModel) continue;
    for (size_t i = t + 1; i < v_.size() && i < t + 7; ++i) {
      if (v_.Covered(i) || !v_.CompoundEndsWith("investor_nouns", i)) continue;
      if (!Is("work_prepositions", i + 1) && !Is("invest_targets", i + 1)) break;
      const Span* company = StartsAt(SkipItemHeads(i + 2));
      if (company != nullptr && company->type == EntityType::kCompany && company != investor) {
        Emit(*company, RelationType::kFundedBy, *investor, "investor-copula", 0.75, t);
      }
      break;
    }
  }
}

bool SentenceRules::RoundNounIn(size_t from, size_t to) const {
  for (size_t i = from; i < to && i < v_.size(); ++i) {
    if (!v_.Covered(i) && v_.CompoundEndsWith("round_nouns", i)) return true;
  }
  return false;
}

bool SentenceRules::ClauseOpensAt(size_t t) const {
  size_t i = t;
  while (i > 0 && (Is("determiners", i - 1) || Is("investor_list_openers", i - 1) || Filler(i - 1))) --i;
  return i == 0 || v_.IsPunct(i - 1, ",;:");
}

void SentenceRules::EmitTopic(RelationType r, const Span& target, const char* rule, double confidence, size_t trigger) {
  if (Negated(std::min(trigger, target.first), std::max(trigger, target.last))) return;
  for (const Span& s : v_.spans) {  // the sentence names a company of its own first: it is about that one
    const bool own = s.type == EntityType::kCompany && s.form == Form::kName && s.last < std::min(target.first, trigger);
    if (!own || IsListedWith(s, target)) continue;
    auto preposition = [this](size_t k) {
      return Is("passive_agents", k) || Is("phrase_prepositions", k) || Is("invest_targets", k);
    };
    size_t i = s.first;  // its subject unless it is an agent or object: "von X", "mit X", "in X"
    while (i > 0 && !preposition(i - 1) &&
           (Is("determiners", i - 1) || Filler(i - 1) || v_.IsPunct(i - 1, "-") || v_.Covered(i - 1) ||
            v_.CompoundEndsWith("company_heads", i - 1))) {
      --i;
    }
    if (i > 0 && preposition(i - 1)) continue;  // an investor named before, not the subject
    EmitMentions(s.mention, r, target.mention, rule, confidence);
    return;
  }
  if (topic_) EmitMentions(*topic_, r, target.mention, rule, confidence);
}

std::vector<const Span*> SentenceRules::ListBefore(size_t t) const {
  const Span* last = PreviousSpan(t, 3);
  if (last == nullptr || last->form == Form::kGenitive || last->form == Form::kAdjective) return {};
  for (const Span& s : v_.spans) {
    if (s.first > last->first) break;
    std::vector<const Span*> list = ListAt(s.first);
    if (std::find(list.begin(), list.end(), last) != list.end()) return list;
  }
  return {last};
}

bool SentenceRules::InClosedRelativeClause(const Span& s, size_t before) const {
  size_t open = s.first;
  while (open > 0 && !(v_.IsPunct(open - 1, ",") && Is("relative_pronouns", open))) --open;
  if (open == 0) return false;  // no ", das ..." opens before s
  for (size_t i = s.last + 1; i < before && i < v_.size(); ++i) {
    if (v_.IsPunct(i, ",")) return true;
  }
  return false;
}

bool SentenceRules::AdjectiveLike(size_t i) const { return Filler(i) && HasAdjectiveEnding(T()[i]); }

bool SentenceRules::PronounSubjectBefore(size_t t) const {
  for (size_t i = t >= 4 ? t - 4 : 0; i < t + 3 && i < v_.size(); ++i) {  // "sperrte sie", "hatte sie ... gesperrt"
    if (Is("restricter_pronouns", i)) return true;
  }
  return false;
}

bool SentenceRules::InPartnerPhrase(const Span& s) const {
  if (!v_.Find("partner_prepositions", 0, s.first)) return false;  // none before s opens its list
  for (const Span& item : v_.spans) {  // the list s belongs to starts after "mit", "gegen", "with"
    if (item.first > s.first) break;
    const std::vector<const Span*> list = ListAt(item.first);
    if (std::find(list.begin(), list.end(), &s) == list.end()) continue;
    size_t i = item.first;
    while (i > 0 && (Is("determiners", i - 1) || Filler(i - 1) || v_.CompoundEndsWith("company_heads", i - 1) ||
                     v_.CompoundEndsWith("group_heads", i - 1) || v_.CompoundEndsWith("model_heads", i - 1))) {
      --i;  // "with better-known rivals Suno and Udio", "mit dem Bilddienst Midjourney"
    }
    return i > 0 && Is("partner_prepositions", i - 1);
  }
  return false;
}

bool SentenceRules::IsListedWith(const Span& a, const Span& b) const {
  for (const Span* s : ListAt(a.first)) {
    if (s == &b) return true;
  }
  return false;
}

// "An Xs Finanzierungsrunde beteiligten sich A und B", "Neben A beteiligte sich B an der Runde":
// investors joining a round of the company named with it, or of the text's company.
void SentenceRules::FundedByParticipation() {
  for (size_t t = v_.NextMatch("participation_verbs", 0); t + 1 < v_.size(); t = v_.NextMatch("participation_verbs", t + 1)) {
    const size_t n = v_.MatchAt("participation_verbs", t);
    const Span* owner = nullptr;  // "Tenstorrents ... Runde", "an der Runde von X"
    bool round = false;
    for (size_t i = 0; i < v_.size(); ++i) {
      if (v_.Covered(i) || !v_.CompoundEndsWith("round_nouns", i)) continue;
      round = true;
      for (const Span& g : v_.spans) {
        if (g.form == Form::kGenitive && g.type == EntityType::kCompany && g.last < i && g.last + 5 > i) owner = &g;
      }
    }
    const bool funding_here = v_.Find("funded_words", 0, v_.size()).has_value();
    if (!round && !funding_recent_ && !funding_here) return;  // the same at every trigger
    std::vector<const Span*> investors = ListAt(SkipItemHeads(t + n));  // V2: "beteiligten sich A und B"
    if (investors.empty()) investors = ListBefore(t);                   // "A und B ziehen mit"
    for (const Span* inv : investors) {
      if (inv == owner) continue;
      if (owner != nullptr) Emit(*owner, RelationType::kFundedBy, *inv, "participation", 0.75, t);
      else EmitTopic(RelationType::kFundedBy, *inv, "participation", 0.65, t);
    }
    return;
  }
}

// "Die Seed-Runde von X führte der Investor Y an", "Y leitete Xs Finanzierungsrunde": the
// company that leads a round funds the round's company (named with the round, or the text's).
void SentenceRules::FundedByLeadVerb() {
  for (size_t t = v_.NextMatch("lead_verbs", 1); t < v_.size(); t = v_.NextMatch("lead_verbs", t + 1)) {
    const Span* owner = nullptr;
    bool round = false;
    for (size_t i = 0; i < v_.size() && i < t + 6; ++i) {
      if (v_.Covered(i) || !v_.CompoundEndsWith("round_nouns", i)) continue;
      round = true;
      const Span* before = PreviousSpan(v_.CompoundStart(i), 3);
      const Span* after = Is("round_owner_prepositions", i + 1) || Is("of_prepositions", i + 1) ? StartsAt(SkipItemHeads(i + 2)) : nullptr;
      if (before != nullptr && before->form == Form::kGenitive && before->type == EntityType::kCompany) owner = before;
      else if (after != nullptr && after->type == EntityType::kCompany) owner = after;
    }
    if (!round) continue;
    const Span* investor = nullptr;  // after the verb ("führte 2024 der Investor Y an"), else its subject
    for (size_t i = t + 1; investor == nullptr && i < v_.size() && i < t + 4 && T()[i].word; ++i) investor = StartsAt(SkipItemHeads(i));
    if (investor == nullptr || investor == owner) investor = PreviousSpan(t, 2);
    if (investor == nullptr || investor == owner || investor->type == EntityType::kCountry || investor->form == Form::kGenitive) continue;
    if (owner != nullptr) Emit(*owner, RelationType::kFundedBy, *investor, "round-lead", 0.7, t);
    else EmitTopic(RelationType::kFundedBy, *investor, "round-lead", 0.65, t);
  }
}

// "X sammelte 100 Millionen Dollar von A und B ein"; "X raised $6bn from investors including A"
void SentenceRules::FundedByRound() {
  for (size_t t = v_.NextMatch("raise_verbs", 1); t < v_.size(); t = v_.NextMatch("raise_verbs", t + 1)) {
    // The company that raises: the nearest name before the verb ("OpenAI sammelte"), with
    // no other company between.
    // Verb-final, the sources come before it: "der dafür Geld vom Fonds A und von B erhalten hat".
    std::vector<const Span*> before;
    for (size_t i = t >= 12 ? t - 12 : 0; i < t; ++i) {
      const size_t n = v_.MatchAt("raise_sources", i);
      if (n == 0 || v_.Covered(i)) continue;
      for (const Span* inv : ListAt(SkipItemHeads(i + n))) {
        if (inv->last < t && std::find(before.begin(), before.end(), inv) == before.end()) before.push_back(inv);
      }
    }
    const Span* first = PreviousSpan(t, 14);
    while (first != nullptr && (first->form == Form::kAdjective || first->type == EntityType::kCountry ||
                                first->type == EntityType::kModel || InClosedRelativeClause(*first, t) ||
                                std::find(before.begin(), before.end(), first) != before.end())) {
      first = PreviousSpan(first->first, 14);
    }
    if (first == nullptr || first->type != EntityType::kCompany || !Named(*first) || first->last + 20 < t) continue;
    for (const Span* inv : before) {
      if (inv->first > first->last) Emit(*first, RelationType::kFundedBy, *inv, "round", 0.7, t);
    }
    // Every source after the verb: "in a round led by A, with participation from B and from C".
    for (size_t i = t + 1, limit = t + 14; i < v_.size() && i < limit; ++i) {
      const size_t n = v_.MatchAt("raise_sources", i);
      if (n == 0) continue;
      const std::vector<const Span*> investors = ListAt(SkipItemHeads(i + n));
      for (const Span* inv : investors) Emit(*first, RelationType::kFundedBy, *inv, "round", 0.75, t);
      if (investors.empty()) continue;
      i = investors.back()->last;
      limit = i + 8;
    }
    return;
  }
}

// "Its main rivals are A and B", "Die größten Wettbewerber sind A und B", "A und B sind ihre
// Konkurrenten": the names are rivals of the company a pronoun (or nothing) stands for, not
// of each other. True when the sentence is of this kind (whether or not an edge was stated).
bool SentenceRules::RivalsOfLatestCompany(size_t t, const std::vector<const Span*>& candidates) {
  if (!Is("rival_nouns", t) || Is("work_prepositions", t + 1)) return false;  // "Konkurrenten von X" names whose
  bool pronoun = false;
  for (size_t i = t >= 3 ? t - 3 : 0; i < t; ++i) pronoun |= Is("possessive_pronouns", i);
  const bool opens = Is("plural_rival_nouns", t) && ClauseOpensAt(t) &&
                     std::none_of(candidates.begin(), candidates.end(), [t](const Span* c) { return c->last < t; });
  if (!pronoun && !opens) return false;
  // The rivals: the list after the noun (and a verb: "sind", "include"), else the list before it.
  const size_t after = Is("investor_verbs", t + 1) || Is("copulas", t + 1) ? t + 2 : t + 1;
  std::vector<const Span*> rivals = ListAt(SkipItemHeads(after));
  if (rivals.empty() && candidates.front()->last < t) {  // "A und B sind ihre Konkurrenten"
    std::vector<const Span*> before = ListAt(candidates.front()->first);
    if (!before.empty() && (Is("copulas", before.back()->last + 1) || Is("investor_verbs", before.back()->last + 1))) rivals = before;
  }
  for (const Span* c : rivals) {
    if (c->type == EntityType::kCompany && last_company_ && !Negated(std::min(t, c->first), std::max(t, c->last))) {
      EmitMentions(*last_company_, RelationType::kCompetesWith, c->mention, "rivals-of", 0.6);
    }
  }
  return true;
}

// "X erscheint. Damit liegt es knapp vor A und hinter B": a subject pronoun before the
// comparison, with no model before it, is the model named last; it competes with the models after.
void SentenceRules::ComparedWithLastModel(size_t t, const std::vector<const Span*>& after) {
  if (!last_model_) return;
  bool pronoun = false;
  for (size_t i = t >= 4 ? t - 4 : 0; i < t + 3 && i < v_.size(); ++i) pronoun |= Is("subject_pronouns", i) && !v_.Covered(i);
  const bool model_before = std::any_of(v_.spans.begin(), v_.spans.end(), [t](const Span& s) { return s.type == EntityType::kModel && s.last < t; });
  if (!pronoun || model_before) return;
  for (const Span* other : after) {
    if (other->type == EntityType::kModel && Named(*other) && !Negated(t, other->last)) {
      EmitMentions(*last_model_, RelationType::kCompetesWith, other->mention, "pronoun-comparison", 0.55);
    }
  }
}

bool SentenceRules::MayCompete() const {
  const size_t companies = SpansOf(EntityType::kCompany), models = SpansOf(EntityType::kModel);
  if (companies >= 2 || models >= 2 || SpansOf(EntityType::kCountry) >= 2) return true;
  return (last_company_ && companies > 0 && v_.MayMatch("rival_nouns")) || (last_model_ && models > 0);
}

// "Kimi K2 soll GPT-4 übertreffen", "chinesische Modelle halten mit denen der USA Schritt"
void SentenceRules::CompetesWith() {
  const std::optional<size_t> trigger = v_.Find("compete_words", 0, v_.size());
  if (!trigger) return;
  const size_t end = ClauseEnd(*trigger);
  std::vector<const Span*> candidates;
  for (const Span& s : v_.spans) {
    const bool locating = std::find(locating_.begin(), locating_.end(), s.mention) != locating_.end();
    if (s.type == EntityType::kPerson || s.form == Form::kGenitive || ModifiesModel(s) || locating) continue;
    if (s.last + 30 < *trigger || s.first >= end) continue;
    candidates.push_back(&s);
  }
  if (candidates.empty() || RivalsOfLatestCompany(*trigger, candidates)) return;
  using Spans = std::vector<const Span*>::const_iterator;
  auto same_type = [](Spans from, Spans to, const Span* c) {
    return std::any_of(from, to, [c](const Span* a) { return a != c && a->type == c->type; });
  };
  // SVO ("Gemini outperforms GPT-4o"): the nearest name before the verb against those after
  // it. Verb-final ("Kimi K2 soll GPT-4 übertreffen"): the first name that has a rival of its
  // kind against the names after it.
  std::vector<const Span*> after;
  for (const Span* c : candidates) {
    if (c->first > *trigger) after.push_back(c);
  }
  const Span* subject = nullptr;
  Spans partners, partners_end;  // a range of `after` or of `candidates`
  for (const Span* c : candidates) {
    if (c->last < *trigger && same_type(after.cbegin(), after.cend(), c)) {
      subject = c, partners = after.cbegin(), partners_end = after.cend();
    }
  }
  for (size_t k = 0; subject == nullptr && k < candidates.size(); ++k) {
    if (InPartnerPhrase(*candidates[k])) break;  // "..., das mit OpenAI und Anthropic konkurriert": the subject is elsewhere
    const Spans rest = candidates.cbegin() + static_cast<long>(k) + 1;
    if (same_type(rest, candidates.cend(), candidates[k])) subject = candidates[k], partners = rest, partners_end = candidates.cend();
  }
  if (subject == nullptr) return ComparedWithLastModel(*trigger, after);
  for (Spans other = partners; other != partners_end; ++other) {
    if ((*other)->type == subject->type) Emit(*subject, RelationType::kCompetesWith, **other, "trigger", 0.7, *trigger);
  }
  // "Baidu, Tencent und ByteDance liefern sich einen Preiskrieg": every pair of the list.
  const std::vector<const Span*> list = ListAt(subject->first);
  if (after.empty() && list.size() > 2 && list.back()->last < *trigger) {
    for (size_t a = 1; a < list.size(); ++a) {
      for (size_t b = a + 1; b < list.size(); ++b) {
        if (list[a]->type == list[b]->type) Emit(*list[a], RelationType::kCompetesWith, *list[b], "trigger", 0.65, *trigger);
      }
    }
  }
}

// "Exportbeschränkungen der USA", "Die USA wollen die chinesische KI-Entwicklung ... bremsen"
void SentenceRules::RestrictedBy() {
  for (size_t t = 0; t < v_.size(); ++t) {
    if (v_.Covered(t) || !(Is("restrict_words", t) || v_.CompoundEndsWith("restrict_words", t))) continue;
    const Span* by = nullptr;
    const Span* glued = v_.SpanAt(t >= 2 ? t - 2 : t);
    if (glued != nullptr && glued->form == Form::kPrefix && glued->last + 2 == t) by = glued;
    const size_t after = t + std::max<size_t>(1, v_.MatchAt("restrict_words", t));
    if (by == nullptr && (Is("of_prepositions", after) || Is("passive_agents", after))) by = StartsAt(SkipModifiers(after + 1, 1));
    if (by != nullptr && by->form == Form::kAdjective) by = nullptr;
    for (const Span& s : v_.spans) {
      if (by == nullptr && IsAuthority(s)) by = &s;
    }
    // "DeepSeek wurde in Italien verboten", "In China werden Chatbots zensiert": the country
    // where it happens restricts the rest.
    for (const Span& s : v_.spans) {
      if (by == nullptr && s.type == EntityType::kCountry && s.form == Form::kName && s.first > 0 &&
          Is("jurisdiction_prepositions", s.first - 1) && (s.first + 8 > t || s.first == 1) && s.last < t + 4) {  // "In Südkorea hatte ... gestoppt"
        by = &s;
      }
    }
    // Else the sentence's subject: a country ("Die USA verbieten ..."), or a company when the
    // trigger is a verb ("OpenAI will die Nutzung ... einschränken"); what it restricts follows.
    // "Im Frühjahr 2023 sperrte sie ChatGPT": a pronoun stands for the restricter before.
    if (by == nullptr && restricter_ && PronounSubjectBefore(t)) {
      const size_t end = ClauseEnd(t);
      for (const Span& s : v_.spans) {
        const bool target = s.first > t && s.first < end && s.type != EntityType::kPerson && s.form != Form::kGenitive &&
                            s.form != Form::kAdjective && !ModifiesModel(s);
        if (target && !Negated(t, s.last)) EmitMentions(s.mention, RelationType::kRestrictedBy, *restricter_, "pronoun", 0.6);
      }
      return;
    }
    bool by_subject = false;
    const Span* first = Subject();
    if (by == nullptr && first != nullptr && first->last < t && Named(*first) &&
        (first->type == EntityType::kCountry || (first->type == EntityType::kCompany && !T()[t].upper_initial))) {
      by = first;
      by_subject = true;
    }

    if (by == nullptr) continue;
    // "... auf die Entity List gesetzt, darunter X und Y": the list after the clause is restricted too.
    size_t end = ClauseEnd(t);
    if (end < v_.size() && v_.IsPunct(end, ",") && Is("appended_list_introducers", end + 1)) {
      const std::vector<const Span*> listed = ListAt(SkipItemHeads(end + 1 + v_.MatchAt("appended_list_introducers", end + 1)));
      if (!listed.empty()) end = listed.back()->last + 1;
    }
    // "Australien und Taiwan verboten ...": every country of the subject list restricts.
    std::vector<const Span*> restricters = by_subject ? ListAt(by->first) : std::vector<const Span*>{by};
    if (restricters.empty()) restricters = {by};
    for (const Span& s : v_.spans) {
      const bool locating = std::find(locating_.begin(), locating_.end(), s.mention) != locating_.end();
      const bool before_subject = by_subject && s.first < by->first;
      const bool restricter = std::find(restricters.begin(), restricters.end(), &s) != restricters.end();
      // "chinesischen Chatbot" is a product, "chinesische Firmen" the country's companies
      const size_t head = v_.CompoundEnd(SkipModifiers(s.last + 1, 2)) - 1;
      const bool lone_adjective = s.form == Form::kAdjective && !v_.CompoundEndsWith("group_heads", head) &&
                                  !v_.CompoundEndsWith("country_collectives", head);
      if (restricter || s.form == Form::kGenitive || s.type == EntityType::kPerson || s.first >= end || locating ||
          before_subject || lone_adjective) {
        continue;
      }
      for (const Span* r : restricters) {
        if (r->type == by->type) Emit(s, RelationType::kRestrictedBy, *r, "trigger", 0.7, t);
      }
    }
    return;
  }
}

}  // namespace

void FindRelations(const SentenceView& view, DocumentExtraction* doc, const Discourse& discourse) {
  // Every relation has an end among the sentence's spans (its own or a discourse mention on
  // the other side): a sentence with none states nothing.
  if (view.spans.empty()) return;
  SentenceRules(view, doc, discourse).Run();
}

}  // namespace kg
