#!/usr/bin/env python3
"""Compares two dumps of RenderedPagesDumpTest (-Dunionaid.render.dump=DIR): render-diff.py BEFORE AFTER.

Each run of the test builds its matrix world anew, with random names, ID numbers and hashes, and real times; so
before comparing, times, hex runs, masked numbers (and the sex their digits give), request keys and (in text) digits are blanked, a chart's JSON (whose keys come in
any order) is compared by its characters, and a JSON answer by its status line alone. A page whose lines come in another order from
run to run (a set's order) is compared as a sorted list of lines. Prints the pages that differ and their diff;
exits 1 if any does.
"""
import difflib
import os
import re
import sys

TIME = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
HEX = re.compile(r"[0-9a-fA-F]{6,}")
DIGITS = re.compile(r"\d+")
MASK = re.compile(r"\d+\*+\d*X?")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CHART = re.compile(r'data-chart="([^"]*)"')


def lines(path):
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if out and out[0].startswith("status") and "json" in out[0]:
                continue
            line = TIME.sub("TIME", line.rstrip("\n"))
            line = MASK.sub("MASK", UUID.sub("UUID", line))
            line = CHART.sub(lambda m: 'data-chart="' + "".join(sorted(m.group(1))) + '"', line)
            line = HEX.sub("HEX", line)
            if not line.startswith("<"):
                line = DIGITS.sub("9", line)
                line = "SEX" if line in ("男", "女") else line
            out.append(line)
    return out


def main(before, after):
    names = sorted(set(os.listdir(before)) | set(os.listdir(after)))
    differing = 0
    for name in names:
        a, b = os.path.join(before, name), os.path.join(after, name)
        if not (os.path.exists(a) and os.path.exists(b)):
            print("only in one dump:", name)
            differing += 1
            continue
        la, lb = lines(a), lines(b)
        if la == lb or sorted(la) == sorted(lb):
            continue
        differing += 1
        print("=== " + name)
        sys.stdout.writelines(l + "\n" for l in difflib.unified_diff(la, lb, lineterm="", n=2))
    print(f"{len(names)} pages, {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
