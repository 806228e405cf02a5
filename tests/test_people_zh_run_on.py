"""People stage: Chinese names the recognisers ran on into the next word (issue 10, the twelfth Chinese set's
misses, docs/people.md "A name run on into the next word"): the name's last character and the one after it
make a common word of pipeline/data/zh_common_words.tsv (wordfreq), so the name ends before it — a four-character
name led by a one-character surname (赵朴初特 | 地), a two-character name not completed by a verb that opens a
word (唐嫣 | 晒 | 出), a name cut back to the shorter one the article gives (孙明伤 | 病 beside 孙明); a photo
mark glued to a credited name (记者陈飞摄) is no part of it, and a Japanese given name may end like a place (村山富市).

Invented names and sentences; the end-to-end cases fail on main f6ebdda (唐嫣晒, 李飞摄, no 村山富市, 孙明伤)."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people
from pipeline.stages.people.mentions import Mention
from pipeline.stages.people.name_forms import clean_zh_name
from pipeline.stages.people.zh_noise import extend_cut_names, trim_run_on_names
from pipeline.stages.people.zh_run_on import cut_glued_word, opens_common_word
from pipeline.text.zh_words import word_zipf


def _forms(text: str) -> set[str]:
    people = find_people(Article(paragraphs=[text], lang="zh")).people
    return {form for person in people for form in person.forms}


def test_the_word_table_knows_common_words_and_not_name_pairs() -> None:
    assert word_zipf("特地") > 3.0 and word_zipf("游泳") > 3.0
    assert word_zipf("初特") == 0.0 and word_zipf("国说") == 0.0
    assert opens_common_word("赵朴初特地为", 3, 3.0)
    assert not opens_common_word("王建国说", 2, 3.0)


@pytest.mark.parametrize(
    ("text", "span", "cut"),
    [
        ("赵朴初特地为音乐会题字。", (0, 4), (0, 3)),  # a 4-character name, a 1-character surname: 特地
        ("会长周海初特意赶来。", (2, 6), (2, 5)),  # 特意
        (
            "前锋帕布洛-莫雷诺助攻破门。",
            (2, 10),
            (2, 9),
        ),  # a hyphened transliteration, 助 no transliteration character
    ],
)
def test_a_name_run_into_a_common_word_is_cut(text: str, span: tuple[int, int], cut: tuple[int, int]) -> None:
    assert cut_glued_word(text, [], *span) == cut


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("江泽民主席会见了来宾。", (0, 3)),  # three characters stay: 民主 is a word, 江泽民 a name
        ("欧阳明日出席了会议。", (0, 4)),  # a compound surname: 欧阳明日 is 2 + 2
        ("罗纳尔多到场了。", (0, 4)),  # a transliteration throughout: 多到 is no reason to cut
        ("赵朴初特为此题字。", (0, 4)),  # 特为 is no common word
    ],
)
def test_names_that_end_where_they_should_stay(text: str, span: tuple[int, int]) -> None:
    assert cut_glued_word(text, [], *span) == span


def test_a_name_is_cut_back_to_the_shorter_one_the_article_gives() -> None:
    text = "本场比赛，孙明伤病缠身。孙明表示很遗憾。"  # 伤病 is a common word
    long, short = Mention("孙明伤", "zh", 1, 5, 8, text), Mention("孙明", "zh", 1, 12, 14, text)
    trim_run_on_names([(1, text)], [long, short])
    assert (long.form, long.end) == ("孙明", 7)


def test_a_name_is_cut_back_to_the_last_part_of_a_transliteration() -> None:
    text = "杰里米-兰姆缺阵，兰姆伤势不轻。"
    full, run_on = Mention("杰里米-兰姆", "zh", 1, 0, 6, text), Mention("兰姆伤", "zh", 1, 9, 12, text)
    trim_run_on_names([(1, text)], [full, run_on])
    assert run_on.form == "兰姆"


def test_a_three_character_name_beside_a_cut_one_stays() -> None:
    text = "王建国表示同意。王建说了一句。"  # 国表 is no word: 王建国 keeps its third character
    long, short = Mention("王建国", "zh", 1, 0, 3, text), Mention("王建", "zh", 1, 8, 10, text)
    trim_run_on_names([(1, text)], [long, short])
    assert long.form == "王建国"


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        ("唐嫣晒出一张海边的照片。", "唐嫣", "唐嫣晒"),
        ("林妍晒出一张旅行照片。", "林妍", "林妍晒"),
        ("（新华社记者李飞摄）", "李飞", "李飞摄"),
        ("图为新华社记者王飞摄。", "王飞", "王飞摄"),
        ("本场比赛，孙明伤愈复出。孙明表示很高兴。", "孙明", "孙明伤"),
    ],
)
def test_names_in_text_end_before_the_word_after_them(text: str, name: str, not_name: str) -> None:
    forms = _forms(text)
    assert name in forms and not_name not in forms


def test_a_japanese_given_name_may_end_like_a_place() -> None:
    assert clean_zh_name("村山富市") == "村山富市"
    assert clean_zh_name("深圳南市") is None  # no Japanese family name: a place
    assert "村山富市" in _forms("日本前首相村山富市发表谈话。")


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        ("科尔-布兰特得到30分。科尔表示很满意。", "科尔-布兰特", "科尔"),  # a transliteration's first part
        (
            "日本首相安倍晋造出席。安倍表示欢迎。",
            "安倍晋造",
            "安倍",
        ),  # a Japanese family name, then the given name
    ],
)
def test_a_whole_name_the_shorter_one_opens_is_not_cut(text: str, long: str, short: str) -> None:
    a = text.index(long)
    b = text.index(short, a + len(long))
    whole, alone = (
        Mention(long, "zh", 1, a, a + len(long), text),
        Mention(short, "zh", 1, b, b + len(short), text),
    )
    trim_run_on_names([(1, text)], [whole, alone])
    assert whole.form == long


def test_a_name_run_on_by_two_characters_is_still_cut() -> None:
    text = "唐明利康复出院。唐明利表示感谢。"
    run_on, name = Mention("唐明利康复", "zh", 1, 0, 5, text), Mention("唐明利", "zh", 1, 8, 11, text)
    trim_run_on_names([(1, text)], [run_on, name])
    assert run_on.form == "唐明利"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("所长安东尼·福奇认为，疫苗还需要时间。", "安东尼·福奇"),  # 安东 is a Japanese family name too
        ("据报道，安东尼·米兰·罗斯出席了活动。", "安东尼·米兰·罗斯"),
    ],
)
def test_a_transliteration_with_a_middle_dot_is_no_japanese_name(text: str, name: str) -> None:
    # the Japanese reader took 安东 | 尼 and hid the CRF's whole name (fails on main 62b6991)
    assert name in _forms(text)


def test_a_three_character_name_cut_short_is_the_longer_name_the_article_gives() -> None:
    text = "伊藤美真创造更多历史"
    cut, whole = Mention("伊藤美", "zh", 1, 0, 3, text), Mention("伊藤美真", "zh", 2, 0, 4, "伊藤美真说道。")
    extend_cut_names([(1, text), (2, "伊藤美真说道。")], [cut, whole])
    assert (cut.form, cut.end) == ("伊藤美真", 4)
