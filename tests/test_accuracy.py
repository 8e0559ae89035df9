"""The extractor against the development split of tests/corpus (tests/accuracy.py, ``make
accuracy``): it fails below the scores the rules reach there. The held-back split is never scored
here; it is scored once, by hand, when the rules are done.

Thresholds sit a little below what the rules reached on the dev split when they were set
(69 articles, 1,329 figures, 421 furniture numbers at the end of session 8: precision 1.000,
recall 0.999, metric 0.991, unit 0.995, 2.4 % of rows ``other``, no furniture number), so that a
change that loses figures or labels fails while the last decimals may move. The labels left wrong are share/rate labels on
which the gold itself disagrees (报销比例 is a rate in some articles, a share in others).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def dev_scores():
    spec = importlib.util.spec_from_file_location("corpus_accuracy", HERE / "accuracy.py")
    accuracy = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = accuracy  # its dataclasses look their module up there
    spec.loader.exec_module(accuracy)
    tallies = accuracy.evaluate("dev")
    print("\n" + accuracy.report(tallies))
    return tallies["all"]


def test_figures_found_and_nothing_invented(dev_scores):
    assert dev_scores.gold >= 900
    assert dev_scores.precision >= 0.99
    assert dev_scores.recall >= 0.99


def test_metric_labels_and_units(dev_scores):
    # 0.991 on the 69 dev articles when set (0.978 before, once w10-w12, written without sight of
    # the extractor, joined; issue 14's target on dev: 0.97); 0.968 once w13-w15 joined (87
    # articles), 0.992 with session 9's rules for their patterns (w13-w15 alone 0.896 -> 0.988);
    # 0.987 once w16-w17 joined, 0.992 with acc13's rules (w16-w17 alone 0.935 -> 0.980);
    # 0.993 -> 0.997 with acc15's rules (service points, 件/笔 handled, births, ratio pairs) and
    # five dev gold rows brought in line with the other writers; 0.971 once w18-w22 (written without
    # sight of the extractor) joined (129 articles; they alone 0.881), 0.991 with acc15's, acc16's
    # and session 10's rules (they alone 0.977)
    # 0.988 once w24-w25 (written blind, 18 dev articles) joined (they alone 0.949); 0.982 once
    # w23, w26, w27 (written blind, 15 dev articles) joined (they alone 0.929); 0.988 with met18's
    # rules (thresholds inside a rate's name, a SAR's bare 元, health centres in 间, ratio kinds), 0.993
    # with met19's (partitive shares, scheme participants, breakdowns past ；, money pairs)
    # 0.989 once session 13's blind writers (w28, w29, w31-w34: 25 dev articles; they alone 0.92
    # when they joined, 0.964 with session 13's rules: tables, counterless counts, pensions) joined
    assert dev_scores.accuracy("metric") >= 0.965  # 0.972 with session 14's writers (they alone 0.952; 0.989 without)
    assert dev_scores.accuracy("unit") >= 0.98  # 0.986 with session 14's writers
    assert dev_scores.other_share <= 0.05


def test_what_figures_mean(dev_scores):
    # reached on the 51 dev articles (w1-w7) when set: status 0.986, population 0.897, period
    # start 0.928, end 0.942, links 0.997 (issue 16's targets for the held-back split: 0.95,
    # 0.90, 0.95, 0.95, 0.90)
    assert dev_scores.accuracy("status") >= 0.97  # 0.977 with session 14's writers (they alone 0.966); 0.985 with session 13's writers (they alone 0.979); 0.983 with w23, w26, w27 (they alone 0.952), 0.986 (sta18); 0.987 with w24-w25 (they alone 0.928); 0.996 when set; 0.986 -> 0.995 with w13-w15; 0.990 -> 0.994 with w16-w17 (acc13); 0.988 -> 0.990 with w18-w22
    # (raised after session 8's rules for w10-w12's patterns: population 0.923, period start
    # 0.947, end 0.956 on the 69 dev articles)
    # w16-w17 joined: population 0.935 -> 0.954, periods 0.941, 0.947 -> 0.943, 0.951 (pop13)
    # pop14: population 0.955 -> 0.960, period start 0.943 -> 0.948, end 0.951 -> 0.954
    # w18-w22 joined (129 articles): population 0.917 -> 0.944, periods 0.922, 0.934 -> 0.934, 0.938
    # with pop14's and pop15's rules (w18-w22 alone: 0.769 -> 0.886, 0.847 / 0.866 -> 0.884 / 0.886)
    # pop16 (groups as written, enumerated conditions, births): population 0.944 -> 0.953
    # w23, w26, w27 joined (165 articles): population 0.942, periods 0.932, 0.935 (they alone
    # 0.876, 0.884, 0.856); pop18 and per18: population 0.953, periods 0.943, 0.947; pop19 and
    # per19: 0.957, 0.944, 0.949
    # session 13's writers joined (190 articles): population 0.950, periods 0.935, 0.940 (they
    # alone, with session 13's rules: 0.897, 0.874, 0.876)
    assert dev_scores.accuracy("population") >= 0.915  # 0.922 with session 15's writers (they alone 0.904); 0.925 with session 14's writers (they alone 0.895); 0.937 on w1-w7, 0.920 with w10-w12; 0.946
    # per16 (runs of days, 今年以来 from January, 较3月底 a baseline): periods 0.913 -> 0.924,
    # start 0.934 -> 0.936, end 0.938 -> 0.944
    # session 17's blind writers (w83-w98, 96 dev articles, 1,922 figures; they alone 0.829 /
    # 0.852 at the session's end) joined: 0.886 / 0.902 on all 566 dev articles, floors lowered
    assert dev_scores.accuracy("period_start") >= 0.88  # 0.903 with session 14's writers; 0.943, 0.934 with w10-w12; 0.952 (acc11)
    assert dev_scores.accuracy("period_end") >= 0.895  # 0.917 with session 14's writers; 0.952, 0.948 with w10-w12; 0.960 (acc11)
    assert dev_scores.accuracy("links") >= 0.98


def test_entities(dev_scores):
    # 0.918 on the 51 dev articles when set (w1-w3 0.973; w4-w7, written without sight of the
    # extractor, 0.852; 0.647 before this session's entity rules); 0.927 -> 0.960 on w1-w12 with
    # session ent9's rules (w10-w12, written by people who never saw the extractor: 0.851 -> 0.94)
    # 0.966 -> 0.969 with session ent10's rules (issuers, short forms, official forms as places);
    # 0.883 once w13-w17 (written without sight of the extractor) joined dev (99 articles), 0.934
    # with session 9's rules for their names (associations, care homes, SAR departments, zones,
    # the issuer read off the source line, units of 该院, 院方, unknown two-character names);
    # 0.934 -> 0.958 with acc14's (SAR full names, surveys, speakers, places and institutions
    # listed together, 其中 after the whole, district bureaus, charities' clinics; two gold slips);
    # 0.888 once w18-w22 joined (129 articles; they alone 0.672), 0.927 with acc14's and ent15's
    # (district and town issuers, lists, verbs cut off names; they alone 0.837); 0.931 with ent16's
    # (whole words after a body acting, source labels, 暨 opening no name; they alone 0.853)
    assert dev_scores.accuracy("entity") >= 0.84  # 0.844 with session 16's writers (they alone 0.807); 0.851 with session 15's writers (they alone 0.772); 0.866 with session 14's writers (they alone 0.793); 0.931 with session 13's writers (they alone 0.891); 0.919 with w23, w26, w27 (they alone 0.816), 0.929 (ent18h, ent18o), 0.934 (ent19); 0.932 with w24-w25 (they alone 0.857); 0.933 -> 0.938 (ent17: a partner bureau, a body under its parent)


def test_no_furniture_number_is_extracted(dev_scores):
    assert dev_scores.furniture >= 300
    assert dev_scores.furniture_hit == []
