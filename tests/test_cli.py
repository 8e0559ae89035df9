"""Package manners on the command line: --version, --jobs of 1 or more, the sql command, Excel
outputs of documents and extract, and the public names of ``analysis``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from fixtures_reports import fixture_tables
from openpyxl import load_workbook

import analysis
from analysis import export
from analysis.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"python -m analysis {analysis.__version__}"


@pytest.mark.parametrize("command", ["extract", "report", "refresh"])
@pytest.mark.parametrize("jobs", ["0", "-3", "two", "1.5"])
def test_jobs_below_one_or_not_a_number_is_a_usage_error(command, jobs, tmp_path, capsys):
    out = tmp_path / ("m.csv" if command == "extract" else "reports")
    assert main([command, str(SEEDS), "--out", str(out), "--jobs", jobs]) == 2
    assert "use a whole number of processes, 1 or more" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("command", ["report", "refresh"])
def test_jobs_is_how_many_reports_are_rendered_at_once(command, tmp_path, monkeypatch):
    from analysis import render

    asked = []

    def count(specs, folder, *args, jobs=None, **kwargs):
        asked.append(jobs)
        for spec in specs:
            (folder / f"{spec.name}.html").write_text("<p>x</p>", encoding="utf-8")
            (folder / f"{spec.name}.pdf").write_bytes(b"%PDF-x")

    monkeypatch.setattr(render, "render_reports", count)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text((SEEDS / min(p.name for p in SEEDS.glob("*.txt"))).read_text(
        encoding="utf-8"), encoding="utf-8")
    assert main([command, str(seeds), "--out", str(tmp_path / "reports"), "--jobs", "3"]) == 0
    assert asked == [3]
    assert main([command, str(seeds), "--out", str(tmp_path / "other")]) == 0
    assert asked == [3, None]  # None: render_reports takes every core


def test_public_names_are_listed_and_importable():
    public = [name for name in dir(analysis) if not name.startswith("_")]
    assert public == sorted(n for n in analysis.__all__ if not n.startswith("_"))
    assert {"load_documents", "load_metrics", "analyst_tables", "query"} <= set(public)
    for name in public:
        assert callable(getattr(analysis, name))


def test_importing_the_package_stays_cheap():
    code = "import sys, analysis; dir(analysis); print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True, timeout=60).stdout
    assert out.strip() == "False"


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sql")
    export.write_exports(folder, *fixture_tables())
    return folder / export.DATABASE


def test_sql_prints_a_table_or_csv(database, capsys):
    query = ("SELECT entity, value FROM mentions WHERE metric = 'beds' "
             "AND entity = '江门市妇幼保健院' ORDER BY value")
    assert main(["sql", query, "--db", str(database)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["entity", "value"] and lines[1].split() == ["江门市妇幼保健院", "198.0"]
    assert main(["sql", query, "--db", str(database), "--csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["entity,value", "江门市妇幼保健院,198.0",
                                                    "江门市妇幼保健院,390.0"]


def test_sql_errors_are_one_line(database, tmp_path, capsys):
    assert main(["sql", "SELECT * FROM nosuch", "--db", str(database)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {database}: Catalog Error") and err.count("\n") == 1
    assert main(["sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "no such database" in capsys.readouterr().err
    assert main(["sql", "CREATE TABLE x (a INT)", "--db", str(database)]) == 1  # read-only
    assert "read-only" in capsys.readouterr().err


@pytest.mark.parametrize("command, sheets", [
    ("documents", ["documents", "dictionary"]),
    ("extract", ["documents", "facts", "mentions", "dictionary"]),
])
def test_documents_and_extract_write_excel(command, sheets, tmp_path, capsys):
    out = tmp_path / f"{command}.xlsx"
    assert main([command, str(SEEDS), "--out", str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == sheets
    assert book["documents"].max_row == 6
    assert "wrote" in capsys.readouterr().err


def test_an_unknown_output_format_is_refused_before_any_work(tmp_path, capsys):
    assert main(["documents", str(SEEDS), "--out", str(tmp_path / "d.json")]) == 2
    assert ".csv, .parquet or .xlsx" in capsys.readouterr().err


def test_documents_csv_reads_back_with_its_bom(tmp_path):
    out = tmp_path / "d.csv"
    assert main(["documents", str(SEEDS), "--out", str(out)]) == 0
    assert out.read_bytes()[:3] == b"\xef\xbb\xbf"
    table = pd.read_csv(out)
    assert table.columns[0] == "doc_id" and len(table) == 5
    assert not table["path"].str.startswith("/").any()
