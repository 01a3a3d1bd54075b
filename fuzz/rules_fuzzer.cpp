// Fuzz target: arbitrary bytes as a --rules file, loaded after the built-in data files as
// `kgraph build --rules` does; rules it accepts then drive an extraction of a fixed text.
#include <string>

#include "extract/extractor.h"
#include "fuzz/fuzz_target.h"

namespace {

// Sentences that reach most rules: heads, prepositions, possessives, funding, rivalry.
constexpr const char* kText =
    "Das chinesische Start-up DeepSeek wird von High-Flyer finanziert. Alibabas Qwen konkurriert mit "
    "Kimi K2 von Moonshot AI. OpenAI-CEO Sam Altman sagte, die US-Regierung beschränke Nvidia. "
    "The Paris-based Mistral AI released Mistral Large 3, funded by Lumora Labs.";

const kg::Knowledge& BuiltinKnowledge() {
  static const kg::Knowledge* knowledge = [] {
    auto* k = new kg::Knowledge;
    kg::FuzzCheck(kg::LoadKnowledge(kg::BuiltinDataFiles(), k).ok(), "built-in data files load");
    return k;
  }();
  return *knowledge;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kg::Knowledge knowledge = BuiltinKnowledge();
  const kg::DataFile file{"fuzz.json", std::string(reinterpret_cast<const char*>(data), size)};
  if (!kg::LoadKnowledge({file}, &knowledge).ok()) return 0;
  kg::Extractor extractor(knowledge);
  if (!extractor.status().ok()) return 0;
  extractor.Extract("fuzz.txt", kText);
  return 0;
}
