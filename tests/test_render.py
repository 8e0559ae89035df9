"""Rendering mechanics: the self-contained check of every page, and the staged build that is
swapped in whole or not at all."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

import pytest

from analysis import outputs, render
from analysis.errors import ReportError


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (but failed/) by relative path -> sha256."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "failed" not in p.parts}


def test_the_self_contained_check_rejects_anything_that_loads_or_runs():
    render.check_self_contained('<p>ok</p><img src="data:image/png;base64,AA==">')
    for bad in ('<script>1</script>', '<img src="https://x.example/a.png">',
                '<link rel="stylesheet" href="a.css">', '<p onclick="x()">a</p>',
                '<div style="background: url(https://x.example/a.png)"></div>',
                '<style>@import "https://x.example/a.css";</style>', '<iframe></iframe>',
                '<img src="data:image/png;base64,AA==" src="https://x.example/a.png">'):
        with pytest.raises(ReportError, match="not self-contained"):
            render.check_self_contained(bad)


@pytest.mark.parametrize("page", [
    # an article about CSS: its title and quotes are text of the page, escaped
    "<h1>CSS 教程：background: url(https://x.example/a.png) 与 @import 规则</h1>",
    "<td>&lt;style&gt;@import url(&quot;https://x.example/a.css&quot;);&lt;/style&gt;</td>",
    "<title>url( 和 @import</title><p>正文</p>",
])
def test_the_self_contained_check_reads_css_not_the_text(page):
    render.check_self_contained(page)


@pytest.mark.parametrize("bad", [
    '<svg><rect fill="url(https://x.example/a)"/></svg>',
    "<style>p { background: url('https://x.example/a.png') }</style>",
    '<p>url( in text</p><style>@import "x.css";</style>',
])
def test_css_in_style_elements_and_attributes_is_still_checked(bad):
    with pytest.raises(ReportError, match="not self-contained"):
        render.check_self_contained(bad)


def test_a_failed_staged_build_leaves_the_folder_untouched(tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    (out / "overview.html").write_text("old", encoding="utf-8")
    before = _snapshot(out)
    with pytest.raises(RuntimeError), outputs.staged(out) as stage:
        (stage / "overview.html").write_text("new", encoding="utf-8")
        raise RuntimeError("renderer failed")
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]  # no staging left behind
    with outputs.staged(out) as stage:
        (stage / "overview.html").write_text("new", encoding="utf-8")
    assert (out / "overview.html").read_text("utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def test_the_reports_folder_never_goes_missing_during_swaps(tmp_path):
    """Readers of the reports folder (a web server, an analyst) must always find one: where
    the system can exchange two folders in one step, swaps are made so. A thread looks for
    the folder while it is swapped 300 times; the folder swapped in is the one built."""
    if not outputs._exchange(tmp_path, tmp_path):  # exchanging a folder with itself: a no-op
        pytest.skip("no atomic exchange on this system: swaps are two renames")
    out = tmp_path / "reports"
    out.mkdir()
    missing, done = [], threading.Event()

    def look() -> None:
        while not done.is_set():
            if not out.is_dir():
                missing.append(time.monotonic())

    watcher = threading.Thread(target=look)
    watcher.start()
    try:
        for i in range(300):
            with outputs.staged(out) as stage:
                (stage / "build.txt").write_text(str(i), encoding="utf-8")
    finally:
        done.set()
        watcher.join()
    assert missing == []
    assert (out / "build.txt").read_text("utf-8") == "299"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]  # the old ones deleted


def test_without_an_exchange_a_swap_is_two_renames(tmp_path, monkeypatch):
    monkeypatch.setattr(outputs, "_exchange", lambda a, b: False)
    out = tmp_path / "reports"
    out.mkdir()
    (out / "overview.html").write_text("old", encoding="utf-8")
    with outputs.staged(out) as stage:
        (stage / "overview.html").write_text("new", encoding="utf-8")
    assert (out / "overview.html").read_text("utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]
