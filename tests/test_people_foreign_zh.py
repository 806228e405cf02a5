"""People stage: foreign names in Chinese text, the class left by the blind Chinese sets (issue 10; third set
in docs/benchmarks.md, "Modern Chinese news text nobody tuned on, third set").

Hand-written texts in the shapes those sets showed; no name of the sets is used here."""

from __future__ import annotations

from pipeline.record import Article, Person
from pipeline.stages.people import find_people
from pipeline.stages.people.zh_foreign import latin_syllables
from pipeline.stages.people.zh_span_repairs import _drop_title_head


def _names(paragraphs: list[str]) -> set[str]:
    """Every printed form of every person (a transliteration with its original shows the original as name)."""
    return {form for p in _people(paragraphs) for form in [p.name, *p.forms]}


def _people(paragraphs: list[str]) -> list[Person]:
    return find_people(Article(paragraphs=paragraphs, lang="zh")).people


def test_latin_syllables_count_about_one_character_a_syllable() -> None:
    assert latin_syllables("Tantush") == 3  # 坦图什: ta-n-tu-sh
    assert latin_syllables("Hugo") == 2  # 雨果
    assert latin_syllables("Broussard") == 4  # 布罗萨德
    assert latin_syllables("Bizama") == 3  # 比扎马


def _transliterated(text: str, name_zh: str) -> Person | None:
    return next((p for p in _people([text]) if p.name_zh == name_zh), None)


def test_transliteration_before_its_latin_original_in_brackets_is_a_name() -> None:
    # LAC reads 坦 | 图拉/n; the brackets say the run renders a Latin-script name
    person = _transliterated("当地居民坦图拉（Tantula）表示，救援物资已经运到。", "坦图拉")
    assert person is not None and person.name_en == "Tantula"


def test_transliteration_of_the_surname_alone_fits_the_last_latin_word() -> None:
    # one LAC word, 比萨玛/nz, after a title noun; its length fits Bisama, not Ahmed Bisama
    person = _transliterated("过渡委员会一名重要顾问比萨玛(Ahmed Bisama)告诉法新社，局势已经稳定。", "比萨玛")
    assert person is not None and person.name_en == "Ahmed Bisama"


def test_hyphenated_transliteration_before_its_original_is_one_name() -> None:
    names = _names(["产品管理高级总监雨果-斯坦(Hugo Stein)说：“我们将扩大这一计划。”"])
    assert "雨果-斯坦" in names


def test_place_before_its_original_in_brackets_is_no_name() -> None:
    names = _names(["该公司计划对其位于法国里昂(Lyon)的工厂进行改造，并为宏碁的新款头盔(Acer Visor)供货。"])
    assert not names & {"里昂", "头盔", "新款头盔"}


def test_latin_script_name_inside_a_chinese_sentence_is_a_person() -> None:
    names = _names(["谷歌首席科学家Emily Carter即将于年底退休，她的继任者Daniel Ross将于下月接替她。"])
    assert {"Emily Carter", "Daniel Ross"} <= names


def test_latin_products_and_companies_inside_a_chinese_sentence_are_no_persons() -> None:
    names = _names(
        ["三星发布了Galaxy Ring智能戒指，花旗集团和Goldman Sachs均已采购，用户可通过Smart Things连接。"]
    )
    assert not names & {"Galaxy Ring", "Goldman Sachs", "Smart Things"}


def test_first_character_of_a_title_after_the_name_is_no_part_of_it() -> None:
    # LAC: 陈力/PER 国务/ORG 委员/n; the CRF ran on to 陈力国
    assert _drop_title_head("陈力国务委员出席了会议。", [], 0, 3) == (0, 2)
    assert _drop_title_head("王建国说，会议很成功。", [], 0, 3) == (0, 3)


def test_a_transliteration_beside_a_title_word_is_a_name() -> None:
    # invented names; LAC tags the first an organisation and glues 同 to the second (同布林肯/v-like)
    from pipeline.record import Article
    from pipeline.stages.people import find_people

    def names(text: str) -> set[str]:
        return {p.name for p in find_people(Article(paragraphs=[text], lang="zh")).people}

    assert "朗普" in names("该团体将资助那些抵制总统朗普议程的组织。")
    assert "布林肯" in names("王毅国务委员兼外长同布林肯国务卿进行了长时间战略沟通。")
    assert names("乌克兰总统说，会谈很成功。") == set()  # a place before the title
    assert names("校长孙建国勉励毕业生扎根基层。") == {"孙建国"}  # a verb of transliteration characters
    assert (
        names("这次欧佩克部长会议决定减产。") == set()
    )  # an organisation before a title is its organisation
