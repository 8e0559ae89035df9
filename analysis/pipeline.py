"""The one way from article files to the tables: ``load_documents``, ``load_metrics`` and
``load_tables`` (both in one pass), in this process, in a pool of processes or on Dask.

Every path runs the same per-file work (``read_chunk``: read each file, extract its figures if
asked) on chunks of paths (``analysis.parallel``), and the same ``settle`` puts the results in
path order, reports skipped files and repairs in one message form, and drops repeated texts.
A worker sends back one small record per file, the chunk's documents only when they are asked
for, and the chunk's metric rows as one Arrow table.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pyarrow as pa

from analysis.distributed import map_chunks_dask  # imports dask only when called
from analysis.errors import IngestError, NoArticlesError, OutOfTime
from analysis.files import article_files, doc_ids, printable, subfolder_note
from analysis.frames import documents_frame, to_frame
from analysis.ingest import Document, read_document
from analysis.metrics import budgeted_metrics, metrics_table
from analysis.parallel import map_chunks
from analysis.problems import Problem, report

Source = str | Path | Iterable[str | Path]


class FileResult(NamedTuple):
    """What became of one file: small, and without the article's text."""

    path: str  # as shown in messages (``analysis.files.printable``)
    problem: str | None  # why the file was skipped, or None
    notes: tuple[str, ...]  # repairs made on the way in (and while extracting)
    text_key: bytes | None  # digest of the clean text, to spot duplicates
    rows: int  # how many rows of the chunk's table are this file's
    late: str | None = None  # why its figures were dropped (out of time), or None


class ChunkResult(NamedTuple):
    """A chunk's files, the documents read (when asked for: one per file without a problem) and
    the metric rows of all of them in path and then text order (None when not asked for)."""

    files: list[FileResult]
    documents: list[Document]
    table: pa.Table | None


BATCH_TEXT = 4_000_000  # characters of article text read before their metrics are extracted


def _read_batches(paths: Iterable[str]) -> Iterator[list[tuple[str, Any, tuple]]]:
    """A chunk's files read in batches of up to ``BATCH_TEXT`` characters of text: each file as
    (path, its Document or the IngestError that skipped it, notes). Reading several articles
    before extracting any runs about 6 % faster than alternating (each stage's code and data
    stay in the CPU caches), and the size bound keeps huge articles from piling up."""
    batch: list[tuple[str, Any, tuple]] = []
    size = 0
    for path in paths:
        try:
            document, notes = read_document(path)
        except IngestError as exc:
            batch.append((path, exc, ()))
            continue
        batch.append((path, document, tuple(notes)))
        size += len(document.text)
        if size >= BATCH_TEXT:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def read_chunk(paths: Iterable[str | Path], documents: bool = True,
               metrics: bool = True) -> ChunkResult:
    """Read each file of a chunk and, with ``metrics``, extract its figures (the work a worker
    does); rows go straight into the table, so even a huge article never has all its rows as
    dicts at once. ``documents``: keep the Document records (with their texts)."""
    files: list[FileResult] = []
    kept: list[Document] = []

    def rows() -> Iterator[dict]:
        for batch in _read_batches(map(os.fspath, paths)):
            for index, (path, document, notes) in enumerate(batch):
                if isinstance(document, IngestError):
                    files.append(FileResult(document.path, document.problem, (), None, 0))
                    continue
                batch[index] = (path, None, ())  # the text goes once its rows are out
                if documents:
                    kept.append(document)
                key = hashlib.sha256(document.text.encode("utf-8")).digest()
                count, more_notes = 0, list(notes)
                if metrics:
                    try:
                        for row in budgeted_metrics(document, more_notes):
                            count += 1
                            yield row
                    except OutOfTime as exc:  # its rows so far are dropped by settle
                        files.append(FileResult(document.path, None, tuple(notes), key, count,
                                                str(exc)))
                        continue
                files.append(FileResult(document.path, None, tuple(more_notes), key, count))

    table = metrics_table(rows())  # drains rows(), which fills files
    return ChunkResult(files, kept, table if metrics else None)


def settle(chunks: Iterable[ChunkResult], problems: list[Problem] | None = None,
           source: Source = "input", *, renamed: Mapping[str, str] | None = None,
           subfolders: Sequence[str] = (), read: list[str] | None = None) -> Iterator[ChunkResult]:
    """Chunk results in path order with problems reported and repeated texts dropped (the first
    in path order stays): each file skipped, noted or found a duplicate gets one line naming it
    as ``printable`` shows it. A file whose figures ran out of time keeps its document but no
    rows. Raises NoArticlesError at the end when no file could be read; ``source`` is what the
    files came from, for that error. ``renamed``: the doc ids that are not the file's stem, by
    path as shown (``analysis.files.doc_ids``); ``subfolders``: the sub-folders passed over,
    noted first; ``read``: gets the path of every article read (with figures or not)."""
    for folder in subfolders:
        report(problems, Problem(printable(folder), "a sub-folder: not read", skipped=False))
    first_with_text: dict[bytes, str] = {}  # text digest -> name of the first file with it
    seen = 0
    for files, documents, table in chunks:
        if table is not None and renamed and any(result.path in renamed for result in files):
            table = _with_doc_ids(table, files, renamed)
        keep_rows: list[bool] = []  # per row of the chunk's table
        kept: list[Document] = []
        read_documents = iter(documents)
        for result in files:
            seen += 1
            if result.problem is not None:
                report(problems, Problem(result.path, result.problem, skipped=True))
                keep_rows.extend([False] * result.rows)
                continue
            document = next(read_documents, None)
            for note in result.notes:
                report(problems, Problem(result.path, note, skipped=False))
            repeated = result.text_key in first_with_text
            if repeated:
                keep_rows.extend([False] * result.rows)
                report(problems, Problem(result.path, f"same text as "
                                         f"{first_with_text[result.text_key]}; duplicate",
                                         skipped=True))
                continue
            first_with_text[result.text_key] = os.path.basename(result.path)
            if document is not None:
                kept.append(replace(document, doc_id=renamed[result.path])
                            if renamed and result.path in renamed else document)
            if result.late is not None:
                keep_rows.extend([False] * result.rows)
                report(problems, Problem(result.path, f"extracting figures {result.late}; "
                                         "none kept", skipped=True))
                continue
            keep_rows.extend([True] * result.rows)
            if read is not None:
                read.append(result.path)
        if table is not None and not all(keep_rows):
            table = table.filter(pa.array(keep_rows, type=pa.bool_()))
        yield ChunkResult(files, kept, table)
    if not first_with_text:
        where = source if isinstance(source, (str, os.PathLike)) else f"{seen} given files"
        raise NoArticlesError(f"{where}: no articles found"
                              + (f" ({seen} unreadable)" if seen else "")
                              + (f"; {subfolder_note(len(subfolders))}" if subfolders else ""))


