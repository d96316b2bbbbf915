#!/usr/bin/python3
"""factx on a Dask distributed cluster: a dask.bag of JSONL lines ({"id", "text", "dct"}),
each partition piped through one `factx extract --input-format jsonl --jobs 1` process on a
worker, the records gathered in input order.

    python3 dask_factx.py SCHEDULER_ADDRESS INPUT.jsonl [--partitions N] [--factx "factx"] > out.jsonl

factx must be installed on every worker (or pass --factx "node /path/to/bin/factx.js").
Output: the same records, in the same order, as one `factx extract --input-format jsonl`.
"""
import argparse
import shlex
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client


def run_factx(lines, factx):
    """One partition through one factx process; exit 1 means some records are error records, still output."""
    lines = [l for l in lines if l.strip()]
    if not lines:
        return []
    p = subprocess.run(shlex.split(factx) + ["extract", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "1", "--quiet", "-"],
                       input="\n".join(lines) + "\n", capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"factx exited with {p.returncode}: {p.stderr.strip()}")
    return p.stdout.splitlines()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("scheduler")
    ap.add_argument("input")
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--factx", default="factx")
    a = ap.parse_args()
    with Client(a.scheduler) as client:
        with open(a.input, encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f]
        bag = db.from_sequence(lines, npartitions=max(1, min(a.partitions, len(lines))))
        for record in bag.map_partitions(run_factx, a.factx).compute():
            sys.stdout.write(record + "\n")


if __name__ == "__main__":
    main()
