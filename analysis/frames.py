"""Tables: documents and metrics as pandas DataFrames (their columns and dtypes), and writing
them as CSV or Parquet; ``analysis.pipeline`` fills them."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path

import pandas as pd
import pyarrow as pa

from analysis.errors import AnalysisError, WriteError
from analysis.schema import DOCUMENT_COLUMNS, METRIC_DTYPES, METRIC_SCHEMA
from analysis.spreadsheet import write_csv
from analysis.stopping import alive


def documents_frame(documents: Iterable) -> pd.DataFrame:
    """The documents table from ``Document`` records, in input order; ``published`` is
    datetime64 (NaT when unknown), so that ``.dt`` works."""
    rows = [doc.as_row() for doc in documents]
    frame = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    frame["published"] = pd.to_datetime(frame["published"], errors="coerce").astype(
        "datetime64[s]")
    return frame


def to_frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow metrics table (``METRIC_SCHEMA``) as the pandas table, with the dtypes of
    ``METRIC_DTYPES``. The table is used up: its columns are freed as they are converted, so
    the two never both stand whole in memory."""
    return table.to_pandas(split_blocks=True, self_destruct=True).astype(METRIC_DTYPES)


def write_table(frame: pd.DataFrame | pa.Table, out: str | Path) -> Path:
    """Write ``frame`` as CSV or Parquet, chosen by the extension of ``out``; an Arrow table
    (of the metrics) goes to Parquet as it is, or through ``to_frame`` to CSV. CSV is written
    for spreadsheets: UTF-8 with a byte-order mark, formula-like text neutralised
    (``analysis.spreadsheet.write_csv``)."""
    if isinstance(frame, pa.Table):
        return write_tables([frame], out)
    def csv(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            write_csv(frame, f)

    return _written(out, lambda tmp, is_csv: csv(tmp) if is_csv
                    else frame.to_parquet(tmp, index=False))


ROW_GROUP = 100_000  # rows gathered before a Parquet row group is written


def write_tables(tables: Iterable[pa.Table], out: str | Path) -> Path:
    """Write metrics tables (``METRIC_SCHEMA``), one after the other, as one CSV or Parquet file
    while they come: at most about ``ROW_GROUP`` rows are held at a time."""
    def parquet(tmp: Path) -> None:
        import pyarrow.parquet as pq

        with pq.ParquetWriter(tmp, METRIC_SCHEMA) as writer:
            held: list[pa.Table] = []
            rows = 0
            for table in tables:
                held.append(table)
                rows += table.num_rows
                if rows >= ROW_GROUP:
                    writer.write_table(pa.concat_tables(held))
                    held, rows = [], 0
            writer.write_table(pa.concat_tables(held) if held else METRIC_SCHEMA.empty_table())

    def csv(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            header = True
            for table in tables:
                write_csv(to_frame(table), f, header=header)
                header = False
            if header:  # no table at all: the header alone
                write_csv(to_frame(METRIC_SCHEMA.empty_table()), f)

    return _written(out, lambda tmp, is_csv: csv(tmp) if is_csv else parquet(tmp))


def _written(out: str | Path, write: Callable[[Path, bool], object]) -> Path:
    """Write ``out`` as CSV or Parquet through :func:`published` (``write(tmp, is_csv)``)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise AnalysisError(f"{out}: unknown output format {suffix or '(none)'}; use .csv or .parquet")
    return published(out, lambda tmp: write(tmp, suffix == ".csv"))


def published(out: str | Path, write: Callable[[Path], object]) -> Path:
    """Run ``write(tmp)`` on a file of its own beside ``out`` (named for this process, so that
    two runs writing the same ``out`` never share one) and rename it to ``out`` when it
    succeeds, checking that ``out`` is then that file; if anything fails (the disk, or the work
    that feeds it), ``out`` is left as it was and the partial file removed. Temporary files of
    runs that were killed are removed first."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(out)
        write(tmp)
        written = tmp.stat()
        tmp.replace(out)
        now = out.stat()
        if (now.st_ino, now.st_dev) != (written.st_ino, written.st_dev):
            raise AnalysisError(f"{out}: replaced by another run as it was written; "
                                "its rows are not this run's (run once at a time per --out)")
    except BaseException as exc:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise WriteError(f"{out}: cannot write ({exc.strerror or exc})") from exc
        raise
    return out


_TEMPORARY = re.compile(r"\.(?P<pid>\d+)-[0-9a-f]{8}\.tmp")


def remove_stale_temporaries(out: Path) -> list[Path]:
    """Remove the temporary files beside ``out`` left by runs that were killed (their process is
    gone); return them."""
    removed = []
    prefix = f".{out.name}"
    with suppress(OSError), os.scandir(out.parent) as entries:
        for entry in entries:
            match = entry.name.startswith(prefix) and _TEMPORARY.fullmatch(entry.name, len(prefix))
            if match and not alive(int(match["pid"])):
                with suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed
