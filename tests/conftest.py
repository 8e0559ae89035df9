"""Shared fixtures: the seed folder, the seeds read once, and a writer of article files."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


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
    from analysis.ingest import read_documents

    return {doc.doc_id[:3]: doc for doc in read_documents(SEEDS)}
