"""Hostile and broken input: nothing crashes, nothing leaks, nothing is lost.

The corpus is written at test time by ``hostile.write_hostile_corpus``. Each file must end as an
analyst wants: decoded and read (its figures reach the metrics table with the right value), or
skipped with one stderr line naming it, while the rest of the folder is still processed. Exit
codes must be ones a scheduler can act on (0 all read, 3 some skipped, 1 nothing usable or a
failure, 2 a bad command line). The reports of the folder must render, and a real browser must
see no script of an article run and no request leave the page.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from browser import recording_page
from hostile import (
    HOSTILE_HOST,
    HUGE_BEDS,
    HUGE_MARKER,
    IGNORED,
    PWNED_FLAG,
    PWNED_TITLE,
    READ,
    REGIONS,
    SKIPPED,
    cases,
    huge_paragraph,
    tiny_article,
    write_hostile_corpus,
    write_huge_article,
    write_tiny_articles,
)

from analysis import build, regions, render
from analysis.metrics import spanned
from analysis.pipeline import read_documents
from analysis.vocabulary import METRIC_NAMES

ROOT = Path(__file__).resolve().parents[1]
GIB = 2**30
CLI_TIMEOUT = 600
READ_FILES = [name for name, (_, e) in cases().items() if e.outcome == READ]
SUMMARY = re.compile(r"^wrote \d+ .* in \d+\.\d+s$")


def run_cli(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """``python -m analysis ARGS`` in a fresh process (no progress bar), output captured."""
    env = dict(os.environ, ANALYSIS_PROGRESS="0", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], cwd=cwd, env=env,
                          check=False, capture_output=True, text=True, timeout=CLI_TIMEOUT)


def stderr_lines(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.strip()]


def lines_naming(proc: subprocess.CompletedProcess[str], path: Path) -> list[str]:
    """The stderr lines about ``path`` (each starts ``PATH: ``)."""
    return [line for line in stderr_lines(proc) if line.startswith(f"{path}: ")]


# --- the corpus and the command line over it ---------------------------------------------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("hostile") / "articles"
    return folder, write_hostile_corpus(folder)


def skipped_names(expected: dict) -> list[str]:
    """The entries of the corpus that must be skipped (files and links written beside them)."""
    return sorted(name for name, e in expected.items() if e.outcome == SKIPPED)


@pytest.fixture(scope="module")
def documents_run(corpus, tmp_path_factory):
    folder, _ = corpus
    out = tmp_path_factory.mktemp("documents") / "documents.parquet"
    proc = run_cli("documents", folder, "--out", out)
    return proc, (pd.read_parquet(out) if out.exists() else None)


@pytest.fixture(scope="module")
def extract_run(corpus, tmp_path_factory):
    folder, _ = corpus
    out = tmp_path_factory.mktemp("extract") / "metrics.csv"
    proc = run_cli("extract", folder, "--out", out)
    return proc, (pd.read_csv(out, keep_default_na=False, na_values=[""]) if out.exists()
                  else None)


@pytest.fixture(params=["documents", "extract"])
def cli_run(request, documents_run, extract_run):
    return request.param, documents_run if request.param == "documents" else extract_run


def test_the_corpus_is_what_the_tests_expect(corpus):
    folder, expected = corpus
    on_disk = {p.name for p in folder.iterdir()}
    assert on_disk == set(expected)
    assert len(READ_FILES) >= 14 and len(skipped_names(expected)) >= 9
    assert (folder / "nested_divs.html").read_text("utf-8").count("<div>") == 5000
    assert (folder / "random.bin").read_bytes().count(0) >= 64
    assert (folder / "edges.txt").read_bytes().startswith(b"300") and \
        (folder / "edges.txt").read_bytes().endswith("52名".encode())
    with pytest.raises(UnicodeDecodeError):
        (folder / "gb18030.txt").read_bytes().decode("utf-8")
    with pytest.raises(UnicodeDecodeError):
        (folder / "big5.txt").read_bytes().decode("utf-8")


def test_cli_exits_3_with_one_line_per_skipped_file(corpus, cli_run):
    folder, expected = corpus
    _, (proc, table) = cli_run
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr and table is not None
    for name, outcome in expected.items():
        lines = lines_naming(proc, folder / name)
        skipped = [line for line in lines if line.endswith("(skipped)")]
        if outcome.outcome == SKIPPED:
            assert len(skipped) == 1, (name, lines)
            assert re.search(outcome.problem, skipped[0]), (name, skipped[0])
        else:
            assert skipped == [], (name, lines)
        if outcome.outcome == IGNORED:
            assert lines == [] and name not in proc.stderr, name
        if outcome.note:
            assert any(re.search(outcome.note, line) for line in lines), (name, lines)
    # every line is about one file, or the one-line summary that counts the skipped files
    others = [line for line in stderr_lines(proc) if not line.startswith(f"{folder}/")]
    assert len(others) == 1 and SUMMARY.match(others[0]), others
    assert f"{len(skipped_names(expected))} file(s) skipped" in others[0]


def test_nothing_is_lost_every_article_file_is_read_or_reported(corpus, documents_run):
    folder, expected = corpus
    proc, documents = documents_run
    read = set(documents["doc_id"])
    reported = {name for name in expected
                if any(line.endswith("(skipped)") for line in lines_naming(proc, folder / name))}
    assert read == {Path(name).stem for name in READ_FILES}
    assert reported == set(skipped_names(expected))
    visible = {p.name for p in folder.iterdir() if not p.name.startswith(".") and not p.is_dir()}
    assert {n for n in visible if Path(n).stem in read} | reported == visible
    assert set(documents["path"]) == set(READ_FILES)  # relative to the articles folder


@pytest.mark.parametrize("name", READ_FILES)
def test_a_readable_file_is_decoded_and_cleaned(corpus, documents_run, name):
    _, expected = corpus
    _, documents = documents_run
    row = documents.set_index("doc_id").loc[Path(name).stem]
    text = row["text"]
    assert text.strip() and row["region"] in REGIONS, (row["region"], text[:80])
    for wanted in expected[name].in_text:
        assert wanted in text, wanted
    for unwanted in expected[name].not_in_text:
        assert unwanted not in text, unwanted
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\ufeff\ufffd]", text)  # no NUL, CR, BOM, junk
    assert "\ufffd" not in str(row["title"])


@pytest.mark.parametrize("name", READ_FILES)
def test_a_readable_file_gives_its_figures(corpus, extract_run, name):
    _, expected = corpus
    _, metrics = extract_run
    rows = metrics[metrics["doc_id"] == Path(name).stem]
    found = {(m, v) for m, v in zip(rows["metric"], rows["value"])}
    for metric, value in expected[name].figures:
        assert (metric, value) in found, (metric, value, sorted(found))


def test_every_metric_row_traces_to_its_document(documents_run, extract_run):
    _, documents = documents_run
    _, metrics = extract_run
    texts = dict(zip(documents["doc_id"], documents["text"]))
    titles = dict(zip(documents["doc_id"], documents["title"]))
    assert set(metrics["doc_id"]) <= set(texts)
    for row in metrics.itertuples(index=False):
        text, title = texts[row.doc_id], titles[row.doc_id]
        title = title if isinstance(title, str) else None
        # a headline figure has negative offsets: its title stands before the text
        assert (0 <= row.start <= row.end <= len(text)) if row.start >= 0 else \
            (title and -len(title) - 1 <= row.start <= row.end < 0)
        assert spanned(text, title, row.start, row.end) == row.quote
        assert row.metric in METRIC_NAMES
        assert math.isfinite(row.value)
        assert row.value_high is None or pd.isna(row.value_high) or math.isfinite(row.value_high)


def test_absurd_numbers_give_no_absurd_values(extract_run):
    """A 30-digit number, 万万亿 and 10^22 亿 must not become figures that wreck a chart's scale;
    the real figure beside them is still read."""
    _, metrics = extract_run
    rows = metrics[metrics["doc_id"] == "absurd_numbers"]
    assert (rows["metric"] == "beds").sum() >= 1
    assert (rows["value"].abs() < 1e15).all(), rows[["metric", "value", "quote"]].to_string()


# --- exit codes a scheduler can act on ---------------------------------------------------------------

@pytest.fixture(scope="module")
def good_folder(corpus, tmp_path_factory) -> Path:
    """Only the readable files of the corpus."""
    folder, _ = corpus
    good = tmp_path_factory.mktemp("good") / "articles"
    good.mkdir()
    for name in READ_FILES:
        shutil.copyfile(folder / name, good / name)
    return good


@pytest.mark.parametrize("command", ["documents", "extract"])
def test_a_folder_of_good_files_exits_0_with_notes_only(good_folder, tmp_path, command):
    proc = run_cli(command, good_folder, "--out", tmp_path / "out.parquet")
    assert proc.returncode == 0, proc.stderr
    assert "(skipped)" not in proc.stderr and "Traceback" not in proc.stderr
    assert (tmp_path / "out.parquet").stat().st_size > 0
    assert stderr_lines(proc)[-1].startswith("wrote ")


@pytest.mark.parametrize("contents", ["empty folder", "only bad files", "no such folder",
                                      "one bad file"])
def test_nothing_usable_exits_1_with_one_error_line(corpus, tmp_path, contents):
    folder, _ = corpus
    target = tmp_path / "articles"
    if contents == "empty folder":
        target.mkdir()
    elif contents == "only bad files":
        target.mkdir()
        for name in ("empty.txt", "whitespace.txt", "random.bin", "image.png",
                     "markup_only.html"):
            shutil.copyfile(folder / name, target / name)
    elif contents == "one bad file":
        target = folder / "image.png"
    out = tmp_path / "out.csv"
    proc = run_cli("documents", target, "--out", out)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and not out.exists()
    errors = [line for line in stderr_lines(proc) if line.startswith("error: ")]
    assert len(errors) == 1 and str(target) in errors[0], proc.stderr
    assert all(line.endswith("(skipped)") for line in stderr_lines(proc) if line not in errors)


@pytest.mark.parametrize("args", [
    [], ["frobnicate"], ["documents"], ["extract", "{folder}"],
    ["extract", "{folder}", "--out", "{out}", "--jobs", "many"],
    ["documents", "{folder}", "--out", "{out}", "--unknown-flag"],
], ids=["no command", "unknown command", "no folder", "no --out", "bad --jobs", "unknown flag"])
def test_a_bad_command_line_exits_2(good_folder, tmp_path, args):
    args = [a.format(folder=good_folder, out=tmp_path / "out.csv") for a in args]
    proc = run_cli(*args)
    assert proc.returncode == 2, proc.stderr
    assert "usage:" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("args", [
    ["documents", "{folder}", "--out", "{tmp}/out.docx"],
    ["extract", "{folder}", "--out", "{tmp}/out"],
    ["report", "{folder}", "--out", "{tmp}/reports", "--since", "2023-99-99"],
], ids=["--out .docx", "--out without extension", "bad --since"])
def test_a_bad_option_value_is_a_bad_command_line(good_folder, tmp_path, args):
    """An output format or a date the program cannot use is a usage error: exit 2 (not 1, which
    says the input or the build failed), said before any article is read."""
    proc = run_cli(*[a.format(folder=good_folder, tmp=tmp_path) for a in args])
    assert proc.returncode == 2, proc.stderr
    assert "(note)" not in proc.stderr and "Traceback" not in proc.stderr  # nothing read first
    assert not (tmp_path / "reports").exists()


def test_a_report_of_only_bad_files_exits_1_and_writes_nothing(corpus, tmp_path):
    folder, _ = corpus
    bad = tmp_path / "articles"
    bad.mkdir()
    for name in ("empty.txt", "random.bin", "image.png"):
        shutil.copyfile(folder / name, bad / name)
    proc = run_cli("report", bad, "--out", tmp_path / "reports")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and stderr_lines(proc)[-1].startswith("error: ")
    assert not (tmp_path / "reports").exists()


def test_an_unwritable_output_exits_1_with_one_error_line(good_folder, tmp_path):
    """An output that cannot be written is a failure a scheduler sees as exit 1, said in one
    line, not a traceback."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    proc = run_cli("documents", good_folder, "--out", blocker / "out.csv")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    assert stderr_lines(proc)[-1].startswith("error: ") and str(blocker) in proc.stderr


