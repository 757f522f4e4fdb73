#!/bin/bash
# record.sh: writes expected/NAME.out for each scenario from the real kernel.
# Run as root: tests/conformance/record.sh [scenarios/NAME.sh ...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
kernel_available || { echo "record.sh: needs root and unshare -n -m" >&2; exit 1; }
[ $# -gt 0 ] || set -- "$here"/scenarios/*.sh
for s in "$@"; do
	name=$(basename "$s" .sh)
	run_kernel "$s" > "$here/expected/$name.out" || true
	echo "recorded $name"
done
