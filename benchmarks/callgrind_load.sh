#!/bin/sh
# Instructions that loading FILE takes (`parse_claims`, in process, GC off),
# with the package taken from TREE; `compose` counts `yaml.compose` with
# libyaml instead, `none` the interpreter and the imports alone (subtract it
# from both to compare the two).
#
#   benchmarks/callgrind_load.sh TREE FILE [load|compose|none]
#   python benchmarks/realistic.py 5000 -o /tmp/r5k.yaml
#   benchmarks/callgrind_load.sh . /tmp/r5k.yaml
set -eu
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 TREE FILE [load|compose|none]" >&2
    exit 2
fi
tree=$(cd "$1" && pwd)
file=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
mode=${3:-load}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$out"  # as in callgrind.sh: no checkout in the working directory
PYTHONPATH="$tree" valgrind --tool=callgrind --callgrind-out-file="$out/cg.out" \
    "${PYTHON:-python}" -c '
import gc, sys
from pathlib import Path
gc.disable()
import yaml
from licang_check.claims.load import parse_claims
path, mode = Path(sys.argv[1]), sys.argv[2]
data = path.read_bytes()
if mode == "load":
    parse_claims(data, path)
elif mode == "compose":
    yaml.compose(data, Loader=yaml.CSafeLoader)
' "$file" "$mode" >/dev/null 2>"$out/err" || true
sed -n 's/.*Collected : //p' "$out/err"
