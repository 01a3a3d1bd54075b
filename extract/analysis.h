// The extractor's working view of one sentence: tokens, the entity spans found in it,
// and trigger matching. Shared by mention finding (mentions.cpp) and relation rules
// (relations.cpp); not part of the public API.
#ifndef KG_EXTRACT_ANALYSIS_H_
#define KG_EXTRACT_ANALYSIS_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <string>
#include <vector>

#include "extract/knowledge.h"
#include "extract/segment.h"
#include "graph/types.h"

namespace kg {

/// How a span names its entity; relation rules read different forms differently.
enum class Form {
  kName,       // "DeepSeek", "China"
  kGenitive,   // "Alibabas", "OpenAI’s" (possessor)
  kAdjective,  // "chinesische" (a country as modifier)
  kPrefix,     // "US-" in "US-Unternehmen" (a name as compound modifier)
  kAnaphor,    // "das Unternehmen", "Es" standing for an earlier mention
};

/// An entity mention within a sentence: tokens [first, last] (inclusive).
struct Span {
  size_t first = 0, last = 0;
  size_t mention = 0;  // index into DocumentExtraction::mentions
  EntityType type = EntityType::kCompany;
  Form form = Form::kName;
};

/// One sentence under analysis.
struct SentenceView {
  SentenceView(std::string_view document, const Sentence& s, const Knowledge& k)
      : text(document), sentence(s), knowledge(k) {}
  const std::string_view text;  // the whole document
  const Sentence& sentence;
  const Knowledge& knowledge;
  std::vector<std::string> keys;  // NameKey of each token
  std::vector<Span> spans;        // sorted by first token, non-overlapping
  // Per token: the folded compound word ending there, with and without its hyphens
  // ("ki-start-up" and "kistartup" at "up"); filled by Prepare().
  std::vector<std::string> hyphenated, compound;

  /// Computes keys and compound folds; call once before matching.
  void Prepare();

 private:
  // A trigger list and its answers per token (-1: not computed yet).
  struct Memo {
    const TriggerSet* triggers = nullptr;
    std::vector<int8_t> compound, match;
  };
  // Keyed by the list name's address: callers pass string literals, so this is cheap.
  Memo& MemoOf(std::string_view list) const;
  mutable std::unordered_map<const char*, Memo> memo_;

 public:
  const std::vector<Token>& tokens() const { return sentence.tokens; }
  size_t size() const { return sentence.tokens.size(); }
  /// The span covering token i, if any.
  const Span* SpanAt(size_t i) const;
  /// Whether token i is covered by a span.
  bool Covered(size_t i) const { return SpanAt(i) != nullptr; }
  /// Length in tokens of a trigger of `list` starting at token i (0: none).
  size_t MatchAt(std::string_view list, size_t i) const;
  /// Whether the compound word ending at token i (hyphen-joined, no spaces) ends with
  /// a trigger word of `list` ("Internetunternehmens" ends with "unternehmens").
  bool CompoundEndsWith(std::string_view list, size_t i) const;
  /// First token index in [from, to) where a trigger of `list` starts.
  std::optional<size_t> Find(std::string_view list, size_t from, size_t to) const;
  /// Whether tokens i-1 and i are glued together (no space, hyphen or similar between).
  bool Joined(size_t i) const { return i > 0 && i < size() && !tokens()[i].space_before; }
  bool IsPunct(size_t i, std::string_view chars) const;
  /// The first index after the compound word that starts at token i.
  size_t CompoundEnd(size_t i) const;
  /// When the compound word starting at token i is a trigger of `list` ("Start-up",
  /// "Internetunternehmens"), the index after it; else i.
  size_t SkipHead(std::string_view list, size_t i) const;
};


}  // namespace kg

#endif  // KG_EXTRACT_ANALYSIS_H_
