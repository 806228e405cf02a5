"""Rules written after the first runs of the eleventh and twelfth natural samples (docs/benchmarks.md, "eleventh and
twelfth samples"), each a rule of the language, not of one story: a span of counts ("15–20 years ago") is no point;
a count forward from a date of a sentence told in the past cannot land after the story's own day ("even four years
later"); "later in the year" is a part of the reference's year; a month after a possessive ("his September arrest")
is an adjective; "today's" before a noun of a way of life is "nowadays"; a wire dateline after byline and note lines
("By Reuters Staff\\n(Updates prices)\\nMay 26 (Reuters) -") is the dateline; a Chinese 今天 inside a quote whose
speaking the sentence dates only by 近日 has no value. Every sentence here is invented; values by docs/dates.md."""

from __future__ import annotations

import pytest
from helpers import date_mentions


def _values(paragraphs: list[str] | str, lang: str, published: str) -> list[tuple[str, str | None]]:
    return [(text, value) for text, value, _kind in date_mentions(paragraphs, lang, published)]


# ----------------------------------------------------------------------------- a span of counts is no point


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The original claims involved events 15–20 years ago.", "15–20 years ago"),
        (
            "The fossils were buried 10-12 million years ago, the team said.",
            None,
        ),  # no unit it reads: no mention
        ("Residents said the well ran dry two or three days ago.", "two or three days ago"),
        ("She moved to Lisbon three to four years ago.", "three to four years ago"),
        ("The first cases appeared 2-3 weeks ago in the north.", "2-3 weeks ago"),
        ("He was released five or six days later, his lawyer said, after a hearing on May 3.", None),
        ("Prices peaked 18–24 months ago and have fallen since.", "18–24 months ago"),
        ("The deal was struck on March 2 and signed two to three weeks later.", "two to three weeks later"),
        ("The ruins date from 20 to 30 centuries ago.", None),
        ("The bridge was built 40-50 years ago and needs repair.", "40-50 years ago"),
        ("Two or three years ago the plant employed 900 people.", "Two or three years ago"),
        ("Officials said the fire started 4—5 days ago.", "4—5 days ago"),
        ("The storm hit the coast five to seven days ago.", "five to seven days ago"),
        ("Fighting broke out 3–4 weeks ago near the border.", "3–4 weeks ago"),
    ],
)
def test_a_span_of_counts_keeps_the_mention_without_a_value(text: str, mention: str | None) -> None:
    found = _values(text, "en", "2025-11-21")
    assert all(value is None for found_text, value in found if "ago" in found_text or "later" in found_text)
    if mention is not None:
        assert (mention, None) in found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("She moved to Lisbon three years ago.", ("three years ago", "2022")),
        ("The well ran dry two days ago.", ("two days ago", "2025-11-19")),
        ("Arrested on March 2, he was freed three weeks later.", ("three weeks later", "2025-03-23")),
        ("The score was 3-1 two days ago at home.", ("two days ago", "2025-11-19")),
    ],
)
def test_a_single_count_still_has_its_value(text: str, mention: tuple[str, str]) -> None:
    assert mention in _values(text, "en", "2025-11-21")


def test_a_span_of_hours_is_still_no_date() -> None:
    assert _values("Eat 1-2 hours after your workout.", "en", "2025-11-21") == []


# -------------------------------------------- a count forward told in the past cannot pass the story's own day


@pytest.mark.parametrize(
    ("text", "published", "mention"),
    [
        (
            "The comments Tuesday night underscored his refusal, even four years later, to accept defeat.",
            "2024-09-11",
            "four years later",
        ),
        (
            "The speech on Monday showed that, two years later, the wounds remained.",
            "2024-09-11",
            "two years later",
        ),
        (
            "Her remarks on Friday revealed that, a decade later, little had changed.",
            "2024-03-16",
            "a decade later",
        ),
        ("The vote on Sunday proved, three years later, how much the party had shifted.", "2024-06-03", None),
        (
            "The ceremony on Thursday marked the first time, five years later, that they met.",
            "2024-03-15",
            None,
        ),
        (
            "Wednesday's hearing confirmed that, six months later, the files were still missing.",
            "2024-05-09",
            None,
        ),
        ("Officials said on Monday that, years later, the town had rebuilt.", "2024-03-12", None),
        (
            "The report released on Tuesday found that, two decades later, the river was clean.",
            "2024-03-14",
            None,
        ),
        ("The interview on Saturday made clear that, a year later, he regretted it.", "2024-03-17", None),
        ("In a letter on Monday she wrote that, three months later, the pain had eased.", "2024-03-12", None),
        ("The rally on Saturday showed that, a year later, anger remained.", "2024-03-18", None),
    ],
)
def test_a_count_forward_in_a_past_sentence_is_not_from_its_weekday(
    text: str, published: str, mention: str | None
) -> None:
    found = _values(text, "en", published)
    later = [(t, v) for t, v in found if "later" in t]
    assert later and all(value is None for _t, value in later)
    if mention is not None:
        assert (mention, None) in found


