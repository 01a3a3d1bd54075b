#include "export/graphml.h"

#include <doctest/doctest.h>

#include <sstream>

#include "export/test_graphs.h"

namespace kg {
namespace {

KnowledgeGraph SmallGraph(const std::string& hostile) {
  KnowledgeGraph g;
  Entity a;
  a.name = "DeepSeek";
  a.type = EntityType::kCompany;
  a.aliases = {"Deepseek", hostile};
  a.keys = {"deepseek"};
  a.mentions = 3;
  a.documents = {"a.txt", "b.txt"};
  Entity b;
  b.name = hostile;
  b.type = EntityType::kCompany;
  b.keys = {"x"};
  b.mentions = 1;
  const NodeId x = g.AddEntity(a), y = g.AddEntity(b);
  Relation r;
  r.type = RelationType::kFundedBy;
  Evidence e;
  e.document = "a.txt";
  e.sentence = "DeepSeek wird von " + hostile + " finanziert.";
  e.sentence_end = e.sentence.size();
  e.rule = "funded-by.passive";
  e.confidence = 0.85;
  r.evidence = {e, e};
  r.evidence[1].document = "b.txt";
  g.AddRelation(x, y, r);
  return g;
}

}  // namespace

TEST_CASE("a graph with hostile names survives a GraphML round trip") {
  const std::string hostile = "Q\"<&>'\xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";
  const KnowledgeGraph g = SmallGraph(hostile);
  std::stringstream xml;
  REQUIRE(WriteGraphml(g, xml).ok());
  KnowledgeGraph back;
  REQUIRE(ReadGraphml("mem", xml, &back).ok());
  REQUIRE(back.node_count() == 2);
  CHECK(back.entity(1).name == hostile);
  CHECK(back.entity(0).aliases == g.entity(0).aliases);
  CHECK(back.entity(0).mentions == 3);
  CHECK(back.entity(0).documents == g.entity(0).documents);
  REQUIRE(back.edge_count() == 1);
  const Relation& r = *back.Edges()[0].relation;
  CHECK(r.type == RelationType::kFundedBy);
  REQUIRE(r.evidence.size() == 2);
  CHECK(r.evidence[0].sentence == g.Edges()[0].relation->evidence[0].sentence);
  CHECK(r.evidence[1].document == "b.txt");
  CHECK(r.evidence[0].confidence == doctest::Approx(0.85));
}

TEST_CASE("control characters XML forbids are replaced, never written raw") {
  const KnowledgeGraph g = SmallGraph(std::string("bell\x07") + "end");
  std::stringstream xml;
  REQUIRE(WriteGraphml(g, xml).ok());
  CHECK(xml.str().find('\x07') == std::string::npos);
  KnowledgeGraph back;
  CHECK(ReadGraphml("mem", xml, &back).ok());
}

TEST_CASE("malformed GraphML is an error naming the input") {
  std::stringstream bad("<graphml><graph><node id=\"n0\"></graph>");
  KnowledgeGraph g;
  const Status s = ReadGraphml("broken.graphml", bad, &g);
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(s.message() == "broken.graphml:1: mismatched tag");
}

TEST_CASE("truncated GraphML is an error naming the line where it stops") {
  std::stringstream cut("<graphml>\n<graph>\n<node id=\"n0\"");
  KnowledgeGraph g;
  CHECK(ReadGraphml("cut.graphml", cut, &g).message() == "cut.graphml:3: unclosed token");
}

TEST_CASE("elements nested deeper than GraphML could need are rejected") {
  std::string open;
  for (int i = 0; i < 100000; ++i) open += "<x>";
  std::stringstream deep("<graphml>\n<graph>\n" + open);
  KnowledgeGraph g;
  CHECK(ReadGraphml("deep.graphml", deep, &g).message() == "deep.graphml:3: elements nested deeper than 256 levels");
  std::stringstream comments("<graphml>" + std::string(1000, ' ') + "<!-- <a><a><a> --><![CDATA[<b><b>]]><?pi <c>?>");
  CHECK(ReadGraphml("flat.graphml", comments, &g).message().find("nested") == std::string::npos);
}

TEST_CASE("an unknown entity type in GraphML is reported with the node") {
  std::stringstream xml(
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
      "<key id=\"t\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>"
      "<graph edgedefault=\"directed\"><node id=\"n0\"><data key=\"t\">city</data></node></graph></graphml>");
  KnowledgeGraph g;
  CHECK(ReadGraphml("x.graphml", xml, &g).message() == "x.graphml:1: node 0: unknown type \"city\"");
}

// A GraphML document with the given keys and graph body, one element per line.
std::string Graphml(const std::string& keys, const std::string& body) {
  return "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" + keys +
         "<graph edgedefault=\"directed\">\n" + body + "</graph>\n</graphml>\n";
}

const char* const kTypeAndRelationKeys =
    "<key id=\"d0\" for=\"node\" attr.name=\"type\" attr.type=\"string\"><default>company</default></key>\n"
    "<key id=\"d1\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "<key id=\"d2\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n";

TEST_CASE("GraphML of other writers: any key ids, key defaults, edges before their nodes") {
  std::stringstream xml(Graphml(kTypeAndRelationKeys,
                                "<edge source=\"b\" target=\"a\"><data key=\"d2\">funded-by</data></edge>\n"
                                "<node id=\"a\"><data key=\"d1\">Alpha</data><data key=\"d0\">person</data></node>\n"
                                "<node id=\"b\"><data key=\"d1\">Beta</data><data key=\"x\">ignored</data></node>\n"));
  KnowledgeGraph g;
  REQUIRE(ReadGraphml("nx.graphml", xml, &g).ok());
  REQUIRE(g.node_count() == 2);
  CHECK(g.entity(0).name == "Alpha");
  CHECK(g.entity(0).type == EntityType::kPerson);
  CHECK(g.entity(1).type == EntityType::kCompany);  // the key's default
  REQUIRE(g.edge_count() == 1);
  CHECK(g.Edges()[0].source == 1);
  CHECK(g.Edges()[0].relation->type == RelationType::kFundedBy);
}

TEST_CASE("GraphML errors name the file and line: unknown endpoint, bad count, wrong root, empty") {
  KnowledgeGraph g;
  std::stringstream dangling(Graphml(kTypeAndRelationKeys, "<node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"><data key=\"d2\">funded-by</data></edge>\n"));
  CHECK(ReadGraphml("d.graphml", dangling, &g).message() == "d.graphml:8: edge to an unknown node \"zz\"");
  std::stringstream twice(Graphml(kTypeAndRelationKeys, "<node id=\"a\"/>\n<node id=\"a\"/>\n"));
  CHECK(ReadGraphml("t.graphml", twice, &g).message() == "t.graphml:8: node id \"a\" used twice");
  std::stringstream count(Graphml("<key id=\"t\" for=\"node\" attr.name=\"type\"><default>model</default></key>\n<key id=\"m\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n",
                                  "<node id=\"a\"><data key=\"m\">12x</data></node>\n"));
  KnowledgeGraph fresh;
  CHECK(ReadGraphml("c.graphml", count, &fresh).message() == "c.graphml:6: node 0: mentions \"12x\" is not a number");
  std::stringstream root("<?xml version=\"1.0\"?>\n<html><body/></html>");
  CHECK(ReadGraphml("r.graphml", root, &g).message() == "r.graphml:2: the root element is <html>, not <graphml>");
  std::stringstream empty("");
  CHECK(ReadGraphml("e.graphml", empty, &g).message() == "e.graphml: empty file, not a GraphML graph");
  std::stringstream binary(std::string("\x89PNG\r\n\x1a\n\0\0", 10));
  CHECK(ReadGraphml("p.graphml", binary, &g).message() == "p.graphml:1: not well-formed (invalid token)");
}

}  // namespace kg

