// The name key: what two names must share to be the same entity. Entity resolution,
// the extractor's gazetteer lookup and every name query use this one function.
#ifndef KG_GRAPH_NAME_KEY_H_
#define KG_GRAPH_NAME_KEY_H_

#include <string>
#include <string_view>

namespace kg {

/// NFKC, case folded, diacritics removed, only letters and digits kept ("Lumo Labs" =
/// "LumoLabs" = "lumo-labs" -> "lumolabs", "Báo Quốc Tế" -> "baoquocte"). Input must be
/// valid UTF-8. Empty when the name has no letter or digit.
std::string NameKey(std::string_view utf8);

/// The evaluation key of score.py: NFKC, case folded, only letters and digits kept,
/// diacritics kept ("Báo" -> "báo"). Input must be valid UTF-8.
std::string GoldKey(std::string_view utf8);

}  // namespace kg

#endif  // KG_GRAPH_NAME_KEY_H_
