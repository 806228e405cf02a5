"""pipeline.text.names: pinyin, normalisation and the cross-language person key."""

from __future__ import annotations

import pytest

from pipeline.record import Person
from pipeline.text.names import (
    is_transliterated_zh,
    looks_like_pinyin_name,
    looks_like_pinyin_place,
    normalise_en,
    person_key,
    segment_pinyin,
    zh_to_pinyin,
)


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("盛荣华", "Sheng Ronghua"),
        ("曾庆红", "Zeng Qinghong"),  # 曾 as a surname is zeng, not ceng
        ("单雄信", "Shan Xiongxin"),  # 单 shan, not dan
        ("解振华", "Xie Zhenhua"),  # 解 xie, not jie
        ("仇和", "Qiu He"),  # 仇 qiu, not chou
        ("区志明", "Ou Zhiming"),  # 区 ou, not qu
        ("查良镛", "Zha Liangyong"),
        ("欧阳修", "Ouyang Xiu"),  # compound surname
        ("袁晴", "Yuan Qing"),
    ],
)
def test_zh_to_pinyin(zh: str, pinyin: str) -> None:
    assert zh_to_pinyin(zh) == pinyin


@pytest.mark.parametrize(
    "form",
    [
        "盛荣华",
        "Sheng Ronghua",
        "SHENG Ronghua",
        "Ronghua Sheng",
        "Ronghua SHENG",
        "Sheng Rong-hua",
        "Shèng Rónghuá",
    ],
)
def test_same_key_across_forms(form: str) -> None:
    assert person_key(Person(name=form)) == "sheng ronghua"


def test_key_prefers_chinese_form() -> None:
    person = Person(name="Sheng Ronghua", name_en="Sheng Ronghua", name_zh="盛荣华")
    assert person_key(person) == person_key(Person(name="盛荣华")) == "sheng ronghua"


def test_surname_only_key_is_marked() -> None:
    assert person_key(Person(name="Xu", surname_only=True)) == "~xu"


def test_western_names_keep_their_order() -> None:
    assert normalise_en("Margaret Chan") == "Margaret Chan"
    assert normalise_en("Margaret CHAN") == "Margaret Chan"
    assert person_key(Person(name="Margaret Chan")) == "margaret chan"


def test_initials_keep_their_capitals() -> None:
    # initials are capitals by nature: only a word shouted in capitals is title-cased
    assert normalise_en("P.K. Okafor") == "P.K. Okafor"
    assert normalise_en("R.J.M. Devereux") == "R.J.M. Devereux"
    assert normalise_en("BK Lindqvist") == "BK Lindqvist"
    assert normalise_en("Hanna J. Brody III") == "Hanna J. Brody III"
    # a two-letter capital word with a vowel is a surname printed in capitals
    assert normalise_en("OH Min-seo") == "Oh Min-seo"
    assert normalise_en("BK LINDQVIST") == "Bk Lindqvist"


def test_pinyin_detection() -> None:
    assert looks_like_pinyin_name("Zhang Liming")
    assert looks_like_pinyin_name("Xi Jinping")
    assert not looks_like_pinyin_name("Margaret Chan")
    assert not looks_like_pinyin_name("Tianjin Binhai")
    assert segment_pinyin("ronghua") == ["rong", "hua"]
    assert segment_pinyin("smith") is None


@pytest.mark.parametrize(
    ("name", "foreign"),
    [
        ("马克龙", True),  # a surname (马) followed by transliteration syllables, one of them strong (克)
        ("古特雷斯", True),  # four characters, no compound surname
        ("比尔·克林顿", True),  # a middle dot
        ("克林顿", True),  # not led by a surname
        ("柯林斯", True),
        ("李克强", False),  # 强 is no transliteration syllable
        ("赵丽娜", False),  # 丽 and 娜 are weak ones: Chinese given names use them
        ("王建国", False),
        ("欧阳修", False),  # a compound surname
        ("李娜", False),
    ],
)
def test_transliterated_names(name: str, foreign: bool) -> None:
    assert is_transliterated_zh(name) is foreign


def test_pinyin_place_words() -> None:
    for word in ("Zhejiang", "Guangdong", "Shenzhen", "Fujian"):
        assert looks_like_pinyin_place(word), word
    for word in ("Zhang", "Biden", "Anna", "Manning", "Guterres", "Hubei", "Zhao Hui"):
        assert not looks_like_pinyin_place(word), word


def test_a_western_name_keeps_its_accents_and_its_key_folds_them() -> None:
    assert normalise_en("Jördis Källström") == "Jördis Källström"
    assert normalise_en("Íde Ó Briain") == "Íde Ó Briain"
    assert person_key(Person(name="Íde Ó Briain")) == person_key(Person(name="Ide O Briain"))
    # pinyin with tone marks is still the toneless spelling
    assert normalise_en("Shèng Rónghuá") == "Sheng Ronghua"


def test_the_people_stage_prints_an_accented_name_as_written() -> None:
    from pipeline.record import Article
    from pipeline.stages.people import find_people

    people = find_people(
        Article(paragraphs=["Coach Jördis Källström said the team was ready."], lang="en")
    ).people
    assert [p.name for p in people] == ["Jördis Källström"]
