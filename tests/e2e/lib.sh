# Helpers for the end-to-end tests: a scratch dir and assertions that say what failed.
set -euo pipefail
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_line() {  # expect_line FILE LINE: FILE has LINE exactly
  grep -qxF -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "missing line: $2"; }
}
expect_text() {  # expect_text FILE TEXT: FILE contains TEXT
  grep -qF -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "missing text: $2"; }
}
