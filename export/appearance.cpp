#include "export/appearance.h"

#include <cmath>
#include <cstdio>

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

std::string HexColor(const Rgb& color) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", color.r & 0xff, color.g & 0xff, color.b & 0xff);
  return buf;
}

}  // namespace kg
