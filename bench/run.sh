#!/bin/sh
# The benchmark suite: qingdan's start-up and scale, side by side with the JVM floor and with the
# tools a user would reach for instead. Run from anywhere:
#
#   bench/run.sh            everything but JMH (10 to 25 minutes on 2 cores; the 10,000-item
#                           yamllint and deepdiff runs take over half a minute each)
#   bench/run.sh --quick    start-up only, fewer runs (about 3 minutes)
#   bench/run.sh --jmh      also the JMH microbenchmarks (bench/jmh)
#   bench/run.sh --against DIR   also another checkout's launcher and jar (built in DIR), each
#                           command of the start-up group beside this one's, as base-NAME
#   bench/run.sh --national only the national roll-up (a year of 2,846 units' reports, 1.09
#                           million CSV rows, and the same as Parquet where DuckDB writes it)
#                           beside DuckDB and pandas, with the ratios (3 minutes)
#
# DuckDB runs through its Node API, the fastest of its clients that installs here: npm install
# --prefix DIR @duckdb/node-api, then DUCKDB_NODE=DIR/node_modules (default
# /tmp/duckdb-node/node_modules); without it, the DuckDB line is left out. pandas is Debian's
# python3-pandas. Where Temurin 25 is installed (JDK25, default /usr/lib/jvm/temurin-25-jdk-amd64),
# ratio also runs on it, as ratio-national-jdk25, with archives of its own.
#
# Results go to bench/out/ (not committed): hyperfine's JSON and Markdown per group, peak RSS in
# rss.tsv, and summary.md with medians and ratios (python3 bench/summarize.py bench/out).
# Tuning: ROUNDS (default 3) repeats the start-up group so that runs of all commands alternate in
# time; RUNS (10) and WARMUP (3) go to hyperfine; SCALE_RUNS (3) for the big inputs.
#
# Needs: hyperfine, yamllint, python3-deepdiff, time (GNU, for peak RSS), a JDK 17 and Maven.
# On Debian/Ubuntu as root the script installs what is missing with apt-get; otherwise it says
# what to install.
set -eu

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$root"
out="$root/bench/out"
data="$out/data"
mkdir -p "$out" "$data"

quick=0
jmh=0
national_only=0
base=
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1 ;;
    --jmh) jmh=1 ;;
    --national) national_only=1 ;;
    --against) base=$(CDPATH= cd -- "${2:?}" && pwd); shift ;;
    *) echo "usage: bench/run.sh [--quick] [--jmh] [--against DIR] [--national]" >&2; exit 2 ;;
  esac
  shift
done
ROUNDS=${ROUNDS:-3}
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-3}
SCALE_RUNS=${SCALE_RUNS:-3}
if [ "$quick" = 1 ]; then
  ROUNDS=1
  RUNS=${RUNS_QUICK:-8}
fi
PY=/usr/bin/python3 # Debian's python, where python3-deepdiff, python3-yaml and python3-pandas are
duckdb_node=${DUCKDB_NODE:-/tmp/duckdb-node/node_modules}

# --- tools ---------------------------------------------------------------------------------
missing=
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
command -v yamllint >/dev/null 2>&1 || missing="$missing yamllint"
[ -x /usr/bin/time ] || missing="$missing time"
"$PY" -c 'import deepdiff, yaml' >/dev/null 2>&1 || missing="$missing python3-deepdiff"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bench: installing$missing" >&2
    apt-get update -qq >&2
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >&2
  else
    echo "bench: missing:$missing; install them: sudo apt-get install$missing" >&2
    exit 2
  fi
fi

# --- qingdan, the JVM floor, the archive ------------------------------------------------------
export XDG_CACHE_HOME="$out/cache" # the suite's own archives, made and removed here
# A second JDK for the national group, with archives of its own: an archive made by one JDK is
# refused by the other, and the launcher would make each anew on every run of the other.
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
jdk25_cache="$out/cache-jdk25"
./qingdan --version >/dev/null     # builds target/qingdan.jar when needed
mkdir -p "$out/classes"
javac -d "$out/classes" bench/Hello.java
javac -cp target/qingdan.jar -d "$out/classes" bench/ColdPhases.java

