"""Command line over the same functions the notebooks call.

Exit codes, for schedulers: 0 all input read; 3 output written but some files were skipped
(each named on stderr); 1 nothing usable or the build failed; 2 bad command line (or a reports
folder that must not be replaced: the articles folder, or a folder the package did not make);
143 stopped by SIGTERM, after removing what it had half written.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from analysis import __version__, refresh
from analysis.errors import (
    AnalysisError,
    ParameterError,
    Terminated,
    UnsafeOutputError,
    os_error_text,
)
from analysis.parallel import start_workers_early
from analysis.stopping import EXIT_TERMINATED, terminate_cleanly, termination_received

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def _table_path(value: str) -> Path:
    """An output path for a table: .csv, .parquet or .xlsx, checked before any work is done."""
    path = Path(value)
    if path.suffix.lower() not in (".csv", ".parquet", ".xlsx"):
        raise argparse.ArgumentTypeError(f"{value}: use a .csv, .parquet or .xlsx file name")
    return path


def _jobs(value: str) -> int:
    """A number of worker processes: a whole number of at least 1."""
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{value}: use a whole number of processes, 1 or more")
    return jobs


def _iso_date(value: str) -> date:
    """A YYYY-MM-DD date option, checked before any work is done."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value}: not a date (use YYYY-MM-DD)") from None


def _parser() -> argparse.ArgumentParser:

    p = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    d = sub.add_parser("documents", help="write the documents table (CSV, Parquet or Excel)")
    d.add_argument("path", type=Path, help="folder of articles (or one file)")
    d.add_argument("--out", type=_table_path, required=True,
                   help="output file: .csv, .parquet or .xlsx")

    e = sub.add_parser("extract", help="write the metrics table (CSV, Parquet or Excel)")
    e.add_argument("path", type=Path, help="folder of articles (or one file)")
    e.add_argument("--out", type=_table_path, required=True,
                   help="output file: .csv, .parquet or .xlsx")
    e.add_argument("--jobs", type=_jobs, default=None,
                   help="worker processes, 1 or more (default: all cores)")

    q = sub.add_parser("sql", help="run one SQL query over the reports' DuckDB file")
    q.add_argument("query", help='e.g. "SELECT metric, count(*) FROM facts GROUP BY metric"')
    q.add_argument("--db", type=Path, default=Path("reports/data/gba_health.duckdb"),
                   help="the DuckDB file (default: reports/data/gba_health.duckdb)")
    q.add_argument("--csv", action="store_true", help="print CSV instead of a table")

    for name, helptext in (("report", "build HTML and PDF reports"),
                           ("refresh", "rebuild the reports whose inputs changed")):
        r = sub.add_parser(name, help=helptext)
        r.add_argument("path", type=Path, help="folder of articles")
        r.add_argument("--out", type=Path, default=Path("reports"), help="reports folder")
        r.add_argument("--jobs", type=_jobs, default=None,
                       help="reports built at once, 1 or more (default: all cores)")
        if name == "report":
            r.add_argument("--region", default=None, help="one drill-down for this region")
            r.add_argument("--metric", default=None, help="restrict the drill-down to one metric")
            r.add_argument("--since", type=_iso_date, default=None,
                           help="first publication date (YYYY-MM-DD)")
            r.add_argument("--until", type=_iso_date, default=None,
                           help="last publication date (YYYY-MM-DD)")
            r.add_argument("--lang", choices=("zh", "en"), default="zh",
                           help="labels of charts, headings and tables (default: zh)")
        else:
            r.add_argument("--force", action="store_true", help="rebuild everything")
            r.add_argument("--wait", type=float, default=None, metavar="SECONDS",
                           help="wait this long for another refresh to finish (default: "
                                "$ANALYSIS_REFRESH_WAIT, else fail at once)")
    return p


def _summary(started: float, message: str) -> None:
    print(f"{message} in {time.perf_counter() - started:.2f}s", file=sys.stderr)


def _counted(tables: Iterable, rows: list[int]) -> Iterator:
    """The tables, counting their rows into ``rows[0]``."""
    for table in tables:
        rows[0] += table.num_rows
        yield table