namespace kg {

TEST_CASE("tabs, newlines, CRs and list separators survive a GraphML round trip") {
  const KnowledgeGraph g = HostileGraph();
  std::stringstream xml;
  REQUIRE(WriteGraphml(g, xml).ok());
  KnowledgeGraph back;
  REQUIRE(ReadGraphml("mem", xml, &back).ok());
  REQUIRE(back.node_count() == 3);
  CHECK(back.entity(1).name == kHostileNameXml);
  CHECK(back.entity(1).aliases == g.entity(1).aliases);
  CHECK(back.entity(1).documents == g.entity(1).documents);
  REQUIRE(back.edge_count() == 3);
  CHECK(back.Edges()[1].relation->type == RelationType::kCompetesWith);
  // Evidence travels as JSON inside the XML, where even BEL is written as \u0007.
  CHECK(back.Edges()[0].relation->evidence[0].sentence == g.Edges()[0].relation->evidence[0].sentence);
}

TEST_CASE("GraphML keys are NMTOKEN ids, never yEd's d3 or d7, one per attribute") {
  std::stringstream xml;
  REQUIRE(WriteGraphml(HostileGraph(), xml).ok());
  const std::string text = xml.str();
  CHECK(text.find("id=\"d3\"") == std::string::npos);
  CHECK(text.find("id=\"d7\"") == std::string::npos);
  for (const char* key : {"<key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>",
                          "<key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>",
                          "<key id=\"n_r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>",
                          "<key id=\"n_x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>",
                          "<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>",
                          "<key id=\"e_evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>"}) {
    CHECK(text.find(key) != std::string::npos);
  }
}

}  // namespace kg
