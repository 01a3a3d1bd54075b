// Unicode normalisation of documents and words (ICU): NFC for documents, case folding
// for words. Name keys for entity matching are in graph/name_key.h.
#ifndef KG_EXTRACT_NORMALIZE_H_
#define KG_EXTRACT_NORMALIZE_H_

#include <string>
#include <string_view>

#include "graph/name_key.h"

namespace kg {

/// NFC form of valid UTF-8 text (returned unchanged when already NFC).
std::string NormalizeNfc(std::string_view utf8);
/// The same without a copy of text already in NFC (most text): `utf8` itself, or else
/// `*buffer` holding the NFC form.
std::string_view NormalizeNfc(std::string_view utf8, std::string* buffer);

/// Full Unicode case folding of valid UTF-8 ("STRASSE Straße" -> "strasse strasse").
std::string FoldCase(std::string_view utf8);

}  // namespace kg

#endif  // KG_EXTRACT_NORMALIZE_H_