# --- file names and folder entries that are hostile themselves ---------------------------------------

GOOD = "深圳市人民医院国际医疗部服务港澳居民\n目前该院现有床位500张，共有医生120名。\n"


def test_a_file_name_with_a_line_break_is_reported_on_one_line(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, "utf-8")
    (folder / "bad\nname.txt").write_bytes(b"")
    proc = run_cli("documents", folder, "--out", tmp_path / "out.csv")
    assert proc.returncode == 3, proc.stderr
    skipped = [line for line in stderr_lines(proc) if line.endswith("(skipped)")]
    assert len(skipped) == 1 and "bad" in skipped[0] and "name.txt" in skipped[0], proc.stderr
    assert all(line.startswith((f"{folder}/", "wrote ")) for line in stderr_lines(proc)), \
        proc.stderr


def test_an_xml_article_adds_no_warning_lines(tmp_path):
    """A saved RSS item is read like HTML, without a parser warning spilling over stderr."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss><channel><item><title>深圳医院</title>'
        "<description><p>深圳市人民医院现有床位500张，共有医生120名。</p></description>"
        "</item></channel></rss>\n", "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    proc = run_cli("documents", folder, "--out", tmp_path / "out.csv")
    assert proc.returncode == 3, proc.stderr
    assert all(line.startswith((f"{folder}/", "wrote ")) for line in stderr_lines(proc)), \
        proc.stderr


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse such names")
@pytest.mark.parametrize("command", ["documents", "extract"])
def test_a_file_name_that_is_not_utf8_does_not_crash_the_run(tmp_path, command):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, "utf-8")
    (folder / os.fsdecode(b"\xff\xfe-gbk-\xc9\xee.txt")).write_text(
        GOOD.replace("500", "700"), "utf-8")
    out = tmp_path / "out.parquet"
    proc = run_cli(command, folder, "--out", out)
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    assert proc.returncode in (0, 3) and out.exists(), proc.stderr
    table = pd.read_parquet(out)
    assert len(table) >= 1 and ("doc_id" in table)


# --- reports of the hostile folder ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_reports(corpus, tmp_path_factory):
    """The reports of the hostile folder, built once (notebooks and Chromium: slow)."""
    folder, _ = corpus
    out = tmp_path_factory.mktemp("hostile-reports") / "reports"
    problems: list = []
    result = build.build_reports(folder, out, problems=problems)
    return result, out, problems


@pytest.mark.slow
def test_the_reports_of_the_hostile_folder_are_built(corpus, hostile_reports):
    result, out, problems = hostile_reports
    assert result.reports[0] == "overview"
    assert {f"region-{regions.region_slug(r)}" for r in REGIONS} <= set(result.reports)
    skipped = skipped_names(corpus[1])
    assert result.articles == len(READ_FILES) and result.skipped == len(skipped)
    assert sorted(Path(p.path).name for p in problems if p.skipped) == skipped
    for name in result.reports:
        page = (out / f"{name}.html").read_text("utf-8")
        render.check_self_contained(page)
        assert "<script" not in page.lower()
        assert (out / f"{name}.pdf").read_bytes()[:5] == b"%PDF-"
    render.check_self_contained((out / "index.html").read_text("utf-8"))


@pytest.mark.slow
def test_the_hostile_pdf_renders_with_text(hostile_reports):
    _, out, _ = hostile_reports
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out / "overview.pdf"), "-"],
                          capture_output=True, text=True, check=True, timeout=120).stdout
    assert len(text) > 500
    assert "粤港澳大湾区跨境医疗" in text and "横琴医院" in text and "390张" in text


# What in a page could run or fetch something; the report's own CSS is a <style> without URLs.
_ACTIVE_DOM = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base', 'link', 'noscript',
         'form', 'svg'].includes(tag)) found.push('<' + tag + '>');
    if (tag === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh')
      found.push('<meta refresh>');
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase(), value = attr.value.trim().toLowerCase();
      if (name.startsWith('on')) found.push('<' + tag + ' ' + name + '>');
      // only data: URLs and links to the reports folder's own files (no scheme, no host)
      if (['src', 'href', 'action', 'formaction', 'data', 'poster', 'srcset', 'background',
           'xlink:href', 'ping', 'cite'].includes(name) && !value.startsWith('data:image/')
          && (value.includes(':') || value.startsWith('//') || value.startsWith('\\\\')))
        found.push('<' + tag + ' ' + name + '=' + value + '>');
    }
    if (tag === 'style' && /url\\(|@import/i.test(el.textContent)) found.push('<style url>');
  }
  return found;
}"""


