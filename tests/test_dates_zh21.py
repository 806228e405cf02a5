"""Chinese news outside the mainland (the twenty-first Chinese blind set of the page store, zhleads21; its text stays
outside the repository): 今 or 昨 alone after a subject (民進黨今質疑, 立院昨處理, as Taiwan's and Hong Kong's papers
write them), days in 廿 and 卅 (八月廿三日), two days joined by 及 (20及 21日), 明、後天 as one range, a weekday that
is a frequency (一週六天), and 之前几天 (a span, no vague "a few days ago"). Sentences here are invented."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates
from pipeline.text.numbers import cn_number


def _mentions(text: str, ref: str) -> list[tuple[str, str | None, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=ref, lang="zh"))
    assert record.error is None
    return [(d.text, d.value, d.end) for d in record.dates if d.kind != "published"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市議會今召開臨時會，審查明年度預算。", ("今", "2024-03-14")),
        ("交通部長今將赴立法院專案報告。", ("今", "2024-03-14")),
        ("消基會昨公布調查結果，逾三成樣品不合格。", ("昨", "2024-03-13")),
        ("「反對黨」昨批評政府失職。", ("昨", "2024-03-13")),
        ("颱風外圍環流影響，北部山區今下午有雷陣雨。", ("今", "2024-03-14")),
    ],
)
def test_today_or_yesterday_alone_after_its_subject(text, expected):
    text_, value = expected
    assert (text_, value, None) in _mentions(text, "2024-03-14")


@pytest.mark.parametrize(
    "text",
    [
        "這座古城至今仍保存完好。",
        "該縣今屬河北省管轄。",
        "如今物價已回落。",
        "從今往後，大家各自珍重。",
        "今井先生出席了開幕式。",
        "此事距今已有三十年。",
        "古今中外，概莫能外。",
        "他感嘆今是昨非。",
        "新制今起上路。",
    ],
)
def test_jin_or_zuo_inside_another_word_is_no_date(text):
    assert [m for m in _mentions(text, "2024-03-14") if m[0] in ("今", "昨")] == []


def test_the_old_forms_of_twenty_and_thirty():
    assert cn_number("廿三") == 23
    assert cn_number("卅") == 30
    assert cn_number("卅一") == 31
    assert ("八月廿三日", "2024-08-23", None) in _mentions("罷免投票定於八月廿三日舉行。", "2024-08-10")
    assert ("廿五日", "2024-08-25", None) in _mentions("展覽將於廿五日閉幕。", "2024-08-10")


def test_twenty_odd_persons_is_no_date():
    assert _mentions("多達廿多位議員缺席，表決以五十四比廿九通過。", "2024-08-10") == []


def test_two_days_joined_by_ji():
    found = _mentions("樂團將於20及 21日一連兩晚在體育館演出。", "2024-01-18")
    assert ("20及 21日", "2024-01-20", None) in found or any(v == "2024-01-20" for _, v, _ in found)
    assert any(v == "2024-01-21" for _, v, _ in found)


def test_tomorrow_and_the_day_after_set_apart_by_a_comma():
    assert _mentions("據了解，活動還會在明、後天舉行。", "2024-06-05") == [
        ("明、後天", "2024-06-06", "2024-06-07")
    ]


@pytest.mark.parametrize(
    "text", ["巡邏隊會一週六天上門查看。", "他一周一次回家探望父母。", "圖書館一星期五天開放。"]
)
def test_days_a_week_are_no_weekday(text):
    assert _mentions(text, "2024-03-14") == []


def test_a_weekday_after_one_stays_a_weekday():
    assert ("周六", "2024-03-16", None) in _mentions("首批一百名旅客周六抵達。", "2024-03-14")


def test_the_few_days_before_is_no_vague_date():
    assert _mentions("訪問之前幾天，他一直在準備講稿。", "2024-03-14") == []
    assert _mentions("前幾天，他才剛出院。", "2024-03-14") == [("前幾天", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "研究歷史應當古為今用。",
        "古往今來，莫不如此。",
        "這本書由今及古，娓娓道來。",
        "李今發明了一種新棋。",
        "王昨的兒子考上了大學。",
    ],
)
def test_classical_pairs_and_two_character_names_are_no_date(text):
    assert [m for m in _mentions(text, "2024-03-14") if m[0] in ("今", "昨")] == []


def test_a_pronoun_subject_keeps_the_day():
    assert ("今", "2024-03-14", None) in _mentions("他今表示將全力配合調查。", "2024-03-14")
