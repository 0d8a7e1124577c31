#!/bin/sh
# Hostile Office files through `qingdan import`: each file is made by bench/OfficeHostile.java
# (all within the 64 MiB size limit), imported once with `java -jar target/qingdan.jar import FILE`
# under GNU time, and its exit code, seconds and peak RSS printed as one line of a Markdown table.
# The goal (SECURITY.md): every such file read or refused in 5 s and 512 MiB at most.
#
#   bench/office.sh                 this checkout's jar
#   bench/office.sh --against DIR   also another checkout's jar (built in DIR), side by side
#   bench/office.sh [...] NAME...   only the files named (grid.xlsx rows.xlsx)
#
# Files go to bench/out/office/ (not committed); a run that takes more than TIMEOUT seconds
# (default 300) is stopped and shown as such. Needs GNU time (apt-get install time) and a JDK 17.
set -eu

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$root"
base=
only=
while [ $# -gt 0 ]; do
  case $1 in
    --against) base=$(CDPATH= cd -- "${2:?}" && pwd); shift ;;
    -*) echo "usage: bench/office.sh [--against DIR] [NAME...]" >&2; exit 2 ;;
    *) only="$only $1" ;;
  esac
  shift
done
TIMEOUT=${TIMEOUT:-300}
if [ ! -x /usr/bin/time ]; then
  echo "bench: missing GNU time; install it: sudo apt-get install time" >&2
  exit 2
fi
[ -f target/qingdan.jar ] || mvn -B -ntp -q -DskipTests package
data="$root/bench/out/office"
if [ ! -d "$data" ] || [ bench/OfficeHostile.java -nt "$data" ]; then
  rm -rf "$data"
  java bench/OfficeHostile.java "$data"
fi

# one run: prints "exit | seconds | CPU seconds | peak MiB | message"
measure() {
  log=$(mktemp)
  set +e
  timeout "$TIMEOUT" /usr/bin/time -v java -jar "$1" import "$2" >/dev/null 2>"$log"
  code=$?
  set -e
  secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" \
    | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  cpu=$(sed -n 's/.*User time (seconds): //p; s/.*System time (seconds): //p' "$log" \
    | awk '{ t += $1 } END { printf "%.2f", t }')
  kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  msg=$(grep -m1 -v '^	' "$log" | sed "s|$data/||" || true)
  rm -f "$log"
  if [ "$code" = 124 ]; then
    printf '%s | > %s | | | ' "timeout" "$TIMEOUT"
  else
    printf '%s | %s | %s | %s | ' "$code" "$secs" "$cpu" "$((kb / 1024))"
  fi
  printf '%s' "$msg" | sed 's/|/\\|/g'
}

if [ -n "$base" ]; then
  echo "| file | size | base exit | base s | base CPU s | base MiB | base message | exit | s | CPU s | MiB | message |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
else
  echo "| file | size | exit | s | CPU s | MiB | message |"
  echo "|---|---|---|---|---|---|---|"
fi
for f in "$data"/*; do
  if [ -n "$only" ] && ! printf '%s\n' $only | grep -qx "$(basename "$f")"; then
    continue
  fi
  size=$(du -k "$f" | cut -f1)
  printf '| %s | %s KiB | ' "$(basename "$f")" "$size"
  if [ -n "$base" ]; then
    measure "$base/target/qingdan.jar" "$f"
    printf ' | '
  fi
  measure target/qingdan.jar "$f"
  echo ' |'
done