def _visit(browser, page_path: Path) -> dict:
    """Open a page offline-ish: every request but the page itself is recorded and aborted; then
    fire the events inline handlers listen to (hover, focus, load, error) on every element, and look at what the page holds."""
    context, page, url, requests = recording_page(browser, page_path, java_script_enabled=True)
    dialogs: list[str] = []
    console: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
    page.goto(url, wait_until="load")
    page.wait_for_timeout(200)
    active = page.evaluate(_ACTIVE_DOM)
    page.evaluate("""() => { for (const el of document.querySelectorAll('body *')) {
        for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'load', 'error'])
          el.dispatchEvent(new Event(type, {bubbles: true})); } }""")
    page.wait_for_timeout(200)
    seen = {
        "requests": sorted(set(requests)), "dialogs": dialogs, "console": console,
        "active": active, "title": page.title(),
        "pwned": page.evaluate(f"() => typeof window.{PWNED_FLAG} !== 'undefined'"),
        "text": page.inner_text("body"),
        "images": page.eval_on_selector_all("img", "els => els.map(e => e.src.slice(0, 22))"),
    }
    context.close()
    return seen


@pytest.mark.slow
def test_the_browser_harness_sees_what_it_guards_against(browser, tmp_path):
    """The raw hostile article opened as a page (no policy, no escaping): the harness must see
    its requests, its dialog, its marker and its active elements, or its silence means nothing."""
    page = tmp_path / "raw.html"
    raw = dict(cases())["xss.html"][0].decode("utf-8")
    page.write_text(re.sub(r"<meta http-equiv=[^>]*>", "", raw), "utf-8")  # stay on the page
    seen = _visit(browser, page)
    assert any(HOSTILE_HOST in url for url in seen["requests"])
    assert seen["dialogs"] and seen["pwned"] and seen["title"] == PWNED_TITLE
    assert {"<script>", "<iframe>", "<img onerror>", "<p onclick>"} <= set(seen["active"])


@pytest.mark.slow
def test_no_article_script_runs_and_nothing_leaves_the_page(hostile_reports, browser):
    result, out, _ = hostile_reports
    for name in ["index", *result.reports]:
        seen = _visit(browser, out / f"{name}.html")
        assert seen["requests"] == [], (name, seen["requests"])
        assert seen["dialogs"] == [], (name, seen["dialogs"])
        assert not seen["pwned"] and seen["title"] != PWNED_TITLE, name
        assert seen["active"] == [], (name, seen["active"])
        assert [c for c in seen["console"] if c.startswith("error")] == [], (name, seen["console"])
        assert all(src.startswith("data:image/") for src in seen["images"]), name


@pytest.mark.slow
def test_article_markup_is_shown_as_text(hostile_reports, browser):
    """Markup that is article text (the title with <img onerror>, a quote with <script>) shows
    as the characters it is; markup that was the article's HTML shows nowhere."""
    _, out, _ = hostile_reports
    overview = _visit(browser, out / "overview.html")["text"]
    index = _visit(browser, out / "index.html")["text"]
    title = '<img src=x onerror="window.__pwned=1;alert(1)">江门<script>alert(1)</script>'
    assert title in overview and title in index
    assert "</script>江门市妇幼保健院现有床位390张" in overview
    assert "横琴医院现有床位400张" in overview
    assert f"http://{HOSTILE_HOST}/x.png" not in overview  # an attribute, never text


