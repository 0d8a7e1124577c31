#!/usr/bin/env python3
"""Summarizes a run of bench/run.sh: python3 bench/summarize.py bench/out > summary.md

Reads hyperfine's JSON exports (GROUP-ROUND.json), rss.tsv and machine.tsv, and prints Markdown:
medians over all runs of all rounds, ratios to the JVM floor and to the peers, and the goals of
the goals each with its measured value. A ratio is of two medians measured in the same hyperfine
runs, so both sides saw the same machine load.
"""
import glob
import json
import os
import re
import statistics
import sys


def load(out):
    runs = {}  # group -> name -> {"times": [...], "cpu": [...]}
    for path in sorted(glob.glob(os.path.join(out, "*-*.json"))):
        m = re.match(r"(\w+)-(\d+)\.json$", os.path.basename(path))
        if not m or m.group(1) == "jmh":
            continue
        with open(path) as f:
            results = json.load(f)["results"]
        for r in results:
            g = runs.setdefault(m.group(1), {}).setdefault(r["command"], {"times": [], "cpu": []})
            g["times"].extend(r["times"])
            g["cpu"].append((r["user"] + r["system"]))
    return runs


def table(path):
    rows = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                k, _, v = line.rstrip("\n").partition("\t")
                rows[k] = v
    return rows


def ms(s):
    return f"{s * 1000:.0f} ms" if s < 10 else f"{s:.1f} s"


def main(out):
    runs = load(out)
    machine = table(os.path.join(out, "machine.tsv"))
    rss = {k: int(v) / 1024 for k, v in table(os.path.join(out, "rss.tsv")).items()
           if v.isdigit()}
    med = {g: {n: statistics.median(v["times"]) for n, v in c.items()} for g, c in runs.items()}
    allmed = {n: v for c in med.values() for n, v in c.items()}
    p = print
    p("# qingdan benchmark summary\n")
    p(f"{machine.get('date', '?')}; {machine.get('nproc', '?')} cores ({machine.get('cpu', '?')}), "
      f"{machine.get('memory', '?')}; {machine.get('java', '?')}; load average at the start "
      f"{machine.get('load', '?')}; {machine.get('rounds', '?')} rounds × "
      f"{machine.get('runs', '?')} runs of the start-up group; {machine.get('hyperfine', '')}, "
      f"yamllint {machine.get('yamllint', '').split()[-1] if machine.get('yamllint') else '?'}, "
      f"deepdiff {machine.get('deepdiff', '?')}.\n")
    floor = allmed.get("floor")
    lint = allmed.get("yamllint")
    for group in ("startup", "first", "scale", "national", "tricks"):
        if group not in runs:
            continue
        p(f"## {group}\n")
        p("| command | median | min | CPU (user+sys, mean) | × floor | × yamllint | peak RSS |")
        p("|---|---:|---:|---:|---:|---:|---:|")
        for name, v in runs[group].items():
            m = statistics.median(v["times"])
            cpu = statistics.mean(v["cpu"])
            xf = f"{m / floor:.1f}" if floor and group in ("startup", "first") else ""
            xl = f"{m / lint:.2f}" if lint and group in ("startup", "first") else ""
            r = f"{rss[name]:.0f} MiB" if name in rss else ""
            p(f"| {name} | {ms(m)} | {ms(min(v['times']))} | {ms(cpu)} | {xf} | {xl} | {r} |")
        p("")

    pairs = [(g, n) for g, c in med.items() for n in c if f"base-{n}" in c]
    if pairs:
        p("## Before and after (`--against`: base-NAME is the other checkout, same hyperfine runs)\n")
        p("| command | base median | this median | this / base | base peak RSS | this peak RSS |")
        p("|---|---:|---:|---:|---:|---:|")
        for g, n in pairs:
            b, a = med[g][f"base-{n}"], med[g][n]
            rb = f"{rss[f'base-{n}']:.0f} MiB" if f"base-{n}" in rss else ""
            ra = f"{rss[n]:.0f} MiB" if n in rss else ""
            p(f"| {n} | {ms(b)} | {ms(a)} | {a / b:.2f} | {rb} | {ra} |")
        p("")

    t = med.get("tricks", {})
    if t:
        p("## What each remaining trick gains (the same command without it, same hyperfine run)\n")
        p("| without | command | with | without | gain |")
        p("|---|---|---:|---:|---:|")
        for n, v in t.items():
            if n == "t-validate-jar" and "t-validate-cp" in t:
                # the same java command, with -jar instead of the main class by name
                w = t["t-validate-cp"]
                p(f"| main class by name (-jar) | validate | {ms(w)} | {ms(v)} | {(v - w) / v:.0%} |")
                continue
            if n == "t-validate-jar-office" and "t-validate-jar" in t:
                # the same java command, with the archive that holds the Office classes too
                w = t["t-validate-jar"]
                p(f"| its own archive (the Office one) | validate | {ms(w)} | {ms(v)} | {(v - w) / v:.0%} |")
                continue
            m = re.match(r"t-(validate|diff-\d+)-(.+)$", n)
            if n == "t-validate-cp":
                continue
            if m and f"t-{m.group(1)}" in t:
                w = t[f"t-{m.group(1)}"]
                p(f"| {m.group(2)} | {m.group(1)} | {ms(w)} | {ms(v)} | {(v - w) / v:.0%} |")
        p("")

    p("## Goals\n")
    p("| goal | measured | met |")
    p("|---|---|---|")

    def goal(text, value, ok):
        p(f"| {text} | {value} | {'yes' if ok else 'no'} |")

    v = allmed.get("validate")
    if v and lint:
        goal("validate no slower than yamllint (same file, same run)",
             f"{ms(v)} vs {ms(lint)}: {v / lint:.2f}×", v <= lint)
    if v and floor:
        goal("validate ≤ 5× the JVM floor", f"{v / floor:.1f}× ({ms(floor)} floor)", v <= 5 * floor)
    plain = allmed.get("validate-plain-java")
    if v and plain:
        goal("validate ≤ 0.5× plain java -jar", f"{v / plain:.2f}×", v <= 0.5 * plain)
    if "validate" in rss:
        goal("validate peak RSS ≤ 64 MiB", f"{rss['validate']:.0f} MiB", rss["validate"] <= 64)
    ver = allmed.get("version")
    if ver and floor:
        goal("--version ≤ 3× the floor", f"{ver / floor:.1f}×", ver <= 3 * floor)
    first = allmed.get("first-run")
    if first:
        goal("the first run after a build ≤ 0.8 s", ms(first), first <= 0.8)
    for cmd, peer in (("validate", "yamllint"), ("diff", "deepdiff")):
        a, b = allmed.get(f"{cmd}-1000"), allmed.get(f"{cmd}-10000")
        if a and b:
            goal(f"{cmd}: 10,000 items ≤ 12× 1,000 items", f"{b / a:.1f}× ({ms(a)} → {ms(b)})",
                 b <= 12 * a)
        c = allmed.get(f"{peer}-10000")
        if b and c:
            goal(f"{cmd} of 10,000 items ≤ 0.1× {peer}", f"{b / c:.3f}× ({ms(c)})", b <= 0.1 * c)
    rn = allmed.get("ratio-national")
    if rn:
        goal("ratio of 1.1 million report rows < 10 s with -Xmx512m", ms(rn), rn < 10)
    p("")
    p("Medians over every run of every round; a ratio divides two medians of the same hyperfine "
      "runs. Peak RSS is the median of three runs of /usr/bin/time.")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench/out")
