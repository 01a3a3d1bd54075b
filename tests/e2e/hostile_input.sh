# Hostile input: every bad document is skipped with one line naming the file and the byte
# offset, every good one stays in the graph, the exit code is the README's (0 done, 1 failed,
# 2 partial), and nothing crashes or hangs (every run under `timeout`). Bad --graph, --rules,
# merge parts and gold files stop the run with one line naming the file and the position.
# KG_HOSTILE_BIG_MB: size of the single-line document (default 50; the sanitizer run in
# .ci/run makes it smaller, as it checks memory errors there, not speed).
source "$(dirname "$0")/lib.sh"
cd "$WORK"
BIG_MB=${KG_HOSTILE_BIG_MB:-50}
LIMIT=${KG_HOSTILE_TIMEOUT:-600}  # seconds per command: more means a hang

# run CODE ERR CMD...: runs CMD under timeout, stderr into ERR; fails on a hang, a crash
# (a signal, or a sanitizer report) or an exit code other than CODE.
run() {
  local want=$1 err=$2 rc=0
  shift 2
  timeout "$LIMIT" "$@" 2> "$err" || rc=$?
  [ "$rc" != 124 ] || fail "hang: $* (stopped after $LIMIT s)"
  if [ "$rc" -ge 128 ] || grep -q 'Sanitizer' "$err"; then cat "$err"; fail "crash: $* (exit $rc)"; fi
  [ "$rc" = "$want" ] || { cat "$err"; fail "$*: exit $rc, expected $want"; }
}
# one_error FILE LINE: FILE holds exactly LINE, the one-line error of a failed run.
one_error() {
  [ "$(wc -l < "$1")" = 1 ] || { cat "$1"; fail "expected one line in $1"; }
  expect_line "$1" "$2"
}

