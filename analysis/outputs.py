"""The reports folder's mechanics: which folder a build may replace (one it made, or an empty or
absent one, never the articles folder, one inside it or one holding it), the lock a build holds
on it, the clean-up after a killed build, and the run log kept in it.

Standard library only: ``refresh`` uses all of it before deciding whether anything changed.
The staging folder and its atomic swap: ``staged``, ``swap_in``; ``step`` names a build's
step in its one-line failure.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from analysis.errors import (
    LockedError,
    ReportError,
    UnsafeOutputError,
    WriteError,
    os_error_text,
)
from analysis.stopping import alive

MARKER = ".analysis-reports"  # written into every reports folder the package builds
OLD_MARKER = "reports.json"  # the index entries: what a folder built before the marker holds
LOG = "refresh.log"  # the run history: kept by every build
STAGE_INFIX = ".building-"  # a staging folder beside the reports: .<out>.building-<pid>-<random>
MARKER_TEXT = "This folder is built by `python -m analysis report`: it is replaced by each build.\n"
HOLDERS = {"refresh": "refresh", "report": "report build"}  # what the lock file names -> text
POLL_SECONDS = 0.2
STALE_STAGE_SECONDS = 24 * 3600  # a staging folder this old is stale whatever its name says
SWAP_GRACE_SECONDS = 10  # a folder moved aside by a swap older than this is left from a crash


def check_out_dir(seeds_dir: str | Path, out_dir: str | Path) -> None:
    """Raise ``UnsafeOutputError`` (one line) unless ``out_dir`` may be replaced by a build of
    ``seeds_dir``'s reports: it is not the articles folder, inside it or holding it, and it is
    absent, empty (but for ``.gitkeep``) or marked as a reports folder."""
    seeds, out = Path(seeds_dir).resolve(), Path(out_dir).resolve()
    if out == seeds or seeds in out.parents:
        raise UnsafeOutputError(f"{out_dir}: the reports folder cannot be the articles folder "
                                f"{seeds_dir} or inside it; choose another --out")
    if out in seeds.parents:
        raise UnsafeOutputError(f"{out_dir}: the reports folder cannot hold the articles folder "
                                f"{seeds_dir} (a build replaces it); choose another --out")
    if not os.path.lexists(out):
        return
    if not out.is_dir():
        raise UnsafeOutputError(f"{out_dir}: not a folder; choose another --out")
    with os.scandir(out) as entries:
        names = {entry.name for entry in entries}
    if names <= {".gitkeep"} or MARKER in names or OLD_MARKER in names:
        return
    raise UnsafeOutputError(f"{out_dir}: not a reports folder (no {MARKER} in it) and not empty;"
                            " a build would replace it: choose an empty or new --out")


def claim(folder: Path) -> Path:
    """Create ``folder`` if needed and mark it as a reports folder the package may replace
    (call only after ``check_out_dir`` passed, or on a folder the package is building)."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / MARKER
    if not marker.exists():
        marker.write_text(MARKER_TEXT, encoding="utf-8")
    return folder


# --- the lock and what a killed build leaves ---------------------------------------------------

def lock_path(out_dir: Path) -> Path:
    """The lock file: beside the reports folder, which is renamed by every swap."""
    return out_dir.parent / f".{out_dir.name}.refresh.lock"


def stage_marker(out_dir: Path) -> Path:
    """The file naming the staging folder of a refresh in progress (beside the reports)."""
    return out_dir.parent / f".{out_dir.name}.refresh-stage"


