"""Reading time of hostile article shapes at growing sizes: ``linear.py [--sizes 10000 ...]``.

Each shape of ``tests/linear_shapes.py`` (one long sentence, unclosed HTML constructs, widget
words, breadcrumbs, timestamps, quotes…) is written as one article file at each size, then read
and its figures extracted (``read_document`` + ``document_metrics``, the per-article work of a
run) in a fresh process with no time budget, killed after ``--timeout`` seconds. The table shows
the CPU seconds at each size (the machine's other work adds less to them than to wall time) and the growth ratio between consecutive sizes: linear work gives about
10 for 10 times the input; 12 is the most allowed (``FAIL`` beside a shape that grows faster).
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the shapes are test data, written by tests/

from linear_shapes import SHAPES

MAX_GROWTH = 12.0  # for 10 times the input
SIZES = (10_000, 100_000, 1_000_000)
REPEAT = 3


def time_one(path: Path) -> float:
    """CPU seconds to read one article file and extract its figures, in this process (the best
    of ``REPEAT`` runs, or of one run that took more than a second)."""
    from analysis import budget
    from analysis.errors import IngestError
    from analysis.ingest import read_document
    from analysis.metrics import document_metrics

    budget.disable()
    warm_up = path.with_name("warm-up.txt")  # the first article pays for lazy imports
    warm_up.write_text("深圳市人民医院现有床位500张。\n", "utf-8")
    document_metrics(read_document(warm_up)[0])
    warm_up.unlink()
    best = float("inf")
    for _ in range(REPEAT):  # the best of a few: the machine's other work only adds time
        started = time.process_time()  # CPU time: what other work on the machine adds least to
        try:
            document, _ = read_document(path)
            document_metrics(document)
        except IngestError:
            pass  # skipped is an outcome too: the time is what counts
        best = min(best, time.process_time() - started)
        if best > 1.0:
            break  # long enough to be measured once
    return best


def measure(shape: str, size: int, folder: Path, timeout: float) -> float | None:
    """Seconds for ``shape`` at ``size`` bytes in a fresh process; None when it ran out of time."""
    path = folder / f"{shape}-{size}.txt"
    path.write_bytes(SHAPES[shape](size))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    try:
        done = subprocess.run([sys.executable, __file__, "--one", str(path)], env=env,
                              capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    finally:
        path.unlink()
    return float(done.stdout.strip())


def _cell(seconds: float | None, timeout: float) -> str:
    return f"> {timeout:.0f}" if seconds is None else f"{seconds:.3f}"


def main(argv: list[str] | None = None) -> int:
    """Time every shape (or those named) at every size and print the table; exit 1 if one grows
    faster than ``MAX_GROWTH`` for ten times the input."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("shapes", nargs="*", help=f"shapes to time (default all: {', '.join(SHAPES)})")
    p.add_argument("--sizes", type=int, nargs="+", default=SIZES, help="bytes per article")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per measurement")
    p.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # the child: time one file
    args = p.parse_args(argv)
    if args.one:
        print(time_one(args.one))
        return 0
    shapes = args.shapes or list(SHAPES)
    sizes = sorted(args.sizes)
    header = f"{'shape':<18}" + "".join(f"{size:>12,}" for size in sizes) + "   growth"
    print(header + "\n" + "-" * len(header))
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for shape in shapes:
            seconds: list[float | None] = []
            for size in sizes:
                # once a size runs out of time, larger ones would too
                seconds.append(measure(shape, size, Path(tmp), args.timeout)
                               if not seconds or seconds[-1] is not None else None)
            growth = []
            for (a, b), (sa, sb) in zip(itertools.pairwise(seconds), itertools.pairwise(sizes)):
                if a is None or b is None:
                    growth.append("?")
                    continue
                ratio = (b / max(a, 1e-3)) * (10 * sa / sb)  # as if for ten times the input
                failed |= ratio > MAX_GROWTH and b > 0.05  # tiny times are all noise
                growth.append(f"{ratio:.1f}")
            slow = any(s is None for s in seconds)
            failed |= slow
            print(f"{shape:<18}" + "".join(f"{_cell(s, args.timeout):>12}" for s in seconds)
                  + "   " + " ".join(growth) + ("   FAIL" if slow or any(
                      g != "?" and float(g) > MAX_GROWTH for g in growth) else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
