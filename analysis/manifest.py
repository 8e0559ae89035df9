"""Fingerprints of a refresh's inputs and outputs, and the manifest that remembers them.

Standard library only: ``refresh`` decides "up to date" from these without importing pandas,
papermill or a notebook kernel.

- Articles and library files are hashed (SHA-256 of their bytes) through a stat cache: a file
  whose size, mtime, ctime and inode match the cached entry is not read again. An entry
  written within ``RACY_SECONDS`` of the file's mtime is not trusted next time (a file changed
  twice within one timestamp tick keeps its mtime), as git does with its index.
- Notebooks are fingerprinted by what they run: cell types, sources and tags, and the kernel
  name; outputs, execution counts and other metadata do not count (saving a notebook after
  running it in JupyterLab does not rebuild the reports).
- The library is the presentation code, ``PRESENTATION`` (what turns the tables into the
  reports folder), and ``analysis/templates/*``: the extraction code counts through the data
  part of each report's key (its rows), so editing it rebuilds only the reports whose rows
  change. The environment is the Python version, the installed versions of the packages in
  ``ENVIRONMENT_PACKAGES`` (read from the names of their ``*.dist-info`` folders: no import)
  and Chromium's version (asked once per install of it: its stat is cached).
- Outputs are recorded by (size, mtime_ns): a report deleted or overwritten by someone else
  (``make report``, a hand edit) is noticed and rebuilt.

The manifest is ``.refresh-manifest.json`` inside the reports folder, so it is swapped in with
the reports it describes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from analysis.files import article_paths, link_problem, printable

FORMAT = 1
MANIFEST = ".refresh-manifest.json"
PACKAGE = Path(__file__).resolve().parent
NOTEBOOKS = PACKAGE.parent / "notebooks"  # the same folder as ``analysis.render.NOTEBOOKS``
RACY_SECONDS = 2.0
CHUNK = 1 << 20
ENVIRONMENT_PACKAGES = frozenset({
    "pandas", "numpy", "pyarrow", "matplotlib", "pillow", "jinja2", "nbconvert", "nbformat",
    "nbclient", "papermill", "ipykernel", "jupyter_client", "mistune", "beautifulsoup4",
    "pyyaml", "cn2an", "charset_normalizer", "rjieba", "openpyxl", "duckdb",
})
# The modules whose code shapes the reports folder from the tables (pages, charts, data files,
# the what's-new page); the others reach a report only through its rows.
PRESENTATION = ("build.py", "chart_plan.py", "charts.py", "export.py", "facts.py", "frames.py",
                "headlines.py", "kernels.py", "parameters.py", "printer.py", "regions.py",
                "render.py", "report.py", "spreadsheet.py", "vocabulary.py", "whats_new.py",
                "_rules/chart_labels.py", "_rules/places.py")


def _normal_name(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


# --- file digests ------------------------------------------------------------------------------

class StatCache:
    """SHA-256 digests of files, reused while a file's stat is unchanged.

    ``entries`` maps an absolute path (``printable``) to ``[size, mtime_ns, ctime_ns, inode,
    sha256, trusted]``; only files looked at in this run are kept, so deleted files drop out.
    """

    def __init__(self, entries: Mapping[str, list] | None = None) -> None:
        self._old = dict(entries or {})
        self.entries: dict[str, list] = {}
        self.hashed = 0  # files read in this run (for tests and the log)

    @property
    def changed(self) -> bool:
        """Whether the entries differ from the ones loaded (the manifest is then rewritten)."""
        return self.entries != self._old

    def digest(self, path: Path) -> str:
        """The file's SHA-256 (hex); ``unreadable:<reason>`` when it cannot be read."""
        return self.remember(path, _sha256)

    def remember(self, path: Path, compute: Callable[[Path], str]) -> str:
        """``compute(path)``, reused while the file's stat is unchanged; ``unreadable:<reason>``
        when it cannot be read."""
        key = printable(path)  # a name that is not UTF-8 must still go into the JSON manifest
        try:
            st = os.stat(path)
        except OSError as exc:
            return f"unreadable:{exc.strerror or exc}"
        stat = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        cached = self._old.get(key)
        if cached and cached[:4] == stat and cached[5]:
            self.entries[key] = cached
            return cached[4]
        try:
            value = compute(path)
        except OSError as exc:
            return f"unreadable:{exc.strerror or exc}"
        self.hashed += 1
        trusted = time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_SECONDS * 1e9
        self.entries[key] = [*stat, value, trusted]
        return value