# --- Documents: a folder of bad files among good ones ---
mkdir -p docs/sub
cp "$SEEDS"/000_*.txt docs/good.txt  # Kimi K2, Moonshot AI
printf '\xEF\xBB\xBFDas Start-up Lumora AI wird von High-Flyer finanziert.\n' > docs/bom.txt
printf 'Zeile eins.\nZeile zwei mit \xC3( mitten drin.\nZeile drei.\n' > docs/middle.txt
printf '\xFF\xFEH\0a\0l\0l\0o\0' > docs/utf16le.txt
printf '\xFE\xFF\0H\0a\0l\0l\0o' > docs/utf16be.txt
{ head -c 10000 /dev/zero | tr '\0' 'a'; printf '\0 Rest.\n'; } > docs/late_nul.txt
{ printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR'; head -c 65536 "$KGRAPH"; } > docs/image.png  # NUL at byte 8
: > docs/empty.txt
printf ' \n\t\n' > docs/blank.txt
python3 - << 'PY'
word = "Q" + "x" * 1_000_000  # 1 MB without a space
open("docs/long_word.txt", "w").write("Das Start-up " + word + " konkurriert mit Qwen. DeepSeek wird von High-Flyer finanziert.\n")
words = ["Alibaba", "entwickelt", "und", "die", "Start-up", "mit", "Modell", "der"]
open("docs/long_sentence.txt", "w").write(" ".join(words[i % 8] for i in range(150_000)) + " Mistral\n")
PY
ln -s .. docs/sub/up          # a loop through the parent
ln -s self docs/self          # a symlink to itself
ln -s nowhere docs/dangling   # a broken symlink
mkfifo docs/fifo              # reading it would block forever
printf 'Das Start-up Nexora AI konkurriert mit DeepSeek.\n' > docs/locked.txt
chmod 000 docs/locked.txt
mkdir docs/locked_dir
chmod 000 docs/locked_dir
# Read: good, bom, long_word, long_sentence (and locked.txt as root). Skipped: 11 below
# (and locked.txt and locked_dir when not root).
read_docs=4 skipped=13
if [ "$(id -u)" -eq 0 ]; then
  echo "note: running as root, where chmod 000 does not stop reading: the unreadable-file check is skipped"
  read_docs=5 skipped=11
fi
run 2 err.txt "$KGRAPH" build docs missing-path -o kg.graphml
expect_line err.txt "kgraph: skipped missing-path: no such file or directory"
expect_line err.txt "kgraph: skipped docs/dangling: broken symbolic link: No such file or directory"
expect_line err.txt "kgraph: skipped docs/self: broken symbolic link: Too many levels of symbolic links"
expect_line err.txt "kgraph: skipped docs/fifo: not a regular file"
expect_line err.txt "kgraph: skipped docs/middle.txt: invalid UTF-8 at byte 27 (line 2, column 16)"
for f in utf16le utf16be; do
  expect_line err.txt "kgraph: skipped docs/$f.txt: UTF-16/32 text at byte 0 (byte order mark); convert it to UTF-8"
done
expect_line err.txt "kgraph: skipped docs/late_nul.txt: NUL byte at byte 10000 (line 1, column 10001)"
expect_line err.txt "kgraph: skipped docs/image.png: binary file: NUL byte at byte 8 (line 3, column 1)"
expect_line err.txt "kgraph: skipped docs/empty.txt: empty document"
expect_line err.txt "kgraph: skipped docs/blank.txt: empty document"
if [ "$(id -u)" -ne 0 ]; then
  expect_line err.txt "kgraph: skipped docs/locked.txt: cannot open: Permission denied"
  expect_line err.txt "kgraph: skipped docs/locked_dir: cannot list: Permission denied"
fi
expect_line err.txt "documents: $read_docs read, $skipped skipped"
[ "$(grep -c '^kgraph: skipped ' err.txt)" = "$skipped" ] || { cat err.txt; fail "expected $skipped skipped lines"; }
"$READBACK" kg.graphml > nodes.txt || fail "Boost could not read the graph"
for line in "Kimi K2	developed-by	Moonshot AI" "Lumora AI	funded-by	High-Flyer" "DeepSeek	funded-by	High-Flyer"; do
  expect_line nodes.txt "$line"
done
chmod 644 docs/locked.txt
chmod 755 docs/locked_dir

# --- One 50 MB line of ordinary prose (the seeds without line breaks) ---
python3 - "$SEEDS" "$BIG_MB" << 'PY'
import glob, sys
prose = " ".join(open(f, encoding="utf-8").read().replace("\n", " ") for f in sorted(glob.glob(sys.argv[1] + "/*.txt")))
size = int(sys.argv[2]) * 1000 * 1000
with open("big.txt", "w", encoding="utf-8") as out:
    written = 0
    while written < size:
        out.write(prose + " ")
        written += len(prose.encode()) + 1
PY
start=$SECONDS
run 0 big_err.txt "$KGRAPH" build big.txt -o big.graphml
expect_line big_err.txt "documents: 1 read, 0 skipped"
"$READBACK" big.graphml | grep -qx "Kimi K2	developed-by	Moonshot AI" || fail "the single-line document lost its relations"
echo "single line of $(( $(wc -c < big.txt) / 1000000 )) MB: $(( SECONDS - start )) s"

# --- A saved graph (--graph) that is cut, not XML, too deep, or wrong ---
"$KGRAPH" build -q -o seeds.graphml
python3 - << 'PY'
text = open("seeds.graphml", encoding="utf-8").read()
cut = text.index('<data key="n_label">') + 25  # inside the first label
open("cut.graphml", "w", encoding="utf-8").write(text[:cut])
open("deep.graphml", "w").write('<?xml version="1.0"?>\n<graphml>\n<graph>' + "<x>" * 100000 + "\n")
first = text.index('<data key="e_evidence_json">') + len('<data key="e_evidence_json">')
end = text.index("</data>", first)
open("deep_evidence.graphml", "w", encoding="utf-8").write(text[:first] + "[" * 200000 + text[end:])
open("bad_evidence.graphml", "w", encoding="utf-8").write(text[:first] + "[{}]" + text[end:])
open("bad_type.graphml", "w", encoding="utf-8").write(text.replace('"n_type">company<', '"n_type">city<', 1))
PY
cp docs/image.png image.graphml
: > empty.graphml
lines=$(( $(wc -l < cut.graphml) + 1 ))
run 1 err.txt "$KGRAPH" stats --graph cut.graphml
one_error err.txt "kgraph: invalid input: cut.graphml:$lines: unexpected end of data, elements left open"
run 1 err.txt "$KGRAPH" stats --graph image.graphml
one_error err.txt "kgraph: invalid input: image.graphml:1: not well-formed (invalid token)"
run 1 err.txt "$KGRAPH" stats --graph deep.graphml
one_error err.txt "kgraph: invalid input: deep.graphml:3: elements nested deeper than 256 levels"
edge_line=$(grep -n -m1 '<edge ' bad_evidence.graphml | cut -d: -f1)  # errors name the line where the element starts
node_line=$(grep -n -m1 '<node ' bad_type.graphml | cut -d: -f1)
run 1 err.txt "$KGRAPH" stats --graph deep_evidence.graphml
one_error err.txt "kgraph: invalid input: deep_evidence.graphml:$edge_line: edge 0: evidence_json: Invalid value. at offset 200000"
run 1 err.txt "$KGRAPH" stats --graph bad_evidence.graphml
one_error err.txt "kgraph: invalid input: bad_evidence.graphml:$edge_line: edge 0: evidence_json: evidence entry 0 lacks a field or has a wrong type"
run 1 err.txt "$KGRAPH" stats --graph bad_type.graphml
one_error err.txt "kgraph: invalid input: bad_type.graphml:$node_line: node 0: unknown type \"city\""
run 1 err.txt "$KGRAPH" stats --graph empty.graphml
one_error err.txt "kgraph: invalid input: empty.graphml: empty file, not a GraphML graph"
run 1 err.txt "$KGRAPH" stats --graph missing.graphml
one_error err.txt "kgraph: not found: missing.graphml: cannot open"

# --- Rules files (--rules) that are cut, nested too deep, not UTF-8 or wrong ---
printf '{\n "entities": [\n  {"name": "Lumora",\n' > cut.json
python3 -c 'open("deep.json", "w").write("{\"entities\": " + "[" * 200000 + "\n")'
printf '{"entities": [{"name": "Lum\xffra", "type": "company"}]}' > latin1.json
printf '{"entities": [{"name": "Lumora", "type": "firm"}]}' > bad_type.json
printf '[1, 2]' > array.json
: > empty.json
run 1 err.txt "$KGRAPH" build --rules cut.json -q -o x.graphml
one_error err.txt "kgraph: invalid input: cut.json:4:1: Missing a name for object member."
run 1 err.txt "$KGRAPH" build --rules deep.json -q -o x.graphml
one_error err.txt "kgraph: invalid input: deep.json:2:1: Invalid value."
run 1 err.txt "$KGRAPH" build --rules latin1.json -q -o x.graphml
one_error err.txt "kgraph: invalid input: latin1.json:1:28: Invalid encoding in string."
run 1 err.txt "$KGRAPH" build --rules bad_type.json -q -o x.graphml
one_error err.txt "kgraph: invalid input: bad_type.json: entities[0].type: expected one of company, model, person, country"
run 1 err.txt "$KGRAPH" build --rules array.json -q -o x.graphml
one_error err.txt "kgraph: invalid input: array.json: top level: expected a JSON object"
run 1 err.txt "$KGRAPH" build --rules empty.json -q -o x.graphml
one_error err.txt "kgraph: invalid input: empty.json:1:1: The document is empty."
run 1 err.txt "$KGRAPH" build --rules missing.json -q -o x.graphml
one_error err.txt "kgraph: not found: missing.json: no such file"
[ -e x.graphml ] && fail "a failed build wrote its output"

# --- Merge parts and gold files nested too deep ---
python3 -c 'open("deep.jsonl", "w").write("[" * 200000 + "\n")'
run 1 err.txt "$KGRAPH" merge deep.jsonl -q -o x.graphml
one_error err.txt "kgraph: invalid input: deep.jsonl:1: invalid JSON at column 200001: Invalid value."
run 1 err.txt "$KGRAPH" eval --gold deep.json
one_error err.txt "kgraph: invalid input: deep.json:2:1: Invalid value."
echo "ok"
