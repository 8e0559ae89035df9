"""Per-file work over a pool of processes, results in path order so 1 or N processes agree.

Files go to workers as paths, in chunks whose bounds depend only on the number of files (never
on the number of processes). A worker reads and extracts a whole chunk and sends back one small
record per file and the chunk's rows as one table, so the parent never holds article texts and
only concatenates tables; cross-file concerns (duplicates, problem reports) stay in the parent.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from tqdm import tqdm

from analysis.problems import Problem, report
from analysis.stopping import exit_with

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

T = TypeVar("T")
MAX_CHUNK = 256  # files per task at most: results stream back steadily, little is in flight
# (fewer, larger tasks cost the parent less: 256 rather than 64 saves it a third of its CPU)
CHUNKS_PER_RUN = 32  # at least this many tasks when there are enough files, to balance workers
POOL_MIN_FILES = 64  # with jobs=None, fewer files are read in this process
PROGRESS_MIN_FILES = 300  # fewer files finish before a bar would tell anyone anything
PROGRESS_ENV = "ANALYSIS_PROGRESS"  # "1" forces the bar on, "0" off, whatever the defaults say


def resolve_jobs(jobs: int | None, files: int) -> int:
    """Processes for ``files`` files: ``jobs`` if given, else every core, but only this one for
    fewer than ``POOL_MIN_FILES`` (starting a worker, about a second of imports, costs more)."""
    if jobs is not None:
        return max(1, jobs)
    return (os.cpu_count() or 1) if files >= POOL_MIN_FILES else 1


def show_progress(progress: bool | None, total: int) -> bool:
    """Whether to draw a bar: as asked, else per $ANALYSIS_PROGRESS, else on long runs on a TTY."""
    if progress is not None:
        return progress
    if os.environ.get(PROGRESS_ENV) in ("0", "1"):
        return os.environ[PROGRESS_ENV] == "1"
    return total >= PROGRESS_MIN_FILES and sys.stderr.isatty()


def chunks_of(paths: Sequence[str | Path]) -> list[list[str]]:
    """``paths`` cut in order into tasks (as strings: quick to send to a worker); the cut
    depends on ``len(paths)`` alone."""
    size = max(1, min(MAX_CHUNK, len(paths) // CHUNKS_PER_RUN))
    names = list(map(os.fspath, paths))
    return [names[i:i + size] for i in range(0, len(names), size)]


# What workers import: the fork server imports it once and every worker starts with it loaded.
_WORKER_MODULES = ["analysis.ingest", "analysis.metrics", "analysis.frames"]


def _context() -> multiprocessing.context.BaseContext:
    """Forkserver where it exists (safe with threads in the parent: tqdm, dask), else spawn."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_WORKER_MODULES)
    return context


def start_workers_early(path: str | Path | Iterable[str | Path], jobs: int | None) -> None:
    """Start the fork server (which imports what workers need) now, if ``path`` is a folder
    large enough for a pool: it then loads while this process imports and lists the folder,
    and the workers start about half a second sooner."""
    if jobs == 1 or not isinstance(path, (str, os.PathLike)) or not os.path.isdir(path):
        return
    with os.scandir(path) as entries:
        count = sum(1 for _ in islice(entries, POOL_MIN_FILES))
    if count > 1 and resolve_jobs(jobs, count) > 1 \
            and "forkserver" in multiprocessing.get_all_start_methods():  # one file: no pool
        from multiprocessing import forkserver

        _context()  # sets the modules to preload
        forkserver.ensure_running()


def map_chunks(func: Callable[[list[str]], T], paths: Sequence[str | Path], jobs: int | None = None,
               progress: bool | None = None, desc: str = "files") -> Iterator[T]:
    """Yield ``func(chunk)`` for each chunk of ``chunks_of(paths)``, in order; in worker
    processes when ``resolve_jobs`` says more than one, else in a plain loop in this process.

    ``func`` must be importable by name (a module-level function) to reach the workers.
    """
    chunks = chunks_of(paths)
    jobs = min(resolve_jobs(jobs, len(paths)), len(chunks))
    with tqdm(total=len(paths), desc=desc, unit="file", file=sys.stderr, mininterval=0.5,
              disable=not show_progress(progress, len(paths))) as bar:
        if jobs <= 1:
            for chunk in chunks:
                yield func(chunk)
                bar.update(len(chunk))
            return
        # workers end with this process, even when it is killed (SIGKILL leaves no finally)
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(),
                                   initializer=exit_with, initargs=(os.getpid(),))
        try:
            for chunk, result in zip(chunks, pool.map(func, chunks)):
                yield result
                bar.update(len(chunk))
        finally:  # on an error or an early stop, drop the queued chunks instead of running them
            pool.shutdown(cancel_futures=True)


