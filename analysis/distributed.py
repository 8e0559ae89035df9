"""The per-article extraction on Dask: a bag over file paths, on a local or remote cluster.

Workers read the files themselves, so on a remote cluster they need the package installed and
the articles at the same path (a shared or synced folder). The bag holds the same chunks of
paths as ``analysis.parallel``, and duplicates and problems are settled here, in the client,
the same way, so the table is the same.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.files import article_files, doc_ids
from analysis.parallel import chunk_metrics, chunks_of, collect_metrics
from analysis.problems import Problem

if TYPE_CHECKING:
    import pandas as pd

FILES_PER_PARTITION = 256  # enough to amortise task overhead, few enough to balance the load


def _dask() -> tuple[Any, Any]:
    """``dask.bag`` and ``distributed.Client``, imported only when asked for."""
    try:
        import dask.bag
        from distributed import Client
    except ImportError as exc:
        raise ImportError(f"Dask extraction needs dask and distributed ({exc.name} is missing): "
                          "pip install .[dask]") from exc
    return dask.bag, Client


def npartitions(files: int, chunks: int, workers: int) -> int:
    """Partitions of a bag of ``chunks`` holding ``files``: about ``FILES_PER_PARTITION`` files
    each, at least two per worker, at most one per chunk."""
    return max(1, min(chunks, max(2 * workers, math.ceil(files / FILES_PER_PARTITION))))


def extract_metrics_dask(path: str | Path | Iterable[str | Path], client: Any = None,
                         problems: list[Problem] | None = None) -> pd.DataFrame:
    """The metrics table of ``load_metrics`` computed on Dask, same rows in the same order.

    ``client`` is a ``distributed.Client``, a scheduler address (``"tcp://host:8786"``) to
    connect to for this call, or None for the active client if any, else Dask's default.
    """
    bag, Client = _dask()
    if isinstance(client, str):
        with Client(client) as connected:
            return extract_metrics_dask(path, connected, problems)
    paths = article_files(path)
    chunks = chunks_of(paths)
    workers = sum(client.nthreads().values()) if client is not None else os.cpu_count() or 1
    results = bag.from_sequence(chunks, npartitions=npartitions(len(paths), len(chunks), workers))
    return collect_metrics(results.map(chunk_metrics).compute(scheduler=client), problems, path,
                           doc_ids(paths))