def _with_doc_ids(table: pa.Table, files: list[FileResult],
                  renamed: Mapping[str, str]) -> pa.Table:
    """A chunk's table with the doc ids of ``renamed`` files put right (a worker knows only the
    file's stem)."""
    column = table.schema.get_field_index("doc_id")
    ids = table.column(column).to_pylist()
    at = 0
    for result in files:
        if result.path in renamed:
            ids[at:at + result.rows] = [renamed[result.path]] * result.rows
        at += result.rows
    return table.set_column(column, "doc_id", pa.array(ids, pa.string()))


def _settled(path: Source, problems: list[Problem] | None, jobs: int | None, client: Any,
             documents: bool, metrics: bool, read: list[str] | None = None,
             progress: bool | None = None) -> Iterator[ChunkResult]:
    """The settled chunk results of every article file of ``path``: in this process or a pool
    (``jobs``, see ``analysis.parallel.map_chunks``), or on Dask when ``client`` is given."""
    subfolders: list[str] = []
    paths = article_files(path, subfolders)
    work = partial(read_chunk, documents=documents, metrics=metrics)
    if client is not None:
        chunks: Iterable[ChunkResult] = map_chunks_dask(work, paths, client)
    else:
        chunks = map_chunks(work, paths, jobs, progress,
                            desc="extract" if metrics else "read")
    renamed = {str(Path(printable(p))): doc_id for p, doc_id in doc_ids(paths).items()}
    return settle(chunks, problems, path, renamed=renamed, subfolders=subfolders, read=read)


def read_documents(path: Source, problems: list[Problem] | None = None,
                   jobs: int | None = 1) -> list[Document]:
    """Every readable article of a folder (or file, or list of files) as Document records, in
    path order. Bad files and repeats of an earlier text are reported as skipped, repairs as
    notes; raises NoArticlesError when nothing could be read."""
    return [document for chunk in _settled(path, problems, jobs, None, True, False)
            for document in chunk.documents]


def _relative_paths(frame: pd.DataFrame, path: Source) -> pd.DataFrame:
    """The documents table's paths relative to the folder read (a file's is its name; a list's
    are as given)."""
    if isinstance(path, (str, os.PathLike)):
        root = printable(path if os.path.isdir(path) else os.path.dirname(path) or ".")
        frame["path"] = frame["path"].map(lambda p: Path(os.path.relpath(p, root)).as_posix())
    return frame


def load_documents(path: Source, problems: list[Problem] | None = None,
                   jobs: int | None = None) -> pd.DataFrame:
    """One row per article in a folder (or list of files), read in ``jobs`` processes (default:
    every core, for 64 files or more; 1 reads in this process); bad files are skipped and
    reported. Paths are relative to the folder (a file's is its name; a list's are as given)."""
    return _relative_paths(documents_frame(read_documents(path, problems, jobs)), path)


def metric_tables(path: Source, problems: list[Problem] | None = None, jobs: int | None = None,
                  read: list[str] | None = None,
                  progress: bool | None = None) -> Iterator[pa.Table]:
    """``load_metrics`` as Arrow tables (``METRIC_SCHEMA``) in order, one per chunk of files as
    they come: ``frames.write_tables`` writes them away as they come, so a corpus of any size
    never has its whole table in memory. ``read`` gets the path of every article read."""
    for chunk in _settled(path, problems, jobs, None, False, True, read, progress):
        yield chunk.table


def load_metrics(path: Source, problems: list[Problem] | None = None, jobs: int | None = None,
                 client: Any = None) -> pd.DataFrame:
    """One row per metric value for every article in a folder: read, then extract, in ``jobs``
    processes (default: every core, for 64 files or more; 1 runs in this process), or on Dask
    when ``client`` is a ``distributed.Client`` or a scheduler address (``"tcp://host:8786"``):
    the same rows in the same order either way."""
    tables = [chunk.table for chunk in _settled(path, problems, jobs, client, False, True)]
    return to_frame(pa.concat_tables(tables))  # no copy of columns


def load_tables(path: Source, problems: list[Problem] | None = None,
                jobs: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``load_documents`` and ``load_metrics`` in one pass over the files."""
    documents: list[Document] = []
    tables: list[pa.Table] = []
    for chunk in _settled(path, problems, jobs, None, True, True):
        documents.extend(chunk.documents)
        tables.append(chunk.table)
    return (_relative_paths(documents_frame(documents), path),
            to_frame(pa.concat_tables(tables)))
