#include "export/jsonl.h"

#include <doctest/doctest.h>

#include <sstream>

namespace kg {
namespace {

Mention MakeMention(const std::string& surface, const std::string& key, EntityType type, size_t begin) {
  Mention m;
  m.surface = surface;
  m.key = key;
  m.surface_key = key + "s";
  m.type = type;
  m.strength = MentionStrength::kContext;
  m.begin = begin;
  m.end = begin + surface.size();
  return m;
}

// Two mentions and one relation whose evidence holds a newline, a NUL, a quote and
// non-ASCII text, and a confidence with no short decimal form.
DocumentExtraction SampleDocument() {
  DocumentExtraction doc;
  doc.document = "news/ä \"1\".txt";
  doc.mentions = {MakeMention("Kimi K2", "kimik2", EntityType::kModel, 0),
                  MakeMention("Moonshot AI", "moonshotai", EntityType::kCompany, 20)};
  doc.mentions[1].canonical = "Moonshot AI";
  doc.mentions[1].strength = MentionStrength::kGazetteer;
  RelationMention r;
  r.source = 0;
  r.relation = RelationType::kDevelopedBy;
  r.target = 1;
  r.evidence.document = doc.document;
  static const char kSentence[] = "Kimi K2 stammt\nvon \"Moonshot AI\" \xE2\x80\x94 \0x";
  r.evidence.sentence = std::string(kSentence, sizeof(kSentence) - 1);
  r.evidence.sentence_begin = 3;
  r.evidence.sentence_end = 47;
  r.evidence.source_begin = 3;
  r.evidence.source_end = 10;
  r.evidence.target_begin = 25;
  r.evidence.target_end = 36;
  r.evidence.rule = "de.developed-by.von";
  r.evidence.confidence = 1.0 / 3.0;
  doc.relations = {r};
  return doc;
}

std::string Line(const DocumentExtraction& doc, size_t sentences = 4) {
  std::ostringstream out;
  REQUIRE(WriteJsonlDocument(doc, sentences, out).ok());
  return out.str();
}

// `text` with its one occurrence of `from` replaced by `to`.
std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Reads `text` as "parts.jsonl", appending the documents and adding up their sentences.
Status Read(const std::string& text, std::vector<DocumentExtraction>* docs, size_t* sentences) {
  std::istringstream in(text);
  return ReadJsonl("parts.jsonl", in, [&](DocumentExtraction&& doc, size_t count) {
    docs->push_back(std::move(doc));
    *sentences += count;
    return Status::Ok();
  });
}

// The message ReadJsonl gives for `text` (empty when it succeeds).
std::string ReadError(const std::string& text) {
  std::vector<DocumentExtraction> docs;
  size_t sentences = 0;
  const Status s = Read(text, &docs, &sentences);
  return s.ok() ? "" : s.message();
}

TEST_CASE("a document is written as exactly one line") {
  const std::string line = Line(SampleDocument());
  CHECK(line.find('\n') == line.size() - 1);
}

TEST_CASE("jsonl round trip keeps every field exactly") {
  std::vector<DocumentExtraction> docs;
  size_t sentences = 0;
  REQUIRE(Read(Line(SampleDocument(), 7), &docs, &sentences).ok());
  REQUIRE(docs.size() == 1);
  CHECK(sentences == 7);
  const Evidence& e = docs[0].relations[0].evidence;
  CHECK(e.sentence == SampleDocument().relations[0].evidence.sentence);
  CHECK(e.confidence == 1.0 / 3.0);
  CHECK(docs[0].mentions[1].strength == MentionStrength::kGazetteer);
  CHECK(docs[0].mentions[1].canonical == "Moonshot AI");
  CHECK(Line(docs[0], 7) == Line(SampleDocument(), 7));
}

TEST_CASE("jsonl reader appends every document and sums sentences, skipping blank lines") {
  DocumentExtraction second = SampleDocument();
  second.document = "b.txt";
  std::vector<DocumentExtraction> docs;
  size_t sentences = 1;
  REQUIRE(Read(Line(SampleDocument(), 4) + "\n  \n" + Line(second, 5), &docs, &sentences).ok());
  REQUIRE(docs.size() == 2);
  CHECK(docs[1].document == "b.txt");
  CHECK(sentences == 10);
}

TEST_CASE("a sink error stops the reading and is returned unchanged") {
  std::istringstream in(Line(SampleDocument()) + Line(SampleDocument()));
  size_t calls = 0;
  const Status s = ReadJsonl("parts.jsonl", in, [&calls](DocumentExtraction&&, size_t) {
    ++calls;
    return Status::InvalidInput("duplicate");
  });
  CHECK(s.message() == "duplicate");
  CHECK(calls == 1);
}

TEST_CASE("a missing mention field is named with its line and index") {
  const std::string good = Line(SampleDocument());
  const std::string bad = Replace(good, "\"key\":\"moonshotai\",", "");
  CHECK(ReadError(good + "\n" + bad) == "parts.jsonl:3: missing field mentions[1].key");
}

TEST_CASE("a missing evidence field names the nested path") {
  const std::string bad = Replace(Line(SampleDocument()), ",\"confidence\":", ",\"certainty\":");
  CHECK(ReadError(bad) == "parts.jsonl:1: missing field relations[0].evidence.confidence");
}

TEST_CASE("a field of the wrong type is named with what was expected") {
  const std::string bad = Replace(Line(SampleDocument()), "\"target\":1", "\"target\":-1");
  CHECK(ReadError(bad) == "parts.jsonl:1: relations[0].target: expected an unsigned integer");
  const std::string list = Replace(Line(SampleDocument()), "\"mentions\":[", "\"mentions\":{\"a\":[");
  CHECK(ReadError(Replace(list, "],\"relations\"", "]},\"relations\"")) ==
        "parts.jsonl:1: mentions: expected a list");
}

TEST_CASE("a relation pointing past the mentions is rejected") {
  const std::string bad = Replace(Line(SampleDocument()), "\"target\":1", "\"target\":7");
  CHECK(ReadError(bad) == "parts.jsonl:1: relations[0].target: no mention 7 (the document has 2)");
}

TEST_CASE("unknown type and relation names are quoted") {
  const std::string type = Replace(Line(SampleDocument()), "\"type\":\"model\"", "\"type\":\"firm\"");
  CHECK(ReadError(type) == "parts.jsonl:1: mentions[0].type: unknown entity type \"firm\"");
  const std::string rel = Replace(Line(SampleDocument()), "\"developed-by\"", "\"owns\"");
  CHECK(ReadError(rel) == "parts.jsonl:1: relations[0].relation: unknown relation \"owns\"");
}

TEST_CASE("malformed JSON names the line and column") {
  CHECK(ReadError("{\"document\" \"a\"}") ==
        "parts.jsonl:1: invalid JSON at column 13: Missing a colon after a name of object member.");
  CHECK(ReadError("[1]") == "parts.jsonl:1: expected a JSON object");
}

}  // namespace
}  // namespace kg
