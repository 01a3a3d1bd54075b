# kgraph serve: binds loopback, prints its URL, serves the page and the API, stops on SIGINT.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
# Port 0: the server takes a free port and prints it (a fixed port may be taken).
"$KGRAPH" serve --port 0 -q > out.txt 2>&1 &
pid=$!
wait_serving() {  # wait_serving FILE: up to 120 s (the seeds are built first; slow under ASan)
  for _ in $(seq 1 1200); do grep -q "serving" "$1" 2>/dev/null && return 0; sleep 0.1; done
  cat "$1"; fail "serve printed no URL within 120 s"
}
wait_serving out.txt
port=$(sed -n 's|.*serving http://127.0.0.1:\([0-9]*\)/.*|\1|p' out.txt)
[ -n "$port" ] || { cat out.txt; fail "serve printed no http://127.0.0.1:PORT/ URL"; }
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
# Any other address than loopback is served with a warning.
"$KGRAPH" serve --host 0.0.0.0 --port 0 -q > any.txt 2>&1 &
pid=$!
wait_serving any.txt
kill -INT "$pid"
wait "$pid" || fail "serve --host 0.0.0.0 did not exit cleanly after SIGINT"
expect_line any.txt "kgraph: warning: serving on 0.0.0.0, reachable from other machines"
# The server is a program of its own (kgraph-serve): kgraph passes every argument through,
# and no other command loads the HTTP library or OpenSSL.
"$KGRAPH" serve --help > help.txt || fail "kgraph serve --help"
expect_text help.txt "Usage: kgraph serve"
expect_text help.txt "--port"
code=0; "$KGRAPH" serve --no-such-flag 2> flag.txt || code=$?
[ "$code" != 0 ] || fail "serve accepted an unknown flag"
expect_text flag.txt "--no-such-flag"
! ldd "$KGRAPH" | grep -E "libcpp-httplib|libssl|libcrypto" || fail "kgraph links the web server's libraries"
cp "$KGRAPH" alone
code=0; ./alone serve --port 0 2> alone.txt || code=$?
[ "$code" = 1 ] || fail "serve without kgraph-serve exited $code"
expect_text alone.txt "kgraph: cannot start the web server $WORK/kgraph-serve (built and installed beside kgraph): No such file or directory"
echo "ok"
