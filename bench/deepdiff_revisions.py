#!/usr/bin/env python3
"""The peer of `qingdan diff OLD NEW` that a Python user would write: load two checklist
revisions with PyYAML and compare them with deepdiff.

    python3 bench/deepdiff_revisions.py OLD.yaml NEW.yaml

Prints how many values deepdiff reports changed, added and removed. Uses Debian's packages
python3-deepdiff and python3-yaml (the C loader where it is there, as a careful user would).
"""
import sys

import yaml
from deepdiff import DeepDiff

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=Loader)


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    old, new = load(argv[1]), load(argv[2])
    diff = DeepDiff(old, new)
    counts = {kind: len(items) for kind, items in diff.items()}
    for kind in sorted(counts):
        print(f"{kind}: {counts[kind]}")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
