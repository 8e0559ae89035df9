"""The tables in the formats analysts open: CSV for Excel, an Excel workbook, a DuckDB file.

Four tables travel together: ``documents`` (one row per article), ``mentions`` (one row per
figure as stated, with its article's region and date and the metric's labels), ``facts`` (one
row per fact; any frame with a ``fact_id`` column) and ``dictionary`` (the metric vocabulary).

- CSV is UTF-8 with a byte-order mark (Excel on Windows then reads the Chinese right; pandas
  and the csv module read it unchanged) and text cells that start with ``= + - @``, a tab or a
  carriage return get a leading ``'`` so that a spreadsheet shows them instead of running them
  as formulas (OWASP CSV injection). The workbook is neutralised the same way; Parquet and
  DuckDB keep every value exact.
- The workbook has bold frozen header rows, column widths, numbers as numbers, dates as dates
  and, in a reports folder, a link from each row to the report that shows its article.
- The DuckDB file holds the four tables, the views ``latest_facts`` and ``time_series``, and a
  ``history`` table that each build appends its facts to (so "what changed since last month" is
  one query) and the view ``history_changes`` (the facts of the newest build that are new or
  whose value changed since the build before).
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.errors import AnalysisError
from analysis.facts import build_facts
from analysis.frames import published, write_table
from analysis.periods import period_bounds
from analysis.regions import region_slug
from analysis.spreadsheet import for_spreadsheet, joined
from analysis.vocabulary import data_dictionary

log = logging.getLogger(__name__)

WORKBOOK = "gba_health.xlsx"
DATABASE = "gba_health.duckdb"
SHEETS = ("documents", "facts", "mentions", "dictionary")
EXCEL_ROWS = 1_048_576  # a sheet's rows, header included
EXCEL_CELL = 32_767     # characters in one cell
# what a fact is of, its value aside: the key the history follows from build to build
FACT_KEY = ("metric", "entity", "population", "status", "unit", "period_start", "period_end")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what an .xlsx cannot hold


# --- the tables --------------------------------------------------------------------------------

def _dates(column: pd.Series) -> pd.Series:
    return pd.to_datetime(column, errors="coerce")


def documents_table(documents: pd.DataFrame) -> pd.DataFrame:
    """The documents table with ``published`` as datetime64 (NaT when unknown)."""
    return documents.assign(published=_dates(documents["published"]))


def mentions_table(metrics: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The figures as stated, each with its article's region and publication date (datetime64),
    the metric's Chinese and English labels, and its period as datetime64 bounds; columns the
    frame has already are kept as they are."""
    frame = with_context(metrics, documents)
    if "period" in frame.columns and "period_start" not in frame.columns:
        bounds = [period_bounds(p) for p in frame["period"]]
        frame = frame.assign(period_start=_dates(pd.Series([b[0] for b in bounds],
                                                            index=frame.index, dtype=object)),
                             period_end=_dates(pd.Series([b[1] for b in bounds],
                                                         index=frame.index, dtype=object)))
    return frame


def with_context(frame: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (rows with a doc_id and a metric) with ``region``, ``published`` (of its
    article) and ``label_zh``/``label_en`` (of its metric) where it has none of its own."""
    labels = data_dictionary().set_index("metric")
    added = {}
    if "doc_id" in frame.columns:
        docs = documents.drop_duplicates("doc_id").set_index("doc_id")
        for column in ("region", "published"):
            if column not in frame.columns:
                added[column] = frame["doc_id"].map(docs[column])
    for column in ("label_zh", "label_en"):
        if column not in frame.columns and "metric" in frame.columns:
            added[column] = frame["metric"].map(labels[column])
    frame = frame.assign(**added)
    for column in ("published", "period_start", "period_end"):
        if column in frame.columns:
            frame[column] = _dates(frame[column])
    return frame


def facts_table(facts: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """A facts frame (one row per ``fact_id``) with labels and dates as ``with_context`` gives
    them, ``doc_ids`` held as lists, and the region of its first source when it has none."""
    if "last_published" in facts.columns and "published" not in facts.columns:
        facts = facts.assign(published=facts["last_published"])  # the newest source's date
    frame = with_context(facts, documents.iloc[:0])
    key = frame.reindex(columns=list(FACT_KEY)).astype(object)
    frame["fact_key"] = ["k" + hashlib.blake2b("\x1f".join("" if pd.isna(v) else str(v) for v in k)
                                               .encode(), digest_size=8).hexdigest()
                         for k in key.itertuples(index=False)]
    if "doc_ids" in frame.columns:
        frame["doc_ids"] = frame["doc_ids"].map(_as_list)
        if "region" not in frame.columns:
            regions = dict(zip(documents["doc_id"], documents["region"]))
            frame["region"] = pd.Series([regions.get(ids[0]) if ids else None
                                         for ids in frame["doc_ids"]], index=frame.index,
                                        dtype="str")
    return frame


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    if isinstance(value, (list, tuple, np.ndarray)):
        return [str(v) for v in value]
    return [] if value is None or pd.isna(value) else [str(value)]


def analyst_tables(documents: pd.DataFrame, metrics: pd.DataFrame,
                   facts: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The four tables (``SHEETS``) from the documents and metrics tables, and a facts frame
    when one is given (else ``analysis.facts.build_facts``)."""
    mentions = mentions_table(metrics, documents)
    if facts is None:
        facts = build_facts(documents, metrics)
    return {"documents": documents_table(documents), "facts": facts_table(facts, documents),
            "mentions": mentions, "dictionary": data_dictionary()}


# --- Excel -------------------------------------------------------------------------------------

def report_of(region: object) -> str:
    """The report file that shows an article of ``region``: its drill-down, else the overview."""
    return f"region-{region_slug(region)}.html" if isinstance(region, str) and region \
        else "overview.html"


def _width(column: pd.Series, name: str) -> float:
    """A column width in characters (a CJK character counts two), from the first 200 cells."""
    def size(value: object) -> int:
        text = "" if value is None or (not isinstance(value, str) and pd.isna(value)) \
            else str(value)
        return sum(2 if ord(ch) > 0x2e7f else 1 for ch in text[:80])

    longest = max([size(name), *(size(v) for v in column.head(200))])
    return float(min(max(longest + 2, 8), 60))


def _cell(value: object) -> object:
    """A value as openpyxl writes it: NaN/NaT empty, timestamps as datetimes, text cut to a
    cell's limit and rid of the control characters an .xlsx cannot hold."""
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, str):
        return _ILLEGAL_XML.sub("", value)[:EXCEL_CELL]
    if isinstance(value, (list, tuple, np.ndarray)):
        return joined(value)
    return None if value is None or pd.isna(value) else value


