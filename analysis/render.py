"""Writing the reports folder: one notebook executed (papermill) and rendered to a self-contained
HTML page (nbconvert) and a PDF (headless Chromium); the data tables; the index page; and the
swap of a fully built folder in place of the old one.

Each piece is callable alone, so an incremental refresh can re-render one report into a staging
folder and swap it in the same way ``report.build_reports`` does for all of them.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analysis import kernels, printer
from analysis.errors import NotebookError, ReportError
from analysis.export import write_exports
from analysis.facts import link_facts
from analysis.frames import write_table
from analysis.outputs import claim
from analysis.vocabulary import data_dictionary

if TYPE_CHECKING:  # imported where used: a report's kernel imports this module, not nbformat
    import nbformat

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
TEMPLATES = Path(__file__).resolve().parent / "templates"
KERNEL = kernels.KERNEL
KERNEL_START_TIMEOUT = 120
CELL_TIMEOUT = 600
PDF_TIMEOUT = 180
STOP_WAIT = 1.5  # seconds a stopping build gives its threads to finish a write
TEXT_LIMIT = 32_000  # article text kept in data/documents.* (a spreadsheet cell's limit)
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
ENTRIES = "reports.json"
# The logger a refresh tells of each report as it finishes (the command line shows it on
# stderr: the same line as `report` prints)
PROGRESS_LOGGER = "analysis.progress"


@dataclass(frozen=True)
class ReportSpec:
    """One report: its file name (without extension), notebook, title and papermill parameters."""

    name: str
    notebook: str
    title: str
    parameters: dict[str, object] = field(default_factory=dict)


# --- one report --------------------------------------------------------------------------------

def execute_notebook(notebook: Path, parameters: dict[str, object], output: Path,
                     failed_dir: Path | None = None) -> nbformat.NotebookNode:
    """Run ``notebook`` with ``parameters`` in the python3 kernel, saving it to ``output``; on an
    error copy the executed notebook to ``failed_dir`` and raise ``NotebookError``. Within
    ``kernels.reused()`` (as ``render_reports`` does) it runs in this thread's kept kernel,
    else in a new one."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    options = {"progress_bar": False, "log_output": False,
               "request_save_on_cell_execute": False, "start_timeout": KERNEL_START_TIMEOUT,
               "execution_timeout": CELL_TIMEOUT}
    pool = kernels.current()
    try:
        if pool is not None:
            return pool.for_this_thread().execute(notebook, parameters, output, **options)
        return papermill.execute_notebook(
            str(notebook), str(output), parameters=parameters, kernel_name=KERNEL,
            cwd=str(notebook.parent), extra_arguments=list(kernels.KERNEL_ARGUMENTS), **options)
    except PapermillExecutionError as exc:  # the kernel is fine: the next notebook resets it
        kept = _keep_failed(output, failed_dir)
        source = nbformat.read(notebook, as_version=4)
        index = next((i for i, c in enumerate(source.cells) if c.source == exc.source),
                     exc.cell_index)
        raise NotebookError(notebook.name, index, exc.source, exc.ename, exc.evalue,
                            kept) from None
    except Exception as exc:  # kernel died, timed out or could not start
        if _stopped():  # killed by the build stopping: nothing to keep
            raise ReportError(f"notebook {notebook.name} stopped with the build") from exc
        if pool is not None:
            pool.discard()
        kept = _keep_failed(output, failed_dir)
        lines = str(exc).strip().splitlines()
        reason = f"{type(exc).__name__}: {lines[-1]}" if lines else type(exc).__name__
        where = f"; executed notebook kept at {kept}" if kept else ""
        raise ReportError(f"notebook {notebook.name} could not run: {reason}{where}; "
                          "previous reports kept") from exc


def _keep_failed(output: Path, failed_dir: Path | None) -> Path | None:
    if failed_dir is None or not output.exists():
        return None
    claim(failed_dir.parent)  # the reports folder: a later build may replace it
    failed_dir.mkdir(parents=True, exist_ok=True)
    kept = failed_dir / output.name
    shutil.copyfile(output, kept)
    return kept


