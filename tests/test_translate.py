"""Translation stage without argostranslate: statuses, sentence splitting, caches, planning.

The model here is a fake engine; tests/test_translate_offline.py runs the real argos path.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import pipeline.stages.translate.translator as tr
from pipeline.record import Article
from pipeline.stages.language import detect_language
from pipeline.stages.translate import models, segment
from pipeline.stages.translate.cache import MemoryTranslationCache, TranslationCache
from pipeline.stages.translate.models import ModelInfo
from pipeline.store.translation_cache import SQLiteTranslationCache


def translate(record: Article, **options: Any) -> Article:
    """The translation stage as the runner calls it: after the language stage."""
    return tr.translate(detect_language(record), **options)


def translate_many(records: list[Article], **options: Any) -> list[Article]:
    return tr.translate_many([detect_language(r) for r in records], **options)


ZH_TITLE = "图为论坛现场。"
ZH = ["本届论坛由杭州市人民政府和浙江省文化和旅游厅联合主办。论坛为期两天。", "责任编辑：王丽"]
EN = [
    "HANGZHOU, Nov. 19 (Xinhua) -- The 2026 Lakeside Digital Culture Forum opened on Wednesday in Hangzhou.",
    "More than 600 guests from over 30 countries and regions attended the two-day forum, the organizers said.",
]


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WIREARCHIVE_DATA", str(tmp_path))
    models.forget_engines()
    return tmp_path


def fake_model(data: Path, lang: str = "zh") -> None:
    folder = data / "models" / f"translate-{lang}_en-fake"
    folder.mkdir(parents=True)
    meta = {"package_version": "9.9", "from_code": lang, "to_code": "en", "code": f"translate-{lang}_en"}
    (folder / "metadata.json").write_text(json.dumps(meta))


class FakeEngine:
    """Upper-cases nothing, just tags: "<EN:sentence>"; can fail on a marker."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def translate_batch(self, sentences: Sequence[str]) -> list[str]:
        self.calls.append(list(sentences))
        if any("失败" in s for s in sentences):
            raise RuntimeError("boom")
        return [f"<EN:{s}>" for s in sentences]


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> FakeEngine:
    fake = FakeEngine()
    monkeypatch.setattr(models, "get_engine", lambda model, beam_size=1: fake)
    return fake


# -- statuses --------------------------------------------------------------------------------------


def test_no_model_installed(data: Path) -> None:
    record = translate(Article(title=ZH_TITLE, paragraphs=list(ZH)))
    assert record.lang == "zh"
    assert record.translation_status == "not translated: no model installed"
    assert record.title_en is None and record.body_en is None and record.translation_model is None


def test_no_model_for_the_pages_language_names_the_pair(data: Path) -> None:
    fake_model(data, lang="ja")  # a model, but not for Chinese
    record = translate(Article(title=ZH_TITLE, paragraphs=list(ZH)))
    assert record.translation_status == "not translated: no zh→en model installed"
    assert record.body_en is None


def test_english_is_original(data: Path) -> None:
    record = translate(Article(title="Forum opens in Hangzhou", paragraphs=list(EN)))
    assert record.translation_status == "original"
    assert record.title_en == "Forum opens in Hangzhou"
    assert record.body_en == record.body
    assert record.translation_model is None


def test_undetermined_language(data: Path) -> None:
    record = translate(Article(title="", paragraphs=["12:30", "Photo: AFP"]))
    assert record.lang == "und"
    assert record.translation_status == "not translated: language und"
    assert record.body_en is None


def test_translated_keeps_paragraphs(data: Path, engine: FakeEngine) -> None:
    fake_model(data)
    record = translate(Article(title=ZH_TITLE, paragraphs=list(ZH)))
    assert record.translation_status == "translated"
    assert record.translation_model == "translate-zh_en 9.9"
    assert record.title_en == f"<EN:{ZH_TITLE}>"
    assert record.body_en == (
        "<EN:本届论坛由杭州市人民政府和浙江省文化和旅游厅联合主办。> <EN:论坛为期两天。>\n\n<EN:责任编辑：王丽>"
    )


def test_mixed_page_translates_only_foreign_paragraphs(data: Path, engine: FakeEngine) -> None:
    fake_model(data)
    record = translate(
        Article(title="Forum opens", paragraphs=[EN[0], "“我们欢迎全世界的朋友再来杭州！”", EN[1]])
    )
    assert record.lang == "en"
    assert record.translation_status == "translated"
    assert record.body_en == f"{EN[0]}\n\n<EN:“我们欢迎全世界的朋友再来杭州！”>\n\n{EN[1]}"
    assert record.title_en == "Forum opens"
    assert engine.calls == [["“我们欢迎全世界的朋友再来杭州！”"]]


