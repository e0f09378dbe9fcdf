"""A small report over a bundled CSV file, using only the standard library."""

import csv
import datetime
import decimal
import hashlib
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def probe():
    """Where and as whom we run: on stderr, so stdout stays comparable across users."""
    cwd = os.getcwd()
    print(f"e2e-probe: uid={os.getuid()} cwd={cwd} writable={'yes' if os.access(cwd, os.W_OK) else 'no'}",
          file=sys.stderr)


def main():
    probe()
    with open(HERE / "sales.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    print(f"rows: {len(rows)}")

    db = sqlite3.connect(":memory:")
    db.execute("create table sales(region text, month text, amount integer)")
    db.executemany("insert into sales values (:region, :month, :amount)", rows)
    for region, total in db.execute("select region, sum(amount) from sales group by region order by region"):
        print(f"total {region}: {total}")

    amounts = [int(r["amount"]) for r in rows]
    print(f"mean: {statistics.mean(amounts):.2f} median: {statistics.median(amounts)}")
    print(f"vat: {(decimal.Decimal(sum(amounts)) * decimal.Decimal('0.19')).quantize(decimal.Decimal('0.01'))}")

    months = sorted({r["month"] for r in rows})
    first = datetime.date.fromisoformat(months[0] + "-01")
    print(f"months: {len(months)} from {first:%B %Y}")

    blob = json.dumps(rows, sort_keys=True).encode()
    print(f"sha256: {hashlib.sha256(blob).hexdigest()[:16]} crc32: {zlib.crc32(blob)}")

    # writes go to a temporary directory, which every image (distroless too) has
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summary.json"
        out.write_text(json.dumps({"rows": len(rows), "sum": sum(amounts)}))
        print(f"summary: {out.read_text()}")
    print(f"python: {sys.version_info.major}.{sys.version_info.minor}")


if __name__ == "__main__":
    main()
