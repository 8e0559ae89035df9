"""The refresh key's parts: the presentation code, the real packages and Chromium's version."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import asdict
from pathlib import Path

import nbformat
import pytest

from analysis import manifest, render

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ZHUHAI, SHENZHEN = "000_2daad9167e9ceef8.txt", "002_b28a8df92fb246f6.txt"

# Every module of the package that the key leaves out, because it reaches a report only through
# the tables' rows (or not at all): a new module fails this test until it is placed.
NOT_KEYED = {
    "__init__.py", "__main__.py", "budget.py", "cli.py",
    "dates.py", "distributed.py", "entities.py", "errors.py", "files.py", "folding.py",
    "front_matter.py", "ingest.py", "links.py", "manifest.py", "meaning.py", "metrics.py",
    "numbers.py", "outputs.py",
    "parallel.py", "periods.py", "pipeline.py", "problems.py", "refresh.py", "schema.py",
    "stopping.py", "tables.py", "text.py",
    "_rules/__init__.py", "_rules/bylines.py", "_rules/cues.py", "_rules/furniture.py",
    "_rules/figures.py", "_rules/links.py",
    "_rules/institutions.py", "_rules/labels.py", "_rules/lookahead.py", "_rules/numerals.py",
    "_rules/t2s.py", "_rules/time.py",
}


def test_every_module_is_keyed_or_known_to_reach_reports_through_the_rows():
    modules = {p.relative_to(manifest.PACKAGE).as_posix() for p in manifest.PACKAGE.rglob("*.py")}
    assert modules - set(manifest.PRESENTATION) == NOT_KEYED
    assert set(manifest.PRESENTATION) <= modules


def test_library_files_are_the_presentation_modules_and_templates():
    names = {p.relative_to(manifest.PACKAGE).as_posix() for p in manifest.library_files()}
    assert names == {*manifest.PRESENTATION, "templates/index.html.j2", "templates/report.css",
                     "templates/report.html.j2", "templates/whats_new.html.j2"}


def test_the_environment_names_the_packages_really_used():
    found = manifest.environment(manifest.StatCache())
    assert {"python", "rjieba", "cn2an", "pandas", "matplotlib", "papermill", "nbconvert",
            "chromium"} <= set(found)
    assert "jieba" not in found
    if shutil.which("chromium") or shutil.which("chromium-browser"):
        assert found["chromium"].startswith("Chromium ") and found["chromium"][9].isdigit()


def test_chromium_is_asked_its_version_once_per_install(monkeypatch, tmp_path):
    program = tmp_path / "chromium"
    program.write_text("#!/bin/sh\necho 'Chromium 1.2.3 built on a test'\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(manifest, "RACY_SECONDS", 0.0)
    asked = []
    real = manifest._asked_version
    monkeypatch.setattr(manifest, "_asked_version", lambda path: asked.append(path) or real(path))
    first = manifest.StatCache()
    assert manifest.chromium_version(first) == "Chromium 1.2.3 built on a test"
    assert manifest.chromium_version(manifest.StatCache(first.entries)) == first.entries[
        str(program)][4]
    assert len(asked) == 1
    program.write_text("#!/bin/sh\necho 'Chromium 1.2.4'\n", encoding="utf-8")  # upgraded
    assert manifest.chromium_version(manifest.StatCache(first.entries)) == "Chromium 1.2.4"


@pytest.mark.parametrize("path", ["", "/nowhere"])
def test_without_chromium_the_version_is_missing(monkeypatch, path):
    monkeypatch.setenv("PATH", path)
    assert manifest.chromium_version(manifest.StatCache()) == "missing"


def test_stat_cache_reads_only_changed_files(tmp_path, monkeypatch):
    monkeypatch.setattr(manifest, "RACY_SECONDS", 0.0)
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_bytes(b"one")
    two.write_bytes(b"two")
    first = manifest.StatCache()
    digests = [first.digest(one), first.digest(two)]
    assert digests[0] == hashlib.sha256(b"one").hexdigest() and first.hashed == 2
    again = manifest.StatCache(first.entries)
    assert [again.digest(one), again.digest(two)] == digests and again.hashed == 0
    assert not again.changed
    two.write_bytes(b"TWO")
    third = manifest.StatCache(again.entries)
    assert third.digest(two) == hashlib.sha256(b"TWO").hexdigest() and third.hashed == 1
    assert third.changed


def test_a_file_changed_within_the_racy_window_is_hashed_again(tmp_path):
    path = tmp_path / "fresh.txt"
    path.write_bytes(b"a")
    cache = manifest.StatCache()
    cache.digest(path)
    assert cache.entries[str(path)][5] is False  # written just now: not trusted next time
    again = manifest.StatCache(cache.entries)
    again.digest(path)
    assert again.hashed == 1


def test_notebook_digest_ignores_outputs_but_not_code(tmp_path):
    path = tmp_path / "nb.ipynb"
    shutil.copy2(render.NOTEBOOKS / "overview.ipynb", path)
    clean = manifest.notebook_digest(path)
    notebook = nbformat.read(path, as_version=4)
    code = next(c for c in notebook.cells if c.cell_type == "code")
    code.outputs = [nbformat.v4.new_output("stream", name="stdout", text="ran")]
    code.execution_count = 7
    nbformat.write(notebook, path)
    assert manifest.notebook_digest(path) == clean
    code.source += "\nx = 1"
    nbformat.write(notebook, path)
    assert manifest.notebook_digest(path) != clean


def test_input_changes_are_described(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in (ZHUHAI, SHENZHEN):
        shutil.copy(SEEDS / name, seeds / name)
    before = manifest.fingerprint(seeds, render.NOTEBOOKS, manifest.StatCache())
    (seeds / "new.txt").write_text("新文章", encoding="utf-8")
    (seeds / ZHUHAI).unlink()
    after = manifest.fingerprint(seeds, render.NOTEBOOKS, manifest.StatCache())
    assert after.changes(asdict(before)) == [f"articles +1(new.txt) -1({ZHUHAI})"]
    assert after.digest != before.digest and before.changes(None) == ["no previous refresh"]
