#!/usr/bin/env python3
"""Solves an archive of stories (JSON Lines, one factrec model per line) on a Dask cluster.

The archive is cut into chunks of whole lines; each chunk goes to a worker, which pipes it
through `factrec solve --jsonl` and returns the solutions; the outputs are joined in the order
of the chunks. Every story is solved alone, so the joined output is the same, byte for byte, as
one `factrec solve --jsonl` over the whole archive.

    solve_archive.py --factrec build/default/examples/factrec/factrec archive.jsonl -o out.jsonl
        a LocalCluster of --workers worker processes (default 2) on this machine
    solve_archive.py --scheduler tcp://scheduler:8786 ...
        a running cluster (`dask scheduler` on one machine, `dask worker tcp://scheduler:8786` on
        each of the others, with factrec installed at the same path on every worker)

Exit status: 0 when every story is consistent, 1 when some has conflicts, 2 when the input or
a worker failed (the message says which chunk and what factrec said).
"""
import argparse
import subprocess
import sys


def solve_chunk(factrec, lines, options):
    """Runs on a worker: the chunk's lines through `factrec solve --jsonl -`."""
    done = subprocess.run([factrec, "solve", "--jsonl", "--quiet", *options, "-"], input=lines.encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")


def chunks_of(lines, size):
    for start in range(0, len(lines), size):
        yield start, "".join(lines[start:start + size])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--factrec", required=True, help="the factrec program, at this path on every worker")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler; default: a LocalCluster")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the LocalCluster")
    parser.add_argument("--chunk", type=int, default=50, help="stories per task")
    parser.add_argument("--max-conflicts", type=int, help="passed to factrec solve")
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster

    with open(args.archive, encoding="utf-8") as f:
        lines = f.readlines()
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    options = [] if args.max_conflicts is None else ["--max-conflicts", str(args.max_conflicts)]

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # Worker processes, one thread each: the solving happens in factrec, not in Python.
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        starts, pieces = zip(*chunks_of(lines, args.chunk)) if lines else ((), ())
        futures = client.map(solve_chunk, [args.factrec] * len(pieces), pieces, [options] * len(pieces), pure=False)
        results = client.gather(futures)
        workers = len(client.scheduler_info()["workers"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    status = 0
    output = []
    for start, (code, out, err) in zip(starts, results):
        if code not in (0, 1):
            # factrec names the line within the chunk; say where the chunk starts in the archive.
            sys.stderr.write(f"solve_archive: the chunk from line {start + 1} failed: {err}")
            return 2
        status = max(status, code)
        output.append(out)
    with open(args.output, "wb") as f:
        f.write(b"".join(output))
    sys.stderr.write(f"solve_archive: {len(lines)} stories in {len(pieces)} tasks on {workers} workers\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