def notebook_to_html(notebook: nbformat.NotebookNode, title: str) -> str:
    """An executed notebook as one self-contained page: outputs only (no code, no stderr), the
    package's CSS inline, a strict Content-Security-Policy, and no script or external URL."""
    import nbformat

    notebook = nbformat.from_dict(notebook)
    for number, cell in enumerate(notebook.cells):
        cell.id = f"c{number}"  # papermill's parameters cell has a random id: same page each time
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs
                            if not (o.output_type == "stream" and o.name == "stderr")]
    page, _ = _exporter().from_notebook_node(notebook, resources={"metadata": {"name": title},
                                                                 "csp": CSP})
    check_self_contained(page)
    return page


def _exporter():
    """nbconvert's HTML exporter with the report template, less its last pass: a
    BeautifulSoup parse of the whole page to give images without alt text a placeholder and
    outputs a tabindex (every chart here has its title as alt text; the pass took 4 s on the
    overview of 1,000 articles)."""
    from nbconvert import HTMLExporter, TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class Exporter(HTMLExporter):
        def from_notebook_node(self, nb, resources=None, **kw):
            language = nb.metadata.get("language_info", {})
            self.register_filter("highlight_code", Highlight2HTML(
                pygments_lexer=language.get("pygments_lexer", language.get("name")),
                parent=self))
            resources = self._init_resources(resources)
            self.register_filter("filter_data_type", WidgetsDataTypeFilter(
                notebook_metadata=self._nb_metadata, parent=self, resources=resources))
            return TemplateExporter.from_notebook_node(self, nb, resources, **kw)

    return Exporter(template_name="lab", template_file=str(TEMPLATES / "report.html.j2"),
                    exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
                    exclude_anchor_links=True)


_ACTIVE_TAGS = frozenset({"script", "link", "iframe", "object", "embed", "frame", "base",
                          "applet"})
_URL_ATTRIBUTES = frozenset({"src", "srcset", "poster", "data", "background", "action",
                             "formaction"})


class _Scanner(HTMLParser):
    """Every tag and attribute of a page as the standard library's parser reads it (an
    attribute written twice counts twice: a browser uses the first; all are checked), and its
    CSS: the text of style elements and the values of attributes (style="…", SVG's
    fill="url(…)"), never text of the page, which may be about url( or @import."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.css: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _ACTIVE_TAGS:
            self.found.append(f"<{tag}>")
        self._in_style = tag == "style"
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            elif name in _URL_ATTRIBUTES and not value.startswith("data:"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if value:
                self.css.append(value)

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.css.append(data)


def _active_parts(page: str) -> list[str]:
    """Every tag or attribute of a page that would load or run something: a script, frame or
    link element, an on* handler, a URL that is not a data: URL, a CSS url(…) or @import."""
    scanner = _Scanner()
    scanner.feed(page)
    scanner.close()
    css_urls = [u for part in scanner.css for u in part.split("url(")[1:]
                if not u.lstrip("'\" ").startswith("data:")]
    return scanner.found + (["url(…) in CSS"] if css_urls else []) + (
        ["@import"] if any("@import" in part for part in scanner.css) else [])


def check_self_contained(page: str) -> None:
    """Raise ``ReportError`` if the page has a script, a frame, an event handler or a resource
    that is not a data: URL (the Content-Security-Policy would block them; none should exist).
    One pass of the standard library's HTML parser over all tags and attributes."""
    found = _active_parts(page)
    if found:
        raise ReportError(f"rendered page is not self-contained: {', '.join(found[:5])}")


def chromium_path() -> str:
    """Debian's Chromium (or chromium-browser); a clear error when it is not installed."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise ReportError("chromium not found; install it (make install runs "
                          "scripts/system-deps.sh)")
    return found


def _run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run a command in its own process group; on timeout kill the whole group (Chromium forks)."""
    with subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, start_new_session=True) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise ReportError(f"{Path(command[0]).name} timed out after {timeout:.0f}s") from None
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def html_to_pdf(page: Path, pdf: Path, timeout: float = PDF_TIMEOUT) -> Path:
    """Print an HTML file to PDF with headless Chromium (fresh profile, no network services),
    with the fonts embedded and a bookmark outline of the headings; check that a PDF came out.
    Within ``printer.kept()`` (as ``render_reports`` does) the build's one Chromium prints it;
    else, or when that one fails, a Chromium started for this PDF."""
    pdf.unlink(missing_ok=True)
    shared = printer.current()
    if shared is not None and shared.print_pdf(page, pdf, timeout):
        return pdf
    if _stopped():
        raise ReportError(f"{page.name} not printed: the build stopped")
    with tempfile.TemporaryDirectory(prefix="gba-chromium-") as profile:
        command = [chromium_path(), *printer.CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                   "--no-pdf-header-footer", "--generate-pdf-document-outline",
                   f"--print-to-pdf={pdf}", page.resolve().as_uri()]
        result = _run(command, timeout)
    if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
        tail = " | ".join(result.stderr.strip().splitlines()[-3:])
        raise ReportError(f"chromium wrote no PDF for {page.name} "
                          f"(exit {result.returncode}): {tail}")
    return pdf


