"""Precision and recall of the metrics table against a hand-annotated gold file.

A gold row (doc_id, metric, value, value_high, unit, qualifier, anchor) is matched by at most one
extracted row of the same document, metric, value, high value, unit and qualifier whose quote
contains the anchor (a short phrase copied from the article). Rows labelled ``other`` are not
health figures and count neither way.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis._rules.places import SAR_FULL_FORMS
from analysis.folding import to_simplified
from analysis.regions import official_forms

KEY = ("metric", "unit", "qualifier")


@dataclass
class Score:
    """Counts and ratios of one comparison, with the rows on each side that did not match."""

    matched: int
    extracted: int
    gold: int
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def __str__(self) -> str:
        return (f"precision {self.precision:.3f} ({self.matched}/{self.extracted}), "
                f"recall {self.recall:.3f} ({self.matched}/{self.gold})")


def read_gold(path: str | Path) -> pd.DataFrame:
    """The gold CSV, with empty cells as missing values."""
    return pd.read_csv(path, dtype={"doc_id": str, "unit": str, "entity": str, "period": str,
                                    "anchor": str})


def _same_number(a: float, b: float) -> bool:
    if (a is None or (isinstance(a, float) and math.isnan(a))) and \
            (b is None or (isinstance(b, float) and math.isnan(b))):
        return True
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def in_quote(anchor: str, quote: str) -> bool:
    """Whether a gold anchor stands in a mention's quote, whitespace and full-width forms aside:
    a headline's quote is the title as ingest tidied it (a full-width space between its phrases
    becomes a space), and ingest writes full-width digits as ASCII ones (１２６名: 126名)."""
    if anchor in quote:
        return True
    anchor, quote = unicodedata.normalize("NFKC", anchor), unicodedata.normalize("NFKC", quote)
    return "".join(anchor.split()) in "".join(quote.split())


def _fits(gold: dict, row: dict) -> bool:
    return (row["doc_id"] == gold["doc_id"]
            and all(row[k] == gold[k] for k in KEY)
            and _same_number(row["value"], gold["value"])
            and _same_number(row["value_high"], gold["value_high"])
            and in_quote(gold["anchor"], row["quote"]))


def score(metrics: pd.DataFrame, gold: pd.DataFrame) -> Score:
    """Match gold rows one to one against the health figures of ``metrics``."""
    rows = metrics[metrics["metric"] != "other"].to_dict("records")
    used = [False] * len(rows)
    missed = []
    for item in gold.to_dict("records"):
        for i, row in enumerate(rows):
            if not used[i] and _fits(item, row):
                used[i] = True
                break
        else:
            missed.append(item)
    spurious = [row for row, hit in zip(rows, used) if not hit]
    return Score(sum(used), len(rows), len(gold), missed, spurious)


# --- what a figure means: status, population, periods, entity, links, facts --------------------

MEANING_FIELDS = ("sign", "status", "population", "period_start", "period_end", "entity",
                  "baseline", "of")


@dataclass
class FieldScore:
    """Per-field agreement of matched gold rows, fact grouping (pairwise) and the misses."""

    matched: int
    gold: int
    correct: dict[str, int]
    pairs: tuple[int, int, int]  # pairs in the same fact: both, extracted only, gold only
    wrong: list[tuple[str, dict, dict]] = field(default_factory=list)
    # gold rows of one fact that we split ("split"), or of two facts that we join ("joined"),
    # each with the mention it matched: (kind, gold a, gold b, ours a, ours b)
    pair_misses: list[tuple[str, dict, dict, dict, dict]] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.matched if self.matched else 1.0

    @property
    def grouping_f1(self) -> float:
        """Pairwise F1 of the fact grouping (1.0 when no two rows are one fact on either side)."""
        both, ours, theirs = self.pairs
        precision = both / (both + ours) if both + ours else 1.0
        recall = both / (both + theirs) if both + theirs else 1.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def __str__(self) -> str:
        fields = ", ".join(f"{n} {self.accuracy(n):.3f}" for n in MEANING_FIELDS)
        return (f"matched {self.matched}/{self.gold}; {fields}; "
                f"fact grouping F1 {self.grouping_f1:.3f}")


def read_corpus_gold(folder: str | Path, split: str | None = "dev") -> pd.DataFrame:
    """The gold rows of a development corpus (``gold/<doc_id>.csv``) of one split of
    ``split.csv`` (None: every article), furniture left out."""
    folder = Path(folder)
    chosen = None
    if split is not None and (folder / "split.csv").exists():
        splits = pd.read_csv(folder / "split.csv", dtype=str)
        chosen = set(splits.loc[splits["split"] == split, "doc_id"])
    frames = [pd.read_csv(path, dtype=str, keep_default_na=False)
              for path in sorted((folder / "gold").glob("*.csv"))
              if chosen is None or path.stem in chosen]
    gold = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["doc_id"])
    gold = gold[gold["metric"] != "furniture"].reset_index(drop=True)
    for column in ("value", "value_high"):
        gold[column] = pd.to_numeric(gold[column], errors="coerce")
    return gold


def _day(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)[:10]


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _same_gold_fact(a: dict, b: dict) -> bool:
    """Two gold rows state one fact: the same metric, value, unit, status and population, and
    the same entity and period where both name one (a headline repeats its article's figure);
    across articles (a repost), the same entity and period, both named: two articles' figures
    naming no one are not one fact because their numbers agree."""
    one_article = a["doc_id"] == b["doc_id"]

    def compatible(x: str, y: str) -> bool:
        return x == y and (bool(x) or one_article) or one_article and (not x or not y)

    return (all(a[k] == b[k] for k in ("metric", "unit", "status", "population"))
            and _same_number(a["value"], b["value"])
            and _same_number(a["value_high"], b["value_high"])
            and compatible(a["entity"], b["entity"])
            and compatible(a["period_end"], b["period_end"]))


_GROUP_JOINS = re.compile("以及|及|与|、")  # one group joined by any of them (儿童及青少年, 儿童和青少年)


def _fuller_form(want: str, have: str) -> bool:
    """Whether ``have`` is a fuller form of the gold's name ending with it (醫務衞生局 ->
    香港特別行政區政府醫務衞生局, 横琴医院 -> 珠海市人民医院横琴医院): the gold gives the fullest form
    in its article, the facts table the fullest across the corpus, as issue 16 asks; a place
    written bare in its article has its official form there (珠海 -> 珠海市, 澳門 -> 澳門特別行政區)."""
    return bool(want) and len(want) >= 2 and have != want and (
        to_simplified(have).endswith(to_simplified(want))
        or to_simplified(have) in official_forms(to_simplified(want))  # 珠海 -> 珠海市, 罗湖 -> 罗湖区
        or to_simplified(have) == to_simplified(want) + "省"  # a province written bare: 广东 -> 广东省
        # a SAR written bare where its article also names it in full as a place (澳門 ->
        # 澳門特別行政區: the annotation law takes either)
        or to_simplified(have) in SAR_FULL_FORMS.get(to_simplified(want), ()))


def score_fields(metrics: pd.DataFrame, gold: pd.DataFrame) -> FieldScore:
    """Match gold rows to mentions (same document, same value up to its sign, anchor in the
    quote; metric labels are not compared) and count, per field, the matched rows that agree."""
    rows = metrics.to_dict("records")
    by_doc: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_doc.setdefault(row["doc_id"], []).append(i)
    used: set[int] = set()
    match: dict[int, int] = {}  # gold index -> row index
    items = gold.to_dict("records")
    for g, item in enumerate(items):
        for i in by_doc.get(item["doc_id"], []):
            row = rows[i]
            if i not in used and in_quote(item["anchor"], row["quote"]) and \
                    _same_number(abs(row["value"]), abs(item["value"])):
                used.add(i)
                match[g] = i
                break
    anchors = {(item["doc_id"], item["anchor"]): g for g, item in enumerate(items)}
    correct = dict.fromkeys(MEANING_FIELDS, 0)
    wrong = []
    for g, i in match.items():
        item, row = items[g], rows[i]
        linked = {}
        for name, column in (("baseline", "baseline_anchor"), ("of", "of_anchor")):
            target = anchors.get((item["doc_id"], item[column])) if item[column] else None
            want = rows[match[target]]["fact_id"] if target in match else ""
            linked[name] = (want, _text(row[f"{name}_fact_id"]))
        got = {
            "sign": (math.copysign(1, item["value"]), math.copysign(1, row["value"])),
            "status": (item["status"], row["status"]),
            "population": (item["population"], _text(row["population"])),
            "period_start": (item["period_start"], _day(row["period_start"])),
            "period_end": (item["period_end"], _day(row["period_end"])),
            "entity": (item["entity"], _text(row["entity"])),
            **linked,
        }
        for name, (want, have) in got.items():
            if want == have or name == "entity" and _fuller_form(want, have) \
                    or name == "population" and _GROUP_JOINS.sub("和", want) == _GROUP_JOINS.sub("和", have):
                correct[name] += 1
            else:
                wrong.append((name, item, row))
    both = ours = theirs = 0
    misses = []
    matched = sorted(match)
    for x, a in enumerate(matched):
        for b in matched[x + 1:]:
            same_gold = _same_gold_fact(items[a], items[b])
            same_ours = rows[match[a]]["fact_id"] == rows[match[b]]["fact_id"]
            both += same_gold and same_ours
            ours += same_ours and not same_gold
            theirs += same_gold and not same_ours
            if same_gold != same_ours:
                misses.append(("joined" if same_ours else "split", items[a], items[b],
                               rows[match[a]], rows[match[b]]))
    return FieldScore(len(match), len(items), correct, (both, ours, theirs), wrong, misses)