@pytest.mark.parametrize(
    ("text", "published", "mention"),
    [
        (
            "He will take office on Monday and step down four years later.",
            "2024-09-11",
            ("four years later", "2028"),
        ),
        (
            "The contract begins on Monday and runs out three years later.",
            "2024-09-11",
            ("three years later", "2027"),
        ),
        (
            "He was arrested on May 3 and released three days later.",
            "2024-09-11",
            ("three days later", "2024-05-06"),
        ),
        (
            "The plant opened in March 2019 and closed two years later.",
            "2024-09-11",
            ("two years later", "2021"),
        ),
    ],
)
def test_a_count_forward_that_can_be_told_keeps_its_value(text: str, published: str, mention: tuple) -> None:
    assert mention in _values(text, "en", published)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("2020年5月他入伍，五年后退役了。", ("五年后", None)),
        ("2022年3月工厂停产，三年后已重新开工。", ("三年后", None)),
        ("2020年5月他入伍，三年后退役了。", ("三年后", "2023")),  # before the reference: told as it happened
        ("2024年1月大桥动工，预计三年后将建成通车。", ("三年后", "2027")),  # a future clause
    ],
)
def test_a_chinese_count_forward_told_in_the_past(text: str, mention: tuple) -> None:
    assert mention in _values(text, "zh", "2024-03-14")


# ------------------------------------------------------------- "later in the year": part of the reference's year


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Oil steadied on a tighter supply outlook for later in the year.", ("later in the year", "2023")),
        ("The central bank may cut rates later in the year, analysts said.", ("later in the year", "2023")),
        ("Shipments picked up earlier in the year before slowing.", ("earlier in the year", "2023")),
        ("The firm expects a recovery late in the year.", ("late in the year", "2023")),
        ("Demand was weak early in the year.", ("early in the year", "2023")),
        ("Sales of cars fell later in the month.", ("later in the month", "2023-05")),
        ("The rally faded earlier in the month on rate fears.", ("earlier in the month", "2023-05")),
        ("Talks are due to resume at the start of the month.", ("the start of the month", "2023-05")),
        (
            "The bill should pass by the beginning of the year, aides said.",
            ("the beginning of the year", "2023"),
        ),
        ("Output will be reviewed in the middle of the year.", ("the middle of the year", "2023")),
        ("The plan is to finish before the end of the year.", ("the end of the year", "2023")),
    ],
)
def test_a_part_of_this_year_or_month(text: str, mention: tuple[str, str]) -> None:
    assert mention in _values(text, "en", "2023-05-17")


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the plant opened, and later in the year it hired 300 workers.",
        "Sales fell in March and recovered later in the month.",
        "The company was founded in 1998; early in the year it won its first contract.",
        "Prices rose in January and eased later in the month.",
    ],
)
def test_a_part_of_a_period_the_sentence_named_refers_back(text: str) -> None:
    assert not [t for t, _v in _values(text, "en", "2023-05-17") if " the " in t]


# ----------------------------------------------------- a month after a possessive is an adjective, that month


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("He has been held for 67 days since his September arrest.", "2024-09"),
        ("Her October visit to Kyiv drew criticism.", "2024-10"),
        ("Their August wedding was postponed.", "2024-08"),
        ("The company reported its September sales on Monday.", "2024-09"),
        ("Apple's September event drew record viewers.", "2024-09"),
        ("The minister's July speech angered farmers.", "2024-07"),
        ("Our October survey found a drop in confidence.", "2024-10"),
        ("The union's August strike cost the firm millions.", "2024-08"),
        ("My June trip was cancelled after the floods.", "2024-06"),
        ("The bank's October rate decision surprised markets.", "2024-10"),
    ],
)
def test_a_month_after_a_possessive(text: str, mention: str) -> None:
    assert any(value == mention for _t, value in _values(text, "en", "2024-11-22"))


def test_a_capitalised_word_after_the_month_is_a_name() -> None:
    assert _values("His May Day speech was short.", "en", "2024-11-22") == []


# ---------------------------------------------------------------------------- "today's" meaning nowadays


@pytest.mark.parametrize(
    "text",
    [
        "He rejects today's consumerist lifestyle.",
        "In today's world, nobody writes letters.",
        "By today's standards the car was slow.",
        "Today's youth spend hours online.",
        "Many of today's children have never seen a cow.",
        "The book speaks to today's fast-paced society.",
        "It is hard to find a job in today's economy, she said.",
        "Today's consumers want cheaper goods.",
        "The film captures today's political landscape.",
        "Schools must prepare students for today's digital workplace.",
        "Today's generation of leaders faces new threats.",
    ],
)
def test_todays_before_a_way_of_life_is_no_day(text: str) -> None:
    found = _values(text, "en", "2015-09-22")
    assert found and all(value is None for _t, value in found)