def render_report(spec: ReportSpec, folder: Path, seeds_dir: Path, data_dir: Path | None = None,
                  failed_dir: Path | None = None,
                  notebooks: Path | None = None) -> tuple[Path, Path]:
    """Execute the spec's notebook (from ``notebooks``, default ``NOTEBOOKS``) and write
    ``<name>.html`` and ``<name>.pdf`` into ``folder``."""
    parameters = {"seeds_dir": str(seeds_dir), "data_dir": str(data_dir) if data_dir else None,
                  **spec.parameters}
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gba-notebook-") as work:
        executed = execute_notebook((notebooks or NOTEBOOKS) / f"{spec.notebook}.ipynb",
                                    parameters, Path(work) / f"{spec.name}.ipynb", failed_dir)
        page = folder / f"{spec.name}.html"
        text = notebook_to_html(executed, spec.title)
        page.write_text(text, encoding="utf-8")
        printed = Path(work) / f"{spec.name}.html"
        printed.write_text(print_version(text), encoding="utf-8")
        return page, html_to_pdf(printed, folder / f"{spec.name}.pdf")


_SCREEN_ONLY_ROW = re.compile(r'<tr\b([^>]*?)\s*\bclass="screen-only"([^>]*)>(.*?</tr>)', re.DOTALL)
_ROW_ID = re.compile(r'\bid="([^"]*)"')
_LINK_TARGET = re.compile(r'\bhref="#([^"]*)"')


def print_version(page: str) -> str:
    """The page Chromium prints: without the table rows shown on screen only (the PDF carries
    the top of long tables), so a page of 100,000 rows is not laid out just to hide them; but
    with every row a link of the page points to (the articles behind the first page's
    figures), so that each link of the PDF leads to its row in the PDF."""
    linked = set(_LINK_TARGET.findall(page))

    def printed(row: re.Match[str]) -> str:
        attributes = row.group(1) + row.group(2)
        found = _ROW_ID.search(attributes)
        return f"<tr{attributes}>{row.group(3)}" if found and found.group(1) in linked else ""

    return _SCREEN_ONLY_ROW.sub(printed, page)


def default_jobs() -> int:
    """Reports built at once by default: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


def render_reports(specs: list[ReportSpec], folder: Path, seeds_dir: Path,
                   data_dir: Path | None = None, failed_dir: Path | None = None,
                   notebooks: Path | None = None, jobs: int | None = None,
                   progress: Callable[[str], None] | None = None) -> None:
    """``render_report`` for every spec, ``jobs`` at a time (threads waiting on a kernel each,
    kept across their reports, and on one Chromium for all the PDFs); ``progress`` gets one line
    per report as it finishes. The first failure is raised once the reports already running
    have stopped; none is started after."""
    jobs = max(1, min(jobs or default_jobs(), len(specs) or 1))
    started = time.perf_counter()
    counter = itertools.count(1)
    todo, taking = iter(specs), threading.Lock()
    failures: list[BaseException] = []

    def one(spec: ReportSpec) -> None:
        began = time.perf_counter()
        _, pdf = render_report(spec, folder, seeds_dir, data_dir, failed_dir, notebooks)
        if progress is not None:
            progress(f"[{next(counter)}/{len(specs)}] {spec.name}: {pdf_pages(pdf)} pages, "
                     f"{pdf.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - began:.1f}s "
                     f"({time.perf_counter() - started:.1f}s since start)")

    stopping = threading.Event()

    def worker() -> None:
        _worker.stopping = stopping
        while not failures and not stopping.is_set():
            with taking:
                spec = next(todo, None)
            if spec is None:
                return
            try:
                one(spec)
            except BaseException as exc:  # noqa: BLE001 - raised again in the main thread
                failures.append(exc)

    # daemon threads: a SIGTERM (raised in the main thread while it waits) ends the build at
    # once instead of waiting for the reports still rendering
    threads = [threading.Thread(target=worker, name=f"report-{i}", daemon=True)
               for i in range(jobs)]
    try:
        # one kernel per thread and one Chromium, kept across reports and ended with the block
        with kernels.reused(notebooks or NOTEBOOKS), printer.kept(chromium_path):
            try:
                for thread in threads:
                    thread.start()
                for thread in threads:
                    while thread.is_alive():
                        thread.join(0.2)
            except BaseException:
                stopping.set()  # before the kernels and Chromium are killed: see _stopped
                raise
    except BaseException:
        # Their kernels and Chromium are gone: a thread past its notebook may still write the
        # page or the PDF for a moment; one still in it writes nothing more (see _stopped).
        deadline = time.monotonic() + STOP_WAIT
        for thread in threads:
            if thread.ident is not None:
                thread.join(max(0.0, deadline - time.monotonic()))
        raise  # and then the stage is removed, nothing writing into it any more
    if failures:
        raise failures[0]


_worker = threading.local()  # the stop event of the render_reports running in this thread


def _stopped() -> bool:
    """Whether the build rendering in this thread is stopping (SIGTERM): then no Chromium is
    started in place of the kept one and no failed notebook is kept."""
    stopping = getattr(_worker, "stopping", None)
    return stopping is not None and stopping.is_set()


def pdf_pages(pdf: Path) -> int:
    """The page count of a PDF written by Chromium (its page tree's ``/Count``)."""
    counts = re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b",
                        pdf.read_bytes())
    return max((int(a or b) for a, b in counts), default=0)


