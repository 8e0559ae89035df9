"""The data dictionary: one documented name per metric, and the README's table in step with it."""

from __future__ import annotations

from pathlib import Path

from analysis.metrics import RULES
from analysis.vocabulary import METRIC_NAMES, METRICS, data_dictionary

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_rule_labels_with_a_documented_metric():
    assert {rule.metric for rule in RULES} <= METRIC_NAMES
    assert "other" in METRIC_NAMES


def test_data_dictionary_frame_has_one_row_per_metric():
    table = data_dictionary()
    assert list(table.columns) == ["metric", "label_zh", "label_en", "unit", "description"]
    assert len(table) == len(METRICS) == table["metric"].nunique()
    assert table["description"].str.len().min() > 10


def test_readme_documents_every_metric():
    text = README.read_text(encoding="utf-8")
    for metric in METRICS:
        assert f"| `{metric.name}` | {metric.label_zh} |" in text, metric.name