def write_workbook(tables: dict[str, pd.DataFrame], out: str | Path,
                   links: bool = False) -> Path:
    """Write the tables as sheets of one .xlsx file (written beside ``out``, then renamed);
    with ``links`` each row of a table with a region or doc_id links to its article's report,
    for a workbook inside a reports folder's ``data/``."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    out = Path(out)
    try:  # before any sheet: a failed save leaves openpyxl's writers half open
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AnalysisError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    regions = {}
    if links and "documents" in tables:
        docs = tables["documents"]
        regions = dict(zip(docs["doc_id"], docs["region"]))
    book = Workbook(write_only=True)
    bold = Font(bold=True)
    link_font = Font(color="0563C1", underline="single")
    for name, table in tables.items():
        sheet = book.create_sheet(name)
        shown = for_spreadsheet(table)
        if len(shown) >= EXCEL_ROWS:
            log.warning("%s: sheet %s holds the first %d of %d rows (Excel's limit); the CSV, "
                        "Parquet and DuckDB tables hold all", out, name, EXCEL_ROWS - 1,
                        len(shown))
            shown = shown.head(EXCEL_ROWS - 1)
        targets = _report_targets(table, regions) if links else None
        headers = [str(c) for c in shown.columns] + (["report"] if targets is not None else [])
        sheet.freeze_panes = "A2"
        for i, header in enumerate(headers, start=1):
            column = shown[header] if header in shown.columns else pd.Series(["overview.html"])
            sheet.column_dimensions[get_column_letter(i)].width = _width(column, header)
        dates = [i for i, c in enumerate(shown.columns)
                 if pd.api.types.is_datetime64_any_dtype(shown[c])]
        sheet.append([_styled(WriteOnlyCell(sheet, value=h), font=bold) for h in headers])
        for position, row in enumerate(shown.itertuples(index=False, name=None)):
            cells = [_cell(value) for value in row]  # plain values: no cell object, no style
            for i in dates:
                if cells[i] is not None:
                    cells[i] = WriteOnlyCell(sheet, value=cells[i])
                    cells[i].number_format = "yyyy-mm-dd"
            if targets is not None:
                cell = WriteOnlyCell(sheet, value=targets[position])
                cell.hyperlink, cell.font = f"../{targets[position]}", link_font
                cells.append(cell)
            sheet.append(cells)
    return published(out, book.save)


def _styled(cell, font):
    cell.font = font
    return cell


def _report_targets(table: pd.DataFrame, regions: dict[str, object]) -> list[str] | None:
    """The report of each row's article (by its region, else its first source doc_id)."""
    if "region" in table.columns:
        return [report_of(r) for r in table["region"]]
    if "doc_ids" in table.columns:
        return [report_of(regions.get(ids[0]) if len(ids) else None)
                for ids in table["doc_ids"].map(_as_list)]
    return None


# --- DuckDB ------------------------------------------------------------------------------------

