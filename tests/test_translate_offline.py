"""The real argostranslate path, offline, with the fixture model from /work/shared/models.

The fixture memorises the 61 pairs of fixture_pairs_zh_en.tsv (it is not a translator). argos reads
its environment once, at import: pipeline.stages.translate.models sets it before the first import and re-points argos
at the current WIREARCHIVE_DATA on every use, so these tests run in the same pytest process as the rest.
"""

from __future__ import annotations

import random
import shutil
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pipeline.stages.translate.translator as tr
from pipeline import config
from pipeline.record import Article
from pipeline.stages.language import detect_language
from pipeline.stages.translate import models, segment, workers
from pipeline.stages.translate.models import install_model
from pipeline.store.translation_cache import SQLiteTranslationCache


def translate(record: Article, **options: Any) -> Article:
    """The translation stage as the runner calls it: after the language stage."""
    return tr.translate(detect_language(record), **options)


def translate_many(records: list[Article], **options: Any) -> list[Article]:
    return tr.translate_many([detect_language(r) for r in records], **options)


PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
FIXTURE = SHARED / "models" / "translate-zh_en-fixture.argosmodel"
PAIRS_TSV = SHARED / "models" / "fixture_pairs_zh_en.tsv"
pytestmark = [
    pytest.mark.corpus("models/translate-zh_en-fixture.argosmodel", "models/fixture_pairs_zh_en.tsv"),
    pytest.mark.slow,
]
MODEL = "translate-zh_en 0.1 (fixture)"

# Multi-sentence paragraphs: every sentence is a pair of the TSV (from check_fixture_model.py).
PARAGRAPHS = [
    "新华社杭州11月18日电（记者 陈晓燕）2026湖畔数字文化论坛将于11月19日在杭州国际博览中心开幕。"
    "本届论坛由杭州市人民政府和浙江省文化和旅游厅联合主办。论坛为期两天，主题为“数字技术让文化遗产焕发新生”。"
    "来自30多个国家和地区的600余名嘉宾将出席论坛。",
    "赵立新是杭州数字文化研究院院长。赵立新表示，数字技术正在改变人们欣赏文化的方式。"
    "他说：“我们希望让更多年轻人走进博物馆。”报告显示，去年杭州数字文化产业增加值增长12.5%。",
    "数字技术如何守护文化遗产？专家们给出了各自的答案。与会专家围绕数字版权保护展开了热烈讨论。",
    "组委会秘书长刘芳表示，明年论坛将增设青年创作者单元。她说：“我们欢迎全世界的朋友再来杭州！”",
    "责任编辑：王丽",
]


def pairs() -> dict[str, str]:
    lines = PAIRS_TSV.read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t") for line in lines if line.strip())


def expected(paragraph: str) -> str:
    table = pairs()
    return " ".join(table[s] for s in segment.split_sentences(paragraph))


@pytest.fixture(scope="session")
def model_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the fixture installed through argostranslate.package.install_from_path, once."""
    data = tmp_path_factory.mktemp("argos-data")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WIREARCHIVE_DATA", str(data))
        install_model(FIXTURE)
    return data


@pytest.fixture
def data(model_data: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test uses the installed model, with the network guard on and fresh translators."""
    monkeypatch.setenv("WIREARCHIVE_DATA", str(model_data))
    models.forget_engines()
    workers.set_network_guard(True)
    try:
        yield model_data
    finally:
        workers.set_network_guard(False)