def test_mixed_page_without_model_is_partly_translated(data: Path) -> None:
    record = translate(
        Article(title="Forum opens", paragraphs=[EN[0], "“我们欢迎全世界的朋友再来杭州！”", EN[1]])
    )
    assert record.translation_status == "partly translated: no zh→en model installed for 1 of 3 paragraphs"
    assert record.body_en == record.body


def test_failed_paragraph_is_partly_translated(data: Path, engine: FakeEngine) -> None:
    fake_model(data)
    records = [Article(title=ZH_TITLE, paragraphs=[ZH[0], "这一段翻译失败了。"])]
    translate_many(records, chunk_size=1)
    record = records[0]
    assert record.translation_status == "partly translated: failed for 1 of 2 paragraphs (RuntimeError)"
    assert record.body_en is not None
    assert record.body_en.split("\n\n")[1] == "这一段翻译失败了。"  # kept, paragraphs stay aligned


def test_all_failed_is_not_translated(data: Path, engine: FakeEngine) -> None:
    fake_model(data)
    record = translate(
        Article(title="翻译失败了", paragraphs=["这一段翻译失败了。"]), cache=MemoryTranslationCache()
    )
    assert record.translation_status == "not translated: failed (RuntimeError)"
    assert record.body_en is None


class LeakyEngine:
    """Fails the way libraries do: with messages that carry paths and internals."""

    def translate_batch(self, sentences: Sequence[str]) -> list[str]:
        if any("失败" in s for s in sentences):
            raise ValueError("/home/someone/.local/share/argos-translate/packages/zh_en/model.bin: bad magic")
        if any("崩溃" in s for s in sentences):
            raise RuntimeError("CUDA error 719 at ctranslate2/src/ops/gemm.cc:112")
        return [f"<EN:{s}>" for s in sentences]


