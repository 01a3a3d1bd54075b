# Queries from the terminal: what neighbours, show, path, search and stats print on the
# bundled seeds (queries.sh compares them with a saved graph).
source "$(dirname "$0")/lib.sh"
cd "$WORK"
"$KGRAPH" --version | grep -q '^kgraph [0-9]' || fail "--version"
"$KGRAPH" --help > help.txt
for cmd in build neighbours show path search stats serve; do expect_text help.txt "$cmd"; done
"$KGRAPH" neighbours DeepSeek > fresh.txt || fail "neighbours exited $?"
expect_line fresh.txt "DeepSeek (company)"
expect_line fresh.txt "  funded-by ->"
grep -qE '^    High-Flyer +company +[0-9]+ evidences?$' fresh.txt || { cat fresh.txt; fail "no High-Flyer row"; }
"$KGRAPH" neighbours DeepSeek --depth 2 --evidence > deep.txt
grep -qE '^  hop 2: .+$' deep.txt || { cat deep.txt; fail "no hop 2 group"; }
grep -qE ' via [^ ]' deep.txt || fail "no via node at depth 2"
grep -qE '^      [^ ]+\.txt: ".+"$' deep.txt || fail "no evidence line"
"$KGRAPH" neighbours DeepSeek --relation funded-by > funded.txt
[ "$(grep -c '^    ' funded.txt)" = 1 ] || { cat funded.txt; fail "the relation filter kept other relations"; }
"$KGRAPH" show USA > usa.txt
expect_line usa.txt "USA (country)"
grep -qE '^  mentions +[0-9]+$' usa.txt || fail "no mentions in the card"
"$KGRAPH" path "Moonshot AI" OpenAI > path.txt
grep -qE '^Moonshot AI \(company\) to OpenAI \(company\): [0-9]+ shortest paths? of [0-9]+ hops?$' path.txt ||
  { cat path.txt; fail "path summary"; }
"$KGRAPH" search deep > search.txt
grep -qE '^  DeepSeek +company +prefix +[0-9]+ mentions$' search.txt || { cat search.txt; fail "search row"; }
"$KGRAPH" stats --format json > stats.json
grep -q '"entity_types":{"company":[0-9]' stats.json || { cat stats.json; fail "stats json"; }
"$KGRAPH" neighbours deepseeks > variant.txt
cmp fresh.txt variant.txt || fail "a case/genitive variant found another answer"
"$KGRAPH" build -q -o kg.graphml
"$KGRAPH" neighbours DeepSeek --graph kg.graphml > saved.txt
cmp fresh.txt saved.txt || { diff fresh.txt saved.txt; fail "saved graph answers differently"; }
if "$KGRAPH" neighbours "Nobody Known" 2> err.txt; then fail "unknown entity exited 0"; fi
expect_text err.txt 'no entity "Nobody Known"'
"$KGRAPH" neighbours Deepsek 2> err.txt && fail "misspelt entity exited 0"
expect_text err.txt 'did you mean: DeepSeek'
# build --explain lists the surface forms merged into each node.
"$KGRAPH" build -q --explain -o explain.graphml > explain.txt || fail "build --explain"
grep -q '^DeepSeek (company, [0-9]* mentions): DeepSeek | .*Deepseek' explain.txt || { cat explain.txt; fail "--explain"; }
echo "ok"
