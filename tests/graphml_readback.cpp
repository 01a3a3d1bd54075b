// Reads a GraphML file with Boost's own read_graphml (not kgraph's reader) and prints
// one line per node, "label<TAB>type", then per edge "source<TAB>relation<TAB>target".
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>

#include <fstream>
#include <iostream>

struct V {
  std::string label, type;
};
struct E {
  std::string relation;
};

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1]);
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, V, E> g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", get(&V::label, g));
  dp.property("type", get(&V::type, g));
  dp.property("relation", get(&E::relation, g));
  try {
    boost::read_graphml(in, g, dp);
  } catch (const std::exception& e) {
    std::cerr << "read_graphml: " << e.what() << "\n";
    return 1;
  }
  for (auto [it, end] = vertices(g); it != end; ++it) std::cout << g[*it].label << "\t" << g[*it].type << "\n";
  for (auto [it, end] = edges(g); it != end; ++it) {
    std::cout << g[source(*it, g)].label << "\t" << g[*it].relation << "\t" << g[target(*it, g)].label << "\n";
  }
  return 0;
}