# --- the two big cases: one 50 MB article, 10,000 tiny ones, each written once ---------------------

_MEASURE = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(json.dumps({"returncode": proc.returncode, "seconds": time.perf_counter() - started,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  "stderr": proc.stderr[-3000:]}))
"""


def measured_extract(folder: Path, out: Path) -> dict:
    """``python -m analysis extract FOLDER --out OUT`` in a fresh wrapper process whose only
    children are that run: its exit code, wall time and peak RSS (the largest process, from
    ``getrusage(RUSAGE_CHILDREN).ru_maxrss``)."""
    env = dict(os.environ, ANALYSIS_PROGRESS="0")
    wrapper = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "analysis", "extract",
         str(folder), "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=CLI_TIMEOUT, check=True)
    figures = json.loads(wrapper.stdout)
    figures["peak_mib"] = figures["maxrss_kb"] * 1024 / 2**20
    return figures


def _say(what: str, figures: dict) -> None:
    print(f"\n{what}: exit {figures['returncode']}, {figures['seconds']:.1f} s, "
          f"peak RSS {figures['peak_mib']:.0f} MiB")


@pytest.fixture(scope="module")
def huge_article(tmp_path_factory) -> tuple[Path, int]:
    """A folder of one 50 MB newspaper article, written once for the reading and the extraction
    tests; with its number of marker paragraphs."""
    folder = tmp_path_factory.mktemp("huge") / "huge"
    return folder, write_huge_article(folder / "huge.txt", megabytes=50)


@pytest.fixture(scope="module")
def tiny_articles(tmp_path_factory) -> tuple[Path, int]:
    """A folder of 10,000 one-sentence articles (``write_tiny_articles``), written once."""
    folder, n = tmp_path_factory.mktemp("tiny") / "tiny", 10_000
    write_tiny_articles(folder, n)
    return folder, n


_HUGE_PROBE = """
import resource, sys
from analysis.ingest import read_document
doc, _ = read_document(sys.argv[1])
print(len(doc.text), doc.format,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


@pytest.mark.slow
def test_a_50_mb_article_reads_in_bounded_memory(huge_article):
    folder, _ = huge_article
    result = subprocess.run([sys.executable, "-c", _HUGE_PROBE, str(folder / "huge.txt")],
                            capture_output=True, text=True, check=True)
    length, fmt, peak = result.stdout.split()  # its time: benchmarks/run.py
    assert fmt == "newspaper" and int(length) > 15_000_000
    assert int(peak) < 1_500_000_000  # bytes; the file is 50 MB, its text 17 M characters


@pytest.mark.slow
def test_a_50_mb_article_is_read_whole_in_under_1_gib(huge_article, tmp_path):
    folder, markers = huge_article
    assert (folder / "huge.txt").stat().st_size >= 50_000_000
    out = tmp_path / "huge.parquet"
    figures = measured_extract(folder, out)
    _say("one 50 MB article", figures)
    assert figures["returncode"] == 0, figures["stderr"]
    metrics = pd.read_parquet(out, columns=["metric", "value", "quote"])
    print(f"  {len(metrics):,} metric rows")
    beds = metrics[(metrics["metric"] == "beds") & metrics["quote"].str.contains(HUGE_MARKER)]
    # every part of the article was read: each marker paragraph once, in order
    assert beds["value"].tolist() == [HUGE_BEDS + i % 5000 for i in range(markers)]
    assert beds["quote"].iloc[-1] in huge_paragraph(markers - 1)
    assert figures["maxrss_kb"] * 1024 < GIB, (
        f"peak RSS {figures['peak_mib']:.0f} MiB for {len(metrics):,} metric rows")


@pytest.mark.slow
def test_ten_thousand_tiny_articles(tiny_articles):
    folder, n = tiny_articles
    documents = read_documents(folder)
    assert len(documents) == n and documents[-1].text == "佛山市第一人民医院现有床位10999张。"


@pytest.mark.slow
def test_10000_tiny_articles_are_all_read_in_under_1_gib(tiny_articles, tmp_path):
    folder, n = tiny_articles
    out = tmp_path / "tiny.parquet"
    figures = measured_extract(folder, out)
    _say(f"{n:,} tiny articles", figures)
    assert figures["returncode"] == 0, figures["stderr"]
    assert figures["maxrss_kb"] * 1024 < GIB, figures
    metrics = pd.read_parquet(out, columns=["doc_id", "metric", "value", "quote"])
    assert len(metrics) == n and set(metrics["metric"]) == {"beds"}
    assert metrics["doc_id"].tolist() == [f"{i:06d}" for i in range(n)]
    assert metrics["value"].tolist() == [1000.0 + i for i in range(n)]
    assert metrics["quote"].iloc[-1] == tiny_article(n - 1).strip()


# --- round two (issue 18): data loss, leaks and crashes of ordinary builds ----------------------

SHENZHEN_ARTICLE = "深圳市人民医院国际医疗部服务港澳居民\n目前深圳市人民医院现有床位500张，共有医生120名。\n"
NO_CITY_ARTICLE = "某医院扩建工程完工\n该院现有床位300张，共有医生80名。\n"


def _articles(folder: Path, **files: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_bytes(content.encode("utf-8") if isinstance(content, str)
                                    else content)
    return folder


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("command", ["report", "refresh"])
@pytest.mark.parametrize("where", ["the articles folder", "inside the articles folder",
                                   "the folder holding the articles", "a folder of other files",
                                   "a file"])
def test_out_that_is_not_a_reports_folder_is_refused_with_exit_2(tmp_path, capsys, fake_render,
                                                                  command, where):
    """`report seeds --out seeds` replaced the articles by the reports; `--out ~` would swap
    away a home folder. Each is refused before anything is read, in one line, exit 2."""
    from analysis import cli

    seeds = _articles(tmp_path / "work" / "seeds", **{"a.txt": SHENZHEN_ARTICLE})
    other = _articles(tmp_path / "work" / "thesis", **{"chapter1.docx": b"mine"})
    (tmp_path / "work" / "notes.txt").write_text("mine", "utf-8")
    out = {"the articles folder": seeds, "inside the articles folder": seeds / "reports",
           "the folder holding the articles": tmp_path / "work",
           "a folder of other files": other, "a file": tmp_path / "work" / "notes.txt"}[where]
    before = _tree(tmp_path)
    code = cli.main([command, str(seeds), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert fake_render == [] and _tree(tmp_path) == before
    lines = stderr_lines(subprocess.CompletedProcess([], code, "", err))
    assert len(lines) == 1 and lines[0].startswith(f"error: {out}: "), lines


def test_out_that_is_empty_absent_or_built_before_is_accepted(tmp_path, fake_render):
    from analysis import outputs

    seeds = _articles(tmp_path / "seeds", **{"a.txt": SHENZHEN_ARTICLE})
    out = tmp_path / "reports"
    outputs.check_out_dir(seeds, out)  # absent
    out.mkdir()
    (out / ".gitkeep").touch()
    outputs.check_out_dir(seeds, out)  # empty but for .gitkeep (the repository's reports/)
    result = build.build_reports(seeds, out)
    assert (out / outputs.MARKER).is_file() and result.reports
    outputs.check_out_dir(seeds, out)  # built by the package
    (out / outputs.MARKER).unlink()
    outputs.check_out_dir(seeds, out)  # built before the marker: it has reports.json
    (out / render.ENTRIES).unlink()
    with pytest.raises(outputs.UnsafeOutputError, match="not a reports folder"):
        outputs.check_out_dir(seeds, out)


def test_a_failed_first_build_leaves_a_folder_the_next_build_may_replace(tmp_path, monkeypatch):
    """A refresh whose first build fails writes refresh.log (and maybe failed/) into the new
    reports folder: it is the package's, so the next run must not refuse it."""
    from analysis import outputs, refresh

    seeds = _articles(tmp_path / "seeds", **{"a.txt": SHENZHEN_ARTICLE})
    out = tmp_path / "reports"

    def broken(*args, **kwargs):
        raise render.ReportError("notebook overview.ipynb failed")

    monkeypatch.setattr(render, "render_report", broken)
    with pytest.raises(render.ReportError):
        refresh.refresh(seeds, out)
    assert (out / outputs.LOG).is_file()
    outputs.check_out_dir(seeds, out)


@pytest.mark.parametrize("target", ["/proc/self/environ", "/etc/passwd", "outside.txt"])
def test_a_link_out_of_the_articles_folder_is_skipped_in_one_line(tmp_path, target):
    """A link to /proc/self/environ put the environment into documents.csv; one to /etc/passwd
    put its lines into the HTML. Links that leave the folder are skipped, one line each."""
    from analysis.pipeline import read_documents

    if not Path(target).is_absolute():
        target = str(_articles(tmp_path, **{target: SHENZHEN_ARTICLE.replace("500", "501")})
                     / target)
    if not os.path.exists(target):
        pytest.skip(f"{target} does not exist here")
    seeds = _articles(tmp_path / "seeds", **{"good.txt": SHENZHEN_ARTICLE})
    (seeds / "link.txt").symlink_to(target)
    (seeds / "inside.txt").symlink_to("good.txt")  # a link within the folder is read
    problems: list = []
    documents = read_documents(seeds, problems=problems)
    assert [d.doc_id for d in documents] == ["good"]  # inside.txt has the same text
    skipped = [str(p) for p in problems if p.skipped]
    assert len(skipped) == 2, skipped
    assert any(re.match(re.escape(f"{seeds / 'link.txt'}: a link to {target}, ")
                        + r"(outside the articles folder|a system file)", s)
               for s in skipped), skipped
    assert "root:" not in str(documents) and "PATH=" not in str(documents)


def test_proc_and_sys_are_never_read_even_when_links_are_allowed(tmp_path, monkeypatch):
    from analysis.files import FOLLOW_LINKS_ENV
    from analysis.pipeline import read_documents

    monkeypatch.setenv(FOLLOW_LINKS_ENV, "1")
    seeds = _articles(tmp_path / "seeds", **{"good.txt": SHENZHEN_ARTICLE})
    outside = _articles(tmp_path / "elsewhere", **{"x.txt": NO_CITY_ARTICLE})
    (seeds / "environ.txt").symlink_to("/proc/self/environ")
    (seeds / "allowed.txt").symlink_to(outside / "x.txt")
    problems: list = []
    documents = read_documents(seeds, problems=problems)
    assert sorted(d.doc_id for d in documents) == ["allowed", "good"]
    assert [(Path(p.path).name, p.skipped) for p in problems] == [("environ.txt", True)]
    assert "/proc" in problems[0].message


def test_doc_ids_are_unique_when_stems_collide(tmp_path):
    """a.txt and a.md shared the doc_id `a`, so every figure was attributed to both."""
    from analysis.pipeline import load_documents, load_metrics

    seeds = _articles(tmp_path / "seeds", **{"a.txt": SHENZHEN_ARTICLE, "a.md": NO_CITY_ARTICLE,
                                             "b.txt": SHENZHEN_ARTICLE.replace("500", "600")})
    documents = load_documents(seeds)
    assert documents["doc_id"].tolist() == ["a.md", "a.txt", "b"]
    for jobs in (1, 2):
        metrics = load_metrics(seeds, jobs=jobs)
        beds = dict(zip(metrics.loc[metrics["metric"] == "beds", "doc_id"],
                        metrics.loc[metrics["metric"] == "beds", "value"]))
        assert beds == {"a.md": 300.0, "a.txt": 500.0, "b": 600.0}, jobs


@pytest.mark.parametrize("command", ["report", "refresh"])
def test_an_article_naming_no_city_beside_one_naming_a_city_builds(tmp_path, fake_render,
                                                                   command):
    """One article names a GBA city, another none: report and refresh crashed with
    ArrowTypeError (the missing region came through pandas as NaN)."""
    from analysis import refresh

    seeds = _articles(tmp_path / "seeds", **{"a.txt": SHENZHEN_ARTICLE, "b.txt": NO_CITY_ARTICLE})
    out = tmp_path / "reports"
    if command == "report":
        result = build.build_reports(seeds, out)
        assert result.articles == 2 and result.figures == 4
    else:
        result = refresh.refresh(seeds, out)
        assert result.articles == 2 and result.figures == 4
    metrics = pd.read_parquet(out / "data" / "metrics.parquet")
    assert sorted(zip(metrics["doc_id"], metrics["value"])) == [
        ("a", 120.0), ("a", 500.0), ("b", 80.0), ("b", 300.0)]


@pytest.mark.parametrize("command", ["documents", "extract"])
def test_a_folder_of_only_sub_folders_says_they_were_not_read(tmp_path, command):
    """Sub-folders are not read (README: "Input"); a folder holding only sub-folders said "no
    articles found" with no hint."""
    seeds = tmp_path / "seeds"
    _articles(seeds / "2023", **{"a.txt": SHENZHEN_ARTICLE})
    _articles(seeds / "2024", **{"b.txt": NO_CITY_ARTICLE})
    proc = run_cli(command, seeds, "--out", tmp_path / "out.csv")
    assert proc.returncode == 1, proc.stderr
    assert stderr_lines(proc) == [
        f"{seeds}/2023: a sub-folder: not read (note)",
        f"{seeds}/2024: a sub-folder: not read (note)",
        (f"error: {seeds}: no articles found; 2 sub-folder(s) not read: articles are read from "
         "the folder itself, not from its sub-folders")], proc.stderr


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse such names")
def test_a_file_name_that_is_not_utf8_builds_and_refreshes(tmp_path, fake_render):
    """`x\\xff.txt` made `report` fail after rendering everything (the manifest could not be
    written), and every later refresh failed."""
    from analysis import outputs, refresh

    seeds = _articles(tmp_path / "seeds", **{"good.txt": SHENZHEN_ARTICLE})
    odd = seeds / os.fsdecode(b"x\xff.txt")
    odd.write_text(SHENZHEN_ARTICLE.replace("深圳", "珠海"), "utf-8")
    out = tmp_path / "reports"
    result = build.build_reports(seeds, out)
    assert result.articles == 2
    assert refresh.refresh(seeds, out).up_to_date
    odd.write_text(SHENZHEN_ARTICLE.replace("深圳", "珠海").replace("500", "510"), "utf-8")
    result = refresh.refresh(seeds, out)
    assert not result.up_to_date and "x\\xff.txt" in " ".join(result.changed), result.changed
    assert "ok changed=\"articles ~1(x" in (out / outputs.LOG).read_text("utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_counts_the_documents_read_not_those_with_figures(tmp_path, jobs):
    """"wrote 0 metric values from 0 documents" when one article was read and had no figures."""
    seeds = _articles(tmp_path / "seeds", **{"a.txt": "深圳市人民医院举行义诊活动，市民踊跃参加。\n",
                                             "b.txt": SHENZHEN_ARTICLE, "c.txt": ""})
    proc = run_cli("extract", seeds, "--out", tmp_path / "out.csv", "--jobs", jobs)
    assert proc.returncode == 3, proc.stderr
    assert stderr_lines(proc)[-1].startswith(
        f"wrote 2 metric values from 2 documents to {tmp_path / 'out.csv'}; 1 file(s) skipped")


def _tiny_frame(beds: float) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["a"], "metric": ["beds"], "value": [beds]})


def test_two_runs_writing_one_out_each_write_a_temporary_file_of_their_own(tmp_path):
    """Two `extract` runs writing the same --out shared one temporary name: one said "wrote …"
    with exit 0 while the file held the other run's rows."""
    from analysis import frames
    from analysis.metrics import metrics_table

    out = tmp_path / "metrics.csv"

    def tables():
        frames.write_table(_tiny_frame(2.0), out)  # another run, finishing in the middle of this
        row = dict.fromkeys(frames.METRIC_SCHEMA.names)
        row.update(doc_id="a", metric="beds", value=1.0, unit="张", quote="q", start=0, end=1)
        yield metrics_table([row])

    frames.write_tables(tables(), out)
    assert pd.read_csv(out)["value"].tolist() == [1.0]  # the last to finish, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["metrics.csv"]


def test_the_swap_of_the_output_is_checked(tmp_path, monkeypatch):
    from analysis import frames
    from analysis.errors import AnalysisError

    out = tmp_path / "documents.csv"
    real_replace = Path.replace

    def replaced_by_another_run(self, target):
        result = real_replace(self, target)
        other = tmp_path / ".other.tmp"
        other.write_text("doc_id\nother\n", "utf-8")
        os.replace(other, target)
        return result

    monkeypatch.setattr(Path, "replace", replaced_by_another_run)
    with pytest.raises(AnalysisError, match=r"documents.csv: replaced by another run"):
        frames.write_table(_tiny_frame(1.0), out)


def test_temporary_files_of_killed_runs_are_removed_by_the_next(tmp_path):
    from analysis import frames

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = tmp_path / f".metrics.csv.{dead}-0123abcd.tmp"
    running = tmp_path / f".metrics.csv.{os.getppid()}-0123abcd.tmp"  # a run still going
    other = tmp_path / f".other.csv.{dead}-0123abcd.tmp"
    for path in (stale, running, other):
        path.write_text("half")
    frames.write_table(_tiny_frame(1.0), tmp_path / "metrics.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["metrics.csv", running.name, other.name])
