#!/bin/sh
# bench/fresh-jar.sh JAR...: makes the next launcher run the first one of each JAR (hyperfine
# --prepare). Waits until no archive is being made in the suite's cache, then gives each jar that
# exists a new modification time, which names another archive.
set -eu
i=0
while ls "${XDG_CACHE_HOME:?}"/qingdan/*.lock "$XDG_CACHE_HOME"/qingdan/*.tmp >/dev/null 2>&1 \
    && [ $i -lt 600 ]; do
  sleep 0.2
  i=$((i + 1))
done
for jar in "$@"; do
  [ ! -f "$jar" ] || touch "$jar"
done
