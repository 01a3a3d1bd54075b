# Bad input is skipped with a message naming file and offset; the rest is kept; exit 2.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
mkdir docs
cp "$SEEDS"/000_*.txt docs/good.txt
printf 'Gut\n\xC3(kaputt' > docs/bad.txt
printf 'a\0b' > docs/binary.bin
: > docs/empty.txt
set +e
"$KGRAPH" build docs missing-path -o kg.graphml 2> err.txt
code=$?
set -e
[ "$code" = 2 ] || { cat err.txt; fail "expected exit 2, got $code"; }
expect_text err.txt "docs/bad.txt: invalid UTF-8 at byte 4 (line 2, column 1)"
expect_text err.txt "docs/binary.bin: binary file: NUL byte at byte 1"
expect_text err.txt "docs/empty.txt: empty document"
expect_text err.txt "missing-path: no such file or directory"
expect_text err.txt "documents: 1 read, 4 skipped"
"$READBACK" kg.graphml | grep -qx "Kimi K2	model" || fail "the good document was lost"
# A malformed rules file stops the run with file and line.
printf '{\n "entities": [\n' > bad.json
if "$KGRAPH" build --rules bad.json -o x.graphml 2> rules.txt; then fail "bad rules accepted"; fi
expect_text rules.txt "bad.json:3:1:"
# An unwritable output is an error and leaves nothing behind.
if "$KGRAPH" build -q -o /nonexistent/dir/kg.graphml 2> out.txt; then fail "unwritable output accepted"; fi
expect_text out.txt "/nonexistent/dir/kg.graphml: cannot write"
echo "ok"