@pytest.mark.parametrize(
    "text",
    [
        "Today's meeting was cancelled.",
        "Shares fell in today's session.",
        "Today's vote is expected to pass.",
        "The minister spoke today.",
        "Reporters waited for today's media briefing.",
        "Today's climate talks ended without a deal.",
    ],
)
def test_todays_of_an_event_is_the_day(text: str) -> None:
    assert ("today", "2015-09-22") in [(t.lower(), v) for t, v in _values(text, "en", "2015-09-22")]


# --------------------------------------------------------- a wire dateline after byline and note lines


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Reuters Staff\n(Updates prices)\nMay 26 (Reuters) - Stocks rose on Wednesday.",
        "By Jane Roe\nMay 26 (Reuters) - The index climbed on Wednesday.",
        "(Adds analyst quotes)\nMay 26 (Reuters) - Gold gained on Wednesday.",
        "By John Doe\n(Corrects spelling in paragraph 3)\nLONDON, May 26 (Reuters) - Oil fell on Wednesday.",
        "(Updates with close)\n\nMay 26 (Reuters) - The dollar slid on Wednesday.",
        "By Reuters Staff\n(Updates prices, adds details)\nMay 26 (Reuters) - Bonds rallied on Wednesday.",
        "By Ann Lee and Bo Wu\nMay 26 (Reuters) - Copper rose on Wednesday.",
        "(Recasts with comment)\nMay 26 (Reuters) - The euro edged up on Wednesday.",
        "By Reuters Staff\n(Adds details)\nMay 26 (Reuters) - Canada's index rose on Wednesday.",
        "(Repeats story first published on Tuesday)\nMay 26 (Reuters) - Wheat fell on Wednesday.",
        "(Updates throughout)\nMay 26 (AP) — Shares rose on Wednesday.",
        "By Staff Writer\n(Adds background)\nMay 26 (Reuters) - Rice fell on Wednesday.",
        "(Corrects date in headline)\nMay 26 (Reuters) - Steel rose on Wednesday.",
    ],
)
def test_a_wire_dateline_after_byline_and_note_lines(paragraph: str) -> None:
    found = date_mentions([paragraph, "The market rose on Wednesday, traders said."], "en", "2021-05-26")
    assert [value for _t, value, kind in found if kind == "dateline"] == ["2021-05-26"]
    assert not [text for text, _v, kind in found if "May 26" in text and kind != "dateline"]
    # the dateline is no event of the same day that would hide "on Wednesday"
    assert ("Wednesday", "2021-05-26", "event") in found


def test_other_first_lines_leave_the_dateline_unread() -> None:
    found = date_mentions("Markets wrap\nMay 26 (Reuters) - Stocks rose on Wednesday.", "en", "2021-05-26")
    assert "dateline" not in [kind for _t, _v, kind in found]


# ------------------------------------------ a Chinese quote's 今天 when the sentence dates the speaking by 近日


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("“大妈，今天你的气色不错。”近日，医生陈琦上门为老人评估。", "今天"),
        ("近日，他对记者说：“昨天我去了医院。”", "昨天"),
        ("“今天是我第一次来北京。”日前，一名游客在天安门广场说。", "今天"),
        ("“明天我们就要出发了。”近期，一支志愿队在村口告诉记者。", "明天"),
        ("前不久，老人拉着记者的手说：“今天真高兴。”", "今天"),
        ("“今天的菜价又涨了。”最近，市民王女士在菜市场抱怨。", "今天"),
        ("此前，他在接受采访时表示：「今天的成绩来之不易。」", "今天"),
        ("“今天来体检的人特别多。”近日，一位护士告诉记者。", "今天"),
        ("不久前，村支书说：“昨天刚下过雨，路不好走。”", "昨天"),
        ("“今天终于拿到了证书。”近来，学员小李高兴地说。", "今天"),
    ],
)
def test_a_quotes_day_dated_only_by_a_vague_word_has_no_value(text: str, word: str) -> None:
    assert (word, None) in _values(text, "zh", "2026-09-17")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("他说：“今天我们很高兴。”", ("今天", "2026-09-17")),
        ("“今天终于有了定论。”10日一大早，他接到了电话。", ("今天", "2026-09-17")),
        ("近日，他说今天的天气很好。", ("今天", "2026-09-17")),  # no quote: the dateline's day
        ("“近日我很忙，今天才有空。”他笑着说。", ("今天", "2026-09-17")),  # the vague word inside the quote
    ],
)
def test_other_quotes_keep_the_reference_day(text: str, mention: tuple[str, str]) -> None:
    assert mention in _values(text, "zh", "2026-09-17")
