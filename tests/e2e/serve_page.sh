# kgraph serve: binds loopback, prints its URL, serves the page and the API, stops on SIGINT.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
port=$(( 20000 + RANDOM % 20000 ))
"$KGRAPH" serve --port "$port" -q > out.txt 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q "serving" out.txt 2>/dev/null && break; sleep 0.1; done
expect_text out.txt "serving http://127.0.0.1:$port/"
curl -fsS "http://127.0.0.1:$port/" > page.html || fail "GET /"
expect_text page.html "<title>kgraph</title>"
curl -fsS "http://127.0.0.1:$port/api/graph" > graph.json || fail "GET /api/graph"
python3 -c 'import json,sys; d=json.load(open("graph.json")); assert d["elements"]["nodes"] and d["elements"]["edges"]'
curl -fsS "http://127.0.0.1:$port/api/neighbours?name=DeepSeek" > n.json || fail "GET /api/neighbours"
expect_text n.json '"name":"High-Flyer"'
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/neighbours?name=Nobody")
[ "$code" = 404 ] || fail "unknown entity gave $code"
kill -INT "$pid"
wait "$pid" || fail "serve did not exit cleanly after SIGINT"
echo "ok"