def _table_command(args: argparse.Namespace, problems: list) -> int:
    started = time.perf_counter()
    if args.command == "extract":
        start_workers_early(args.path, args.jobs)
    from analysis import frames, pipeline  # lazy: no pandas in a no-op refresh

    if args.out.suffix.lower() == ".xlsx":
        what = _workbook_command(args, problems)
    elif args.command == "documents":
        table = pipeline.load_documents(args.path, problems=problems)
        what = f"{len(table)} documents"
        frames.write_table(table, args.out)
    else:  # the tables are written as they come: a corpus's table is never whole in memory
        rows, read = [0], []  # documents read, with figures or not
        frames.write_tables(_counted(pipeline.metric_tables(
            args.path, problems=problems, jobs=args.jobs, read=read), rows), args.out)
        what = f"{rows[0]} metric values from {len(read)} documents"
    skipped = sum(p.skipped for p in problems)
    _summary(started, f"wrote {what} to {args.out}" + (f"; {skipped} file(s) skipped" if skipped else ""))
    return EXIT_PARTIAL if skipped else EXIT_OK


def _workbook_command(args: argparse.Namespace, problems: list) -> str:
    """Write an Excel workbook: the documents (``documents``), or the documents, facts and
    mentions (``extract``, read in this one process: a sheet holds at most about a million
    rows), with the data dictionary; what was written, for the summary."""
    from analysis import export, frames, pipeline, schema  # lazy: no pandas in a no-op refresh

    if args.command == "documents":
        documents = pipeline.load_documents(args.path, problems=problems)
        tables = export.analyst_tables(documents, frames.to_frame(schema.METRIC_SCHEMA.empty_table()))
        del tables["facts"], tables["mentions"]
        what = f"{len(documents)} documents"
    else:
        documents, metrics = pipeline.load_tables(args.path, problems=problems, jobs=1)
        tables = export.analyst_tables(documents, metrics)
        what = f"{len(tables['mentions'])} metric values from {len(documents)} documents"
    export.write_workbook(tables, args.out)
    return what


def _sql_command(args: argparse.Namespace) -> int:
    from analysis.export import query  # lazy: no pandas in a no-op refresh

    result = query(args.query, args.db)
    if args.csv:
        result.to_csv(sys.stdout, index=False)
    else:
        print(result.to_string(index=False) if len(result.columns) else "(no result)")
    return EXIT_OK


def _report_command(args: argparse.Namespace, problems: list) -> int:
    started = time.perf_counter()
    if args.command == "report":
        from analysis import build  # lazy: no pandas in a no-op refresh

        if args.since and args.until and args.since > args.until:
            raise ParameterError(f"since {args.since} is after until {args.until}: "
                                 "no article can match")
        outcome = build.build_reports(args.path, args.out, region=args.region, metric=args.metric,
                                      since=args.since, until=args.until, problems=problems,
                                      lang=args.lang, jobs=args.jobs,
                                      progress=lambda line: print(line, file=sys.stderr,
                                                                  flush=True))
    else:  # imports no pandas or Jupyter when nothing changed
        outcome = refresh.refresh(args.path, args.out, force=args.force, problems=problems,
                                  wait=args.wait, jobs=args.jobs)
    _summary(started, str(outcome))
    skipped = sum(p.skipped for p in problems)
    return EXIT_PARTIAL if skipped else EXIT_OK


def _show_progress() -> None:
    """Print a refresh's line per report on stderr as it finishes, as `report` does (its
    logger, ``render.PROGRESS_LOGGER``, named here: a no-op refresh imports no pandas)."""
    handler = logging.StreamHandler(sys.stderr)  # this run's stderr
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("analysis.progress")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    _show_progress()
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    problems: list = []

    try:
        with terminate_cleanly():  # SIGTERM unwinds: temporary files and stages are removed
            if args.command in ("documents", "extract"):
                return _table_command(args, problems)
            if args.command == "sql":
                return _sql_command(args)
            return _report_command(args, problems)
    except Terminated as exc:
        print(f"error: {args.command} {exc}; nothing half-written was left", file=sys.stderr)
        return EXIT_TERMINATED
    except (UnsafeOutputError, ParameterError) as exc:  # a --out that must not be replaced,
        # or a report of what the data does not have: a bad command line
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (AnalysisError, OSError) as exc:  # one line, not a traceback
        if (stop := termination_received()) is not None:  # a SIGTERM a library re-raised as its own
            print(f"error: {args.command} {stop}; nothing half-written was left", file=sys.stderr)
            return EXIT_TERMINATED
        print(f"error: {exc if isinstance(exc, AnalysisError) else os_error_text(exc)}",
              file=sys.stderr)
        return EXIT_FAILED
