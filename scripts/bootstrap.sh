#!/bin/bash
# bootstrap.sh: the quick start's first command on a fresh Debian 12 machine:
# installs what is missing, builds build/vethlab and runs the seed demo.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build dependencies, the reference tools the conformance suite compares against
# on the real kernel (iproute2, iputils' ping, arping and tracepath, traceroute,
# tcpdump, ethtool, net-tools, sudo), clang
# with its libFuzzer runtime for tests/fuzz.sh, tmux for tests/interactive.sh,
# cairo, fontconfig and a font for why --svg/--png, and graphviz's libraries
# (libgvc, libcgraph, with their layout and render plugins) for graph.
pkgs=(build-essential cmake ninja-build pkg-config libedit-dev libpcap-dev libjson-c-dev
      libcairo2-dev libfontconfig-dev fonts-dejavu-core libgraphviz-dev
      iproute2 iputils-ping iputils-arping iputils-tracepath traceroute tcpdump ethtool net-tools procps sudo util-linux gawk
      clang libclang-rt-14-dev tmux)
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	as_root=()
	[ "$(id -u)" = 0 ] || as_root=(sudo)
	"${as_root[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build >/dev/null
build/vethlab examples/seed-veth-pair.sh