_VIEWS = {
    # the newest value of each entity, metric, population and status: by the period it is for,
    # then by its article's date
    "latest_facts": """
        SELECT * FROM facts
        QUALIFY row_number() OVER (
            PARTITION BY metric, entity, population, status
            ORDER BY period_end DESC NULLS LAST, published DESC NULLS LAST, fact_id) = 1""",
    # each fact as a point in time (its period's end, else its article's date), in time order
    "time_series": """
        SELECT metric, label_zh, label_en, entity, population, status,
               coalesce(period_end, published) AS as_of, value, unit, fact_id, doc_ids
        FROM facts WHERE value IS NOT NULL AND coalesce(period_end, published) IS NOT NULL
        ORDER BY metric, entity, as_of""",
    # the facts of the newest build that were not there, or had another value, the build before
    "history_changes": """
        WITH builds AS (SELECT DISTINCT build_time FROM history),
        newest AS (SELECT max(build_time) AS t FROM builds),
        before AS (SELECT max(build_time) AS t FROM builds WHERE build_time < (SELECT t FROM newest))
        SELECT h.fact_key, h.metric, h.entity, p.value AS previous_value, h.value, h.unit,
               h.first_seen, h.build_time, h.sources
        FROM history h
        LEFT JOIN history p ON p.fact_key = h.fact_key AND p.build_time = (SELECT t FROM before)
        WHERE h.build_time = (SELECT t FROM newest)
          AND (p.fact_key IS NULL OR p.value IS DISTINCT FROM h.value)""",
}

_HISTORY = """CREATE TABLE IF NOT EXISTS history (
    fact_key VARCHAR, metric VARCHAR, entity VARCHAR, value DOUBLE, unit VARCHAR,
    first_seen TIMESTAMP, last_seen TIMESTAMP, build_time TIMESTAMP, sources VARCHAR[])"""

# One row per fact of this build; first_seen is the first build that had the fact at this value.
_APPEND = """
    INSERT INTO history
    SELECT f.fact_key, f.metric, f.entity, f.value, f.unit,
           coalesce((SELECT min(h.first_seen) FROM history h
                     WHERE h.fact_key = f.fact_key AND h.value IS NOT DISTINCT FROM f.value),
                    $built) AS first_seen,
           $built AS last_seen, $built AS build_time, f.doc_ids
    FROM facts f"""


def write_database(tables: dict[str, pd.DataFrame], out: str | Path,
                   built_at: datetime | None = None, previous: str | Path | None = None) -> Path:
    """Write the tables, views and this build's ``history`` rows into the DuckDB file ``out``.

    The history is carried on from ``out`` when it exists (a refresh's copy of the reports
    folder), else from the file ``previous`` (the folder a build replaces). The caller writes
    ``out`` inside a staging folder that is swapped in on success, so a failed build leaves the
    published file, and its history, as they were."""
    import duckdb

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not out.exists() and previous is not None and Path(previous).is_file():
        shutil.copyfile(previous, out)
    built = (built_at or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    try:
        with duckdb.connect(str(out)) as con:
            con.execute("BEGIN TRANSACTION")
            for name, table in tables.items():
                con.register("_frame", table)
                con.execute(f'CREATE OR REPLACE TABLE "{name}" AS SELECT * FROM _frame')
                con.unregister("_frame")
            con.execute(_HISTORY)
            for name, query in _VIEWS.items():
                con.execute(f"CREATE OR REPLACE VIEW {name} AS {query}")
            con.execute(_APPEND, {"built": built})
            con.execute("COMMIT")
    except duckdb.Error as exc:
        raise AnalysisError(f"{out}: cannot write the database ({_one_line(exc)})") from exc
    return out


def query(sql: str, database: str | Path) -> pd.DataFrame:
    """The result of one SQL query over the DuckDB file ``database``, opened read-only."""
    import duckdb

    database = Path(database)
    if not database.is_file():
        raise AnalysisError(f"{database}: no such database; `python -m analysis report` "
                            "writes it into reports/data/")
    try:
        with duckdb.connect(str(database), read_only=True) as con:
            return con.execute(sql).df()
    except duckdb.Error as exc:
        raise AnalysisError(f"{database}: {_one_line(exc)}") from exc


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


# --- everything at once ------------------------------------------------------------------------

def write_exports(folder: str | Path, documents: pd.DataFrame, metrics: pd.DataFrame,
                  facts: pd.DataFrame | None = None, built_at: datetime | None = None,
                  previous: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """Write the analysts' tables into a reports folder's ``data/``: mentions and facts as CSV
    and Parquet, the workbook (linked to the reports) and the DuckDB file, whose history goes on
    from ``previous`` (the ``data/`` folder this build replaces)."""
    folder = Path(folder)
    tables = analyst_tables(documents, metrics, facts)
    for name in ("mentions", "facts"):
        write_table(tables[name], folder / f"{name}.csv")
        write_table(tables[name], folder / f"{name}.parquet")
    write_workbook(tables, folder / WORKBOOK, links=True)
    write_database(tables, folder / DATABASE, built_at,
                   Path(previous) / DATABASE if previous is not None else None)
    return tables
