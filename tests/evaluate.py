"""Precision and recall of the metrics table against a hand-annotated gold file.

A gold row (doc_id, metric, value, value_high, unit, qualifier, anchor) is matched by at most one
extracted row of the same document, metric, value, high value, unit and qualifier whose quote
contains the anchor (a short phrase copied from the article). Rows labelled ``other`` are not
health figures and count neither way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

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


def _fits(gold: dict, row: dict) -> bool:
    return (row["doc_id"] == gold["doc_id"]
            and all(row[k] == gold[k] for k in KEY)
            and _same_number(row["value"], gold["value"])
            and _same_number(row["value_high"], gold["value_high"])
            and gold["anchor"] in row["quote"])


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
