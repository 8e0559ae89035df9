"""Headless Chromium for the report tests: pages whose every outside request is recorded."""

from __future__ import annotations

from pathlib import Path


def recording_page(browser, page_path: Path, **options):
    """A new page (in its own context, made with ``options``) for ``page_path``: every request
    but the page itself is recorded in the returned list and aborted. Returns
    (context, page, url, requests); close the context when done."""
    context = browser.new_context(**options)
    url = page_path.resolve().as_uri()
    requests: list[str] = []

    def route(r):
        if r.request.url == url:
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("request", lambda r: None if r.url == url or r.url.startswith("data:")
            else requests.append(r.url))
    return context, page, url, requests
