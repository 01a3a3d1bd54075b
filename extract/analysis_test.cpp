#include "extract/analysis.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/segment.h"
#include "extract/test_knowledge.h"

namespace kg {
namespace {

// The first single-word trigger of a list without wildcards ("investiert").
std::string PlainWordOf(const std::string& list) {
  for (const Trigger& t : BuiltinKnowledge().List(list).triggers()) {
    if (t.size() == 1 && t[0].find('*') == std::string::npos) return t[0];
  }
  return "";
}

// A text split into sentences with the built-in knowledge, and what views of them need.
struct SplitText {
  explicit SplitText(std::string t)
      : text(std::move(t)), segmenter(k.abbreviations, k.ordinal_nouns), words(k), sentences(segmenter.Split(text)) {
    buffers.resize(sentences.size());  // before any view refers to them
  }
  // A prepared view of sentence i, on that sentence's buffers (or on `shared`).
  SentenceView View(size_t i, SentenceBuffers* shared = nullptr) {
    SentenceView view(text, sentences[i], k, &words, shared != nullptr ? shared : &buffers[i]);
    view.Prepare();
    return view;
  }
  // Prepared views of every sentence.
  std::vector<SentenceView> Views() {
    std::vector<SentenceView> views;
    for (size_t i = 0; i < sentences.size(); ++i) views.push_back(View(i));
    return views;
  }