def test_a_failure_is_named_by_its_class_and_each_record_by_its_own(
    data: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    fake_model(data)
    monkeypatch.setattr(models, "get_engine", lambda model, beam_size=1: LeakyEngine())
    records = [
        Article(title="翻译失败了", paragraphs=["这一段翻译失败了。"]),
        Article(title="翻译崩溃了", paragraphs=["这一段翻译崩溃了。"]),
        Article(title=ZH_TITLE, paragraphs=[ZH[0], "这一段翻译失败了。"]),
    ]
    stats = tr.TranslationStats()
    with caplog.at_level("WARNING", logger=tr.__name__):
        translate_many(records, chunk_size=1, stats=stats, cache=MemoryTranslationCache())
    assert [r.translation_status for r in records] == [
        "not translated: failed (ValueError)",
        "not translated: failed (RuntimeError)",  # not the first record's error
        "partly translated: failed for 1 of 2 paragraphs (ValueError)",
    ]
    assert any("bad magic" in e for e in stats.errors) and any("CUDA error" in e for e in stats.errors)
    assert "bad magic" in caplog.text  # the library's message is kept for whoever reads the log


# -- splitting and output clean-up -------------------------------------------------------------------


def test_split_sentences() -> None:
    assert segment.split_sentences("图为论坛现场。约有300名志愿者为论坛提供服务！真的吗？") == [
        "图为论坛现场。",
        "约有300名志愿者为论坛提供服务！",
        "真的吗？",
    ]
    assert segment.split_sentences("他说：“我们欢迎你！”报告显示，增长12.5%。") == [
        "他说：“我们欢迎你！”",
        "报告显示，增长12.5%。",
    ]
    assert segment.split_sentences("Mr. Wang arrived at 9 a.m. on Nov. 19. It grew 12.5 percent. Good?") == [
        "Mr. Wang arrived at 9 a.m. on Nov. 19.",
        "It grew 12.5 percent.",
        "Good?",
    ]
    assert segment.split_sentences("") == []


def test_long_sentences_are_cut() -> None:
    clause = "杭州市人民政府和浙江省文化和旅游厅联合主办论坛"
    sentence = "，".join([clause] * 20) + "。"
    pieces = segment.split_sentences(sentence)
    assert len(pieces) > 1
    assert all(len(p) <= segment.MAX_SENTENCE_CHARS_CJK for p in pieces)
    assert "".join(pieces) == sentence
    assert all(len(p) <= 50 for p in segment.split_long("x" * 120, limit=50))


def test_collapse_repeats() -> None:
    assert segment.collapse_repeats("of the forum of the forum of the forum opened") == (
        "of the forum opened",
        True,
    )
    assert segment.collapse_repeats("very very very very good") == ("very good", True)
    text = "Li Minghua, Wang Jianguo and Zhao Lixin jointly cut the ribbon."
    assert segment.collapse_repeats(text) == (text, False)
    assert segment.output_cap(10) == 56


# -- caches --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_cache_round_trip(kind: str, tmp_path: Path) -> None:
    cache: TranslationCache = (
        MemoryTranslationCache() if kind == "memory" else SQLiteTranslationCache(tmp_path / "c.db")
    )
    assert isinstance(cache, TranslationCache)
    assert cache.get_many("m1", ["a", "b"]) == {}
    cache.put_many("m1", [("a", "A"), ("b", "B")])
    cache.put_many("m2", [("a", "other")])
    assert cache.get_many("m1", ["a", "b", "c"]) == {"a": "A", "b": "B"}
    assert cache.get_many("m2", ["a", "b"]) == {"a": "other"}
    cache.put_many("m1", [("a", "A2")])
    assert cache.get_many("m1", ["a"]) == {"a": "A2"}


def test_sqlite_cache_table_and_persistence(tmp_path: Path) -> None:
    db = tmp_path / "wirearchive.db"
    SQLiteTranslationCache(db).put_many("m", [("图为论坛现场。", "The photo shows the scene at the forum.")])
    reopened = SQLiteTranslationCache(db)
    assert reopened.get_many("m", ["图为论坛现场。"]) == {
        "图为论坛现场。": "The photo shows the scene at the forum."
    }
    columns = [c.name for c in reopened.db["translation_cache"].columns]  # type: ignore[union-attr]
    assert columns == ["model", "source_sha1", "source", "target", "created"]
    many = [(f"句子{i}。", f"sentence {i}") for i in range(1200)]  # more than one SELECT batch
    reopened.put_many("m", many)
    assert len(reopened.get_many("m", [s for s, _ in many])) == 1200


def test_duplicates_and_reruns_cost_nothing(data: Path, engine: FakeEngine, tmp_path: Path) -> None:
    fake_model(data)
    cache = SQLiteTranslationCache(tmp_path / "cache.db")
    copies = [Article(title=ZH_TITLE, paragraphs=list(ZH)) for _ in range(3)]  # three wire copies
    stats = tr.TranslationStats()
    translate_many(copies, cache=cache, stats=stats)
    assert stats.translated == 4 and stats.unique == 4 and stats.sentences == 12
    assert len({r.body_en for r in copies}) == 1
    again = tr.TranslationStats()
    rerun = [Article(title=ZH_TITLE, paragraphs=list(ZH))]
    translate_many(rerun, cache=cache, stats=again)
    assert again.translated == 0 and again.cache_hits == 4
    assert rerun[0].body_en == copies[0].body_en
    assert sum(len(c) for c in engine.calls) == 4


def test_interrupted_run_keeps_finished_chunks(data: Path, engine: FakeEngine, tmp_path: Path) -> None:
    """Ctrl-C after the first chunk: that chunk is committed; the next run translates only the rest."""
    fake_model(data)
    cache = SQLiteTranslationCache(tmp_path / "cache.db")
    paragraphs = [f"第{i}段。" for i in range(10)]
    real_put = cache.put_many
    calls = {"n": 0}

    def put_then_interrupt(model: str, pairs: object) -> None:
        real_put(model, pairs)  # type: ignore[arg-type]
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt

    cache.put_many = put_then_interrupt  # type: ignore[method-assign]
    record = Article(title="论坛", paragraphs=paragraphs)
    with pytest.raises(KeyboardInterrupt):
        translate_many([record], cache=cache, chunk_size=3)
    assert record.translation_status is None  # not half-filled
    assert len(SQLiteTranslationCache(tmp_path / "cache.db")) == 6  # two chunks of 3 committed

    cache.put_many = real_put  # type: ignore[method-assign]
    stats = tr.TranslationStats()
    translate_many([record], cache=cache, stats=stats, chunk_size=3)
    assert (stats.cache_hits, stats.translated) == (6, 5)
    assert record.translation_status == "translated"


def test_language_is_detected_when_missing(data: Path) -> None:
    record = Article(title=ZH_TITLE, paragraphs=list(ZH))
    assert record.lang is None
    translate(record)
    assert record.lang == "zh"
    assert (
        detect_language(Article(title=ZH_TITLE, paragraphs=list(ZH))).paragraph_langs
        == record.paragraph_langs
    )


def test_models_with_model_info_label() -> None:
    m = ModelInfo("translate-zh_en-fixture", Path("/x"), "zh", "en", "0.1", "translate-zh_en", fixture=True)
    assert m.label == "translate-zh_en 0.1 (fixture)"
    assert m.pair == "zh→en"


def test_a_dateline_opening_a_paragraph_is_its_own_segment():
    from pipeline.stages.translate.segment import split_sentences

    assert split_sentences("新华社杭州11月20日电（记者 陈晓燕）11月20日，各分论坛同时举行。第二句。") == [
        "新华社杭州11月20日电（记者 陈晓燕）",
        "11月20日，各分论坛同时举行。",
        "第二句。",
    ]
    assert split_sentences("没有电头。第二句。") == ["没有电头。", "第二句。"]