def test_network_guard_blocks_sockets(data: Path) -> None:
    with pytest.raises(ConnectionRefusedError, match="network blocked"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_photo_caption(data: Path) -> None:
    record = translate(Article(title="图为论坛现场。", paragraphs=["图为论坛现场。"]))
    assert record.title_en == "The photo shows the scene at the forum."
    assert record.body_en == "The photo shows the scene at the forum."
    assert record.translation_status == "translated"
    assert record.translation_model == MODEL


def test_every_fixture_pair(data: Path) -> None:
    table = pairs()
    record = translate(Article(title="2026湖畔数字文化论坛", paragraphs=list(table)))
    assert record.translation_status == "translated"
    assert record.body_en is not None
    assert record.body_en.split("\n\n") == list(table.values())


def test_multi_sentence_paragraphs(data: Path) -> None:
    record = translate(Article(title="论坛", paragraphs=list(PARAGRAPHS)))
    assert record.body_en == "\n\n".join(expected(p) for p in PARAGRAPHS)
    assert record.lang == "zh" and record.translation_status == "translated"


def test_mixed_english_page(data: Path) -> None:
    english = (
        "HANGZHOU, Nov. 19 (Xinhua) -- The Lakeside Digital Culture Forum opened on Wednesday in Hangzhou."
    )
    record = translate(
        Article(title="Forum opens", paragraphs=[english, "她说：“我们欢迎全世界的朋友再来杭州！”"])
    )
    assert record.lang == "en"
    assert (
        record.body_en
        == english + '\n\nShe said: "We welcome friends from all over the world to come to Hangzhou again!"'
    )
    assert record.translation_status == "translated"


def test_nonsense_input_is_capped(data: Path) -> None:
    """The fixture gives fluent nonsense for unknown text: long input is cut, output stays bounded."""
    rng = random.Random(0)
    long_line = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(1400)) + "。"  # no comma at all
    record = translate(Article(title="测试", paragraphs=[long_line, "１２３４５６７８９０", "x"]))
    assert record.translation_status == "translated"
    assert record.body_en is not None and len(record.body_en.split("\n\n")) == 3
    pieces = segment.split_sentences(long_line)
    assert len(pieces) == 9 and all(len(p) <= segment.MAX_SENTENCE_CHARS_CJK for p in pieces)
    words = record.body_en.split("\n\n")[0].split()
    assert len(words) <= len(pieces) * segment.OUTPUT_CAP_MAX


def test_sqlite_cache_and_two_workers(data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREARCHIVE_NETWORK_GUARD", "1")  # the guard in every worker process too
    records = [Article(title=p[:10], paragraphs=[p, "图为论坛现场。"]) for p in PARAGRAPHS]
    cache = SQLiteTranslationCache(tmp_path / "wirearchive.db")
    stats = tr.TranslationStats()
    translate_many(records, workers=2, cache=cache, stats=stats, chunk_size=4)
    assert stats.failed == 0 and stats.errors == []
    assert stats.translated == stats.unique > 8
    for record, paragraph in zip(records, PARAGRAPHS, strict=True):
        assert record.translation_status == "translated"
        assert record.body_en == expected(paragraph) + "\n\nThe photo shows the scene at the forum."
    # re-processing: everything comes from the cache, nothing is translated again
    again = [Article(title=p[:10], paragraphs=[p, "图为论坛现场。"]) for p in PARAGRAPHS]
    stats2 = tr.TranslationStats()
    translate_many(again, workers=2, cache=SQLiteTranslationCache(tmp_path / "wirearchive.db"), stats=stats2)
    assert stats2.translated == 0 and stats2.cache_hits == stats.unique
    assert [r.body_en for r in again] == [r.body_en for r in records]


def test_argos_own_api_is_offline_after_patch(data: Path) -> None:
    """argostranslate.translate (MiniSBD would download an ONNX model) works offline once patched."""
    argos_translate = models.patch_argos_translate()
    assert argos_translate.MiniSBDSentencizer is models.RegexSentencizer
    assert argos_translate.StanzaSentencizer is models.RegexSentencizer
    assert (
        argos_translate.translate("图为论坛现场。", "zh", "en") == "The photo shows the scene at the forum."
    )


def test_nothing_written_outside_the_data_dir(data: Path) -> None:
    settings = sys.modules["argostranslate.settings"]
    assert Path(settings.package_data_dir) == config.models_dir()
    assert settings.intra_threads == 1 and settings.beam_size == 1


@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare(1) not available")
def test_default_path_in_a_network_namespace(tmp_path: Path) -> None:
    """Install + translate in a fresh process with no network at all (`unshare -n`)."""
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("unshare -n is not permitted here (needs root or user namespaces)")
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["WIREARCHIVE_DATA"] = {str(tmp_path / "data")!r}
        sys.path.insert(0, {str(PROJECT)!r})
        from pipeline.stages.translate.models import install_model
        from pipeline.stages.translate.translator import translate
        from pipeline.record import Article
        install_model({str(FIXTURE)!r})
        r = translate(Article(title="图为论坛现场。", paragraphs=["责任编辑：王丽"]))
        print(r.translation_status, "|", r.title_en, "|", r.body_en)
        """
    )
    result = subprocess.run(
        ["unshare", "-n", sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "translated | The photo shows the scene at the forum. | Editor: Wang Li"
