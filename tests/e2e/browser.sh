# The page in headless Chromium (tests/browser/page_test.mjs): graph drawn, search, side
# panel with evidence, hostile markup in names and sentences shown as text, screenshots kept.
# Fails, never skips, when Chromium or node is missing: scripts/install-deps.sh installs them.
source "$(dirname "$0")/lib.sh"
BROWSER_DIR="$TESTS/browser"
ARTIFACTS="${ARTIFACTS:-$(dirname "$(dirname "$KGRAPH")")/test-artifacts}"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing: run scripts/install-deps.sh"
command -v node > /dev/null || fail "node is missing: run scripts/install-deps.sh"
command -v npm > /dev/null || fail "npm is missing: run scripts/install-deps.sh"

# playwright-core, pinned in package-lock.json, into tests/browser/node_modules (once).
wanted=$(node -p 'require(process.argv[1]).dependencies["playwright-core"]' "$BROWSER_DIR/package.json")
have=$(node -p 'try { require(process.argv[1]).version } catch (e) { "" }' \
       "$BROWSER_DIR/node_modules/playwright-core/package.json")
if [ "$have" != "$wanted" ]; then
  (cd "$BROWSER_DIR" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci in $BROWSER_DIR failed"
fi

# The seeds plus a document with markup in its file name and sentences, and an entity
# whose name is markup. Names are taken as most often written, and the extractor never
# reads "<" as part of a name, so the name is set in the saved GraphML (keys stay valid).
cd "$WORK"
mkdir docs
cat > rules.json << 'JSON'
{"entities": [{"name": "<script>alert(1)</script> AI", "type": "company", "aliases": ["Skriptor AI"]}]}
JSON
cat > 'docs/<img src=x onerror=alert(2)>.txt' << 'TEXT'
Das Berliner Start-up Skriptor AI konkurriert mit DeepSeek. Skriptor AI wird von High-Flyer finanziert, meldet <img src=x onerror=alert(3)>.
TEXT
"$KGRAPH" build "$SEEDS" docs --rules rules.json -q -o built.graphml || fail "kgraph build"
python3 - built.graphml hostile.graphml << 'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
old, new = '"n_label">Skriptor AI<', '"n_label">&lt;script&gt;alert(1)&lt;/script&gt; AI<'
assert text.count(old) == 1, "no node labelled Skriptor AI"
open(sys.argv[2], "w", encoding="utf-8").write(text.replace(old, new))
PY

"$KGRAPH" serve --graph hostile.graphml --port 0 -q > serve.txt 2>&1 &
pid=$!
trap 'kill "$pid" 2> /dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 300); do grep -q "serving" serve.txt && break; sleep 0.1; done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' serve.txt) || { cat serve.txt; fail "kgraph serve did not start"; }
timeout 180 node "$BROWSER_DIR/page_test.mjs" "$url" "$ARTIFACTS" || fail "browser test (see above)"
echo "ok"
