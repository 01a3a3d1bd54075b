#include "export/gexf.h"

#include <doctest/doctest.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <map>
#include <sstream>

#include "export/test_graphs.h"

namespace kg {
namespace {

using boost::property_tree::ptree;

// The hostile graph written as GEXF and parsed back by an XML parser.
struct ParsedGexf {
  ParsedGexf() {
    std::stringstream xml;
    REQUIRE(WriteGexf(HostileGraph(), xml).ok());
    boost::property_tree::read_xml(xml, root);
  }
  const ptree& Graph() const { return root.get_child("gexf.graph"); }
  // The <index>th child named `tag` of `parent`.
  static const ptree& Nth(const ptree& parent, const std::string& tag, size_t index) {
    for (const auto& [name, child] : parent) {
      if (name == tag && index-- == 0) return child;
    }
    FAIL("no " << tag);
    return parent;
  }
  // attvalue "for" -> "value" of a node or edge.
  static std::map<std::string, std::string> Values(const ptree& item) {
    std::map<std::string, std::string> out;
    for (const auto& [name, v] : item.get_child("attvalues")) {
      if (name == "attvalue") out[v.get<std::string>("<xmlattr>.for")] = v.get<std::string>("<xmlattr>.value");
    }
    return out;
  }
  ptree root;
};

}  // namespace

TEST_CASE("GEXF declares version 1.3 with its namespaces") {
  const ParsedGexf gexf;
  CHECK(gexf.root.get<std::string>("gexf.<xmlattr>.xmlns") == "http://gexf.net/1.3");
  CHECK(gexf.root.get<std::string>("gexf.<xmlattr>.xmlns:viz") == "http://gexf.net/1.3/viz");
  CHECK(gexf.root.get<std::string>("gexf.<xmlattr>.version") == "1.3");
  CHECK(gexf.Graph().get<std::string>("<xmlattr>.defaultedgetype") == "directed");
}

TEST_CASE("GEXF declares every node and edge attribute with its type") {
  const ParsedGexf gexf;
  const ptree& nodes = ParsedGexf::Nth(gexf.Graph(), "attributes", 0);
  CHECK(nodes.get<std::string>("<xmlattr>.class") == "node");
  CHECK(ParsedGexf::Nth(nodes, "attribute", 0).get<std::string>("<xmlattr>.title") == "label");
  CHECK(ParsedGexf::Nth(nodes, "attribute", 4).get<std::string>("<xmlattr>.type") == "integer");
  const ptree& edges = ParsedGexf::Nth(gexf.Graph(), "attributes", 1);
  CHECK(edges.get<std::string>("<xmlattr>.class") == "edge");
  CHECK(ParsedGexf::Nth(edges, "attribute", 5).get<std::string>("<xmlattr>.id") == "e_evidence_json");
}

TEST_CASE("a hostile name survives GEXF attribute escaping, BEL aside") {
  const ParsedGexf gexf;
  const ptree& node = ParsedGexf::Nth(gexf.Graph().get_child("nodes"), "node", 1);
  CHECK(node.get<std::string>("<xmlattr>.label") == kHostileNameXml);
  const auto values = ParsedGexf::Values(node);
  CHECK(values.at("n_label") == kHostileNameXml);
  CHECK(values.at("n_aliases") == "p\\|q\\\\r|x;y");
  CHECK(values.at("n_documents") == "a;b\\|c.txt");
}

TEST_CASE("GEXF nodes carry viz colour, position and size") {
  const ParsedGexf gexf;
  const ptree& node = ParsedGexf::Nth(gexf.Graph().get_child("nodes"), "node", 2);
  CHECK(node.get<int>("viz:color.<xmlattr>.r") == 230);
  CHECK(node.get<int>("viz:color.<xmlattr>.g") == 159);
  CHECK(node.get<double>("viz:position.<xmlattr>.x") >= 0.0);
  CHECK(node.get<double>("viz:size.<xmlattr>.value") == doctest::Approx(14.0));
}

TEST_CASE("parallel GEXF edges keep their relation apart as kind") {
  const ParsedGexf gexf;
  const ptree& edges = gexf.Graph().get_child("edges");
  const ptree& funded = ParsedGexf::Nth(edges, "edge", 0);
  const ptree& competes = ParsedGexf::Nth(edges, "edge", 1);
  CHECK(funded.get<std::string>("<xmlattr>.source") == competes.get<std::string>("<xmlattr>.source"));
  CHECK(funded.get<std::string>("<xmlattr>.kind") == "funded-by");
  CHECK(competes.get<std::string>("<xmlattr>.kind") == "competes-with");
  CHECK(funded.get<double>("<xmlattr>.weight") == 2.0);
  CHECK(ParsedGexf::Values(funded).at("e_evidence") == "DeepSeek wird von " + kHostileNameXml + " finanziert.");
}

}  // namespace kg
