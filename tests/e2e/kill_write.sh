# Nothing lost: `kgraph build -o out.graphml` killed with SIGKILL in the middle of writing
# leaves the previous out.graphml whole (the bytes go to out.graphml.tmp.<pid>, renamed over
# it only when complete), and the next run removes the dead process's temp file but not the
# temp file of a writer that is still alive.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
# A corpus whose graph takes a while to write: 3,000 funding pairs stated in each of 20
# documents, so every edge carries 20 evidences (about 30 MB of GraphML).
python3 - << 'PY'
import os, random
random.seed(7)
onsets, vowels = "b d f g k l m n p r s t v z".split(), "a e i o u".split()
def name():
    return "".join(random.choice(onsets) + random.choice(vowels) for _ in range(3)).capitalize()
pairs = [(name(), name()) for _ in range(3000)]
os.mkdir("corpus")
for d in range(20):
    with open(f"corpus/doc{d:02}.txt", "w") as f:
        f.write("\n".join(f"Das Start-up {a} wird von {b} Capital finanziert." for a, b in pairs) + "\n")
PY
"$KGRAPH" build -q -o out.graphml || fail "build of the seeds"
cp out.graphml before.graphml

# Starts the build and sends SIGKILL once its temp file holds 64 KiB; tries again (restoring
# the previous graph) if the build was quicker than the poll, which must not happen often.
python3 - "$KGRAPH" << 'PY' || fail "the build could not be killed mid-write"
import os, shutil, signal, subprocess, sys, time
for attempt in range(3):
    build = subprocess.Popen([sys.argv[1], "build", "corpus", "-q", "-o", "out.graphml"])
    temp = f"out.graphml.tmp.{build.pid}"
    while build.poll() is None:
        if os.path.exists(temp) and os.path.getsize(temp) >= 65536:
            os.kill(build.pid, signal.SIGKILL)
            break
        time.sleep(0.001)
    if build.wait() == -signal.SIGKILL:
        print(f"killed the build with {os.path.getsize(temp)} bytes written to {temp}")
        sys.exit(0)
    print(f"attempt {attempt + 1}: the build ended (exit {build.returncode}) before it could be killed")
    shutil.copy("before.graphml", "out.graphml")
sys.exit(1)
PY
cmp -s before.graphml out.graphml || fail "out.graphml changed although its build was killed"
"$READBACK" out.graphml > /dev/null || fail "out.graphml is not readable after the kill"
temps=(out.graphml.tmp.*)
[ ${#temps[@]} -eq 1 ] && [ -f "${temps[0]}" ] || fail "expected the killed build's temp file, found: ${temps[*]}"

# The next run removes the dead build's temp file, keeps a live writer's, and writes the graph.
sleep 300 &
alive=$!
trap 'kill "$alive" 2> /dev/null; rm -rf "$WORK"' EXIT
echo "partial" > "out.graphml.tmp.$alive"
"$KGRAPH" build "$SEEDS"/000_*.txt -q -o out.graphml || fail "the build after the kill"
[ ! -e "${temps[0]}" ] || fail "the dead build's temp file ${temps[0]} is still there"
[ -f "out.graphml.tmp.$alive" ] || fail "the temp file of a live process was removed"
"$READBACK" out.graphml | grep -qx "Kimi K2	developed-by	Moonshot AI" || fail "the new graph is not in out.graphml"
echo "ok"
