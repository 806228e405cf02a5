"""Issue 13's targets with the fixture model (it memorises 61 sentence pairs; anything else comes out as fluent
nonsense): an article of its training sentences comes out "ok" with no flag, an article of sentences it never
saw is "doubtful" or "unusable" with at least 80 % of its sentences flagged, and in both every person the
people stage found is in the English under their English name. Then the same through `wirearchive extract`
(the contract's JSON) and into the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import SHARED, run_cli

from pipeline.record import Article
from pipeline.runner import STAGE_NAMES, STAGES, process_record
from pipeline.stages.translate import models
from pipeline.stages.translate.cache import MemoryTranslationCache
from pipeline.stages.translate.models import install_model
from pipeline.stages.translate.protect import person_terms
from pipeline.stages.translate.translator import TranslationStats, translate_many
from pipeline.store import Store

FIXTURE = SHARED / "models" / "translate-zh_en-fixture.argosmodel"
PAIRS_TSV = SHARED / "models" / "fixture_pairs_zh_en.tsv"
pytestmark = [
    pytest.mark.corpus("models/translate-zh_en-fixture.argosmodel", "models/fixture_pairs_zh_en.tsv"),
    pytest.mark.slow,
]

# Sentences written for this test, about things the fixture never saw (a cold wave, a conference in Tianjin),
# with people in them.
UNSEEN_TITLE = "中央气象台发布寒潮蓝色预警"
UNSEEN = [
    "中央气象台12月3日发布寒潮蓝色预警。受强冷空气影响，北方大部地区气温将下降8至10摄氏度。",
    "北京市气象局副局长张海涛表示，市民应注意防寒保暖。专家提醒，老人和儿童要减少户外活动。",
    "部分高速公路因降雪临时封闭。铁路部门已加开15趟临时列车。",
    "气象部门预计，这次降温过程将持续到本周末。张海涛说，下周气温将逐步回升。",
    "第五届中国网络文明大会于8月28日在天津开幕。国家互联网信息办公室主任庄荣文出席开幕式并致辞。",
    "来自政府部门、企业和高校的1500余名代表参加了会议。庄荣文指出，要持续推进网络生态治理。",
    "天津市市长张工表示，天津将为大会提供全方位保障。本次大会共设置12场分论坛。",
]


def training_pairs() -> dict[str, str]:
    lines = PAIRS_TSV.read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t") for line in lines if line.strip())


TRAINING_TITLE = "2026湖畔数字文化论坛19日在杭州开幕。"


def training_article() -> Article:
    """Every other training sentence, up to three to a paragraph (a line without an end mark alone, as on a
    page: 责任编辑：王丽, 来源：湖畔日报)."""
    paragraphs: list[str] = []
    group: list[str] = []
    for zh in training_pairs():
        if zh == TRAINING_TITLE or (zh.startswith("新华社") and not zh.endswith("）")):
            continue  # the title, and the dateline + lead combinations (their parts are there)
        if not zh.endswith(("。", "？", "！", "”", "）")):
            paragraphs += ["".join(group), zh] if group else [zh]
            group = []
            continue
        group.append(zh)
        if len(group) == 3:
            paragraphs.append("".join(group))
            group = []
    paragraphs += ["".join(group)] if group else []
    return Article(title=TRAINING_TITLE, paragraphs=paragraphs)


@pytest.fixture(scope="module")
def model_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("quality-data")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WIREARCHIVE_DATA", str(data))
        install_model(FIXTURE)
    return data


@pytest.fixture
def data(model_data: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WIREARCHIVE_DATA", str(model_data))
    models.forget_engines()
    return model_data


def through_the_stages(record: Article) -> tuple[Article, TranslationStats]:
    """The stages of the pipeline after extraction, in its order (language, people, dates, then translate,
    with stats, then conferences)."""
    at = STAGE_NAMES.index("translate")
    record = process_record(record, [s for s in STAGES[:at] if s.name not in ("decode", "extract")])
    stats = TranslationStats()
    translate_many([record], cache=MemoryTranslationCache(), stats=stats)
    return process_record(record, STAGES[at + 1 :]), stats


def english(record: Article) -> str:
    return (record.title_en or "") + "\n\n" + (record.body_en or "")


def assert_people_in_english(record: Article) -> None:
    protected = [p for p in record.people if person_terms(p)]
    assert protected, "the test article should name people the stage protects"
    assert len(protected) == len([p for p in record.people if not p.surname_only])
    for person in protected:
        assert person.name_en and person.name_en in english(record), person


def test_training_sentences_are_ok_with_no_flag(data: Path) -> None:
    record, stats = through_the_stages(training_article())
    assert record.translation_status == "translated"
    assert record.translation_quality == "ok" and record.translation_flags == []
    assert stats.retried == stats.spliced == 0  # the model was right as it is: no second round
    table = training_pairs()
    assert record.title_en == table[record.title or ""]
    assert_people_in_english(record)
    assert {p.name_en for p in record.people} >= {"Chen Xiaoyan", "Li Minghua", "Wang Jianguo", "Zhao Lixin"}


def test_unseen_sentences_are_flagged(data: Path) -> None:
    record, stats = through_the_stages(Article(title=UNSEEN_TITLE, paragraphs=list(UNSEEN)))
    assert record.translation_status == "translated"
    assert record.translation_quality in ("doubtful", "unusable")
    assert len(record.translation_flags) >= 0.8 * stats.sentences
    assert all(f.kinds and f.source and f.target for f in record.translation_flags)
    assert_people_in_english(record)
    assert "China Internet Civilization Conference" in english(record)  # a conference name, protected
    assert "Cyberspace Administration of China" in english(record)  # a glossary term
    assert "china-internet-civilization-conference" in record.conferences


def test_extract_json_and_database_rows(data: Path, tmp_path: Path) -> None:
    page = tmp_path / "coldwave.txt"
    page.write_text(UNSEEN_TITLE + "\n\n" + "\n\n".join(UNSEEN), encoding="utf-8")
    result = run_cli("extract", str(page), env={"WIREARCHIVE_DATA": str(data)})
    contract = json.loads(result.stdout)
    translation = contract["translation"]
    assert translation["quality"] in ("doubtful", "unusable")
    assert translation["flags"] and all(
        {"sentence", "source", "kinds"} <= flag.keys() and flag["kinds"] for flag in translation["flags"]
    )
    assert [f["sentence"] for f in translation["flags"]] == sorted(
        f["sentence"] for f in translation["flags"]
    )

    record = process_record(Article(url="https://example.com/coldwave", raw=page.read_bytes(), is_text=True))
    store = Store(tmp_path / "wirearchive.db")
    article_id = store.save_article(record, "test")
    row = store.db.execute("select translation_quality from articles where id = ?", [article_id]).fetchone()
    assert row == (record.translation_quality,)
    rows = store.db.execute(
        "select part, paragraph, sentence, source, target, kinds from translation_flags where article_id = ? "
        "order by sentence",
        [article_id],
    ).fetchall()
    assert rows == [
        (f.part, f.paragraph, f.sentence, f.source, f.target, json.dumps(f.kinds))
        for f in record.translation_flags
    ]
    store.save_article(record, "test")  # re-processing replaces the rows, never adds to them
    assert store.db.execute("select count(*) from translation_flags").fetchone() == (len(rows),)
    store.close()
