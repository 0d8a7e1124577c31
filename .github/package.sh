#!/bin/sh
# Packs the built qingdan (target/qingdan.jar and, where the build keeps its libraries beside it,
# target/lib/) into OUTDIR/qingdan-VERSION.tar.gz (OUTDIR: dist), whose qingdan/ folder runs with
# `java -jar qingdan/qingdan.jar COMMAND`. The release workflow uploads it; CI examples download it.
set -eu
cd "$(dirname "$0")/.."
version=${1:?usage: .github/package.sh VERSION [OUTDIR]}
out=${2:-dist}
[ -f target/qingdan.jar ] || { echo "package.sh: build first (mvn package)" >&2; exit 2; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/qingdan" "$out"
cp target/qingdan.jar "$stage/qingdan/"
if [ -d target/lib ]; then
  cp -R target/lib "$stage/qingdan/lib"
fi
cp README.md "$stage/qingdan/"
tar -czf "$out/qingdan-$version.tar.gz" -C "$stage" qingdan
echo "$out/qingdan-$version.tar.gz"
