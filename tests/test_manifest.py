"""The refresh key's parts: the presentation code, the real packages and Chromium's version."""

from __future__ import annotations

import shutil

import pytest

from analysis import manifest

# Every module of the package that the key leaves out, because it reaches a report only through
# the tables' rows (or not at all): a new module fails this test until it is placed.
NOT_KEYED = {
    "__init__.py", "__main__.py", "_labels.py", "_numerals.py", "_t2s.py", "budget.py", "cli.py",
    "dates.py", "distributed.py", "entities.py", "errors.py", "files.py", "folding.py",
    "front_matter.py", "ingest.py", "manifest.py", "metrics.py", "numbers.py", "outputs.py",
    "parallel.py", "periods.py", "pipeline.py", "problems.py", "schema.py", "stopping.py",
    "text.py",
}


def test_every_module_is_keyed_or_known_to_reach_reports_through_the_rows():
    modules = {p.name for p in manifest.PACKAGE.glob("*.py")}
    assert modules - set(manifest.PRESENTATION) == NOT_KEYED
    assert set(manifest.PRESENTATION) <= modules


def test_library_files_are_the_presentation_modules_and_templates():
    names = {p.relative_to(manifest.PACKAGE).as_posix() for p in manifest.library_files()}
    assert names == {*manifest.PRESENTATION, "templates/index.html.j2", "templates/report.css",
                     "templates/report.html.j2"}


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
