// JSON Lines of extractions, one document per line: the map step of a distributed build
// (`kgraph extract` per shard) writes them and `kgraph merge` reads them back exactly.
#ifndef KG_EXPORT_JSONL_H_
#define KG_EXPORT_JSONL_H_

#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "graph/types.h"

namespace kg {

/// Writes `document` as one compact JSON object and a '\n':
/// {"document", "sentences", "mentions": [{"surface", "key", "surface_key", "canonical",
///  "type" ("company", ...), "strength" ("shape"|"context"|"gazetteer"), "begin", "end"}],
///  "relations": [{"source", "target" (indexes into mentions), "relation" ("developed-by", ...),
///  "evidence": {"document", "sentence", "rule", "sentence_begin", "sentence_end",
///  "source_begin", "source_end", "target_begin", "target_end", "confidence"}}]}.
/// Offsets are bytes, as in graph/types.h; doubles are written so they read back exactly.
/// `sentences` is the document's sentence count (for the build summary).
/// Error: IoError when the stream fails.
Status WriteJsonlDocument(const DocumentExtraction& document, size_t sentences, std::ostream& out);

/// Receives one document read back and its sentence count; an error stops the reading.
using JsonlSink = std::function<Status(DocumentExtraction&& document, size_t sentences)>;

/// Reads lines written by WriteJsonlDocument from `in`, one at a time, handing each document
/// to `sink` (so a part need not fit in memory). Blank lines are skipped. `name` is used in
/// messages. Error: the first error of `sink`, unchanged, or InvalidInput naming the line
/// and the field, e.g.
/// "parts.jsonl:12: missing field mentions[3].key",
/// "parts.jsonl:12: relations[0].target: expected an unsigned integer",
/// "parts.jsonl:12: relations[0].source: no mention 7 (the document has 3)",
/// "parts.jsonl:3: invalid JSON at column 17: Missing a colon after a name of object member.".
/// Documents before the bad line have reached `sink`.
Status ReadJsonl(const std::string& name, std::istream& in, const JsonlSink& sink);

}  // namespace kg

#endif  // KG_EXPORT_JSONL_H_
