"""Which files of a folder are articles: one rule for ingest and for refresh's fingerprints;
which of them must not be read for where they lead; and their doc ids.

Standard library only, so that a refresh with nothing to do imports nothing heavy.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from analysis.errors import NoArticlesError, printable

FOLLOW_LINKS_ENV = "ANALYSIS_FOLLOW_LINKS"  # "1": read links that lead out of their folder
NEVER_READ = ("/proc", "/sys", "/dev")  # the system's own files: never articles, links or not


def article_paths(path: str | Path | Iterable[str | Path],
                  subfolders: list[str] | None = None) -> list[Path]:
    """The article files of a folder in name order (hidden files, .gitkeep and subfolders left
    out), a single file, or a list of files as given."""
    return [Path(file) for file in article_files(path, subfolders)]


def article_files(path: str | Path | Iterable[str | Path],
                  subfolders: list[str] | None = None) -> list[str]:
    """``article_paths`` as strings: for 100,000 files, the Path objects alone take longer
    than listing the folder. The visible sub-folders passed over (they are not read) are
    appended to ``subfolders`` when it is given, in name order."""
    if not isinstance(path, (str, os.PathLike)):
        return [os.fspath(p) for p in path]
    path = Path(path)
    if path.is_file():
        return [os.fspath(path)]
    if not path.is_dir():
        raise NoArticlesError(f"{path}: no such file or folder")
    names, folders = [], []
    with os.scandir(path) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            (folders if _is_folder(entry) else names).append(entry.name)
    folder = os.fspath(path)
    if subfolders is not None:
        subfolders.extend(os.path.join(folder, name) for name in sorted(folders))
    return [os.path.join(folder, name) for name in sorted(names)]


def _is_folder(entry: os.DirEntry) -> bool:
    """Whether a folder entry is a folder (links followed): anything else is taken as an
    article, so that a broken link or a pipe is reported when read rather than passed over."""
    try:
        return entry.is_dir()
    except OSError:  # a link loop
        return False


def subfolder_note(count: int) -> str:
    """What to tell of ``count`` sub-folders passed over."""
    return (f"{count} sub-folder(s) not read: articles are read from the folder itself, not "
            "from its sub-folders")


@lru_cache(maxsize=64)
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder)


def link_problem(path: str) -> str | None:
    """Why the file at ``path`` must not be read for where it really is (None when it may be):
    a file of ``NEVER_READ`` (/proc, /sys, /dev), or a link that leads out of its folder (read
    only with ``ANALYSIS_FOLLOW_LINKS=1``)."""
    link = os.path.islink(path)
    folder = _real_folder(os.path.abspath(os.path.dirname(path) or "."))
    real = os.path.realpath(path) if link else os.path.join(folder, os.path.basename(path))
    shown = f"a link to {printable(os.readlink(path))}, " if link else ""
    if any(real == top or real.startswith(top + os.sep) for top in NEVER_READ):
        return f"{shown}a system file ({printable(real)}): never read"
    if not link or real.startswith(folder + os.sep) or os.environ.get(FOLLOW_LINKS_ENV) == "1":
        return None
    return f"{shown}outside the articles folder (set {FOLLOW_LINKS_ENV}=1 to read such links)"


def doc_ids(paths: Sequence[str]) -> dict[str, str]:
    """The doc ids that are not the file's stem: a file whose stem another file shares (``a.txt``
    and ``a.md``) is known by its name, and by its whole path when that too is shared (files of
    several folders). Keyed by path as given; empty when every stem is unique."""
    shown = [printable(p) for p in paths]
    stems = Counter(os.path.splitext(os.path.basename(s))[0] for s in shown)
    if len(stems) == len(shown):
        return {}
    names = Counter(os.path.basename(s) for s in shown)
    renamed = {}
    for path, text in zip(paths, shown):
        name = os.path.basename(text)
        if stems[os.path.splitext(name)[0]] > 1:
            renamed[path] = name if names[name] == 1 else text
    return renamed
