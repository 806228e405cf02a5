"""The reference-free checks of a translated sentence (pipeline/stages/translate/checks.py), one kind at a time,
and the numbers they compare (quantities.py). No model needed."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import SHARED

from pipeline.stages.translate import checks, dictionary
from pipeline.stages.translate.checks import Sentence, check, quality
from pipeline.stages.translate.protect import Protector, Term
from pipeline.stages.translate.quantities import en_quantities, mismatches, zh_quantities
from pipeline.stages.translate.vocabulary import vocabulary


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data dir of the tests' own: the dictionary index is cached there, not in the project's data/."""
    folder = tmp_path_factory.getbasetemp() / "checks-data"
    monkeypatch.setenv("WIREARCHIVE_DATA", str(folder))
    return folder


# A sentence written for these tests and a faithful translation: nothing to flag.
ZH = "受强冷空气影响，北方大部地区气温将下降8至10摄氏度。"
EN = "Affected by strong cold air, temperatures in most northern areas will drop by 8 to 10 degrees Celsius."


def kinds(source: str, target: str, **options: object) -> list[str]:
    return check(Sentence(source, target, "zh", **options))  # type: ignore[arg-type]


def test_a_faithful_translation_has_no_flag() -> None:
    assert kinds(ZH, EN) == []


# -- numbers and dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        (
            "本届论坛共签约合作项目45个，总金额约38亿元。",
            "45 projects worth about 3.8 billion yuan were signed.",
        ),
        ("线上观看人数超过200万。", "More than 2 million people watched online."),
        ("共有1200余件作品报名参展。", "More than 1,200 works were entered."),
        ("去年增加值增长12.5%。", "The added value grew by 12.5 percent last year."),
        ("论坛为期两天，八场分论坛同时举行。", "Eight sub-forums were held during the two-day forum."),
        ("开幕式将于11月19日上午9时举行。", "The opening ceremony will be held at 9 a.m. on November 19."),
        ("会议于15时30分开始。", "The meeting began at 3:30 p.m."),
        ("展览将持续到2026年12月31日。", "The exhibition will run until December 31, 2026."),
        ("第五届大会于19日开幕。", "The fifth conference opened on the 19th."),
        ("已经协助一万多名游客安全回国", "to help more than 10,000 tourists return home safely."),
        ("每小时六千立方米", "6,000 cubic meters per hour"),
        ("一家本地企业展示了技术。", "A local company showed its technology."),  # 一 is "a": never checked
        ("双方就共同关心的问题交换意见。", "The two sides exchanged views on issues of common interest."),
        ("今年五月启动执法检查。", "In May this year, the inspection started."),
    ],
)
def test_numbers_and_dates_that_match(zh: str, en: str) -> None:
    assert mismatches(zh_quantities(zh), en_quantities(en)) == set()


@pytest.mark.parametrize(
    ("zh", "en", "expected"),
    [
        (
            "共有1200余件作品报名参展。",
            "More than 8,000 works were entered.",
            {"numbers"},
        ),  # missing and invented
        ("论坛将于11月20日闭幕。", "The forum will close on November 19.", {"dates"}),
        ("论坛将于11月20日闭幕。", "The forum will close.", {"dates"}),
        ("论坛闭幕。", "The forum closed after 3 days.", {"numbers"}),
        ("总金额约38亿元。", "The total is about 38 million yuan.", {"numbers"}),
        ("英国首相特雷莎·梅发表演讲。", "Prime Minister Theresa May gave a speech.", set()),  # not the month
    ],
)
def test_numbers_and_dates_that_do_not(zh: str, en: str, expected: set[str]) -> None:
    assert mismatches(zh_quantities(zh), en_quantities(en)) == expected


def test_numbers_kind_is_flagged() -> None:
    assert kinds("铁路部门已加开15趟临时列车。", "Railway departments have added 51 temporary trains.") == [
        "numbers"
    ]


# -- names ------------------------------------------------------------------------------------------------


def test_an_invented_person_is_flagged_and_a_real_one_is_not() -> None:
    source = "张海涛说，下周气温将逐步回升。"
    assert kinds(source, "Zhang Haitao said that temperatures will gradually rise next week.") == []
    assert kinds(source, "Li Minghua said that temperatures will gradually rise next week.") == ["names"]


