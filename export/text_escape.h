// Escaping shared by the text formats: XML character data and attributes, and the
// JSON encoding of an edge's evidence list.
#ifndef KG_EXPORT_TEXT_ESCAPE_H_
#define KG_EXPORT_TEXT_ESCAPE_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/types.h"

namespace kg {

/// Writes `text` escaped for XML 1.0 (& < > " '); characters XML 1.0 forbids
/// (C0 controls but tab/LF/CR, U+FFFE, U+FFFF) become U+FFFD.
void WriteXmlEscaped(std::ostream& out, std::string_view text);

/// Joins with '|' (the list separator of every flat format).
std::string JoinList(const std::vector<std::string>& items);
/// Splits a '|'-joined list; empty text is an empty list.
std::vector<std::string> SplitList(std::string_view text);

/// The evidence list as compact JSON: [{"document":...,"sentence":...,...}].
std::string EvidenceToJson(const std::vector<Evidence>& evidence);
/// Parses EvidenceToJson's output. False (with `error`) on malformed input.
bool EvidenceFromJson(std::string_view json, std::vector<Evidence>* evidence, std::string* error);

}  // namespace kg

#endif  // KG_EXPORT_TEXT_ESCAPE_H_