def _sha256(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            sha.update(chunk)
    return sha.hexdigest()


def digest_json(value: object) -> str:
    """SHA-256 of a JSON value in canonical form (sorted keys, no spaces)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- inputs ------------------------------------------------------------------------------------

def notebook_digest(path: Path) -> str:
    """What a notebook runs: kernel name, cell types, sources and tags (not outputs, counts or
    other metadata). A file that is not notebook JSON is hashed as bytes."""
    data = path.read_bytes()
    try:
        notebook = json.loads(data)
        cells = [[c.get("cell_type"), "".join(c.get("source", "")),
                  sorted(c.get("metadata", {}).get("tags", []))] for c in notebook["cells"]]
        kernel = notebook.get("metadata", {}).get("kernelspec", {}).get("name")
    except (ValueError, KeyError, TypeError, AttributeError):
        return hashlib.sha256(data).hexdigest()
    return digest_json({"kernel": kernel, "cells": cells})


def library_files(package: Path | None = None) -> list[Path]:
    """The presentation modules (``PRESENTATION``) and templates of the package (default: this
    one): what the reports are rendered with."""
    package = PACKAGE if package is None else package
    files = [package / name for name in PRESENTATION if (package / name).is_file()]
    templates = package / "templates"
    if templates.is_dir():
        files += [p for p in templates.rglob("*") if p.is_file()]
    return sorted(files)


def _asked_version(path: Path) -> str:
    """What a program says with ``--version`` (one line), or ``unknown``."""
    try:
        done = subprocess.run([os.fspath(path), "--version"], capture_output=True, text=True,
                              timeout=30, check=False)
    except subprocess.TimeoutExpired:
        return "unknown"
    return " ".join(done.stdout.split()) or "unknown"


def chromium_version(cache: StatCache) -> str:
    """Chromium's ``--version``, asked again only when its program file changed; ``missing``
    when it is not installed."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return cache.remember(Path(found), _asked_version) if found else "missing"


def environment(cache: StatCache | None = None) -> dict[str, str]:
    """Python's version and the installed versions of ``ENVIRONMENT_PACKAGES`` (from the
    ``name-version.dist-info`` folder names on ``sys.path``; nothing is imported), and with a
    ``cache``, Chromium's version."""
    found = {"python": sys.version.split()[0]}
    if cache is not None:
        found["chromium"] = chromium_version(cache)
    for entry in sys.path:
        if not entry.endswith(("site-packages", "dist-packages")) or not os.path.isdir(entry):
            continue
        with os.scandir(entry) as names:
            for item in names:
                if not item.name.endswith(".dist-info"):
                    continue
                name, _, version = item.name[:-len(".dist-info")].partition("-")
                if _normal_name(name) in ENVIRONMENT_PACKAGES:
                    found.setdefault(_normal_name(name), version)
    return found


@dataclass
class Inputs:
    """Everything a refresh depends on, as digests."""

    seeds: str                      # the articles' folder (its path is in the data tables)
    articles: dict[str, str]        # file name -> sha256
    notebooks: dict[str, str]       # notebook stem -> notebook_digest
    library: str                    # digest of library_files
    environment: dict[str, str] = field(default_factory=dict)
    parameters: dict[str, object] = field(default_factory=dict)  # the refresh's own settings

    @property
    def digest(self) -> str:
        """One digest of all of it: equal digests mean nothing changed."""
        return digest_json({"format": FORMAT, **asdict(self)})

    def changes(self, previous: Mapping[str, object] | None) -> list[str]:
        """What differs from ``previous`` (an earlier ``asdict(Inputs)``), in a few words each."""
        if not previous:
            return ["no previous refresh"]
        found = []
        old = previous.get("articles") or {}
        added = sorted(set(self.articles) - set(old))
        removed = sorted(set(old) - set(self.articles))
        edited = sorted(n for n in self.articles if n in old and old[n] != self.articles[n])
        if added or removed or edited:
            found.append("articles " + " ".join(
                f"{sign}{len(names)}{_names(names)}" for sign, names in
                (("+", added), ("~", edited), ("-", removed)) if names))
        old_notebooks = previous.get("notebooks") or {}
        notebooks = sorted(n for n in set(self.notebooks) | set(old_notebooks)
                           if self.notebooks.get(n) != old_notebooks.get(n))
        if notebooks:
            found.append("notebooks " + ",".join(notebooks))
        if self.library != previous.get("library"):
            found.append("library")
        if self.environment != previous.get("environment"):
            old_env = previous.get("environment") or {}
            found.append("environment " + ",".join(sorted(
                k for k in set(self.environment) | set(old_env)
                if self.environment.get(k) != old_env.get(k))))
        if self.seeds != previous.get("seeds"):
            found.append("seeds folder")
        if self.parameters != previous.get("parameters"):
            found.append("parameters")
        return found


def _names(names: list[str], shown: int = 3) -> str:
    more = f",+{len(names) - shown} more" if len(names) > shown else ""
    return "(" + ",".join(names[:shown]) + more + ")"


def fingerprint(seeds: str | Path, notebooks: str | Path, cache: StatCache,
                parameters: Mapping[str, object] | None = None) -> Inputs:
    """The digests of a refresh's inputs (reads only files whose stat changed)."""
    seeds, notebooks = Path(seeds).resolve(), Path(notebooks).resolve()
    # Only regular files are hashed: a pipe, a broken link or a link out of the folder is
    # ingest's to report.
    articles = {printable(p.name): cache.digest(p) for p in article_paths(seeds)
                if p.is_file() and not link_problem(os.fspath(p))}
    books = {p.stem: notebook_digest(p) for p in sorted(notebooks.glob("*.ipynb"))}
    library = digest_json([[os.path.relpath(p, PACKAGE), cache.digest(p)]
                           for p in library_files()])
    return Inputs(printable(seeds), articles, books, library, environment(cache),
                  dict(parameters or {}))


# --- outputs and the manifest file ------------------------------------------------------------

def output_stats(folder: Path, exclude: Iterable[str] = ()) -> dict[str, list[int]]:
    """``relative path -> [size, mtime_ns]`` of every file under ``folder`` but ``exclude``
    (names of top-level files or folders)."""
    skip = set(exclude)
    stats: dict[str, list[int]] = {}
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        top = here == folder
        if top:
            dirs[:] = [d for d in dirs if d not in skip]
        for name in files:
            if top and name in skip:
                continue
            st = os.stat(here / name)
            stats[(here / name).relative_to(folder).as_posix()] = [st.st_size, st.st_mtime_ns]
    return stats


def changed_outputs(folder: Path, recorded: Mapping[str, list[int]]) -> list[str]:
    """The recorded output files that are missing or differ in size or mtime."""
    changed = []
    for name, (size, mtime_ns) in recorded.items():
        try:
            st = os.stat(folder / name)
        except OSError:
            changed.append(name)
            continue
        if st.st_size != size or st.st_mtime_ns != mtime_ns:
            changed.append(name)
    return sorted(changed)


def load(folder: Path) -> dict:
    """The manifest in ``folder``; empty when there is none, it is unreadable or of another
    format (everything is then rebuilt)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == FORMAT else {}


def write(folder: Path, data: Mapping[str, object]) -> Path:
    """Write the manifest into ``folder`` atomically (temporary file, fsync, rename)."""
    path = folder / MANIFEST
    tmp = folder / f".{MANIFEST}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump({**data, "format": FORMAT}, handle, ensure_ascii=False, separators=(",", ":"))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    return path
