"""People stage: famous persons from CC-CEDICT (pipeline/data/famous_people.tsv, tools/build_famous_people.py;
issue 10). The names are the table's; the sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.record import Article, Person
from pipeline.stages.people import find_people


def _people(paragraphs: list[str], lang: str) -> list[Person]:
    return find_people(Article(paragraphs=paragraphs, lang=lang)).people


def _person(people: list[Person], form: str) -> Person:
    found = [p for p in people if form in p.forms]
    assert found, f"{form} not among {[p.forms for p in people]}"
    return found[0]


# ------------------------------------------------------------------------------------------------ Chinese


def test_a_famous_foreign_name_alone_is_a_person_with_its_english_name() -> None:
    people = _people(["古特雷斯当天在纽约发表讲话，呼吁各方保持克制。"], "zh")
    guterres = _person(people, "古特雷斯")
    assert guterres.name_en == "António Guterres" and guterres.name_en_source == "famous"
    assert guterres.has_reliable_english and guterres.name == "古特雷斯"


def test_a_famous_name_the_recognisers_miss_is_a_person() -> None:
    erdogan = _person(_people(["代表团会见埃尔多安时，双方表示将加强合作。"], "zh"), "埃尔多安")
    assert erdogan.name_en == "Recep Tayyip Erdoğan"


def test_a_famous_two_character_name_gets_the_table_english_not_pinyin() -> None:
    # pinyin would give "Pu Jing": 普京 passes for a Chinese name
    putin = _person(_people(["普京总统12日在莫斯科会见了来访的代表团。"], "zh"), "普京")
    assert putin.name_en == "Vladimir Putin" and putin.name_en_source == "famous"


def test_a_famous_form_inside_a_longer_word_is_no_person() -> None:
    people = _people(["梅西百货宣布关闭部分门店。"], "zh")  # Macy's, not Lionel Messi
    assert not any("梅西" in p.forms for p in people)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("会议要求深入学习贯彻习近平总书记系列重要讲话精神。", "习近平"),  # LAC: one nz word
        ("代表们认真学习了普京总统国情咨文的主要内容。", "普京"),
    ],
)
def test_a_famous_form_opening_a_longer_word_before_a_title_is_a_person(text: str, form: str) -> None:
    assert form in [f for p in _people([text], "zh") for f in p.forms]


def test_the_english_form_the_text_gives_wins_over_the_table() -> None:
    macron = _person(_people(["法国总统马克龙（Emmanuel Macron）表示，会谈富有成果。"], "zh"), "马克龙")
    assert macron.name_en_source == "text"


# ------------------------------------------------------------------------------------------------ English


def test_a_famous_surname_alone_is_a_person_whatever_the_crf_says() -> None:
    people = _people(["Putin arrived in the capital on Friday.", "Zuckerberg defended the platform."], "en")
    assert _person(people, "Putin").surname_only and _person(people, "Zuckerberg").surname_only


def test_a_famous_full_name_the_crf_calls_an_organisation_is_a_person() -> None:
    people = _people(["Elon Musk unveiled the plan at a factory in Texas on Monday."], "en")
    musk = _person(people, "Elon Musk")
    assert musk.name_zh == "马斯克"  # one person key in both languages


def test_a_famous_name_printed_without_its_accent_gets_the_chinese_form() -> None:
    people = _people(["Antonio Guterres arrived at the meeting on Thursday morning."], "en")
    assert _person(people, "Antonio Guterres").name_zh == "古特雷斯"  # the table: António Guterres


def test_a_famous_surname_inside_an_organisation_is_no_person() -> None:
    people = _people(["The Putin Foundation opened a new office in the capital."], "en")
    assert not any("Putin" in p.forms for p in people)


def test_an_english_person_not_in_the_table_gets_no_chinese_form() -> None:
    people = _people(["Jane Roe, a teacher, said the school would reopen."], "en")
    assert _person(people, "Jane Roe").name_zh is None


# ------------------------------------------------------------------------------------------------ the tool


def test_the_rule_takes_a_modern_personal_name_with_life_years() -> None:
    from tools.build_famous_people import _person as person_of

    assert person_of("Jane Doe (1950-), singer", set()) == ("Jane Doe", "1950", "", "")
    assert person_of("(Tw) Jane Doe (1950-2021), singer", set()) == ("Jane Doe", "1950", "2021", "Tw")
    assert person_of("General Jan Doe (1900-1964), soldier", set()) == ("Jan Doe", "1900", "1964", "")
    assert person_of("Tang Poet (701-762), poet", set()) is None  # history, not news
    assert person_of("Great Leap Forward (1958-1960)", {"great", "leap", "forward"}) is None
    assert person_of("Emperor Jan of Doe (1901-1980)", set()) is None


@pytest.mark.parametrize(
    ("definition", "name"),
    [
        ("Jan Doe aka Jimmy Doe (1971-), businessman", "Jan Doe"),
        ("Sir Jan Doe or Doe Yam-Kuen (1944-), politician", "Jan Doe"),
        ("Ann Doe (Doe Liang Shuk-yee) (1945-), politician", "Ann Doe"),
        ('Jan Peter "Jimmy" Doe (1963-), actor', "Jimmy Doe"),  # the nickname the news uses
        ('Wang "Terry" Xiaoming (1950-), businessman', "Wang Xiaoming"),  # a pinyin name keeps its own
        ("(Jan) de Doe (1957-2011), activist", "Jan de Doe"),
        ("(Colonel Jan) Doevik (1942-2011), leader", "Jan Doevik"),
        ("(Tw) Jan Doe (1950-), singer", "Jan Doe"),
    ],
)
def test_the_rule_reads_a_second_name_a_nickname_and_bracketed_given_names(
    definition: str, name: str
) -> None:
    from tools.build_famous_people import _person as person_of

    found = person_of(definition, set())
    assert found is not None and found[0] == name


def test_a_surname_names_a_person_alone_only_when_foreign_and_unique() -> None:
    from collections import Counter

    from tools.build_famous_people import Famous, with_surnames

    rows = [
        Famous("多伊", "多伊", "Jane Dorvik", "1950", ""),
        Famous("王小明", "王小明", "Wang Xiaoming", "1950", ""),  # a pinyin name
        Famous("布朗", "布朗", "Ann Brown", "1950", ""),  # a common English word
        Famous("罗斯", "罗斯", "Tom Roth", "1950", ""),
        Famous("罗丝", "罗丝", "Ann Roth", "1950", ""),  # two persons share the surname
    ]
    out = with_surnames(rows, Counter({"brown": 40}), set(), set())
    assert [f.surname for f in out] == ["Dorvik", "", "", "", ""]


@pytest.mark.slow  # jieba's dictionary and the whole of CC-CEDICT: about 10 s
def test_the_table_is_what_the_tool_writes(tmp_path: Path) -> None:
    from tools.build_famous_people import OUT, main

    main([str(tmp_path / "famous.tsv")])
    assert (tmp_path / "famous.tsv").read_text(encoding="utf-8") == OUT.read_text(encoding="utf-8")


def test_a_famous_name_in_a_text_with_an_ellipsis_is_found() -> None:
    # "…" folds to three characters under NFKD: the accent fold must keep the offsets
    people = _people(
        ["Acme sued Elon Musk on Tuesday over the deal and asked a court to order… [+400 chars]"], "en"
    )
    assert "Elon Musk" in {p.name for p in people}


def test_a_famous_form_that_is_words_of_the_sentence_is_no_person() -> None:
    # 他信 is Thaksin Shinawatra in the table, and "he believes" here (LAC: 他 | 信)
    people = _people(["小明说，这件事他信，但别人不信。"], "zh")
    assert not any("他信" in p.forms for p in people)


def test_a_famous_surname_in_the_possessive_is_found() -> None:
    people = _people(["Officials said Zuckerberg's plan would cost billions."], "en")
    assert "Zuckerberg" in {f for p in people for f in p.forms}


# ------------------------------------------------------------------------------- later news (hand-written table)


def test_a_person_of_later_news_gets_the_english_name_of_the_hand_written_table() -> None:
    starmer = _person(_people(["斯塔默当天在伦敦与来访的代表团举行会谈。"], "zh"), "斯塔默")
    assert starmer.name_en == "Keir Starmer" and starmer.name_en_source == "famous"


def test_each_printed_spelling_of_a_later_name_links_to_the_chinese_form() -> None:
    for spelling in ("Zelensky", "Zelenskyy", "Zelenskiy"):
        name = f"Volodymyr {spelling}"
        person = _person(_people([f"{name} thanked the delegation on Sunday."], "en"), name)
        assert person.name_zh == "泽连斯基"


def test_the_hand_written_table_has_the_generated_tables_columns() -> None:
    from pipeline.config import DATA_FILES
    from pipeline.stages.people.famous import FAMOUS_FILES, _table_rows

    generated, written = (_table_rows(DATA_FILES / file) for file in FAMOUS_FILES)
    assert written and all(len(row) == 8 for row in generated + written)
    # a hand-written row never overrides a CC-CEDICT one: the generated table's rows come first
    assert not {row[0] for row in written} & {row[0] for row in generated}


def test_a_transliterated_famous_name_lac_cut_after_its_first_character_is_whole() -> None:
    # LAC reads 拉 as a verb after the title and tags 马福萨 alone
    forms = {f for p in _people(["南非总统拉马福萨当天表示，双方将继续加强合作。"], "zh") for f in p.forms}
    assert "拉马福萨" in forms and "马福萨" not in forms


def test_a_famous_name_run_on_into_a_common_word_is_cut() -> None:
    # 卢拉 | 通电话: the recognisers read 卢拉通 as one name
    forms = {f for p in _people(["巴西总统卢拉通电话时说，两国将扩大贸易。"], "zh") for f in p.forms}
    assert "卢拉" in forms and "卢拉通" not in forms


def test_a_taiwan_form_of_a_later_name_gets_the_english_name() -> None:
    trump = _person(_people(["美國總統川普昨天宣布新一輪關稅措施。"], "zh"), "川普")
    assert trump.name_en == "Donald Trump"


def test_a_famous_name_before_when_or_a_function_word_is_cut_there() -> None:
    forms = {f for p in _people(["代表团在会见王毅时表示，愿同中方深化合作。"], "zh") for f in p.forms}
    assert "王毅" in forms and "王毅时" not in forms


def test_a_famous_transliteration_lac_glued_to_a_speech_verb_is_found() -> None:
    # LAC: 高市 | 早 | 苗称 — the name's last character glued to 称 "said"
    forms = {f for p in _people(["高市早苗称，日方将继续推进有关改革。"], "zh") for f in p.forms}
    assert "高市早苗" in forms


def test_a_surname_of_the_hand_written_table_is_a_person_where_the_crf_reads_an_organisation() -> None:
    # the CRF, trained on 1996 news, tags "Bessent" ORG here; "Bloomberg reported" stays a company
    forms = {
        f for p in _people(["The vice premier met Bessent in Geneva on Saturday."], "en") for f in p.forms
    }
    assert "Bessent" in forms
    assert not _people(["Bloomberg reported the deal on Saturday."], "en")