  const Knowledge& k = BuiltinKnowledge();
  const std::string text;
  Segmenter segmenter;
  WordTriggers words;
  const std::vector<Sentence> sentences;
  std::vector<SentenceBuffers> buffers;  // one per sentence
};

}  // namespace

TEST_CASE("MayMatch holds wherever a token matches a list: as a word, a phrase or a compound's end") {
  const std::string invest = PlainWordOf("invest_verbs");
  REQUIRE_FALSE(invest.empty());
  // One list matched by a single word, one only by a phrase ("schwarze Liste"), one only by
  // a hyphenated compound ("KI-Start-up"), and a sentence with none of them.
  SplitText split("Der Fonds Quarzwerk " + invest + " kräftig. Sie landete auf der schwarzen Liste. " +
                  "Das KI-Start-up wächst. Der Hund schläft im Garten.");
  REQUIRE(split.sentences.size() == 4);
  const std::vector<SentenceView> views = split.Views();
  size_t checked = 0;
  for (const SentenceView& view : views) {
    for (const auto& named_list : split.k.triggers) {
      const std::string& name = named_list.first;  // a plain reference: doctest's messages capture it
      for (size_t i = 0; i < view.size(); ++i) {
        if (view.MatchAt(name, i) == 0 && !view.CompoundEndsWith(name, i)) continue;
        CHECK_MESSAGE(view.MayMatch(name), name << " at token " << i);
        ++checked;
      }
    }
  }
  CHECK(checked >= 3);
  CHECK(views[0].MayMatch("invest_verbs"));
  CHECK(views[1].MayMatch("restrict_words"));
  CHECK(views[2].MayMatch("company_heads"));
  for (const char* list : {"invest_verbs", "restrict_words", "company_heads", "no_such_list"}) {
    CHECK_FALSE_MESSAGE(views[3].MayMatch(list), list);
  }
}


TEST_CASE("NextMatch and Find stop at the first token from which MatchAt matches") {
  SplitText split("Im Vergleich zu OpenAI hat das Start-up aus München 2024 investiert, sagte sie.");
  const SentenceView view = split.View(0);
  for (const auto& named_list : split.k.triggers) {
    const std::string& name = named_list.first;
    for (size_t from = 0; from <= view.size(); ++from) {
      size_t first = from;
      while (first < view.size() && view.MatchAt(name, first) == 0) ++first;
      CHECK_MESSAGE(view.NextMatch(name, from) == first, name << " from " << from);
      CHECK(view.Find(name, from, first + 1) == (first < view.size() ? std::optional<size_t>(first) : std::nullopt));
      if (first > from) CHECK_FALSE(view.Find(name, from, first).has_value());
    }
  }
}

TEST_CASE("a view on reused buffers starts from its own sentence, not the last one's") {
  SplitText split("Quarzwerk baut Modelle in Berlin. Kurz.");
  REQUIRE(split.sentences.size() == 2);
  SentenceBuffers shared;
  {
    SentenceView first = split.View(0, &shared);
    first.InsertSpan({0, 0, 0, EntityType::kCompany, Form::kName});
    REQUIRE(first.Covered(0));
  }
  SentenceView second = split.View(1, &shared);
  CHECK(second.spans.empty());
  CHECK_FALSE(second.Covered(0));
  REQUIRE(second.keys.size() == second.size());
  CHECK(second.keys[0] == "kurz");
}

TEST_CASE("IsPunct matches one- and multi-byte punctuation, never words") {
  SplitText split("KI-Firma \u2013 gut, oder: nein");
  REQUIRE(split.sentences.size() == 1);
  const SentenceView view = split.View(0);
  REQUIRE(view.size() == 9);  // KI - Firma – gut , oder : nein
  CHECK(view.IsPunct(1, "-"));
  CHECK_FALSE(view.IsPunct(1, ",:"));
  CHECK(view.IsPunct(3, "-\u2013\u2014"));
  CHECK_FALSE(view.IsPunct(3, "-"));
  CHECK(view.IsPunct(5, ",:"));
  CHECK(view.IsPunct(7, ",:"));
  CHECK_FALSE(view.IsPunct(0, "KI"));  // a word, whatever its text
  CHECK_FALSE(view.IsPunct(9, ","));   // past the end
}

TEST_CASE("WordTriggers finds each trigger list by the index of its ListBit") {
  const Knowledge& knowledge = BuiltinKnowledge();
  WordTriggers words(knowledge);
  REQUIRE(knowledge.triggers.size() > 10);
  for (const auto& entry : knowledge.triggers) {
    const size_t index = words.BitOf(entry.first).index;
    REQUIRE(index != ListBit::kNone);
    CHECK(&words.ListAt(index) == &entry.second);
  }
  CHECK(words.BitOf("no such list").index == ListBit::kNone);
}


TEST_CASE("WordTriggers remembers a compound's continuation by what it continues and the word it adds") {
  const Knowledge& k = BuiltinKnowledge();
  WordTriggers words(k);
  const WordTriggers::Prefix ki = WordTriggers::PrefixOf(words.Of("ki"), true);
  const WordTriggers::Entry& start = words.Of("start");
  const WordTriggers::Entry& up = words.Of("up");
  CHECK(words.Continuation(ki, start, true) == nullptr);
  const WordTriggers::Compound& ki_start = words.AddContinuation(ki, start, true, "ki-start", "kistart");
  CHECK(words.Continuation(ki, start, true) == &ki_start);
  CHECK(words.Continuation(ki, start, false) == nullptr);  // punctuation is left out of the joined form
  const WordTriggers::Compound& ki_start_up =
      words.AddContinuation(WordTriggers::PrefixOf(ki_start), up, true, "ki-start-up", "kistartup");
  CHECK(words.Continuation(WordTriggers::PrefixOf(ki_start), up, true) == &ki_start_up);
  CHECK(words.Continuation(WordTriggers::PrefixOf(start, true), up, true) == nullptr);  // "start-up" is another compound
  for (const auto& named_list : k.triggers) {
    const ListBit bit = ListBit::Of(named_list.second.index());
    const bool ends = words.Of("ki-start-up").single.Has(bit) || words.Of("kistartup").single.Has(bit);
    CHECK_MESSAGE(ki_start_up.ends.Has(bit) == ends, named_list.first);
  }
  CHECK(ki_start_up.ends.Has(words.BitOf("company_heads")));
}

TEST_CASE("OfTokens gives each token its folded word's entry, the first time and when its form comes again") {
  SplitText split("Das Start-up wächst. Das Start-up WÄCHST schnell.");
  REQUIRE(split.sentences.size() == 2);
  for (const Sentence& sentence : split.sentences) {
    std::vector<const WordTriggers::Entry*> entries(sentence.tokens.size());
    split.words.OfTokens(sentence.tokens.data(), sentence.tokens.size(), entries.data());
    for (size_t i = 0; i < entries.size(); ++i) CHECK(entries[i] == &split.words.Of(sentence.tokens[i].fold));
  }
}

TEST_CASE("WordTriggers keeps finding every continuation as its table grows") {
  WordTriggers words(BuiltinKnowledge());
  const WordTriggers::Entry& up = words.Of("up");
  std::vector<const WordTriggers::Entry*> firsts;
  for (size_t n = 0; n < 3000; ++n) firsts.push_back(&words.Of("w" + std::to_string(n)));
  std::vector<const WordTriggers::Compound*> added;
  for (const WordTriggers::Entry* first : firsts) {
    added.push_back(&words.AddContinuation(WordTriggers::PrefixOf(*first, true), up, true, "", ""));
  }
  for (size_t n = 0; n < firsts.size(); ++n) {
    CHECK(words.Continuation(WordTriggers::PrefixOf(*firsts[n], true), up, true) == added[n]);  // the first one did not move
    CHECK(words.Continuation(WordTriggers::PrefixOf(*firsts[n], false), up, true) == nullptr);
  }
}

TEST_CASE("a compound's ends match alike when its continuations are computed and when they are remembered") {
  SplitText split("Das KI-Start-up wächst. Das KI-Start-up wächst.");
  REQUIRE(split.sentences.size() == 2);
  const std::vector<SentenceView> views = split.Views();
  REQUIRE(views[0].size() == views[1].size());
  CHECK(views[0].CompoundEndsWith("company_heads", 5));  // "up" ends "ki-start-up"
  for (const auto& named_list : split.k.triggers) {
    const std::string& name = named_list.first;
    for (size_t i = 0; i < views[0].size(); ++i) {
      CHECK_MESSAGE(views[0].CompoundEndsWith(name, i) == views[1].CompoundEndsWith(name, i), name << " at token " << i);
    }
  }
}


TEST_CASE("ListSet holds the lists of its TriggerBits, in either word, and no bit for a missing list") {
  TriggerBits bits;
  bits.set(3).set(64).set(kMaxTriggerLists - 1);
  const ListSet set(bits);
  for (size_t index = 0; index < kMaxTriggerLists; ++index) CHECK_MESSAGE(set.Has(ListBit::Of(index)) == bits[index], index);
  CHECK_FALSE(set.Has(ListBit()));
  TriggerBits other;
  other.set(5);
  const ListSet both = set | ListSet(other);
  CHECK(both.Has(ListBit::Of(5)));
  CHECK(both.Has(ListBit::Of(64)));
  CHECK_FALSE(both.Has(ListBit::Of(6)));
  WordTriggers words(BuiltinKnowledge());
  CHECK(words.BitOf("no such list").mask == 0);
  CHECK(words.BitOf("company_heads").index == BuiltinKnowledge().List("company_heads").index());
}


TEST_CASE("PhraseSecond names the lists with a phrase that goes on with the word") {
  const Knowledge& k = BuiltinKnowledge();
  WordTriggers words(k);
  size_t checked = 0;
  for (const auto& named_list : k.triggers) {
    const TriggerSet& list = named_list.second;
    bool wildcard_second = false;
    for (const Trigger& t : list.triggers()) wildcard_second |= t.size() > 1 && t[1].find('*') != std::string::npos;
    for (const Trigger& t : list.triggers()) {
      if (t.size() < 2 || t[1].find('*') != std::string::npos) continue;
      CHECK_MESSAGE(words.PhraseSecond(words.Of(t[1]), t[1]).Has(ListBit::Of(list.index())), named_list.first);
      ++checked;
    }
    // A made-up word goes on with a phrase only where a wildcard allows it.
    const bool quarzwerk = words.PhraseSecond(words.Of("quarzwerk"), "quarzwerk").Has(ListBit::Of(list.index()));
    CHECK_MESSAGE((!quarzwerk || wildcard_second), named_list.first);
  }
  CHECK(checked > 10);
}


TEST_CASE("InsertSpan keeps SpanAt's index when spans come out of order") {
  SplitText split("Eins zwei drei vier fünf sechs sieben acht");
  REQUIRE(split.sentences.size() == 1);
  SentenceView view = split.View(0);
  view.InsertSpan({5, 6, 0, EntityType::kCompany, Form::kName});
  view.InsertSpan({1, 2, 1, EntityType::kCompany, Form::kName});  // before the first: it moves up
  view.InsertSpan({4, 4, 2, EntityType::kCompany, Form::kName});  // between the two
  REQUIRE(view.spans.size() == 3);
  const size_t mention_at[] = {9, 1, 1, 9, 2, 0, 0, 9};  // 9: no span
  for (size_t i = 0; i < view.size(); ++i) {
    const Span* s = view.SpanAt(i);
    CHECK_MESSAGE((s == nullptr ? 9 : s->mention) == mention_at[i], "token " << i);
  }
  view.MergeSpanWithNext(1);  // tokens 4 to 6
  CHECK(view.SpanAt(6) == &view.spans[1]);
  CHECK(view.SpanAt(7) == nullptr);
}

}  // namespace kg