def test_a_protected_term_missing_from_the_output_is_flagged() -> None:
    term = Term("国家互联网信息办公室", "Cyberspace Administration of China", "glossary")
    source = "国家互联网信息办公室发布了报告。"
    found = Protector().find(source)
    assert [f.term for f in found] == [term]
    assert kinds(source, "The State Internet Information Office released a report.", found=found) == ["names"]
    assert kinds(source, "The Cyberspace Administration of China released a report.", found=found) == []


def test_spliced_sentences_are_flagged() -> None:
    assert "spliced" in kinds(ZH, EN, spliced=True)


# -- length, repetition, untranslated, empty, coverage ---------------------------------------------------


def test_length_outside_the_learned_band() -> None:
    band = vocabulary().length_bands["zh"]
    assert band.low < 1 < band.high  # a ratio to the expected length: 1 is typical
    source = "专家提醒，老人和儿童要减少户外活动。"
    english = "Experts remind the elderly and children to reduce outdoor activities."
    assert kinds(source, english) == []
    assert kinds(source, "Experts remind.") == ["length"]
    padded = english[:-1] + ", as the weather service said on its website late on a cold and windy evening."
    assert kinds(source, padded) == ["length"]
    assert kinds("图为论坛现场。", "Photo.") == []  # too short to judge: below min_source_chars


def test_repetition() -> None:
    assert kinds(ZH, EN, looped=True) == ["repetition"]
    loop = "Temperatures will drop in the north, in the north, in the north, in the north by 8 to 10 degrees."
    assert "repetition" in kinds(ZH, loop)
    assert "repetition" in kinds(ZH, EN.replace("Celsius", "Celsiusiusiusiusius"))


def test_untranslated_and_empty() -> None:
    assert "untranslated" in kinds(ZH, EN.replace("cold air", "冷空气"))
    assert kinds(ZH, "") == ["empty"]
    assert kinds("。", "") == []  # nothing was there to translate


def test_coverage_tells_fluent_nonsense_from_a_translation() -> None:
    nonsense = "The photo shows visitors trying out virtual reality equipment at the digital art exhibition."
    source = "农业农村部要求各地做好蔬菜大棚防冻工作。"
    assert dictionary.coverage(source, nonsense)[0] < vocabulary().coverage_threshold
    assert kinds(source, nonsense) == ["coverage"]
    faithful = "The Ministry of Agriculture asked all localities to protect vegetable greenhouses from frost."
    assert dictionary.coverage(source, faithful)[0] >= 0.5
    assert kinds(source, faithful) == []


def test_checks_of_other_languages_compare_digits_only() -> None:
    sentence = Sentence("Le forum a réuni 600 invités.", "The forum brought together 600 guests.", "fr")
    assert check(sentence) == []
    assert check(Sentence("Le forum a réuni 600 invités.", "The forum brought together guests.", "fr")) == [
        "numbers"
    ]


# -- article level -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flagged", "sentences", "expected"),
    [(0, 10, "ok"), (1, 10, "doubtful"), (5, 10, "doubtful"), (6, 10, "unusable"), (0, 0, None)],
)
def test_quality_levels(flagged: int, sentences: int, expected: str | None) -> None:
    assert quality(flagged, sentences) == expected


def test_the_learned_numbers_say_where_they_come_from() -> None:
    v = vocabulary()
    assert "WMT" in v.provenance and "not shipped" in v.provenance
    assert 0 < v.coverage_threshold < 0.5
    assert 3 < v.length_bands["zh"].han_weight < 5


def test_every_check_kind_is_listed_in_order() -> None:
    assert [name for name, _ in checks.CHECKS] == [
        k for k in checks.KIND_ORDER if k not in ("dates", "failed")
    ]


@pytest.mark.corpus("models/fixture_pairs_zh_en.tsv")
def test_the_fixture_pairs_pass_every_check() -> None:
    """The 61 pairs the fixture model memorises are good translations: none is flagged."""
    lines = (SHARED / "models" / "fixture_pairs_zh_en.tsv").read_text(encoding="utf-8").splitlines()[1:]
    pairs = [line.split("\t") for line in lines if line.strip()]
    protector = Protector()
    flagged = [(zh, en, k) for zh, en in pairs if (k := kinds(zh, en, found=protector.find(zh)))]
    assert len(pairs) == 61 and flagged == []


def test_dictionary_index_is_cached_in_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREARCHIVE_DATA", str(tmp_path))
    dictionary.gloss_index.cache_clear()
    try:
        assert "寒潮" in dictionary.gloss_index().glosses
        assert list((tmp_path / "cache").glob("cedict-glosses-*.marshal"))
    finally:
        dictionary.gloss_index.cache_clear()
