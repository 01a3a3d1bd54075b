# The distributed build: `kgraph extract` per shard, then `kgraph merge`, gives exactly the
# GraphML of one `kgraph build`, whatever the sharding and the order of the parts, also in the
# streaming form that Spark's RDD.pipe and Hadoop streaming use; bad parts are named.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
seeds=("$SEEDS"/*.txt)
"$KGRAPH" build "${seeds[@]}" -o single.graphml -q || fail "build"
"$KGRAPH" extract "${seeds[@]:0:2}" --jsonl a.jsonl 2> extract.txt || fail "extract of shard a"
"$KGRAPH" extract "${seeds[@]:2}" --jsonl b.jsonl --threads 2 -q || fail "extract of shard b"
expect_text extract.txt "documents: 2 read, 0 skipped"
[ "$(wc -l < a.jsonl)" -eq 2 ] || fail "a.jsonl should hold one line per document"
"$KGRAPH" merge b.jsonl a.jsonl -o merged.graphml 2> merge.txt || fail "merge"
cmp -s single.graphml merged.graphml || fail "merged GraphML differs from the single build"
expect_text merge.txt "documents: 5 read, 0 skipped"
# Streaming: paths on stdin, JSON lines on stdout, the parts in one folder (with an empty
# partition and the _SUCCESS marker Spark and Hadoop leave).
mkdir parts
printf '%s\n' "${seeds[@]:0:3}" | "$KGRAPH" extract --paths-from - --jsonl - -q > parts/part-00000
printf '%s\n' "${seeds[@]:3}" | "$KGRAPH" extract --paths-from - --jsonl - -q > parts/part-00001
: | "$KGRAPH" extract --paths-from - --jsonl - -q > parts/part-00002
touch parts/_SUCCESS
[ -s parts/part-00002 ] && fail "an empty partition must give no lines"
"$KGRAPH" merge parts -o folder.graphml -q || fail "merge of a folder"
cmp -s single.graphml folder.graphml || fail "merged folder differs from the single build"
# A document in two parts, and a corrupt line, are errors naming the part.
rc=0; "$KGRAPH" merge a.jsonl parts -o dup.graphml 2> dup.txt || rc=$?
[ "$rc" -eq 1 ] || fail "a document in two parts: exit $rc, expected 1"
expect_text dup.txt "was already read from a.jsonl"
sed '2s/"key":"[^"]*",//' b.jsonl > bad.jsonl
rc=0; "$KGRAPH" merge a.jsonl bad.jsonl -o bad.graphml 2> bad.txt || rc=$?
[ "$rc" -eq 1 ] || fail "a corrupt part: exit $rc, expected 1"
expect_line bad.txt "kgraph: invalid input: bad.jsonl:2: missing field mentions[0].key"
[ -e bad.graphml ] && fail "no output may be written from a corrupt part"
echo "ok"
