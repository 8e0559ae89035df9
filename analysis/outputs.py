"""Which folder a build may replace with its reports: one it made, or an empty or absent one,
never the articles folder, one inside it or one holding it.

Standard library only: ``refresh`` checks this before deciding whether anything changed.
"""

from __future__ import annotations

import os
from pathlib import Path

from analysis.errors import UnsafeOutputError

MARKER = ".analysis-reports"  # written into every reports folder the package builds
OLD_MARKER = "reports.json"  # the index entries: what a folder built before the marker holds
LOG = "refresh.log"  # the run history: kept by every build
STAGE_INFIX = ".building-"  # a staging folder beside the reports: .<out>.building-<pid>-<random>
MARKER_TEXT = "This folder is built by `python -m analysis report`: it is replaced by each build.\n"


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
