#!/bin/sh
# Instructions that `verify --format json FILE` executes, with the package
# taken from TREE (a checkout or a worktree of any commit): a count that does
# not depend on how busy the machine is.
#
#   benchmarks/callgrind.sh TREE FILE
#   python benchmarks/generate.py 5000 -o /tmp/g5k.yaml
#   benchmarks/callgrind.sh . /tmp/g5k.yaml
set -eu
if [ $# -ne 2 ]; then
    echo "usage: $0 TREE FILE" >&2
    exit 2
fi
tree=$(cd "$1" && pwd)
file=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# run from an empty directory: `python -m` puts the working directory first
# on the path, so a checkout there would be measured whatever TREE says
cd "$out"
PYTHONPATH="$tree" valgrind --tool=callgrind --callgrind-out-file="$out/cg.out" \
    "${PYTHON:-python}" -m licang_check verify --format json "$file" >/dev/null 2>"$out/err" || true
sed -n 's/.*Collected : //p' "$out/err"