class FileResult(NamedTuple):
    """What became of one file in a worker: small, and without the article's text."""

    path: str
    problem: str | None  # why the file was skipped, or None
    notes: tuple[str, ...]  # repairs made on the way in
    text_key: bytes | None  # digest of the clean text, to spot duplicates in the parent
    rows: int  # how many rows of the chunk's table are this file's


class ChunkMetrics(NamedTuple):
    """A chunk's files and the metric rows of all of them, in path and then text order (an
    Arrow table: quick to build and to send back from a worker)."""

    files: list[FileResult]
    table: pa.Table


BATCH_TEXT = 4_000_000  # characters of article text read before their metrics are extracted


def _read_batches(paths: Iterable[str | Path]) -> Iterator[list[tuple[str, Any, tuple]]]:
    """The chunk's files read in batches of up to ``BATCH_TEXT`` characters of text: each file as
    (path, its Document or the IngestError that skipped it, notes). Reading several articles before
    extracting any runs about 6 % faster than alternating (each stage's code and data stay in
    the CPU caches), and the size bound keeps huge articles from piling up."""
    from analysis.ingest import IngestError, read_document

    batch: list[tuple[str, Any, tuple]] = []
    size = 0
    for path in paths:
        try:
            document, notes = read_document(path)
        except IngestError as exc:
            batch.append((str(path), exc, ()))
            continue
        batch.append((str(path), document, tuple(notes)))
        size += len(document.text)
        if size >= BATCH_TEXT:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def chunk_metrics(paths: Iterable[str | Path]) -> ChunkMetrics:
    """Ingest each file of a chunk and extract its metrics (the work a worker does); rows go
    straight into the table, so even a huge article never has all its rows as dicts at once."""
    from analysis.budget import OutOfTime
    from analysis.ingest import IngestError
    from analysis.metrics import budgeted_metrics, metrics_table

    files: list[FileResult] = []

    def rows() -> Iterator[dict]:
        for batch in _read_batches(paths):
            for index, (path, document, notes) in enumerate(batch):
                if isinstance(document, IngestError):
                    files.append(FileResult(path, document.problem, (), None, 0))
                    continue
                batch[index] = (path, None, ())  # the text goes once its rows are out
                key = hashlib.sha256(document.text.encode("utf-8")).digest()
                count, more_notes = 0, list(notes)
                try:
                    for row in budgeted_metrics(document, more_notes):
                        count += 1
                        yield row
                except OutOfTime as exc:  # its rows so far are dropped by iter_tables
                    files.append(FileResult(path, f"extracting figures {exc}", (), None, count))
                    continue
                files.append(FileResult(path, None, tuple(more_notes), key, count))

    table = metrics_table(rows())  # drains rows(), which fills files
    return ChunkMetrics(files, table)


