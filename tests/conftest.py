"""Shared fixtures: the seed folder, the seeds read once, a writer of article files, a stub
renderer, and one headless Chromium (Debian's, through playwright) for the browser tests; and
the order the test files run in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# The files that build reports or read the big inputs, longest first: `make test` runs the
# files on two workers (pytest-xdist, --dist loadfile, in this order), each file on one worker
# so that its module fixtures are built once; starting with the longest balances the two.
SLOWEST_FILES = ("test_report_scale.py", "test_reports.py", "test_refresh.py",
                 "test_hostile.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run ``SLOWEST_FILES`` first, in that order; the rest keep theirs."""
    rank = {name: i for i, name in enumerate(SLOWEST_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture
def write(tmp_path):
    """``write(name, content)``: put str (as UTF-8) or bytes at tmp_path/name; return the path."""
    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path
    return _write


@pytest.fixture(scope="session")
def seed_documents():
    """The five seeds as Documents, keyed by their three-digit prefix (000 … 004)."""
    from analysis.pipeline import read_documents

    return {doc.doc_id[:3]: doc for doc in read_documents(SEEDS)}


@pytest.fixture
def fake_render(monkeypatch) -> list[str]:
    """Replace rendering by a stub that writes a placeholder page and PDF (no kernel, no
    Chromium); returns the names rendered."""
    from analysis import render

    rendered: list[str] = []

    def fake(spec, folder, seeds_dir, data_dir=None, failed_dir=None, notebooks=None):
        rendered.append(spec.name)
        (folder / f"{spec.name}.html").write_text(f"<p>fake {spec.name}</p>", encoding="utf-8")
        (folder / f"{spec.name}.pdf").write_bytes(b"%PDF-fake")
        return folder / f"{spec.name}.html", folder / f"{spec.name}.pdf"

    monkeypatch.setattr(render, "render_report", fake)
    return rendered


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, with no background networking."""
    playwright = pytest.importorskip("playwright.sync_api")
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        pytest.skip("chromium is not installed")
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield chromium
        chromium.close()
