# Queries from the terminal: neighbours on the bundled seeds and on a saved graph agree.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
"$KGRAPH" --version | grep -q '^kgraph [0-9]' || fail "--version"
"$KGRAPH" --help > help.txt
for cmd in build neighbours serve; do expect_text help.txt "$cmd"; done
"$KGRAPH" neighbours DeepSeek > fresh.txt || fail "neighbours exited $?"
expect_line fresh.txt "DeepSeek (company)"
expect_line fresh.txt "  funded-by ->"
expect_text fresh.txt "High-Flyer (company"
"$KGRAPH" neighbours deepseeks > variant.txt
cmp fresh.txt variant.txt || fail "a case/genitive variant found another answer"
"$KGRAPH" build -q -o kg.graphml
"$KGRAPH" neighbours DeepSeek --graph kg.graphml > saved.txt
cmp fresh.txt saved.txt || { diff fresh.txt saved.txt; fail "saved graph answers differently"; }
if "$KGRAPH" neighbours "Nobody Known" 2> err.txt; then fail "unknown entity exited 0"; fi
expect_text err.txt 'no entity "Nobody Known"'
echo "ok"
