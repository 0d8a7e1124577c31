"""Fills qingdan's monthly forms as a unit would, with openpyxl: the figures of one month of a
progress CSV go into the input cells of the rows of the forms (matched by id and unit); the lines
that found their row are written to a CSV of their own, to compare with.

usage: fill.py PROGRESS.csv YYYY-MM FORMS_DIR FILLED.csv
"""
import csv
import datetime
import pathlib
import sys

import openpyxl

source, month, forms, filled = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3]), sys.argv[4]
with open(source, encoding="utf-8") as f:
    lines = [l for l in f if not l.startswith("#")]
reports = [r for r in csv.DictReader(lines) if r["period"] == month]
header = list(csv.DictReader(lines).fieldnames)
used = []
for path in sorted(forms.glob("*.xlsx")):
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    # a header cell is the Chinese label, a line break, then the field name
    column = {c.value.split("\n")[-1]: c.column for c in sheet[1] if c.value}
    for row in sheet.iter_rows(min_row=2):
        id_, unit = row[column["id"] - 1].value, row[column["unit"] - 1].value
        for r in reports:
            if r["id"] != id_ or r["unit"] != unit:
                continue
            for field in ("numerator", "denominator", "count"):
                if r[field]:
                    sheet.cell(row[0].row, column[field]).value = int(r[field])
            if r["done"]:
                sheet.cell(row[0].row, column["done"]).value = datetime.date.fromisoformat(r["done"])
            if r["note"]:
                sheet.cell(row[0].row, column["note"]).value = r["note"]
            used.append(r)
    book.save(path)
with open(filled, "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
    w.writeheader()
    w.writerows(used)
print(len(used))
