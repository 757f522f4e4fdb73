# runner.sh: sourced by the shell test runners: from the repository's root,
# VETHLAB as an absolute path (build/vethlab unless set), the pass and fail
# counts at 0, and a scratch directory $tmp removed on exit.
set -u
cd "$(dirname "$0")/.."
: "${VETHLAB:=build/vethlab}"
VETHLAB=$(realpath "$VETHLAB")
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