# --- the rest of the folder --------------------------------------------------------------------

def write_data(documents: pd.DataFrame, metrics: pd.DataFrame, folder: Path,
               built_at: datetime | None = None, previous: Path | None = None,
               facts: pd.DataFrame | None = None) -> Path:
    """Write documents, metrics (CSV and Parquet), the data dictionary (CSV) and the analysts'
    tables (``analysis.export``: mentions, ``facts`` (when None, ``analysis.facts.link_facts``),
    workbook, DuckDB file with its history, which goes on from ``previous``, the data folder
    being replaced) into ``folder``; article text longer than ``TEXT_LIMIT`` characters is cut
    there."""
    metrics, linked = link_facts(documents, metrics)  # entities canonical across the corpus
    documents = documents.assign(text=documents["text"].map(
        lambda t: t[:TEXT_LIMIT] if isinstance(t, str) else t))
    for name, table in (("documents", documents), ("metrics", metrics)):
        write_table(table, folder / f"{name}.csv")
        write_table(table, folder / f"{name}.parquet")
    write_table(data_dictionary(), folder / "data_dictionary.csv")
    write_exports(folder, documents, metrics, linked if facts is None else facts,
                  built_at=built_at, previous=previous)
    return folder


def read_entries(folder: Path) -> list[dict[str, object]]:
    """The reports listed in a folder's ``reports.json`` (empty when there is none)."""
    path = folder / ENTRIES
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


def merge_entries(previous: Iterable[dict[str, object]], built: Iterable[ReportSpec],
                  built_at: datetime) -> list[dict[str, object]]:
    """Index entries: the previous ones, replaced or joined by the reports just built."""
    entries = {e["name"]: e for e in previous}
    for spec in built:
        entries[spec.name] = {**asdict(spec), "built": built_at.isoformat(timespec="seconds")}
    return sorted(entries.values(), key=lambda e: (e["name"] != "overview", e["name"]))


def write_index(folder: Path, entries: list[dict[str, object]], articles: pd.DataFrame,
                built_at: datetime, whats_new: str = "") -> Path:
    """Write ``index.html`` (every report with its HTML and PDF, the build time, the articles
    covered, and ``whats_new``: an already escaped HTML fragment from a refresh) and
    ``reports.json`` (the entries, for later partial builds)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    environment = Environment(loader=FileSystemLoader(TEMPLATES),
                              autoescape=select_autoescape(default=True, default_for_string=True))
    page = environment.get_template("index.html.j2").render(
        entries=entries, articles=articles, built_at=built_at.strftime("%Y-%m-%d %H:%M %Z"),
        csp=CSP, whats_new=whats_new)
    check_self_contained(page)
    (folder / "index.html").write_text(page, encoding="utf-8")
    (folder / ENTRIES).write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n",
                                  encoding="utf-8")
    return folder / "index.html"
