"""Cells as a spreadsheet should get them: text a spreadsheet would run as a formula
neutralised (OWASP CSV injection), lists joined; and the CSV writer that uses them."""

from __future__ import annotations

from typing import IO

import numpy as np
import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP: what a spreadsheet may run


def neutralise(value: object) -> object:
    """A text cell a spreadsheet would run as a formula, with a leading ``'``; anything else as
    it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _text_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns
            if pd.api.types.is_string_dtype(frame[c]) or frame[c].dtype == object]


def for_spreadsheet(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` as a spreadsheet should show it: text cells neutralised (``neutralise``) and
    lists (a fact's doc_ids) joined with ``; ``."""
    columns = {c: frame[c].map(lambda v: neutralise(joined(v))) for c in _text_columns(frame)}
    return frame.assign(**columns) if columns else frame


def joined(value: object) -> object:
    """A list of values (or a NumPy array of them, as Parquet gives) as one text."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return "; ".join(map(str, value))
    return value


def write_csv(frame: pd.DataFrame, out: IO[str], header: bool = True) -> None:
    """Write ``frame`` as CSV rows to ``out`` (a text file opened with ``encoding="utf-8-sig"``
    and ``newline=""``, which writes the byte-order mark once), neutralised for spreadsheets;
    lines end in CRLF, so that a cell holding a lone CR is quoted too."""
    for_spreadsheet(frame).to_csv(out, index=False, header=header, lineterminator="\r\n")
