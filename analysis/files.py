"""Which files of a folder are articles: one rule for ingest and for refresh's fingerprints.

Standard library only, so that a refresh with nothing to do imports nothing heavy.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from analysis.errors import NoArticlesError


def article_paths(path: str | Path | Iterable[str | Path]) -> list[Path]:
    """The article files of a folder in name order (hidden files, .gitkeep and subfolders left
    out), a single file, or a list of files as given."""
    return [Path(file) for file in article_files(path)]


def article_files(path: str | Path | Iterable[str | Path]) -> list[str]:
    """``article_paths`` as strings: for 100,000 files, the Path objects alone take longer
    than listing the folder."""
    if not isinstance(path, (str, os.PathLike)):
        return [os.fspath(p) for p in path]
    path = Path(path)
    if path.is_file():
        return [os.fspath(path)]
    if not path.is_dir():
        raise NoArticlesError(f"{path}: no such file or folder")
    with os.scandir(path) as entries:
        names = [entry.name for entry in entries if _listed(entry)]
    folder = os.fspath(path)
    return [os.path.join(folder, name) for name in sorted(names)]


def _listed(entry: os.DirEntry) -> bool:
    """Whether a folder entry is taken as an article: anything visible but a folder, so that a
    broken link or a pipe is reported when read rather than passed over in silence."""
    if entry.name.startswith("."):
        return False
    try:
        return not entry.is_dir()  # follows links
    except OSError:  # a link loop
        return True
