#include "extract/extractor.h"

#include <doctest/doctest.h>

#include <set>

#include "graph/resolve.h"

namespace kg {
namespace {

const Knowledge& BuiltinKnowledge() {
  static const Knowledge k = [] {
    Knowledge loaded;
    REQUIRE(LoadKnowledge(BuiltinDataFiles(), &loaded).ok());
    return loaded;
  }();
  return k;
}

// What a text yields: entities as "Name:type", relations as "Source relation Target".
struct Result {
  std::set<std::string> entities, relations;
};

Result Extract(const std::string& text) {
  Extractor extractor(BuiltinKnowledge());
  const KnowledgeGraph g = ResolveGraph({extractor.Extract("t.txt", text)});
  Result r;
  for (NodeId id = 0; id < g.node_count(); ++id) {
    r.entities.insert(g.entity(id).name + ":" + std::string(ToString(g.entity(id).type)));
  }
  for (const EdgeRef& e : g.Edges()) {
    r.relations.insert(g.entity(e.source).name + " " + std::string(ToString(e.relation->type)) + " " +
                       g.entity(e.target).name);
  }
  return r;
}

using Set = std::set<std::string>;

}  // namespace

TEST_CASE("developed-by from a possessive") {
  CHECK(Extract("Bemerkenswert ist Alibabas Qwen 2.5.").relations == Set{"Qwen 2.5 developed-by Alibaba"});
  CHECK(Extract("Many prefer OpenAI's GPT-4 today.").relations == Set{"GPT-4 developed-by OpenAI"});
}

TEST_CASE("developed-by from a participle with an unknown start-up") {
  const Result r = Extract("Der Chatbot Zephyra, entwickelt vom französischen Start-up Lumora Labs, ist neu.");
  CHECK(r.entities.count("Zephyra:model") == 1);
  CHECK(r.entities.count("Lumora Labs:company") == 1);
  CHECK(r.relations.count("Zephyra developed-by Lumora Labs") == 1);
  CHECK(r.relations.count("Lumora Labs based-in Frankreich") == 1);
}

TEST_CASE("funded-by with coordination yields two edges, negation none") {
  CHECK(Extract("Das Start-up Novacore wird von Alibaba und Tencent finanziert.").relations ==
        Set{"Novacore funded-by Alibaba", "Novacore funded-by Tencent"});
  CHECK(Extract("Das Start-up Novacore wird nicht von Alibaba finanziert.").relations.empty());
}

TEST_CASE("a city or region is not a country") {
  const Result r = Extract("Das Start-up sitzt in Hangzhou, nicht im Silicon Valley oder in Europa.");
  CHECK(r.entities.empty());
}

TEST_CASE("works-for from a role compound and an apposition") {
  CHECK(Extract("OpenAI-CEO Sam Altman warnte.").relations == Set{"Sam Altman works-for OpenAI"});
  CHECK(Extract("Jonas Keller, Gründer und CEO von Mistral AI, sprach.").relations ==
        Set{"Jonas Keller works-for Mistral AI"});
}

}  // namespace kg
