"""Tables: a figure in a cell is read with its row's label and its column's header."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from analysis.metrics import document_metrics
from analysis.tables import Tables
from analysis.text import html_to_text

MARKDOWN = ("## 分城市情况\n"
            "| 城市 | 指定医疗机构（家） | 今年1—9月使用（人次） |\n"
            "| --- | --- | --- |\n"
            "| 深圳 | 23 | 6,420 |\n"
            "| 其余6市 | 17 | 2,260 |\n")
HTML = ("<p>佛山市第一人民医院2025年主要业务指标</p><table>"
        "<tr><th>指标</th><th>2025年</th><th>2024年</th><th>同比变化</th></tr>"
        "<tr><td>门急诊人次（万人次）</td><td>412.36</td><td>389.05</td><td>+5.99%</td></tr>"
        "<tr><td>平均住院日（天）</td><td>6.48</td><td>6.85</td><td>-0.37天</td></tr>"
        "<tr><td>床位使用率（%）</td><td>92.4</td><td>91.1</td><td>+1.3个百分点</td></tr></table>")


def _rows(text: str, published: date = date(2025, 10, 14)) -> list[tuple]:
    doc = SimpleNamespace(doc_id="t", text=text, published=published, region=None, title=None)
    return [(r["value"], r["unit"], r["metric"], r["period"], r["status"], r["entity"])
            for r in document_metrics(doc)]


def _traditional(text: str) -> str:
    opencc = pytest.importorskip("opencc")
    return opencc.OpenCC("s2hk").convert(text)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_markdown_table_s_cells_are_read_with_their_row_and_column(script):
    # the header names what is counted and its unit in brackets (家, 人次), the row its place;
    # a number in a row's label (其余6市) is no figure
    text = MARKDOWN if script == "simplified" else _traditional(MARKDOWN)
    rows = _rows(text)
    assert [r[:4] for r in rows] == [
        (23, "家", "institutions", None), (6420, "人次", "patient_visits", "2025-01/2025-09"),
        (17, "家", "institutions", None), (2260, "人次", "patient_visits", "2025-01/2025-09")]
    assert rows[0][5] in ("深圳", "深圳市")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_html_table_s_cells_take_the_unit_of_their_row_and_the_year_of_their_column(script):
    # 万人次 in the row's label scales the cell; a column of changes (同比变化) names no year:
    # the latest year another header names
    text = html_to_text(HTML if script == "simplified" else _traditional(HTML))
    rows = _rows(text, date(2026, 1, 20))
    assert [r[:5] for r in rows] == [
        (4123600, "人次", "patient_visits", "2025", "actual"),
        (3890500, "人次", "patient_visits", "2024", "actual"),
        (5.99, "percent", "growth", "2025", "rate_of_change"),
        (6.48, "天", "duration", "2025", "actual"), (6.85, "天", "duration", "2024", "actual"),
        (-0.37, "天", "duration", "2025", "change"),
        (92.4, "percent", "rate", "2025", "actual"), (91.1, "percent", "rate", "2024", "actual"),
        (1.3, "pp", "growth", "2025", "change")]
    assert {r[5] for r in rows} == {"佛山市第一人民医院" if script == "simplified" else "佛山市第一人民醫院"}


SPACED = ("在香港大學深圳醫院使用醫療券的香港長者人次超過3萬。該院近三年的使用情況如下：\n"
          "年份　使用人次　申報金額（萬元）\n2023年　15,902　521.8\n2024年　23,115　804.3\n")


def test_a_table_set_in_text_with_spaces_is_read_cell_by_cell():
    # a government release's table in text: cells apart by spaces (ingest leaves one), a space
    # between cells no digit group's (15,902 521.8 are two numbers); 萬元 in a Hong Kong release
    # is 港元; the paragraph introducing the table (…如下：) names the cells' institution
    text = SPACED.replace("　", " ")  # (as ingest leaves it)
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2026, 1, 14), region="香港", title=None)
    rows = [(r["value"], r["unit"], r["metric"], r["period"], r["entity"]) for r in document_metrics(doc)]
    assert rows[-4:] == [
        (15902, "人次", "patient_visits", "2023", "香港大學深圳醫院"),
        (5218000, "港元", "amount", "2023", "香港大學深圳醫院"),
        (23115, "人次", "patient_visits", "2024", "香港大學深圳醫院"),
        (8043000, "港元", "amount", "2024", "香港大學深圳醫院")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_table_of_bare_years_read_through_ingest_keeps_its_rows_and_dates_them(tmp_path, script):
    # rows of numbers alone (2021　6,842　21,530) under a header of words are a table's, not page
    # furniture; a bare year (2021, no 年) labelling a row or heading a column dates its cells
    from analysis.ingest import read_document
    text = ("来源：香港特别行政区政府新闻公报　发布日期：2026年1月21日\n\n立法会十二题：医疗券的使用情况\n\n"
            "过去两年在香港大学深圳医院使用医疗券的情况如下：\n\n"
            "年份　使用医疗券的长者人数　申报宗数\n2024　12,460　47,915\n2025　15,138　58,302\n")
    path = tmp_path / "a.txt"
    path.write_text(text if script == "simplified" else _traditional(text), encoding="utf-8")
    rows = [(r["value"], r["metric"], r["period"]) for r in document_metrics(read_document(path)[0])]
    assert rows == [(12460, "patients", "2024"), (47915, "cases", "2024"),
                    (15138, "patients", "2025"), (58302, "cases", "2025")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_table_set_in_text_under_a_header_of_years_is_read_by_column(script):
    # 指标　2023年　2024年: a header of years is a table's (its digits are its columns' times); the
    # spaces between cells are no digit group's (516 907 are two numbers)
    text = ("表1　主要指标\n指标 2023年 2024年\n跨境救护车转运患者（人次） 516 907\n"
            "跨境转诊（万人次） 2.18 3.05\n")
    rows = _rows(text if script == "simplified" else _traditional(text), date(2025, 5, 1))
    assert [r[:4] for r in rows] == [
        (516, "人次", "patient_visits", "2023"), (907, "人次", "patient_visits", "2024"),
        (21800, "人次", "patient_visits", "2023"), (30500, "人次", "patient_visits", "2024")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_rate_s_base_in_brackets_is_its_cells_unit_and_brackets_name_nothing_counted(script):
    # 孕产妇死亡率（1/10万）: its cells are per 100,000; 家庭医生签约人数（万人）: people signed up,
    # read without the bracket (签约人数 right before the figure), not doctors
    text = ("指标 2023年 2024年\n孕产妇死亡率（1/10万） 7.35 5.86\n家庭医生签约人数（万人） 48.3 52.1\n")
    rows = _rows(text if script == "simplified" else _traditional(text), date(2025, 5, 1))
    assert [r[:4] for r in rows] == [
        (7.35, "per_100k", "mortality_rate", "2023"), (5.86, "per_100k", "mortality_rate", "2024"),
        (483000, "人", "patients", "2023"), (521000, "人", "patients", "2024")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_caption_s_unit_scales_the_bare_cells_over_a_counting_header(script):
    # CAPTION_UNIT: （单位：万人次） above the table: 386.42 under 诊疗人次 is 3,864,200 visits, not
    # 386 (the header's counter, 人次, names only what is counted); a unit in brackets still wins
    text = ("表1　2025年惠阳区医疗服务主要指标（单位：万人次）\n| 机构类别 | 诊疗人次 | 入院人次 | 病床（张） |\n"
            "| 医院 | 386.42 | 9.86 | 1,250 |\n| 基层医疗卫生机构 | 271.05 | 0.73 | 310 |\n")
    rows = _rows(text if script == "simplified" else _traditional(text), date(2026, 3, 1))
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (3864200, "人次", "patient_visits"), (98600, "人次", "admissions"), (1250, "张", "beds"),
        (2710500, "人次", "patient_visits"), (7300, "人次", "admissions"), (310, "张", "beds")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_change_column_keeps_its_written_signs_and_a_caption_dates_cells_of_no_time(script):
    # 增减 | +95张, -0.24天: a change in either direction, the sign written says which; a caption's
    # year (表一　2025年…) dates a table whose headers name no time; 平均住院日数(日) is days
    text = ("指标 2024年 2025年 增减\n实际开放床位（张） 2,640 2,735 +95张\n平均住院日（天） 6.21 5.97 -0.24天\n\n"
            "表一　2025年主要医院住院服务\n医院 住院病床(张) 平均住院日数(日)\n甲医院 1,012 7.6\n乙医院 842 6.9\n")
    rows = _rows(text if script == "simplified" else _traditional(text), date(2026, 5, 1))
    assert [r[:5] for r in rows] == [
        (2640, "张", "beds", "2024", "actual"), (2735, "张", "beds", "2025", "actual"),
        (95, "张", "beds", "2025", "change"),
        (6.21, "天", "duration", "2024", "actual"), (5.97, "天", "duration", "2025", "actual"),
        (-0.24, "天", "duration", "2025", "change"),
        (1012, "张", "beds", "2025", "actual"), (7.6, "天", "duration", "2025", "actual"),
        (842, "张", "beds", "2025", "actual"), (6.9, "天", "duration", "2025", "actual")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_table_of_no_time_takes_the_time_of_the_paragraph_above_it(script):
    # 今年首九个月…分别为：: the table under it counts those nine months
    text = ("今年首九个月接收内地交流人员的医院如下：\n医院 人次\n甲医院 32\n乙医院 27\n")
    rows = _rows(text if script == "simplified" else _traditional(text), date(2026, 10, 20))
    assert [(r[0], r[3]) for r in rows] == [(32, "2026-01/2026-09"), (27, "2026-01/2026-09")]


@pytest.mark.parametrize("text", [
    "首页 | 新闻 | 健康\n正文第一段。",               # one line of cells is a menu
    "病床增至1,050张 坦洲医学中心接诊澳门居民增四成\n正文第一段。",  # a headline's phrases
    "年份 床位\n2023年 1,200\n",                    # a header and one row: too few
    "年份 床位\n2023年 1,200张 新增\n2024年 1,300 张\n",  # rows of words
    "| 指标 | 2025年 |\n\n| 床位 | 1200 |",          # a blank line ends a table
    "| 指标 | 2025年 |\n| 床位 | 1200 | 1100 |",     # rows of another width are another table
])
def test_a_line_of_cells_alone_is_no_table(text):
    tables = Tables(text)
    assert all(tables.cell_at(i) is None for i in range(len(text)))


def test_a_cell_is_found_by_the_bars_around_it():
    text = "| 城市 | 床位（张） |\n| --- | --- |\n| 珠海 | 9,604 |"
    cell = Tables(text).cell_at(text.index("9,604"))
    assert (cell.column, cell.label, cell.header, cell.unit) == (1, "珠海", "床位（张）", "张")
    assert Tables(text).cell_at(text.index("珠海")).column == 0
    assert Tables(text).cell_at(text.index("城市")) is None  # the header row


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_caption_s_base_per_1000_people_makes_its_cells_densities(script):
    # 各区每千人口卫生资源 over 床位数（张）| 医师数（人）: beds and doctors per 1,000 people, not counts
    text = ("全市每千人口床位5.11张。\n各区每千人口卫生资源（2025年末）\n"
            "| 区 | 床位数（张） | 执业（助理）医师数（人） |\n| --- | --- | --- |\n"
            "| 惠城区 | 6.84 | 4.52 |\n")
    rows = _rows(text if script == "simplified" else _traditional(text))
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (5.11, "per_1k", "beds_per_1k"), (6.84, "per_1k", "beds_per_1k"),
        (4.52, "per_1k", "doctors_per_1k")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_header_s_unit_may_carry_a_time_after_it(script):
    # 床位（万张，2025年）: the unit (万张) and the time (2025年) in one pair of brackets
    text = ("| 城市 | 床位（万张，2025年） | 新增床位（张，2025年） |\n| --- | --- | --- |\n"
            "| 广州 | 9.12 | 3,260 |\n")
    rows = _rows(text if script == "simplified" else _traditional(text))
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        (91200, "张", "beds", "2025", "actual"), (3260, "张", "beds", "2025", "change")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_growth_column_beside_an_enrolment_column_is_the_enrolment_s_growth(script):
    text = ("| 城市 | 港澳居民参保人数（万人） | 同比增长（%） |\n| --- | --- | --- |\n"
            "| 深圳 | 9.61 | 13.1 |\n")
    rows = _rows(text if script == "simplified" else _traditional(text))
    assert [(r[0], r[2]) for r in rows] == [(96100, "insurance_enrolment"), (13.1, "insurance_growth")]
