"""The per-article extraction on Dask: a bag over file paths, on a local or remote cluster.

Workers read the files themselves, so on a remote cluster they need the package installed and
the articles at the same path (a shared or synced folder). The bag holds the same chunks of
paths as ``analysis.parallel``, run by the same per-file work, and the client settles
duplicates and problems with the same ``analysis.pipeline.settle``, so the table is the same:
``analysis.pipeline.load_metrics(path, client=...)``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from analysis.parallel import chunks_of

T = TypeVar("T")

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


def map_chunks_dask(func: Callable[[list[str]], T], paths: Sequence[str],
                    client: Any) -> list[T]:
    """``func(chunk)`` for each chunk of ``analysis.parallel.chunks_of(paths)``, in order,
    computed on Dask. ``client`` is a ``distributed.Client``, or a scheduler address
    (``"tcp://host:8786"``) to connect to for this call."""
    bag, Client = _dask()
    if isinstance(client, str):
        with Client(client) as connected:
            return map_chunks_dask(func, paths, connected)
    chunks = chunks_of(paths)
    workers = sum(client.nthreads().values())
    results = bag.from_sequence(chunks, npartitions=npartitions(len(paths), len(chunks), workers))
    return results.map(func).compute(scheduler=client)
