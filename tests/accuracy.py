"""Accuracy of the extractor on the development corpus (tests/corpus), per split and per style.

Run ``make accuracy`` (or ``python tests/accuracy.py [--split dev|heldout|all]``). A gold row is
found when an extracted row of the same article has the same magnitude and a quote holding the
gold anchor (one to one, in text order); found rows are then scored field by field. Furniture
rows (metric ``furniture``) must match no extracted row at all. See tests/corpus/README.md.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))  # (run as a script: its sibling modules)
from evaluate import in_quote

from analysis.periods import period_bounds

CORPUS = Path(__file__).resolve().parent / "corpus"
_LISTED = ("metric", "entity", "status", "population", "period", "period_start", "period_end")
FIELDS = ("metric", "value", "unit", "qualifier", "entity", "period", "status", "population",
          "period_start", "period_end")
LINKS = (("baseline_anchor", "baseline_fact_id"), ("of_anchor", "of_fact_id"))
_DAYS = {"日": "天"}


@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError:  # scoring still runs; traditional names then compare as written
        return None
    return opencc.OpenCC("t2s")


def fold(text: object) -> str:
    """A name or label compared across scripts: simplified characters, no spaces."""
    if not isinstance(text, str) or not text.strip():
        return ""
    converter = _converter()
    text = "".join(text.split())
    return converter.convert(text) if converter else text


def read_corpus(root: Path = CORPUS) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The gold rows of every article, and one row per article (doc_id, style, script, split)."""
    gold = pd.concat([pd.read_csv(p, dtype=str, keep_default_na=False)
                      for p in sorted((root / "gold").glob("*.csv"))], ignore_index=True)
    for column in ("value", "value_high"):
        gold[column] = pd.to_numeric(gold[column], errors="coerce")
    manifest = pd.concat([pd.read_csv(p, dtype=str) for p in sorted((root / "manifests").glob("*.csv"))],
                         ignore_index=True)
    split_file = root / "split.csv"
    split = pd.read_csv(split_file, dtype=str) if split_file.exists() else \
        pd.DataFrame({"doc_id": manifest.doc_id, "split": "dev"})
    return gold, manifest.merge(split, on="doc_id", how="left").fillna({"split": "dev"})


def _same(a: float, b: float) -> bool:
    if pd.isna(a) and pd.isna(b):
        return True
    return not (pd.isna(a) or pd.isna(b)) and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@dataclass
