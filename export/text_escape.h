// Escaping shared by every text format (XML, DOT, CSV, the '|'-joined lists and the
// evidence JSON): writers stream their values through these and never escape on their own.
#ifndef KG_EXPORT_TEXT_ESCAPE_H_
#define KG_EXPORT_TEXT_ESCAPE_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/types.h"

namespace kg {

// Every writer below first replaces malformed UTF-8 in `text` with U+FFFD, so its output
// is always valid UTF-8; well-formed text (any script, emoji, RTL marks) passes unchanged
// unless a rule below names it.

/// XML 1.0 character data and attribute values: & < > " ' as entities; tab, LF and CR as
/// character references (&#9; &#10; &#13;) so no parser normalises them away; characters
/// XML 1.0 forbids (the other C0 controls, U+FFFE, U+FFFF) become U+FFFD.
void WriteXmlEscaped(std::ostream& out, std::string_view text);

/// The inside of a DOT quoted string: '"' and '\' backslash-escaped, LF as \n and CR as \r
/// (Graphviz line breaks), '&' as &amp; (Graphviz decodes entities in labels); other C0
/// controls, U+FFFE and U+FFFF become U+FFFD, as Graphviz copies labels into SVG (XML).
void WriteDotEscaped(std::ostream& out, std::string_view text);

/// One CSV field per RFC 4180: always quoted, '"' doubled, everything else verbatim
/// (newlines included).
void WriteCsvQuoted(std::ostream& out, std::string_view text);

/// A Neo4j array field: items joined by ';', the importer's array delimiter. The importer
/// cannot escape it, so a ';' inside an item is written as U+FF1B (FULLWIDTH SEMICOLON);
/// quoted as WriteCsvQuoted; an empty list is an empty unquoted field (no property).
void WriteNeo4jArray(std::ostream& out, const std::vector<std::string>& items);

/// `text` with each malformed UTF-8 sequence replaced by U+FFFD.
std::string ValidUtf8(std::string_view text);

/// Joins with '|' (the list separator of the flat formats); a '|' or '\' inside an item
/// is preceded by '\', so SplitList gives the items back exactly.
std::string JoinList(const std::vector<std::string>& items);
/// Splits a JoinList string; empty text is an empty list.
std::vector<std::string> SplitList(std::string_view text);

/// The evidence list as compact JSON: [{"document":...,"sentence":...,...}].
std::string EvidenceToJson(const std::vector<Evidence>& evidence);
/// Parses EvidenceToJson's output. False (with `error`) on malformed input.
bool EvidenceFromJson(std::string_view json, std::vector<Evidence>* evidence, std::string* error);

}  // namespace kg

#endif  // KG_EXPORT_TEXT_ESCAPE_H_
