#include "graph/resolve.h"

#include <doctest/doctest.h>

#include "graph/query.h"

namespace kg {
namespace {

// Builds documents mention by mention, keeping the tests short.
struct DocBuilder {
  DocumentExtraction doc;
  explicit DocBuilder(std::string name) { doc.document = std::move(name); }
  size_t Mention(std::string surface, std::string key, EntityType type,
                 MentionStrength strength = MentionStrength::kContext, std::string canonical = "") {
    kg::Mention m;
    m.surface = std::move(surface);
    m.surface_key = key;
    m.key = std::move(key);
    m.type = type;
    m.strength = strength;
    m.canonical = std::move(canonical);
    m.begin = doc.mentions.size() * 10;
    doc.mentions.push_back(m);
    return doc.mentions.size() - 1;
  }
  void Relate(size_t s, RelationType r, size_t t) {
    RelationMention rel;
    rel.source = s;
    rel.relation = r;
    rel.target = t;
    rel.evidence.document = doc.document;
    rel.evidence.source_begin = doc.mentions[s].begin;
    rel.evidence.target_begin = doc.mentions[t].begin;
    doc.relations.push_back(rel);
  }
};

}  // namespace

TEST_CASE("genitive and case variants resolve to one node") {
  DocBuilder a("a.txt");
  a.Mention("LumOra", "lumora", EntityType::kCompany);
  a.Mention("LumOras", "lumoras", EntityType::kCompany);
  DocBuilder b("b.txt");
  b.Mention("Lumora", "lumora", EntityType::kCompany);
  b.Mention("Lumora", "lumora", EntityType::kCompany);
  const KnowledgeGraph g = ResolveGraph({a.doc, b.doc});
  REQUIRE(g.node_count() == 1);
  CHECK(g.entity(0).name == "Lumora");  // the most frequent surface form
  CHECK(g.entity(0).mentions == 4);
  CHECK(g.entity(0).documents == std::vector<std::string>{"a.txt", "b.txt"});
  CHECK(FindEntities(g, "lumoras").size() == 1);
}

TEST_CASE("the strongest evidence decides a type conflict, not the first mention") {
  DocBuilder a("a.txt");
  a.Mention("Kling", "kling", EntityType::kCompany, MentionStrength::kShape);
  a.Mention("Kling", "kling", EntityType::kModel, MentionStrength::kGazetteer, "Kling");
  const KnowledgeGraph g = ResolveGraph({a.doc});
  REQUIRE(g.node_count() == 1);
  CHECK(g.entity(0).type == EntityType::kModel);
}

TEST_CASE("a lone surname joins the one person it ends") {
  DocBuilder a("a.txt");
  a.Mention("Sam Altman", "samaltman", EntityType::kPerson);
  a.Mention("Altman", "altman", EntityType::kPerson, MentionStrength::kShape);
  const KnowledgeGraph g = ResolveGraph({a.doc});
  REQUIRE(g.node_count() == 1);
  CHECK(g.entity(0).name == "Sam Altman");
  CHECK(g.entity(0).aliases == std::vector<std::string>{"Altman"});
}

TEST_CASE("a surname that ends two people's names joins neither") {
  DocBuilder a("a.txt");
  a.Mention("Sam Altman", "samaltman", EntityType::kPerson);
  a.Mention("Jack Altman", "jackaltman", EntityType::kPerson);
  a.Mention("Altman", "altman", EntityType::kPerson, MentionStrength::kShape);
  a.Mention("Altmann", "altmann", EntityType::kPerson, MentionStrength::kShape);  // not a suffix match
  const KnowledgeGraph g = ResolveGraph({a.doc});
  CHECK(g.node_count() == 4);
}

TEST_CASE("competes-with is stored once per pair and evidence accumulates") {
  DocBuilder a("a.txt");
  const size_t x = a.Mention("Vireo", "vireo", EntityType::kModel);
  const size_t y = a.Mention("Llama", "llama", EntityType::kModel);
  a.Relate(x, RelationType::kCompetesWith, y);
  a.Relate(y, RelationType::kCompetesWith, x);
  DocBuilder b("b.txt");
  const size_t y2 = b.Mention("Llama", "llama", EntityType::kModel);
  const size_t x2 = b.Mention("Vireo", "vireo", EntityType::kModel);
  b.Relate(y2, RelationType::kCompetesWith, x2);
  const KnowledgeGraph g = ResolveGraph({a.doc, b.doc});
  REQUIRE(g.edge_count() == 1);
  CHECK(g.Edges()[0].relation->evidence.size() == 2);  // a.txt's two readings are one place
  CHECK(g.Edges()[0].relation->Documents() == std::vector<std::string>{"a.txt", "b.txt"});
}

TEST_CASE("an edge's evidence is sorted by document, keeps the surest of a repeat, and every edge its texts") {
  DocBuilder b("b.txt");
  const size_t x = b.Mention("Vireo", "vireo", EntityType::kModel);
  const size_t y = b.Mention("Orrery", "orrery", EntityType::kCompany);
  const size_t z = b.Mention("Lumora", "lumora", EntityType::kCompany);
  for (double confidence : {0.5, 0.9}) {  // one statement read twice
    b.Relate(x, RelationType::kDevelopedBy, y);
    b.doc.relations.back().evidence.confidence = confidence;
    b.doc.relations.back().evidence.rule = confidence < 0.6 ? "weak" : "strong";
  }
  b.Relate(x, RelationType::kFundedBy, z);  // another edge in the same sentence
  for (RelationMention& r : b.doc.relations) r.evidence.sentence = "Vireo von Orrery, finanziert von Lumora.";
  DocBuilder a("a.txt");
  a.Relate(a.Mention("Vireo", "vireo", EntityType::kModel), RelationType::kDevelopedBy,
           a.Mention("Orrery", "orrery", EntityType::kCompany));
  const KnowledgeGraph g = ResolveGraph({b.doc, a.doc});
  REQUIRE(g.edge_count() == 2);
  for (const EdgeRef& e : g.Edges()) {
    const std::vector<Evidence>& evidence = e.relation->evidence;
    if (e.relation->type == RelationType::kFundedBy) {
      REQUIRE(evidence.size() == 1);
      CHECK(evidence[0].sentence == "Vireo von Orrery, finanziert von Lumora.");
      continue;
    }
    REQUIRE(evidence.size() == 2);
    CHECK(evidence[0].document == "a.txt");
    CHECK(evidence[1].document == "b.txt");
    CHECK(evidence[1].rule == "strong");
    CHECK(evidence[1].confidence == doctest::Approx(0.9));
    CHECK(evidence[1].sentence == "Vireo von Orrery, finanziert von Lumora.");
  }
}

TEST_CASE("the resolved graph does not depend on document order") {
  DocBuilder a("a.txt");
  const size_t m = a.Mention("Zephyr Z2", "zephyrz2", EntityType::kModel);
  const size_t c = a.Mention("Lumora AI", "lumoraai", EntityType::kCompany);
  a.Relate(m, RelationType::kDevelopedBy, c);
  DocBuilder b("b.txt");
  b.Mention("Corvid", "corvid", EntityType::kCompany);
  const KnowledgeGraph g1 = ResolveGraph({a.doc, b.doc});
  const KnowledgeGraph g2 = ResolveGraph({b.doc, a.doc});
  REQUIRE(g1.node_count() == g2.node_count());
  for (NodeId i = 0; i < g1.node_count(); ++i) CHECK(g1.entity(i).name == g2.entity(i).name);
  CHECK(g1.Edges()[0].source == g2.Edges()[0].source);
}

namespace {

// Every node (name, type, aliases, mentions, documents) and edge (ends, relation, evidence
// documents and offsets) as text, to compare two graphs whole.
std::string Describe(const KnowledgeGraph& g) {
  std::string out;
  for (NodeId i = 0; i < g.node_count(); ++i) {
    const Entity& e = g.entity(i);
    out += e.name + "/" + std::string(ToString(e.type)) + "/" + std::to_string(e.mentions) + ":";
    for (const std::string& text : e.aliases) out += " a=" + text;
    for (const std::string& text : e.documents) out += " d=" + text;
    out += "\n";
  }
  for (const EdgeRef& e : g.Edges()) {
    out += std::to_string(e.source) + " " + std::string(ToString(e.relation->type)) + " " + std::to_string(e.target);
    for (const Evidence& ev : e.relation->evidence) {
      out += " " + ev.document + "@" + std::to_string(ev.source_begin) + "[" + ev.sentence + "|" + ev.rule + "]";
    }
    out += "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("the streaming resolver gives ResolveGraph's graph whatever the order of documents") {
  DocBuilder a("a.txt"), b("b.txt"), c("c.txt");
  a.Relate(a.Mention("Zephyr Z2", "zephyrz2", EntityType::kModel), RelationType::kDevelopedBy,
           a.Mention("Lumora AI", "lumoraai", EntityType::kCompany));
  b.Relate(b.Mention("Lumora AIs", "lumoraais", EntityType::kCompany), RelationType::kFundedBy,
           b.Mention("Corvid", "corvid", EntityType::kCompany, MentionStrength::kGazetteer, "Corvid"));
  c.Relate(c.Mention("Altman", "altman", EntityType::kPerson), RelationType::kWorksFor,
           c.Mention("Tessera", "tessera", EntityType::kCompany));
  c.Mention("Sam Altman", "samaltman", EntityType::kPerson);
  b.Mention("Lumora AI", "lumoraai", EntityType::kCompany);
  const std::string expected = Describe(ResolveGraph({a.doc, b.doc, c.doc}));
  GraphResolver resolver;
  for (const DocBuilder* d : {&c, &a, &b}) resolver.Add(d->doc);
  CHECK(Describe(resolver.Finish()) == expected);
  CHECK(resolver.Finish().node_count() == 0);  // Finish leaves it empty
  CHECK(expected.find("Lumora AI/company/3: a=Lumora AIs d=a.txt d=b.txt\n") != std::string::npos);
}

TEST_CASE("Finish on several threads gives the graph of one thread") {
  // More entities and edges than Finish makes at once, with texts shared between relations.
  std::vector<DocumentExtraction> documents;
  for (int d = 0; d < 1500; ++d) {
    DocBuilder doc("doc" + std::to_string(d) + ".txt");
    const std::string model = "Model " + std::to_string(d % 700);
    const std::string company = "Firm " + std::to_string(d % 900);
    const size_t m = doc.Mention(model, "model" + std::to_string(d % 700), EntityType::kModel);
    const size_t c = doc.Mention(company, "firm" + std::to_string(d % 900), EntityType::kCompany);
    const size_t o = doc.Mention("Other", "firm" + std::to_string((d + 1) % 900), EntityType::kCompany);
    doc.Relate(m, RelationType::kDevelopedBy, c);
    doc.Relate(c, RelationType::kCompetesWith, o);
    for (RelationMention& r : doc.doc.relations) {
      r.evidence.sentence = "sentence " + std::to_string(d % 50);
      r.evidence.rule = r.relation == RelationType::kDevelopedBy ? "rule.a" : "rule.b";
    }
    documents.push_back(doc.doc);
  }
  auto resolve = [&documents](size_t threads) {
    GraphResolver resolver;
    for (const DocumentExtraction& d : documents) resolver.Add(d);
    return resolver.Finish(threads);
  };
  const KnowledgeGraph one = resolve(1);
  CHECK(one.node_count() > 1000);
  CHECK(one.edge_count() > 1000);
  const std::string expected = Describe(one);
  CHECK(Describe(resolve(2)) == expected);
  CHECK(Describe(resolve(3)) == expected);
}

TEST_CASE("an entity's documents and an edge's evidence follow document names, not arrival") {
  GraphResolver resolver;
  for (const char* name : {"c.txt", "a.txt", "b.txt"}) {
    DocBuilder d(name);
    d.Relate(d.Mention("Zephyr Z2", "zephyrz2", EntityType::kModel), RelationType::kDevelopedBy,
             d.Mention("Lumora AI", "lumoraai", EntityType::kCompany));
    resolver.Add(d.doc);
  }
  const KnowledgeGraph g = resolver.Finish();
  REQUIRE(g.node_count() == 2);
  CHECK(g.entity(0).documents == std::vector<std::string>{"a.txt", "b.txt", "c.txt"});
  REQUIRE(g.edge_count() == 1);
  std::vector<std::string> evidence_documents;
  for (const Evidence& e : g.Edges()[0].relation->evidence) evidence_documents.push_back(e.document);
  CHECK(evidence_documents == std::vector<std::string>{"a.txt", "b.txt", "c.txt"});
}

TEST_CASE("neighbours list both directions grouped by relation") {
  DocBuilder a("a.txt");
  const size_t ds = a.Mention("LumOra", "lumora", EntityType::kCompany);
  const size_t hf = a.Mention("Halden Capital", "haldencapital", EntityType::kCompany);
  const size_t r1 = a.Mention("LumOra-R1", "lumorar1", EntityType::kModel);
  a.Relate(ds, RelationType::kFundedBy, hf);
  a.Relate(r1, RelationType::kDevelopedBy, ds);
  const KnowledgeGraph g = ResolveGraph({a.doc});
  const auto found = FindEntities(g, "lumora");
  REQUIRE(found.size() == 1);
  const auto n = Neighbours(g, found[0]);
  REQUIRE(n.size() == 2);
  CHECK(n[0].relation == RelationType::kDevelopedBy);
  CHECK_FALSE(n[0].outgoing);
  CHECK(g.entity(n[1].node).name == "Halden Capital");
}

}  // namespace kg
