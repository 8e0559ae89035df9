"""Write N synthetic articles in the four seed formats: ``generate_corpus.py N OUT [--seed S]``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # test support
from synthetic import generate_corpus


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, write the corpus and say how long it took."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("n", type=int, help="number of articles")
    p.add_argument("out", type=Path, help="output folder (created if missing)")
    p.add_argument("--seed", type=int, default=0, help="same seed, same bytes (default 0)")
    args = p.parse_args(argv)
    started = time.perf_counter()
    paths = generate_corpus(args.out, args.n, seed=args.seed)
    print(f"wrote {len(paths)} articles to {args.out} in {time.perf_counter() - started:.1f}s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
