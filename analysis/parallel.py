"""Per-file work over a pool of processes, results in path order so 1 or N processes agree."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from tqdm import tqdm

from analysis.problems import Problem, report

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")
PROGRESS_MIN_FILES = 300  # fewer files finish before a bar would tell anyone anything
PROGRESS_ENV = "ANALYSIS_PROGRESS"  # "1" forces the bar on, "0" off, whatever the defaults say


def resolve_jobs(jobs: int | None) -> int:
    """The number of worker processes: ``jobs`` if given, else every core."""
    return max(1, jobs if jobs is not None else os.cpu_count() or 1)


def show_progress(progress: bool | None, total: int) -> bool:
    """Whether to draw a bar: as asked, else per $ANALYSIS_PROGRESS, else on long runs on a TTY."""
    if progress is not None:
        return progress
    if os.environ.get(PROGRESS_ENV) in ("0", "1"):
        return os.environ[PROGRESS_ENV] == "1"
    return total >= PROGRESS_MIN_FILES and sys.stderr.isatty()


def _chunksize(total: int, jobs: int) -> int:
    """Files per task: enough to amortise the pickling, few enough to keep every worker busy."""
    return max(1, min(256, total // (jobs * 16)))


def _context() -> multiprocessing.context.BaseContext:
    """Forkserver where it exists (safe with threads in the parent: tqdm, dask), else spawn."""
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def map_paths(func: Callable[[Path], T], paths: Sequence[Path], jobs: int | None = None,
              progress: bool | None = None, desc: str = "files") -> Iterator[T]:
    """Yield ``func(path)`` for each path, in the order given; with ``jobs`` > 1 in worker
    processes that receive paths (not texts) in chunks, so the parent never holds the texts.

    ``func`` must be importable by name (a module-level function). With one job, or one file,
    it runs in a plain loop in this process.
    """
    jobs = min(resolve_jobs(jobs), len(paths))
    with tqdm(total=len(paths), desc=desc, unit="file", file=sys.stderr, mininterval=0.5,
              disable=not show_progress(progress, len(paths))) as bar:
        if jobs <= 1:
            for path in paths:
                yield func(path)
                bar.update()
            return
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context())
        try:
            for result in pool.map(func, paths, chunksize=_chunksize(len(paths), jobs)):
                yield result
                bar.update()
        finally:  # on an error or an early stop, drop the queued chunks instead of running them
            pool.shutdown(cancel_futures=True)


class FileMetrics(NamedTuple):
    """What a worker sends back for one file: small, and without the article's text."""

    path: str
    problem: str | None  # why the file was skipped, or None
    notes: tuple[str, ...]  # repairs made on the way in
    text_key: bytes | None  # digest of the clean text, to spot duplicates in the parent
    rows: list[dict]  # the metric rows, in text order


def file_metrics(path: str | Path) -> FileMetrics:
    """Ingest one file and extract its metrics (the per-file work a worker does)."""
    from analysis.ingest import IngestError, read_document
    from analysis.metrics import document_metrics

    try:
        document, notes = read_document(path)
    except IngestError as exc:
        return FileMetrics(str(path), exc.problem, (), None, [])
    key = hashlib.sha256(document.text.encode("utf-8")).digest()
    return FileMetrics(str(path), None, tuple(notes), key, document_metrics(document))


def collect_metrics(results: Iterable[FileMetrics], problems: list[Problem] | None = None,
                    source: str | Path | Iterable = "input") -> pd.DataFrame:
    """The metrics table from per-file results in path order, reporting problems and skipping
    repeated texts as ``analysis.ingest.read_documents`` does (the first in path order stays);
    ``source`` is what the files came from, for the error when none could be read."""
    from analysis.errors import NoArticlesError
    from analysis.metrics import metrics_frame

    rows: list[dict] = []
    first_with_text: dict[bytes, str] = {}
    seen = 0
    for result in results:
        seen += 1
        if result.problem is not None:
            report(problems, Problem(result.path, result.problem, skipped=True))
            continue
        for note in result.notes:
            report(problems, Problem(result.path, note, skipped=False))
        if result.text_key in first_with_text:
            report(problems, Problem(result.path, f"same text as {first_with_text[result.text_key]}; "
                                                  "duplicate", skipped=True))
            continue
        first_with_text[result.text_key] = Path(result.path).name
        rows.extend(result.rows)
    if not first_with_text:
        where = source if isinstance(source, (str, os.PathLike)) else f"{seen} given files"
        raise NoArticlesError(f"{where}: no articles found" + (f" ({seen} unreadable)" if seen else ""))
    return metrics_frame(rows)


def extract_metrics_parallel(path: str | Path | Iterable[str | Path],
                             problems: list[Problem] | None = None, jobs: int | None = None,
                             progress: bool | None = None) -> pd.DataFrame:
    """``extract_metrics(load_documents(path))`` computed file by file in ``jobs`` processes,
    streaming: the parent keeps only the rows, never the texts."""
    from analysis.ingest import article_paths

    results = map_paths(file_metrics, article_paths(path), jobs, progress, desc="extract")
    return collect_metrics(results, problems, path)