@contextmanager
def locked(out_dir: Path, wait: float = 0.0, holder: str = "refresh") -> Iterator[Path]:
    """Hold the refresh lock of ``out_dir`` for the block (as ``holder``: "refresh" or
    "report"); raise ``LockedError`` naming what holds it, its pid and since when, when it is
    not free within ``wait`` seconds. ``fcntl.flock``: the kernel drops it when its process
    dies, so a killed build leaves no stale lock."""
    path = lock_path(out_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise
            if time.monotonic() >= deadline:
                raise LockedError(_lock_message(os.pread(fd, 200, 0), out_dir, path, wait))
            time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        os.pwrite(fd, f"{os.getpid()} {stamp} {holder}\n".encode(), 0)
        yield path
    finally:
        os.close(fd)  # releases the lock


def _lock_message(content: bytes, out_dir: Path, path: Path, wait: float) -> str:
    """Who holds the lock, from what it wrote into the lock file ("PID TIME HOLDER")."""
    pid, since, holder = (content.decode("ascii", "replace").split() + ["?", "?", ""])[:3]
    what = HOLDERS.get(holder, "build")  # a lock taken by an older version names no holder
    waited = f" (waited {wait:.0f}s)" if wait > 0 else ""
    return (f"another {what} is running (pid {pid}, since {since}) on {out_dir}{waited};"
            f" lock {path}")


@contextmanager
def stage_recorded(out_dir: Path) -> Iterator[Callable[[Path], None]]:
    """For the block, ``stage_marker(out_dir)`` names the staging folder (call the function
    yielded with it once made), so that ``clean_stale`` removes it if this process is killed;
    the marker is removed when the block ends (the stage is then swapped in or gone)."""
    marker = stage_marker(out_dir)
    write_json(marker, {"pid": os.getpid(), "stage": None})
    try:
        yield lambda stage: write_json(marker, {"pid": os.getpid(), "stage": str(stage)})
    finally:
        marker.unlink(missing_ok=True)


def write_json(path: Path, value: object) -> None:
    """Write ``value`` as JSON to ``path`` atomically (a temporary file renamed over it)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(value), encoding="utf-8")
    os.replace(tmp, path)


def clean_stale(out_dir: Path) -> list[str]:
    """Remove what a killed build left beside ``out_dir`` (call with the lock held): the staging
    folder a refresh recorded, staging folders of processes that are gone (their pid is in the
    name) or a day old, folders moved aside by a swap (put back first if the reports folder
    itself is missing). Returns what was done, for the log."""
    done: list[str] = []
    parent, name = out_dir.parent, out_dir.name
    marker = stage_marker(out_dir)
    with suppress(OSError, ValueError):
        stage = json.loads(marker.read_text(encoding="utf-8")).get("stage")
        stage = Path(stage) if stage else None
        if (stage and stage.parent == parent
                and stage.name.startswith(f".{name}{STAGE_INFIX}") and stage.exists()):
            shutil.rmtree(stage, ignore_errors=True)
            done.append(f"removed stale {stage.name}")
    marker.unlink(missing_ok=True)
    now = time.time()
    aside = sorted(parent.glob(f".{name}.old-*"), key=lambda p: p.stat().st_ctime)
    aside = [p for p in aside if now - p.stat().st_ctime > SWAP_GRACE_SECONDS]
    if aside and not out_dir.exists():
        aside.pop().rename(out_dir)  # killed between the two renames of a swap
        done.append(f"restored {name} from an interrupted swap")
    for old in aside:
        shutil.rmtree(old, ignore_errors=True)
        done.append(f"removed stale {old.name}")
    prefix = f".{name}{STAGE_INFIX}"
    for stage in parent.glob(f"{prefix}*"):
        pid = stage.name[len(prefix):].partition("-")[0]
        with suppress(OSError):
            if (pid.isdigit() and not alive(int(pid))
                    or now - stage.stat().st_mtime > STALE_STAGE_SECONDS):
                shutil.rmtree(stage, ignore_errors=True)
                done.append(f"removed stale {stage.name}")
    return done


# --- the run log -------------------------------------------------------------------------------

@dataclass
class RefreshResult:
    """What a refresh found and did; ``str()`` is the one line the command line prints."""

    out_dir: Path
    up_to_date: bool
    changed: list[str] = field(default_factory=list)
    rebuilt: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    articles: int = 0
    figures: int = 0
    new_articles: int = 0
    new_figures: int = 0
    skipped: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        skipped = f"; {self.skipped} file(s) skipped" if self.skipped else ""
        if self.up_to_date:
            return f"up to date: {len(self.kept)} report(s) in {self.out_dir}{skipped}"
        removed = f", removed {', '.join(self.removed)}" if self.removed else ""
        return (f"refreshed {self.out_dir}: rebuilt {len(self.rebuilt)} report(s)"
                f" ({', '.join(self.rebuilt) or 'none'}), kept {len(self.kept)}{removed};"
                f" {self.new_articles} new article(s), {self.new_figures} new figure(s)"
                f" ({'; '.join(self.changed)}){skipped}")


def _log_value(value: object) -> str:
    if isinstance(value, (list, tuple)):
        value = ",".join(map(str, value)) or "-"
    text = " ".join(str(value).split()) or "-"
    return json.dumps(text, ensure_ascii=False) if any(c in text for c in ' "=') else text


def append_log(out_dir: Path, outcome: str, started: float, **fields: object) -> None:
    """Append one line to ``out_dir/refresh.log``: ISO time, outcome, ``key=value`` fields
    (values with spaces are JSON-quoted), duration since ``started`` (``time.perf_counter``).
    One ``write`` in append mode."""
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    parts = [stamp, outcome, *(f"{k}={_log_value(v)}" for k, v in fields.items()),
             f"duration={time.perf_counter() - started:.2f}s"]
    claim(out_dir)
    fd = os.open(out_dir / LOG, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.write(fd, (" ".join(parts) + "\n").encode("utf-8"))
    finally:
        os.close(fd)


@contextmanager
def step(what: str) -> Iterator[None]:
    """Name the step of a build in its failure: an OSError or WriteError of the block (a full
    disk, a permission) becomes one ``ReportError`` line, "WHAT: PATH: reason"."""
    try:
        yield
    except WriteError as exc:
        raise ReportError(f"{what}: {exc}; previous reports kept") from exc
    except OSError as exc:
        raise ReportError(f"{what}: {os_error_text(exc)}; previous reports kept") from exc


@contextmanager
def staged(out_dir: Path, carry_over: bool = False) -> Iterator[Path]:
    """A fresh folder beside ``out_dir`` to build into, swapped in for ``out_dir`` when the block
    succeeds and removed when it fails (``out_dir`` is then untouched). With ``carry_over`` it
    starts as a copy of ``out_dir`` (less ``failed/``), for builds of some reports only; else
    it keeps only the run history (``refresh.log``). Its name holds this process's id, so that
    the next build knows it for a dead process's once this one is gone."""
    with step(f"making a new reports folder beside {out_dir}"):
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}{STAGE_INFIX}{os.getpid()}-",
                                      dir=out_dir.parent))
    try:
        with step(f"copying {out_dir} into {stage.name}"):
            stage.chmod(0o755)
            if out_dir.is_dir():
                keep = (lambda _, names: [n for n in names if n == "failed"]) if carry_over else (
                    lambda _, names: [n for n in names if n not in (".gitkeep", LOG)])
                shutil.copytree(out_dir, stage, ignore=keep, dirs_exist_ok=True)
            claim(stage)
        yield stage
        with step(f"swapping {stage.name} in for {out_dir}"):
            swap_in(stage, out_dir)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def swap_in(stage: Path, out_dir: Path) -> None:
    """Put ``stage`` in place of ``out_dir``: in one atomic exchange where the system has one
    (Linux ``renameat2``), after which ``stage`` holds the old folder, for the caller to
    delete; else by two renames on one file system, the old folder moved aside first (for an
    instant there is no ``out_dir``), put back if the second rename fails, and deleted after."""
    if not out_dir.exists():
        stage.rename(out_dir)
        return
    if _exchange(stage, out_dir):
        return
    old = out_dir.with_name(f".{out_dir.name}.old-{uuid.uuid4().hex[:8]}")
    out_dir.rename(old)
    try:
        stage.rename(out_dir)
    except OSError:
        old.rename(out_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)


_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one step (Linux ``renameat2`` with ``RENAME_EXCHANGE``, from
    glibc through ctypes); False where the system or file system has no such call."""
    if not sys.platform.startswith("linux"):
        return False
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:  # a C library without it (glibc before 2.28, musl)
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):  # not on this file system
        return False
    raise OSError(code, os.strerror(code), os.fspath(b))
