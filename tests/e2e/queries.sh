# Every query command answers the same on the bundled seeds and on the graph saved from
# them (--graph), in both formats; unknown and ambiguous names fail with a clear message.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
"$KGRAPH" build -q -o kg.graphml
run_both() {  # run_both ARGS...: the same query fresh and on the saved graph, compared
  local fresh_code=0 saved_code=0
  "$KGRAPH" "$@" > fresh.out 2> fresh.err || fresh_code=$?
  "$KGRAPH" "$@" --graph kg.graphml > saved.out 2> saved.err || saved_code=$?
  [ "$fresh_code" = "$saved_code" ] || fail "$*: exit $fresh_code fresh, $saved_code saved"
  cmp -s fresh.out saved.out || { diff fresh.out saved.out; fail "$*: saved graph answers differently"; }
  cmp -s fresh.err saved.err || { diff fresh.err saved.err; fail "$*: saved graph errs differently"; }
  return "$fresh_code"
}
expect_same() { run_both "$@" || fail "$*: exited $?"; }
for format in table json; do
  expect_same neighbours DeepSeek --format $format
  expect_same neighbours deepseeks --depth 3 --evidence --format $format
  expect_same neighbours China --relation based-in,competes-with --direction in --format $format
  expect_same neighbours DeepSeek --depth 2 --type country,person --format $format
  expect_same show USA --format $format
  expect_same path "Moonshot AI" OpenAI --format $format
  expect_same path DeepSeek "Kimi K2" --max-depth 4 --format $format
  expect_same search deep --format $format
  expect_same search AI --limit 50 --format $format
  expect_same stats --top 100 --format $format
done
# Every entity's card, by the names stats lists (all of them with --top 1000).
"$KGRAPH" stats --top 1000 | sed -n '/entities by degree$/,$p' | tail -n +2 |
  sed -E 's/^  (.*) \((company|model|person|country)\) +[0-9]+$/\1\t\2/' > entities.tsv
[ "$(wc -l < entities.tsv)" -gt 20 ] || { cat entities.tsv; fail "too few entities listed"; }
while IFS=$'\t' read -r name type; do
  expect_same show "$name" --type "$type" --format json
done < entities.tsv
# Unknown names fail with suggestions, the same way on both graphs.
if run_both show Deepsek; then fail "unknown entity exited 0"; fi
expect_text fresh.err 'no entity "Deepsek"; did you mean: DeepSeek'
if run_both path "Nobody Known" OpenAI; then fail "unknown path end exited 0"; fi
expect_text fresh.err 'no entity "Nobody Known"'
# An ambiguous name lists its candidates; --type or the listed form picks one.
cat > twins.graphml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_keys" for="node" attr.name="keys" attr.type="string"/>
  <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>
  <graph id="g" edgedefault="directed">
    <node id="n0"><data key="n_label">Nova</data><data key="n_type">company</data><data key="n_keys">nova</data></node>
    <node id="n1"><data key="n_label">Nova</data><data key="n_type">model</data><data key="n_keys">nova</data></node>
    <edge source="n1" target="n0"><data key="e_relation">developed-by</data></edge>
  </graph>
</graphml>
XML
if "$KGRAPH" show nova --graph twins.graphml 2> err.txt; then fail "ambiguous name exited 0"; fi
expect_text err.txt '"nova" is ambiguous: Nova (company), Nova (model); narrow it with --type'
"$KGRAPH" show nova --type model --graph twins.graphml > model.txt
expect_line model.txt "Nova (model)"
"$KGRAPH" neighbours "Nova (company)" --graph twins.graphml > company.txt
expect_line company.txt "Nova (company)"
expect_line company.txt "  <- developed-by"
echo "ok"
