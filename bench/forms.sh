#!/bin/sh
# What reading filled monthly forms adds to a run: 21 forms (the eight lead units' forms of July,
# August and September 2022, less three), filled by src/test/resources/forms/fill.py with the
# figures of examples/progress-2022.csv, read beside the CSV of January to June:
#
#   ratio --data before.csv                          (the baseline)
#   ratio --data before.csv --data forms/            (the same plus 21 .xlsx forms)
#   ratio --data before.csv --data filled.csv        (the same figures as the forms, in CSV)
#
# The runs use the launcher, ./qingdan, as a user does (QD='java -jar target/qingdan.jar' for
# the jar alone). Files go to bench/out/forms/ (not committed). Needs hyperfine, /usr/bin/python3
# with openpyxl (apt-get install hyperfine python3-openpyxl) and the jar (mvn -B -ntp -q
# -DskipTests package).
set -eu

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$root"
for tool in hyperfine /usr/bin/python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: missing $tool" >&2; exit 2; }
done
out=bench/out/forms
rm -rf "$out"
mkdir -p "$out/forms"
grep -v '^2022-\(07\|08\|09\|10\|11\|12\),' examples/progress-2022.csv > "$out/before.csv"
for month in 07 08 09; do
  java -jar target/qingdan.jar template --unit all --period "2022-$month" -o "$out/$month" 2>/dev/null
  /usr/bin/python3 src/test/resources/forms/fill.py examples/progress-2022.csv "2022-$month" \
    "$out/$month" "$out/filled-$month.csv" >/dev/null 2>&1
  cp "$out/$month"/*.xlsx "$out/forms/"
done
# 24 forms less the last three by name: 21, as the measure asks
ls "$out/forms" | sort | tail -3 | while read -r f; do rm "$out/forms/$f"; done
# the figures of the 21 forms, in CSV: validate counts them, ratio compares them
{ head -n 1 "$out/filled-07.csv"; tail -q -n +2 "$out"/filled-*.csv; } > "$out/all-filled.csv"
java -jar target/qingdan.jar validate --data "$out/forms" | tail -n 1
qd=${QD:-./qingdan}
hyperfine -N --warmup 2 --runs 10 \
  "$qd ratio --data $out/before.csv" \
  "$qd ratio --data $out/before.csv --data $out/forms" \
  "$qd ratio --data $out/before.csv --data $out/all-filled.csv"
