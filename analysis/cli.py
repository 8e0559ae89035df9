"""Command line over the same functions the notebooks call.

Exit codes, for schedulers: 0 all input read; 3 output written but some files were skipped
(each named on stderr); 1 nothing usable or the build failed; 2 bad command line.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def _table_path(value: str) -> Path:
    """An output path for a table: .csv or .parquet, checked before any work is done."""
    path = Path(value)
    if path.suffix.lower() not in (".csv", ".parquet"):
        raise argparse.ArgumentTypeError(f"{value}: use a .csv or .parquet file name")
    return path


def _iso_date(value: str) -> date:
    """A YYYY-MM-DD date option, checked before any work is done."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value}: not a date (use YYYY-MM-DD)") from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)

    d = sub.add_parser("documents", help="write the documents table (CSV or Parquet)")
    d.add_argument("path", type=Path, help="folder of articles (or one file)")
    d.add_argument("--out", type=_table_path, required=True, help="output file: .csv or .parquet")

    e = sub.add_parser("extract", help="write the metrics table (CSV or Parquet)")
    e.add_argument("path", type=Path, help="folder of articles (or one file)")
    e.add_argument("--out", type=_table_path, required=True, help="output file: .csv or .parquet")
    e.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")

    for name, helptext in (("report", "build HTML and PDF reports"),
                           ("refresh", "rebuild the reports whose inputs changed")):
        r = sub.add_parser(name, help=helptext)
        r.add_argument("path", type=Path, help="folder of articles")
        r.add_argument("--out", type=Path, default=Path("reports"), help="reports folder")
        if name == "report":
            r.add_argument("--jobs", type=int, default=None,
                           help="reports built at once (default: the cores)")
            r.add_argument("--region", default=None, help="one drill-down for this region")
            r.add_argument("--metric", default=None, help="restrict the drill-down to one metric")
            r.add_argument("--since", type=_iso_date, default=None,
                           help="first publication date (YYYY-MM-DD)")
            r.add_argument("--until", type=_iso_date, default=None,
                           help="last publication date (YYYY-MM-DD)")
        else:
            r.add_argument("--force", action="store_true", help="rebuild everything")
            r.add_argument("--wait", type=float, default=None, metavar="SECONDS",
                           help="wait this long for another refresh to finish (default: "
                                "$ANALYSIS_REFRESH_WAIT, else fail at once)")
    return p


def _summary(started: float, message: str) -> None:
    print(f"{message} in {time.perf_counter() - started:.2f}s", file=sys.stderr)


def _counted(tables: Iterable, rows: list[int], documents: set[str]) -> Iterator:
    """The tables, counting their rows into ``rows[0]`` and their doc_ids into ``documents``."""
    for table in tables:
        rows[0] += table.num_rows
        documents.update(table["doc_id"].unique().to_pylist())
        yield table


def _table_command(args: argparse.Namespace, problems: list) -> int:
    started = time.perf_counter()
    if args.command == "extract":
        from analysis.parallel import start_workers_early

        start_workers_early(args.path, args.jobs)
    from analysis import frames

    if args.command == "documents":
        table = frames.load_documents(args.path, problems=problems)
        what = f"{len(table)} documents"
        frames.write_table(table, args.out)
    else:  # the tables are written as they come: a corpus's table is never whole in memory
        rows, documents = [0], set()
        frames.write_tables(_counted(frames.load_metrics_tables(
            args.path, problems=problems, jobs=args.jobs), rows, documents), args.out)
        what = f"{rows[0]} metric values from {len(documents)} documents"
    skipped = sum(p.skipped for p in problems)
    _summary(started, f"wrote {what} to {args.out}" + (f"; {skipped} file(s) skipped" if skipped else ""))
    return EXIT_PARTIAL if skipped else EXIT_OK


def _report_command(args: argparse.Namespace, problems: list) -> int:
    started = time.perf_counter()
    if args.command == "report":
        from analysis import report

        if args.since and args.until and args.since > args.until:
            from analysis.errors import ParameterError

            raise ParameterError(f"since {args.since} is after until {args.until}: "
                                 "no article can match")
        outcome = report.build_reports(args.path, args.out, region=args.region, metric=args.metric,
                                       since=args.since, until=args.until, problems=problems,
                                       jobs=args.jobs,
                                       progress=lambda line: print(line, file=sys.stderr,
                                                                   flush=True))
    else:  # imports no pandas or Jupyter when nothing changed
        from analysis import refresh

        outcome = refresh.refresh(args.path, args.out, force=args.force, problems=problems,
                                  wait=args.wait)
    _summary(started, str(outcome))
    skipped = sum(p.skipped for p in problems)
    return EXIT_PARTIAL if skipped else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    problems: list = []
    from analysis.errors import AnalysisError, ParameterError

    try:
        if args.command in ("documents", "extract"):
            return _table_command(args, problems)
        return _report_command(args, problems)
    except ParameterError as exc:  # a report asked for what the data does not have
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:  # an output that cannot be written: one line, not a traceback
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
