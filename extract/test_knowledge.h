// Test helper: the knowledge of the built-in data files, loaded once for all extraction
// tests (loading takes a few milliseconds; the tests only read it).
#ifndef KG_EXTRACT_TEST_KNOWLEDGE_H_
#define KG_EXTRACT_TEST_KNOWLEDGE_H_

#include <doctest/doctest.h>

#include "extract/knowledge.h"

namespace kg {

inline const Knowledge& BuiltinKnowledge() {
  static const Knowledge k = [] {
    Knowledge loaded;
    REQUIRE(LoadKnowledge(BuiltinDataFiles(), &loaded).ok());
    return loaded;
  }();
  return k;
}

}  // namespace kg

#endif  // KG_EXTRACT_TEST_KNOWLEDGE_H_
