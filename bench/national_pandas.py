"""The national roll-up as pandas does it: read the CSV progress file and sum numerators,
denominators and counts by row and month. Beside qingdan's `ratio` in bench/run.sh's national
group; Debian's python3-pandas.

    python3 bench/national_pandas.py FILE.csv
"""
import sys

import pandas as pd

frame = pd.read_csv(sys.argv[1], comment="#", dtype={"period": str, "id": str, "unit": str,
                                                      "note": str, "done": str})
sums = frame.groupby(["id", "period"])[["numerator", "denominator", "count"]].sum()
print(f"{len(sums)} (row, month) groups")