def iter_tables(chunks: Iterable[ChunkMetrics], problems: list[Problem] | None = None,
                source: str | Path | Iterable = "input", *,
                renamed: Mapping[str, str] | None = None, subfolders: Sequence[str] = (),
                read: list[str] | None = None) -> Iterator[pa.Table]:
    """The metrics rows of chunk results in path order, one Arrow table (``METRIC_SCHEMA``) per
    chunk as it comes, reporting problems and dropping repeated texts as
    ``analysis.ingest.read_documents`` does (the first in path order stays). Raises
    NoArticlesError at the end when no file could be read; ``source`` is what the files came
    from, for that error. ``renamed``: the doc ids that are not the file's stem, by path
    (``analysis.files.doc_ids``); ``subfolders``: the sub-folders passed over, noted first;
    ``read``: gets the path of every article read (with figures or not)."""
    import pyarrow as pa

    from analysis.errors import NoArticlesError
    from analysis.files import printable, subfolder_note

    for folder in subfolders:
        report(problems, Problem(printable(folder), "a sub-folder: not read", skipped=False))
    first_with_text: dict[bytes, str] = {}  # text digest -> name of the first file with it
    seen = 0
    for files, table in chunks:
        if renamed and any(result.path in renamed for result in files):
            table = _with_doc_ids(table, files, renamed)
        keep: list[bool] = []  # per row of the chunk's table
        for result in files:
            seen += 1
            if result.problem is not None:
                report(problems, Problem(result.path, result.problem, skipped=True))
                keep.extend([False] * result.rows)  # what it gave before it ran out of time
                continue
            for note in result.notes:
                report(problems, Problem(result.path, note, skipped=False))
            repeated = result.text_key in first_with_text
            keep.extend([not repeated] * result.rows)
            if repeated:
                report(problems, Problem(result.path, f"same text as "
                                         f"{first_with_text[result.text_key]}; duplicate",
                                         skipped=True))
                continue
            first_with_text[result.text_key] = os.path.basename(result.path)
            if read is not None:
                read.append(result.path)
        yield table if all(keep) else table.filter(pa.array(keep, type=pa.bool_()))
    if not first_with_text:
        where = source if isinstance(source, (str, os.PathLike)) else f"{seen} given files"
        raise NoArticlesError(f"{where}: no articles found"
                              + (f" ({seen} unreadable)" if seen else "")
                              + (f"; {subfolder_note(len(subfolders))}" if subfolders else ""))


def _with_doc_ids(table: pa.Table, files: list[FileResult],
                  renamed: Mapping[str, str]) -> pa.Table:
    """A chunk's table with the doc ids of ``renamed`` files put right (a worker knows only the
    file's stem)."""
    import pyarrow as pa

    column = table.schema.get_field_index("doc_id")
    ids = table.column(column).to_pylist()
    at = 0
    for result in files:
        if result.path in renamed:
            ids[at:at + result.rows] = [renamed[result.path]] * result.rows
        at += result.rows
    return table.set_column(column, "doc_id", pa.array(ids, pa.string()))


def collect_table(chunks: Iterable[ChunkMetrics], problems: list[Problem] | None = None,
                  source: str | Path | Iterable = "input",
                  renamed: Mapping[str, str] | None = None) -> pa.Table:
    """``iter_tables`` as one Arrow table."""
    import pyarrow as pa

    return pa.concat_tables(list(iter_tables(chunks, problems, source,
                                             renamed=renamed)))  # no copy of columns


def collect_metrics(chunks: Iterable[ChunkMetrics], problems: list[Problem] | None = None,
                    source: str | Path | Iterable = "input",
                    renamed: Mapping[str, str] | None = None) -> pd.DataFrame:
    """``collect_table`` as the pandas metrics table."""
    from analysis.frames import to_frame

    return to_frame(collect_table(chunks, problems, source, renamed))


def extract_tables_parallel(path: str | Path | Iterable[str | Path],
                            problems: list[Problem] | None = None, jobs: int | None = None,
                            progress: bool | None = None,
                            read: list[str] | None = None) -> Iterator[pa.Table]:
    """``extract_metrics(read_documents(path))`` computed chunk by chunk in ``jobs`` processes,
    as Arrow tables in path order as they come (see ``iter_tables``, which fills ``read``): the
    parent keeps neither the texts nor, if the caller writes the tables away, the rows."""
    from analysis.files import article_files, doc_ids

    subfolders: list[str] = []
    paths = article_files(path, subfolders)
    chunks = map_chunks(chunk_metrics, paths, jobs, progress, desc="extract")
    return iter_tables(chunks, problems, path, renamed=doc_ids(paths), subfolders=subfolders,
                       read=read)


def extract_metrics_parallel(path: str | Path | Iterable[str | Path],
                             problems: list[Problem] | None = None, jobs: int | None = None,
                             progress: bool | None = None) -> pd.DataFrame:
    """``extract_tables_parallel`` as the pandas metrics table."""
    import pyarrow as pa

    from analysis.frames import to_frame

    return to_frame(pa.concat_tables(list(extract_tables_parallel(path, problems, jobs,
                                                                   progress))))
