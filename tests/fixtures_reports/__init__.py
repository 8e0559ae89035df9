"""Hand-made documents and metrics tables (the ingest/metrics contracts) for report tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"


def fixture_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Four articles (one titled with a <script> tag, one undated) and 24 figures."""
    documents = pd.read_csv(HERE / "documents.csv", dtype=str)
    documents["published"] = [date.fromisoformat(d) if isinstance(d, str) else None
                              for d in documents["published"]]
    metrics = pd.read_csv(HERE / "metrics.csv", dtype={"period": str})
    return documents, metrics
