"""Tables: documents and metrics as pandas DataFrames, and writing them as CSV or Parquet."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

import pandas as pd
import pyarrow as pa

from analysis.errors import AnalysisError
from analysis.problems import Problem

DOCUMENT_COLUMNS = ["doc_id", "path", "title", "published", "published_source", "publisher",
                    "author", "region", "format", "text", "sha256"]
# The metrics table's columns and dtypes: fixed, so that every chunk of a parallel run, an empty
# table and a table whose column happens to be all missing have the same schema.
METRIC_DTYPES = {"doc_id": "str", "metric": "str", "value": "float64", "value_high": "float64",
                 "unit": "str", "qualifier": "str", "entity": "str", "period": "str",
                 "subject": "str", "quote": "str", "start": "int64", "end": "int64"}
METRIC_COLUMNS = list(METRIC_DTYPES)
_ARROW_TYPES = {"str": pa.string(), "float64": pa.float64(), "int64": pa.int64()}
METRIC_SCHEMA = pa.schema([(name, _ARROW_TYPES[dtype]) for name, dtype in METRIC_DTYPES.items()])


def load_documents(path: str | Path | Iterable[str | Path],
                   problems: list[Problem] | None = None) -> pd.DataFrame:
    """One row per article in a folder (or list of files); bad files are skipped and reported."""
    from analysis.ingest import read_documents

    return documents_frame(read_documents(path, problems=problems))


def documents_frame(documents: Iterable) -> pd.DataFrame:
    """The documents table from ``Document`` records, in input order."""
    rows = [doc.as_row() for doc in documents]
    frame = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    frame["published"] = pd.to_datetime(frame["published"], errors="coerce").dt.date
    return frame


def load_metrics(path: str | Path | Iterable[str | Path], problems: list[Problem] | None = None,
                 jobs: int | None = None) -> pd.DataFrame:
    """One row per metric value for every article in a folder: ingest, then extract, in
    ``jobs`` processes (default: every core, for 64 files or more; 1 runs in this process)."""
    return to_frame(load_metrics_table(path, problems=problems, jobs=jobs))


def load_metrics_table(path: str | Path | Iterable[str | Path],
                       problems: list[Problem] | None = None, jobs: int | None = None) -> pa.Table:
    """``load_metrics`` as an Arrow table (``METRIC_SCHEMA``): what the command line writes to
    Parquet without a detour through pandas."""
    from analysis.parallel import extract_table_parallel

    return extract_table_parallel(path, problems=problems, jobs=jobs)


def to_frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow metrics table (``METRIC_SCHEMA``) as the pandas table, with the dtypes of
    ``METRIC_DTYPES``. The table is used up: its columns are freed as they are converted, so
    the two never both stand whole in memory."""
    return table.to_pandas(split_blocks=True, self_destruct=True).astype(METRIC_DTYPES)


def write_table(frame: pd.DataFrame | pa.Table, out: str | Path) -> Path:
    """Write ``frame`` as CSV or Parquet, chosen by the extension of ``out``; an Arrow table
    (of the metrics) goes to Parquet as it is, or through ``to_frame`` to CSV. The file is
    written beside ``out`` and renamed, so a failed write leaves an older file whole."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise AnalysisError(f"{out}: unknown output format {suffix or '(none)'}; use .csv or .parquet")
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(frame, pa.Table) and suffix == ".parquet":
            import pyarrow.parquet as pq

            pq.write_table(frame, tmp)
        elif suffix == ".csv":
            frame = to_frame(frame) if isinstance(frame, pa.Table) else frame
            frame.to_csv(tmp, index=False, encoding="utf-8")
        else:
            frame.to_parquet(tmp, index=False)
        tmp.replace(out)
    except OSError as exc:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise AnalysisError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    return out
