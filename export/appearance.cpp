#include "export/appearance.h"

#include <cmath>

namespace kg {

Rgb ColorOf(EntityType type) {
  switch (type) {
    case EntityType::kCompany: return {0, 114, 178};
    case EntityType::kModel: return {230, 159, 0};
    case EntityType::kPerson: return {0, 158, 115};
    case EntityType::kCountry: return {204, 121, 167};
  }
  return {128, 128, 128};
}

double SizeOf(const Entity& entity) {
  return 10.0 + 4.0 * std::log2(1.0 + static_cast<double>(entity.mentions));
}

}  // namespace kg
