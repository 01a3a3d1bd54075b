# Parallel extraction is deterministic: the same documents give byte-identical GraphML for
# any --threads, any order of the PATH arguments and any directory listing order; and a
# piped stderr gets the summary only (the progress bar is for terminals).
source "$(dirname "$0")/lib.sh"
cd "$WORK"
# Two trees holding each seed twice (docs/a, docs/b), filled in opposite orders, so the
# documents keep their names (docs/a/000_....txt) but are created and listed differently.
for f in "$SEEDS"/*.txt; do mkdir -p fwd/docs/a fwd/docs/b; cp "$f" fwd/docs/a/; cp "$f" fwd/docs/b/; done
for f in $(ls -r "$SEEDS"/*.txt); do mkdir -p rev/docs/b rev/docs/a; cp "$f" rev/docs/b/; cp "$f" rev/docs/a/; done
(cd fwd && "$KGRAPH" build docs --threads 1 -o "$WORK/t1.graphml" 2> "$WORK/t1.err") || fail "build --threads 1"
(cd fwd && "$KGRAPH" build docs --threads 2 -o "$WORK/t2.graphml" 2> "$WORK/t2.err") || fail "build --threads 2"
(cd rev && "$KGRAPH" build docs --threads 2 -o "$WORK/rev.graphml" -q) || fail "build of the reversed tree"
(cd rev && "$KGRAPH" build $(ls -r docs/*/*.txt) --threads 3 -o "$WORK/args.graphml" -q) || fail "build of reversed arguments"
(cd fwd && "$KGRAPH" build docs -o "$WORK/default.graphml" -q) || fail "build with the default thread count"
expect_text t1.err "documents: 10 read, 0 skipped"
for other in t2 rev args default; do
  cmp -s t1.graphml "$other.graphml" || fail "$other.graphml differs from the --threads 1 build"
done
# The extractions themselves come out in document-name order (the graph alone would not
# show it: resolution does not depend on document order).
(cd fwd && "$KGRAPH" extract docs --threads 1 --jsonl "$WORK/t1.jsonl" -q) || fail "extract --threads 1"
(cd rev && "$KGRAPH" extract docs --threads 2 --jsonl "$WORK/rev.jsonl" -q) || fail "extract --threads 2"
cmp -s t1.jsonl rev.jsonl || fail "JSONL differs between --threads 1 and 2"
# Only the summary on a piped stderr: no carriage return, no escape sequence, 5 lines.
cmp -s <(head -n 4 t1.err) <(head -n 4 t2.err) || { diff t1.err t2.err; fail "summaries differ between --threads 1 and 2"; }
if grep -q $'[\r\x1b]' t2.err; then fail "progress output on a piped stderr"; fi
[ "$(wc -l < t2.err)" -eq 5 ] || { cat t2.err; fail "stderr is not the 5-line summary"; }
# --threads must be a positive count.
if "$KGRAPH" build --threads 0 -o x.graphml 2> zero.txt; then fail "--threads 0 accepted"; fi
expect_text zero.txt "--threads"
echo "ok"
