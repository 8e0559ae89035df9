"""Output before and after an optimisation, compared exactly: ``differential.py save|check``.

``save`` writes the metrics table, the linked mentions and the facts table (``load_tables`` then
``facts.link_facts``) of each corpus to ``--store``; ``check`` builds them again and compares
each with ``pandas.testing.assert_frame_equal(check_exact=True)``. The corpora: the seeds, the
development corpus (tests/corpus/articles) and a generated corpus (``tests/synthetic.py``, 4000
articles, seed 7) written once to ``--store``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from synthetic import generate_corpus

from analysis.facts import link_facts
from analysis.pipeline import load_tables


def corpora(store: Path) -> dict[str, Path]:
    """The folders compared, the generated one written on first use."""
    generated = store / "generated-4000-seed7"
    if not generated.exists():
        generated.mkdir(parents=True)
        generate_corpus(generated, 4000, seed=7)
    seeds = ROOT / "seeds" if (ROOT / "seeds").exists() else Path("/work/main/seeds")
    return {"seeds": seeds, "dev": ROOT / "tests" / "corpus" / "articles", "generated": generated}


def tables(folder: Path) -> dict[str, pd.DataFrame]:
    """The metrics table, the linked mentions and the facts of one folder, in this process."""
    documents, metrics = load_tables(folder, problems=[], jobs=1)  # duplicates: quiet
    mentions, facts = link_facts(documents, metrics)
    return {"metrics": metrics, "mentions": mentions, "facts": facts}


def main(argv: list[str] | None = None) -> int:
    """Save or check; exit 1 on the first difference."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("mode", choices=("save", "check"))
    p.add_argument("--store", type=Path, default=Path("/tmp/differential"))
    args = p.parse_args(argv)
    for name, folder in corpora(args.store).items():
        got = tables(folder)
        saved = args.store / f"{name}.pickle"
        if args.mode == "save":
            saved.write_bytes(pickle.dumps(got))
            print(name, {k: len(v) for k, v in got.items()})
            continue
        want = pickle.loads(saved.read_bytes())
        for key, frame in want.items():
            pd.testing.assert_frame_equal(got[key], frame, check_exact=True)
        print(name, "identical", {k: len(v) for k, v in got.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
