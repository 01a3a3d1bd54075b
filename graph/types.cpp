#include "graph/types.h"

#include <array>

namespace kg {
namespace {

constexpr std::array<std::string_view, kEntityTypeCount> kEntityNames = {"company", "model", "person",
                                                                         "country"};
constexpr std::array<std::string_view, kRelationTypeCount> kRelationNames = {
    "developed-by", "funded-by", "competes-with", "restricted-by", "based-in", "works-for"};

template <typename Enum, size_t N>
bool ParseName(const std::array<std::string_view, N>& names, std::string_view text, Enum* out) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == text) {
      *out = static_cast<Enum>(i);
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view ToString(EntityType type) { return kEntityNames[static_cast<size_t>(type)]; }
std::string_view ToString(RelationType relation) { return kRelationNames[static_cast<size_t>(relation)]; }
bool ParseEntityType(std::string_view text, EntityType* type) { return ParseName(kEntityNames, text, type); }
bool ParseRelationType(std::string_view text, RelationType* relation) {
  return ParseName(kRelationNames, text, relation);
}
bool IsSymmetric(RelationType relation) { return relation == RelationType::kCompetesWith; }

}  // namespace kg
