# Exports that real tools open: every format of a hostile-name graph and of the seeds graph,
# read back by networkx, igraph, Boost, Python's csv and Graphviz (check_exports.py), the
# GraphML valid against the XSD; format choice, filters and unwritable paths.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
PY=/usr/bin/python3  # Debian's python: networkx and igraph
CHECK="$TESTS/e2e/check_exports.py"
xsd() {
  xmllint --noout --schema "$TESTS/schemas/graphml/graphml.xsd" "$1" 2> xsd.txt || { cat xsd.txt; fail "XSD: $1"; }
}

# A graph with hostile names (quotes, <&>, emoji, RTL, controls, ';' '|' '\', newlines, 10 kB).
$PY "$TESTS/e2e/hostile_corpus.py" hostile
# Built from the documents, the graph names entities as written (plain aliases); merged
# from the JSONL part, it carries the hostile names themselves.
H=(hostile/docs --rules hostile/hostile_rules.json -q)
for out in b.json b.graphml b.gexf b.dot b.csv; do "$KGRAPH" build "${H[@]}" -o "$out" || fail "build -o $out"; done
xsd b.graphml
$PY "$CHECK" --json b.json --graphml b.graphml --gexf b.gexf --dot b.dot --csv b.csv || fail "hostile documents, built"
for out in h.json h.graphml h.gexf h.dot h.csv; do "$KGRAPH" merge hostile/hostile.jsonl -q -o "$out" || fail "merge -o $out"; done
[ -f h.csv/entities.csv ] && [ -f h.csv/relations.csv ] || fail "-o h.csv did not write the CSV folder"
xsd h.graphml
"$READBACK" h.graphml > /dev/null || fail "Boost read_graphml could not read the hostile GraphML"
"$KGRAPH" export -q --graph h.graphml -o back.json || fail "export of the hostile GraphML"
$PY "$CHECK" --json h.json --graphml h.graphml --gexf h.gexf --dot h.dot --csv h.csv \
  --names hostile/hostile_rules.json --same-as back.json || fail "hostile graph, merged"
# The same through `kgraph export` from the saved GraphML, one format chosen by --format.
# An existing folder means CSV.
mkdir -p folder
for out in back.gexf back.dot folder "back.xml --format graphml"; do
  # shellcheck disable=SC2086  # $out may carry --format
  "$KGRAPH" export -q --graph h.graphml -o $out || fail "export -o $out"
done
xsd back.xml
$PY "$CHECK" --json back.json --graphml back.xml --gexf back.gexf --dot back.dot --csv folder ||
  fail "hostile graph, exported"

# The seeds: every format, then filtered (the filter applies to every format).
"$KGRAPH" build -q -o kg.graphml
for out in kg.json kg.gexf kg.dot neo4j/; do
  "$KGRAPH" export -q --graph kg.graphml -o "$out" || fail "export -o $out"
done
$PY "$CHECK" --json kg.json --graphml kg.graphml --gexf kg.gexf --dot kg.dot --csv neo4j || fail "seeds graph"
F=(--types company,model,country --relations developed-by,based-in --min-weight 2)
for out in f.json f.graphml f.gexf f.dot f.csv; do
  "$KGRAPH" export -q --graph kg.graphml -o "$out" "${F[@]}" || fail "filtered export -o $out"
done
xsd f.graphml
$PY "$CHECK" --json f.json --graphml f.graphml --gexf f.gexf --dot f.dot --csv f.csv --filtered-from kg.json \
  --types company,model,country --relations developed-by,based-in --min-weight 2 || fail "filtered seeds graph"
"$KGRAPH" build -q -o fb.json "${F[@]}" && cmp fb.json f.json || fail "build and export filter differently"

# Errors name the flag or the path, and leave nothing behind.
echo keep > kept.gexf
if "$KGRAPH" export --graph kg.graphml -o kept.gexf --types city 2> err.txt; then fail "unknown type accepted"; fi
expect_text err.txt '--types: unknown entity type "city" (expected company, model, person, country)'
[ "$(cat kept.gexf)" = keep ] || fail "a failed export touched its output"
if "$KGRAPH" export --graph kg.graphml -o kg.txt 2> err.txt; then fail "unknown extension accepted"; fi
expect_text err.txt "kg.txt: unknown output format"
if "$KGRAPH" export --graph kg.graphml -o kg.txt --format xml 2> err.txt; then fail "--format xml accepted"; fi
expect_text err.txt '--format: unknown format "xml"'
if "$KGRAPH" export --graph kg.graphml -o kept.gexf/kg.gexf 2> err.txt; then fail "unwritable file accepted"; fi
expect_text err.txt "kept.gexf/kg.gexf: cannot write"
if "$KGRAPH" export --graph kg.graphml -o kept.gexf/neo4j.csv 2> err.txt; then fail "unwritable folder accepted"; fi
expect_text err.txt "kept.gexf/neo4j.csv: cannot create directory"
if "$KGRAPH" export --graph missing.graphml -o x.json 2> err.txt; then fail "missing --graph accepted"; fi
expect_text err.txt "missing.graphml: cannot open"
if ls -a . neo4j folder | grep -q '\.tmp\.'; then fail "temp files left behind"; fi
echo "ok"