class Tally:
    """Counts of one comparison; ``fields`` maps a field to (right, scored)."""

    gold: int = 0
    found: int = 0
    extracted: int = 0          # rows not labelled other
    extracted_right: int = 0    # of those, rows that are a gold figure
    rows: int = 0               # every extracted row, other included
    other: int = 0
    furniture: int = 0
    furniture_hit: list[str] = field(default_factory=list)
    fields: dict[str, list[int]] = field(default_factory=dict)
    wrong: list[str] = field(default_factory=list)

    def add_field(self, name: str, right: bool) -> None:
        tally = self.fields.setdefault(name, [0, 0])
        tally[0] += right
        tally[1] += 1

    def merge(self, other: Tally) -> None:
        for name in ("gold", "found", "extracted", "extracted_right", "rows", "other", "furniture"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.furniture_hit += other.furniture_hit
        self.wrong += other.wrong
        for name, (right, scored) in other.fields.items():
            tally = self.fields.setdefault(name, [0, 0])
            tally[0] += right
            tally[1] += scored

    @property
    def precision(self) -> float:
        return self.extracted_right / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    def accuracy(self, name: str) -> float | None:
        right, scored = self.fields.get(name, (0, 0))
        return right / scored if scored else None

    @property
    def other_share(self) -> float:
        return self.other / self.rows if self.rows else 0.0


def _field_right(name: str, want: object, got: object) -> bool:
    if name == "value":
        return _same(float(want), float(got))
    if name in ("period_start", "period_end"):
        got = "" if pd.isna(got) else str(pd.Timestamp(got).date())
    if name in ("entity", "population"):
        return fold(want) == fold(got)
    if name == "period" and isinstance(want, str) and isinstance(got, str) and want != got:
        bounds = period_bounds(want)  # 2025-01/2025-09-05 is 2025-01-01/2025-09-05: the same days
        return bounds[0] is not None and bounds == period_bounds(got)
    if name == "unit":  # gold writes the unit of a duration in days as the article does
        want, got = (_DAYS.get(u, u) if isinstance(u, str) else u for u in (want, got))
    return (str(want) if not pd.isna(want) else "") == ("" if got is None or pd.isna(got) else str(got))


def score_document(gold: pd.DataFrame, rows: pd.DataFrame) -> Tally:
    """Score one article's extracted rows against its gold rows."""
    tally = Tally(rows=len(rows), other=int((rows.metric == "other").sum()))
    figures = gold[gold.metric != "furniture"]
    furniture = gold[gold.metric == "furniture"]
    records = rows.to_dict("records")
    used = [False] * len(records)
    fact_of_anchor: dict[str, object] = {}
    matched: list[tuple[dict, dict]] = []
    for item in figures.to_dict("records"):
        tally.gold += 1
        for i, row in enumerate(records):
            if used[i] or not in_quote(item["anchor"], row["quote"]):
                continue
            if not (_same(abs(item["value"]), abs(row["value"]))
                    and _same(item["value_high"], row["value_high"])):
                continue
            used[i] = True
            tally.found += 1
            matched.append((item, row))
            fact_of_anchor[item["anchor"]] = row.get("fact_id")
            break
        else:
            tally.wrong.append(f"missed {item['doc_id']} {item['metric']} {item['value']:g} "
                               f"[{item['anchor']}]")
    for item, row in matched:
        for name in FIELDS:
            if name not in row or (name == "entity" and not item["entity"]):
                continue  # a column this extractor lacks; an article naming no entity
            right = _field_right(name, item[name], row[name])
            tally.add_field(name, right)
            if not right and name in _LISTED:
                tally.wrong.append(f"{name} {item['doc_id']} [{item['anchor']}]: want "
                                   f"{item[name]!r}, got {row[name]!r}")
        for anchor_column, id_column in LINKS:
            if id_column not in row:
                continue
            want = fact_of_anchor.get(item.get(anchor_column, "")) if item.get(anchor_column) else None
            got = row[id_column]
            got = None if got is None or (isinstance(got, float) and math.isnan(got)) else got
            tally.add_field("links", (want is None and got is None) or (want is not None and want == got))
    for i, row in enumerate(records):
        if row["metric"] == "other":
            continue
        tally.extracted += 1
        tally.extracted_right += used[i]
        if not used[i]:
            tally.wrong.append(f"spurious {row['doc_id']} {row['metric']} {row['value']:g} "
                               f"[{row['quote'][:40]}]")
    for item in furniture.to_dict("records"):
        tally.furniture += 1
        # a row matched to a gold figure is that figure, not the furniture number of its quote
        if any(not used[i] and in_quote(item["anchor"], row["quote"])
               and _same(abs(item["value"]), abs(row["value"])) for i, row in enumerate(records)):
            tally.furniture_hit.append(f"{item['doc_id']} [{item['anchor']}]")
    return tally


def extract(root: Path = CORPUS) -> pd.DataFrame:
    """The extractor's rows for every corpus article."""
    from analysis.metrics import extract_metrics
    from analysis.pipeline import load_documents

    return extract_metrics(load_documents(root / "articles"))


def evaluate(split: str = "dev", root: Path = CORPUS,
             metrics: pd.DataFrame | None = None,
             writers: tuple[str, ...] = ()) -> dict[str, Tally]:
    """Tallies keyed by ``all`` and by style, for the articles of ``split`` (or ``all``), of
    ``writers`` only when given (``w4``: the articles ``w4_*``)."""
    gold, articles = read_corpus(root)
    if split != "all":
        articles = articles[articles.split == split]
    if writers:
        articles = articles[articles.doc_id.str.split("_").str[0].isin(writers)]
    metrics = extract(root) if metrics is None else metrics
    tallies: dict[str, Tally] = {"all": Tally()}
    for article in articles.itertuples():
        tally = score_document(gold[gold.doc_id == article.doc_id],
                               metrics[metrics.doc_id == article.doc_id])
        tallies["all"].merge(tally)
        tallies.setdefault(article.style, Tally()).merge(tally)
    return tallies


def _cell(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def report(tallies: dict[str, Tally]) -> str:
    """The table of scores, one line per style and one for all."""
    head = ["group", "gold", "prec", "recall", *(f[:8] for f in FIELDS), "links", "other%",
            "furn"]
    lines = ["  ".join(f"{h:>8}" for h in head)]
    for name, t in sorted(tallies.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        cells = [name[:8], str(t.gold), _cell(t.precision), _cell(t.recall),
                 *(_cell(t.accuracy(f)) for f in FIELDS), _cell(t.accuracy("links")),
                 f"{100 * t.other_share:5.1f}", f"{len(t.furniture_hit)}/{t.furniture}"]
        lines.append("  ".join(f"{c:>8}" for c in cells))
    return "\n".join(lines)


_GROUPED = ("metric", "status", "entity", "population", "period", "unit", "value")  # what tells facts apart


def fields_report(split: str, writers: tuple[str, ...], wrong: bool) -> str:
    """The meaning-field scores (``evaluate.score_fields``) of one split, with every wrong field
    when ``wrong``."""
    from evaluate import read_corpus_gold, score_fields

    from analysis.facts import link_facts
    from analysis.metrics import extract_metrics
    from analysis.pipeline import load_documents

    gold = read_corpus_gold(CORPUS, None if split == "all" else split)
    if writers:
        gold = gold[gold.doc_id.str.split("_").str[0].isin(writers)]
    chosen = set(gold["doc_id"])
    documents = load_documents(sorted(p for p in (CORPUS / "articles").iterdir()
                                      if p.stem in chosen))
    mentions, _ = link_facts(documents, extract_metrics(documents))
    result = score_fields(mentions, gold)
    lines = [f"fields ({split}): {result}"]
    if wrong:
        for name, item, row in result.wrong:
            have = row.get(name if name in row else f"{name}_fact_id", "")
            want = item.get(name, item.get(f"{name}_anchor", ""))  # a link: the anchor it names
            lines.append(f"  {name:12} {item['doc_id']} {item['anchor']!r}: "
                         f"gold {want!r}, ours {have!r}")
        for kind, a, b, ours_a, ours_b in result.pair_misses:
            apart = "; ".join(f"{name} {ours_a[name]!r}|{ours_b[name]!r}" for name in _GROUPED
                              if str(ours_a[name]) != str(ours_b[name]))
            lines.append(f"  grouping {kind:6} {a['doc_id']} {a['anchor']!r} / "
                         f"{b['doc_id']} {b['anchor']!r}: {apart or 'same fields'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    parser.add_argument("--wrong", action="store_true", help="list every miss and wrong label")
    parser.add_argument("--writers", default="", help="only these writers' articles: w4,w5")
    parser.add_argument("--fields", action="store_true",
                        help="also score the meaning fields and the fact grouping (evaluate.py)")
    args = parser.parse_args(argv)
    writers = tuple(w for w in args.writers.split(",") if w)
    if args.fields:
        print(fields_report(args.split, writers, args.wrong))
    tallies = evaluate(args.split, writers=writers)
    print(f"split: {args.split}" + (f", writers {','.join(writers)}" if writers else ""))
    print(report(tallies))
    if args.wrong:
        print("\n".join(tallies["all"].wrong + [f"furniture {f}" for f in tallies["all"].furniture_hit]))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(CORPUS.parents[1]))
    sys.exit(main())