# Waits until no archive is being made in the suite's cache (a background job of the launcher,
# which holds a .tmp directory (a .tmp file, or a .lock directory, in older launchers).
settle() {
  i=0
  while { ls "$XDG_CACHE_HOME"/qingdan/*.lock "$XDG_CACHE_HOME"/qingdan/*.tmp ||
      ls "$jdk25_cache"/qingdan/*.tmp; } >/dev/null 2>&1 && [ $i -lt 600 ]; do
    sleep 0.2
    i=$((i + 1))
  done
}
./qingdan --version >/dev/null
settle
# The archive the launcher runs this jar with, as it names it to the JVM (qingdan.archive).
archive=$(QINGDAN_JAVA_OPTS=-XshowSettings:properties ./qingdan --version 2>&1 >/dev/null |
  sed -n 's/^ *qingdan\.archive = //p')
office_archive= # the one with the Office classes too, once a run of template has made it (below)

# --- synthetic data (bench/Generate.java; kept while the generator and the jar are unchanged) ---
gen() { # gen KIND ARG OUT
  if [ ! -s "$3" ] || [ bench/Generate.java -nt "$3" ]; then
    java bench/Generate.java "$1" "$2" "$3"
  fi
}
imp() { # imp TXT YAML
  if [ ! -s "$2" ] || [ "$1" -nt "$2" ] || [ target/qingdan.jar -nt "$2" ]; then
    ./qingdan import "$1" -o "$2" --force 2>/dev/null
  fi
}
echo "bench: synthetic data in $data" >&2
for n in 1000 10000; do
  gen plan "$n" "$data/plan-$n.txt"
  gen revision "$n" "$data/plan-$n-revised.txt"
  imp "$data/plan-$n.txt" "$data/policies-$n.yaml"
  imp "$data/plan-$n-revised.txt" "$data/policies-$n-revised.yaml"
done
gen units 2846 "$data/plan-national.txt"
imp "$data/plan-national.txt" "$data/policies-national.yaml"
if [ ! -s "$data/progress-national.csv" ] || [ bench/Generate.java -nt "$data/progress-national.csv" ]; then
  java bench/Generate.java progress 2846 12 "$data/progress-national.csv"
fi
# The same year as Parquet, written by DuckDB (a writer other than qingdan), where it is installed.
if [ -d "$duckdb_node/@duckdb/node-api" ] && { [ ! -s "$data/progress-national.parquet" ] ||
    [ "$data/progress-national.csv" -nt "$data/progress-national.parquet" ]; }; then
  NODE_PATH=$duckdb_node node bench/national-parquet.mjs "$data/progress-national.csv" \
    "$data/progress-national.parquet"
fi

# --- what is measured: edit this list to add a command ----------------------------------------
# group | name | needs (a qingdan command that must exist, or -) | file that must exist, or - | command
# A command whose `qingdan NEEDS --help` fails, or whose file is missing, is left out (and said
# so). Groups: startup (the bundled data, many runs), scale (big inputs), national, tricks (each
# start-up trick that remains against the same run without it: docs/performance.md).
# the JVM flags of the launcher (./qingdan), for the floor and the phases below
jvm_flags="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseParallelGC -Xshare:auto"
floor="java $jvm_flags -cp $out/classes Hello"
list() {
  cat <<EOF
startup|floor|-|-|$floor
startup|version|-|-|./qingdan --version
startup|validate|-|-|./qingdan validate
startup|validate-plain-java|-|-|java -jar target/qingdan.jar validate
startup|list-json|-|-|./qingdan list --format json
startup|ratio|ratio|examples/progress-2022.csv|./qingdan ratio --data examples/progress-2022.csv
startup|deadlines|deadlines|examples/progress-2022.csv|./qingdan deadlines --as-of 2022-06-30 --data examples/progress-2022.csv
startup|diff|diff|examples/policies-revised.yaml|./qingdan diff policies.yaml examples/policies-revised.yaml
startup|report|report|examples/progress-2022.yaml|./qingdan report --data examples/progress-2022.yaml --as-of 2022-08-31
startup|import-xlsx|-|examples/plan-2022.xlsx|./qingdan import examples/plan-2022.xlsx
startup|yamllint|-|-|yamllint -d relaxed policies.yaml
startup|deepdiff|-|examples/policies-revised.yaml|$PY bench/deepdiff_revisions.py policies.yaml examples/policies-revised.yaml
scale|validate-1000|-|-|./qingdan validate $data/policies-1000.yaml
scale|validate-10000|-|-|./qingdan validate $data/policies-10000.yaml
scale|diff-1000|diff|-|./qingdan diff $data/policies-1000.yaml $data/policies-1000-revised.yaml
scale|diff-10000|diff|-|./qingdan diff $data/policies-10000.yaml $data/policies-10000-revised.yaml
scale|import-1000|-|-|./qingdan import $data/plan-1000.txt
scale|import-10000|-|-|./qingdan import $data/plan-10000.txt
scale|yamllint-1000|-|-|yamllint -d relaxed $data/policies-1000.yaml
scale|yamllint-10000|-|-|yamllint -d relaxed $data/policies-10000.yaml
scale|deepdiff-1000|-|-|$PY bench/deepdiff_revisions.py $data/policies-1000.yaml $data/policies-1000-revised.yaml
scale|deepdiff-10000|-|-|$PY bench/deepdiff_revisions.py $data/policies-10000.yaml $data/policies-10000-revised.yaml
tricks|t-validate|-|-|env ./qingdan validate
tricks|t-validate-no-archive|-|-|env QINGDAN_CDS=0 ./qingdan validate
tricks|t-validate-full-jit|-|-|env QINGDAN_JAVA_OPTS=-XX:TieredStopAtLevel=4 ./qingdan validate
tricks|t-validate-serial-gc|-|-|env QINGDAN_JAVA_OPTS=-XX:+UseSerialGC ./qingdan validate
tricks|t-validate-two-compilers|-|-|env QINGDAN_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=2" ./qingdan validate
tricks|t-validate-archive-checked|-|-|env QINGDAN_JAVA_OPTS=-XX:+VerifySharedSpaces ./qingdan validate
tricks|t-validate-cp|-|-|env LC_ALL=C.UTF-8 java $jvm_flags -XX:SharedArchiveFile=$archive -cp target/qingdan.jar dev.qingdan.Main validate
tricks|t-validate-jar|-|-|env LC_ALL=C.UTF-8 java $jvm_flags -XX:SharedArchiveFile=$archive -jar target/qingdan.jar validate
tricks|t-validate-jar-office|template|-|env LC_ALL=C.UTF-8 java $jvm_flags -XX:SharedArchiveFile=$office_archive -jar target/qingdan.jar validate
tricks|t-diff-10000|diff|-|env ./qingdan diff $data/policies-10000.yaml $data/policies-10000-revised.yaml
tricks|t-diff-10000-serial-gc|diff|-|env QINGDAN_JAVA_OPTS=-XX:+UseSerialGC ./qingdan diff $data/policies-10000.yaml $data/policies-10000-revised.yaml
tricks|t-diff-10000-full-jit|diff|-|env QINGDAN_JAVA_OPTS=-XX:TieredStopAtLevel=4 ./qingdan diff $data/policies-10000.yaml $data/policies-10000-revised.yaml
national|ratio-national|ratio|-|./qingdan ratio -p $data/policies-national.yaml --data $data/progress-national.csv
national|report-national|report|-|./qingdan report -p $data/policies-national.yaml --data $data/progress-national.csv --as-of 2022-12-31
national|validate-data-national|-|-|./qingdan validate -p $data/policies-national.yaml --data $data/progress-national.csv
national|ratio-national-parquet|ratio|$data/progress-national.parquet|./qingdan ratio -p $data/policies-national.yaml --data $data/progress-national.parquet
national|ratio-national-jdk25|ratio|$jdk25/bin/java|env PATH=$jdk25/bin:$PATH XDG_CACHE_HOME=$jdk25_cache ./qingdan ratio -p $data/policies-national.yaml --data $data/progress-national.csv
national|duckdb-node-national|-|$duckdb_node/@duckdb/node-api|env NODE_PATH=$duckdb_node node bench/national-duckdb.mjs $data/progress-national.csv
national|pandas-national|-|-|$PY bench/national_pandas.py $data/progress-national.csv
EOF
}

# Whether this qingdan has the command: its --help must be the command's own (an unknown word
# before --help prints the top-level help).
has() {
  ./qingdan "$1" --help 2>/dev/null | head -n 1 | grep -q "^Usage: qingdan $1 "
}

# The commands of a group that can run here, as "name|command" lines; the skipped ones are said
# once (in skipped.txt).
present() {
  list | while IFS='|' read -r group name needs file cmd; do
    [ "$group" = "$1" ] || continue
    if [ "$needs" != - ] && ! has "$needs"; then
      echo "$name: this qingdan has no '$needs' command" >>"$out/skipped.txt"
      continue
    fi
    if [ "$file" != - ] && [ ! -e "$file" ]; then
      echo "$name: no $file" >>"$out/skipped.txt"
      continue
    fi
    echo "$name|$cmd"
    # the same command run by the other checkout's launcher or jar
    if [ -n "$base" ] && [ "$group" = startup ]; then
      case $cmd in
        ./qingdan*) echo "base-$name|$base/qingdan${cmd#./qingdan}" ;;
        "java -jar target/"*) echo "base-$name|java -jar $base/target/${cmd#java -jar target/}" ;;
      esac
    fi
  done
}

# hyperfine over a group: every command side by side in one run.
measure() { # measure GROUP ROUND RUNS WARMUP
  tmp="$out/.cmds"
  present "$1" >"$tmp"
  [ -s "$tmp" ] || return 0
  echo "bench: $1, round $2" >&2
  (
    log="$out/$1-$2.log"
    set -- -N -i --style basic --runs "$3" --warmup "$4" \
      --export-json "$out/$1-$2.json" --export-markdown "$out/$1-$2.md"
    while IFS='|' read -r name cmd; do
      set -- "$@" -n "$name" "$cmd"
    done <"$tmp"
    hyperfine "$@" >"$log" 2>&1
  )
}

# Peak RSS (KiB) of each command of a group, the median of three runs.
rss() { # rss GROUP
  present "$1" | while IFS='|' read -r name cmd; do
    for i in 1 2 3; do
      # shellcheck disable=SC2086
      /usr/bin/time -f '%M' -o "$out/.rss" $cmd >/dev/null 2>&1 || true
      tail -n 1 "$out/.rss" # after "Command exited with non-zero status N", when it did
    done | sort -n | sed -n 2p | sed "s/^/$name	/"
  done
}

# --- machine --------------------------------------------------------------------------------
{
  echo "date	$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc	$(nproc)"
  echo "cpu	$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  echo "memory	$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "java	$(java -version 2>&1 | head -n 1)"
  echo "jvm	$(java -version 2>&1 | tail -n 1)"
  echo "hyperfine	$(hyperfine --version)"
  echo "yamllint	$(yamllint --version)"
  echo "deepdiff	$("$PY" -c 'import deepdiff; print(deepdiff.__version__)')"
  echo "load	$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "rounds	$ROUNDS"
  echo "runs	$RUNS"
} >"$out/machine.tsv"

rm -f "$out"/startup-* "$out"/scale-* "$out"/national-* "$out"/first-* "$out"/skipped.txt

# The national group alone: each command once to warm the page cache and make the archives, then
# every command side by side, peak RSS, and each median against DuckDB's and pandas'.
if [ "$national_only" = 1 ]; then
  present national | while IFS='|' read -r name cmd; do
    sh -c "$cmd" >/dev/null 2>&1 || true
    settle
  done
  measure national 1 "${NATIONAL_RUNS:-5}" 1
  rss national >"$out/rss.tsv"
  "$PY" - "$out/national-1.json" "$out/rss.tsv" <<'PYEOF'
import json, statistics, sys
runs = {r["command"]: statistics.median(r["times"]) for r in json.load(open(sys.argv[1]))["results"]}
rss = dict(line.split("\t") for line in open(sys.argv[2]).read().split("\n") if line)
others = [n for n in ("duckdb-node-national", "pandas-national") if n in runs]
print("| command | median | peak RSS | " + " | ".join("× " + n.split("-")[0] for n in others) + " |")
print("|---|---:|---:|" + "---:|" * len(others))
for name, t in runs.items():
    cells = [f"{t / runs[n]:.2f}" for n in others]
    mib = f"{int(rss[name]) / 1024:.0f} MiB" if name in rss else "-"
    print(f"| {name} | {t:.2f} s | {mib} | " + " | ".join(cells) + " |")
PYEOF
  exit 0
fi
# A launcher makes its archive on a first run, in the background: each command is run once (and
# the archive awaited) before anything is measured, so that no measurement shares the machine with
# the making of an archive.
present startup | while IFS='|' read -r name cmd; do
  case $cmd in
    ./qingdan* | "$base"/qingdan*) sh -c "$cmd" >/dev/null 2>&1 || true ;;
  esac
  settle
done

# The archive with the Office classes too, which template maps (for the trick of the same name).
./qingdan template --help >/dev/null
settle
office_archive=$(QINGDAN_JAVA_OPTS=-XshowSettings:properties ./qingdan template --help 2>&1 \
  >/dev/null | sed -n 's/^ *qingdan\.archive = //p')

round=1
while [ "$round" -le "$ROUNDS" ]; do
  measure startup "$round" "$RUNS" "$WARMUP"
  round=$((round + 1))
done

# The first run after a build: a copy of the launcher and jar whose jar is touched before each
# run, so that each run is the first of its jar (no archive yet; it starts making one).
first="$out/first"
rm -rf "$first"
mkdir -p "$first/target"
cp qingdan "$first/qingdan"
cp -R target/qingdan.jar target/lib "$first/target/"
set -- -n first-run "$first/qingdan validate" \
  -n first-run-plain-java "java -jar $first/target/qingdan.jar validate"
if [ -n "$base" ]; then
  mkdir -p "$first/base/target"
  cp "$base/qingdan" "$first/base/qingdan"
  cp -R "$base/target/qingdan.jar" "$first/base/target/"
  [ ! -d "$base/target/lib" ] || cp -R "$base/target/lib" "$first/base/target/"
  set -- "$@" -n base-first-run "$first/base/qingdan validate"
fi
# a cache of its own: the archives these runs make would push the measured ones out
XDG_CACHE_HOME="$out/first-cache" hyperfine -N --style basic --runs "$RUNS" \
  --prepare "sh $root/bench/fresh-jar.sh $first/target/qingdan.jar $first/base/target/qingdan.jar" \
  --export-json "$out/first-1.json" --export-markdown "$out/first-1.md" "$@" \
  >"$out/first-1.log" 2>&1
XDG_CACHE_HOME="$out/first-cache" sh bench/fresh-jar.sh # waits for the archives being made
rm -rf "$out/first-cache"

# Where a cold validate spends its time, phase by phase (bench/ColdPhases.java), with the
# launcher's flags and its archive: 7 runs of each mode, in phases.txt.
if [ -f "$archive" ]; then
  i=0
  while [ $i -lt 7 ]; do
    for mode in jackson snakeyaml; do
      # shellcheck disable=SC2086 # the flags are words
      java $jvm_flags -XX:SharedArchiveFile="$archive" -Xlog:disable \
        -cp "target/qingdan.jar:$out/classes" ColdPhases "$mode"
    done
    i=$((i + 1))
  done >"$out/phases.txt" 2>&1
fi

rss startup >"$out/rss.tsv"
measure tricks 1 "$RUNS" 2
if [ "$quick" = 0 ]; then
  measure scale 1 "$SCALE_RUNS" 1
  measure national 1 "$SCALE_RUNS" 0
  rss scale >>"$out/rss.tsv"
  rss national >>"$out/rss.tsv"
fi

if [ "$jmh" = 1 ]; then
  echo "bench: JMH (bench/jmh)" >&2
  mvn -q -B -ntp -f bench/jmh/pom.xml package
  java -cp "bench/jmh/target/benchmarks.jar:target/qingdan.jar" org.openjdk.jmh.Main \
    -rf json -rff "$out/jmh.json" -p data="$data" >"$out/jmh.log" 2>&1
fi

if [ -s "$out/skipped.txt" ]; then
  sort -u "$out/skipped.txt" | sed 's/^/bench: skipped /' >&2
fi
"$PY" bench/summarize.py "$out" >"$out/summary.md"
cat "$out/summary.md"
