"""Protected names and terms (pipeline/stages/translate/protect.py) and the three rounds that keep them in the
English, the flags a translation gets, long text. The models here are fakes; test_translate_quality.py runs the
fixture model."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

import pipeline.stages.translate.translator as tr
from pipeline.record import Article, Person
from pipeline.stages.translate import models, segment
from pipeline.stages.translate.cache import MemoryTranslationCache
from pipeline.stages.translate.protect import Protector, fixed_terms, person_terms

WANG = Person(name="王建国", name_en="Wang Jianguo", name_zh="王建国", forms=["王建国"], kind="quoted")


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WIREARCHIVE_DATA", str(tmp_path))
    folder = tmp_path / "models" / "translate-zh_en-fake"
    folder.mkdir(parents=True)
    meta = {"package_version": "9.9", "from_code": "zh", "to_code": "en", "code": "translate-zh_en"}
    (folder / "metadata.json").write_text(json.dumps(meta))
    models.forget_engines()
    return tmp_path


class FakeEngine:
    """A model that loses names: Han text becomes "The official spoke at the ceremony."; with ``keeps_latin``
    it copies the Latin words of its input through (as real models do), else it drops them too. A sentence
    with 失败 makes it fail."""

    def __init__(self, keeps_latin: bool) -> None:
        self.keeps_latin = keeps_latin
        self.calls: list[list[str]] = []

    def translate_batch(self, sentences: Sequence[str]) -> list[str]:
        self.calls.append(list(sentences))
        if any("失败" in s for s in sentences):
            raise RuntimeError("boom")
        out = []
        for s in sentences:
            latin = " ".join(re.findall(r"[A-Za-z][A-Za-z ]*[A-Za-z]", s)) if self.keeps_latin else ""
            out.append(f"{latin} spoke at the ceremony." if latin else "The official spoke at the ceremony.")
        return out


def use(engine: FakeEngine, monkeypatch: pytest.MonkeyPatch) -> FakeEngine:
    monkeypatch.setattr(models, "get_engine", lambda model, beam_size=1: engine)
    return engine


def translated(record: Article, chunk_size: int = tr.CHUNK_SIZE) -> tuple[Article, tr.TranslationStats]:
    record.lang = "zh"
    record.paragraph_langs = ["zh"] * len(record.paragraphs)
    stats = tr.TranslationStats()
    tr.translate_many([record], cache=MemoryTranslationCache(), stats=stats, chunk_size=chunk_size)
    return record, stats


# -- which terms -------------------------------------------------------------------------------------------


def test_terms_from_the_glossary_conferences_and_people() -> None:
    terms = fixed_terms()
    assert terms["国家互联网信息办公室"].en == "Cyberspace Administration of China"
    assert terms["中国网络文明大会"].en == "China Internet Civilization Conference"
    # an alias that is a part of the Chinese name gets the English of the same share of the English name
    assert terms["网络文明大会"].en == "Internet Civilization Conference"
    assert terms["湖畔数字文化论坛"].en == "Lakeside Digital Culture Forum"
    assert terms["2026湖畔数字文化论坛"].en == "2026 Lakeside Digital Culture Forum"
    assert terms["乌镇峰会"].en == "Wuzhen Summit"  # not a part of the name: from the glossary
    assert [t.en for t in person_terms(WANG)] == ["Wang Jianguo"]


def test_which_people_are_protected() -> None:
    foreign = Person(name="米歇尔", name_en="Mi Xieer", name_zh="米歇尔", forms=["米歇尔"])
    assert person_terms(foreign) == []  # a transliteration: its pinyin is not its English
    linked = Person(
        name="Michelle Carter",
        name_en="Michelle Carter",
        name_zh="米歇尔",
        forms=["米歇尔", "Michelle Carter"],
    )
    assert [t.en for t in person_terms(linked)] == ["Michelle Carter"]  # the article gives its English
    assert person_terms(Person(name="许", name_zh="许", name_en="Xu", surname_only=True, forms=["许"])) == []
    putin = Person(name="普京", name_en="Pu Jing", name_zh="普京", forms=["普京"])
    record = Article(people=[putin, WANG])
    assert Protector(record).terms["普京"].en == "Putin"  # the glossary wins over the pinyin


def test_longest_term_wins() -> None:
    found = Protector().find("外交部发言人说，外交部将回应。")
    assert [(f.term.zh, f.term.en) for f in found] == [
        ("外交部发言人", "Foreign Ministry spokesperson"),
        ("外交部", "Ministry of Foreign Affairs"),
    ]


# -- the rounds ---------------------------------------------------------------------------------------------


def test_as_is_then_with_the_english_written_in(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = use(FakeEngine(keeps_latin=True), monkeypatch)
    record, stats = translated(Article(title="开幕", paragraphs=["王建国在开幕式上致辞。"], people=[WANG]))
    assert record.body_en == "Wang Jianguo spoke at the ceremony."
    assert engine.calls[-1] == ["Wang Jianguo 在开幕式上致辞。"]
    assert (stats.retried, stats.spliced) == (1, 0)
    assert not any("spliced" in f.kinds for f in record.translation_flags)


def test_spliced_when_the_model_drops_the_name_anyway(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use(FakeEngine(keeps_latin=False), monkeypatch)
    record, stats = translated(Article(title="开幕", paragraphs=["王建国在开幕式上致辞。"], people=[WANG]))
    assert record.body_en == "Wang Jianguo The official spoke at the ceremony."
    assert (stats.retried, stats.spliced) == (1, 1)
    [flag] = [f for f in record.translation_flags if f.part == "body"]
    assert "spliced" in flag.kinds and flag.target == record.body_en
    assert record.translation_quality in ("doubtful", "unusable")


def test_a_sentence_of_terms_only(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use(FakeEngine(keeps_latin=False), monkeypatch)
    record, _ = translated(
        Article(title="中国网络文明大会", paragraphs=["王建国、国家互联网信息办公室"], people=[WANG])
    )
    assert record.title_en == "China Internet Civilization Conference"
    assert record.body_en == "Wang Jianguo, Cyberspace Administration of China"


# -- flags ----------------------------------------------------------------------------------------------------


def test_flags_point_at_their_sentence(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use(FakeEngine(keeps_latin=True), monkeypatch)
    record, _ = translated(
        Article(
            title="论坛3日开幕",  # the fake's English has no 3: flagged
            paragraphs=["论坛开幕。王建国在开幕式上致辞。", "这一段翻译失败了。会议于3日结束。"],
            people=[WANG],
        ),
        chunk_size=1,  # the failing sentence fails alone
    )
    assert record.translation_status.startswith("partly translated: failed for 1 of 2 paragraphs")
    by_sentence = {f.sentence: f for f in record.translation_flags}
    failed = [f for f in record.translation_flags if "failed" in f.kinds]
    assert [(f.sentence, f.paragraph, f.part, f.kinds) for f in failed] == [
        (3, 1, "body", ["failed"]),
        (4, 1, "body", ["failed"]),
    ]
    assert failed[0].source == failed[0].target == "这一段翻译失败了。"  # kept untranslated, never dropped
    assert (
        record.body_en is not None and record.body_en.split("\n\n")[1] == "这一段翻译失败了。会议于3日结束。"
    )
    for flag in record.translation_flags:  # each target is where the archive shows it
        assert flag.target in ((record.title_en or "") if flag.part == "title" else (record.body_en or ""))
    assert (by_sentence[0].part, by_sentence[0].paragraph, by_sentence[0].kinds) == ("title", None, ["dates"])
    contract = record.to_contract()["translation"]
    assert contract["quality"] == record.translation_quality
    assert {"sentence": 3, "source": "这一段翻译失败了。", "kinds": ["failed"]}.items() <= contract["flags"][
        [f["sentence"] for f in contract["flags"]].index(3)
    ].items()


def test_english_and_untranslated_articles_have_no_quality(data: Path) -> None:
    english = Article(
        title="Forum opens", paragraphs=["The forum opened in Hangzhou on Wednesday."], lang="en"
    )
    english.paragraph_langs = ["en"]
    tr.translate(english)
    assert (english.translation_status, english.translation_quality, english.translation_flags) == (
        "original",
        None,
        [],
    )


# -- long text ------------------------------------------------------------------------------------------------


def test_long_sentences_are_split_at_clause_boundaries(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = use(FakeEngine(keeps_latin=False), monkeypatch)
    clause = "杭州市人民政府和浙江省文化和旅游厅联合主办论坛"
    sentence = "，".join([clause] * 12) + "。"
    pieces = segment.split_sentences(sentence)
    assert len(pieces) > 1 and all(p.endswith(("，", "。")) for p in pieces)  # cut after a comma
    record, _ = translated(Article(title="论坛", paragraphs=[sentence]))
    assert engine.calls[0][1:] == pieces
    assert record.body_en == " ".join(["The official spoke at the ceremony."] * len(pieces))
