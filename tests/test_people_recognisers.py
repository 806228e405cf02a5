"""The people stage's statistical name recognisers (issue 10): the shipped CRF models load offline, persons are
found on any news text (no role or speech verb needed), surname references are linked, transliterated foreign
names get no pinyin, and the benchmark's scoring protocol merges a bare surname into the full name.

The sentences here are written for this project (no text of the NER data)."""

from __future__ import annotations

import socket

import pytest
from helpers import missing

from bench import ner_dev
from pipeline.record import Article, Person
from pipeline.stages.people import find_people, recognisers
from pipeline.stages.people.recognisers import EN_MODEL, MODEL_DIR, ZH_MODEL
from pipeline.text.scripts import HAN_CHAR

# dev F1 floors (measured: see test_dev_split_person_f1_floor)
ZH_DEV_FLOOR = 0.92
EN_DEV_FLOOR = 0.93


def people(paragraphs: list[str], lang: str) -> list[Person]:
    record = find_people(Article(paragraphs=paragraphs, lang=lang))
    assert record.error is None, record.error
    return record.people


def person(found: list[Person], form: str) -> Person:
    hits = [p for p in found if form in {p.name, p.name_en, p.name_zh, *p.forms}]
    assert len(hits) == 1, f"{form}: {[(p.name, p.forms) for p in found]}"
    return hits[0]


# ------------------------------------------------------------------------------------------- the models


def test_models_ship_in_the_package_and_load_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ZH_MODEL.parent == EN_MODEL.parent == MODEL_DIR
    for path in (
        ZH_MODEL,
        ZH_MODEL.with_suffix(".foreign.txt"),
        EN_MODEL,
        EN_MODEL.with_suffix(".words.tsv"),
    ):
        assert path.is_file(), path

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("a recogniser tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    recognisers.chinese_tagger.cache_clear()
    recognisers.english_tagger.cache_clear()
    tags = recognisers.chinese_entity_tags("李明华在杭州说。")
    assert "".join(tags[:3]) == "B-PERI-PERI-PER"
    spans = recognisers.english_entities(["Li Minghua met Anna Weber in Paris."])[0]["PER"]
    assert spans == [(0, 10), (15, 25)]


def test_lac_runs_on_one_thread() -> None:
    options = recognisers.lac_model()._session.get_session_options()
    assert options.intra_op_num_threads == 1


def _attribute_text(model: str) -> list[str]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_DIR / model))
    return list(tagger.info().attributes)


def test_shipped_files_hold_no_text_of_the_training_data() -> None:
    """Features hold at most two words (English) or two characters (Chinese) of text, and the side tables
    are a per-character statistic and word flags from the census and GeoNames, not names from the data."""
    for attribute in _attribute_text("en_person.crfsuite"):
        value = attribute.split("=", 1)[-1]
        assert len([w for w in value.split("|") if w]) <= 2, attribute
    for attribute in _attribute_text("zh_person.crfsuite"):
        assert len(HAN_CHAR.findall(attribute)) <= 2, attribute
    for line in ZH_MODEL.with_suffix(".foreign.txt").read_text(encoding="utf-8").splitlines():
        char, bucket = line.split("\t")
        assert len(char) == 1 and bucket in {"F1", "F2", "F3"}, line
    flags = {"F", "L1", "L2", "L3", "PS", "G", "Gm", "GC"}
    for line in EN_MODEL.with_suffix(".words.tsv").read_text(encoding="utf-8").splitlines():
        word, found = line.split("\t")
        assert word == word.upper() and " " not in word and set(found.split(",")) <= flags, line


def test_a_missing_model_is_reported_in_our_words(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(recognisers, "ZH_MODEL", tmp_path / "zh_person.crfsuite")
    recognisers.chinese_tagger.cache_clear()
    recognisers.chinese_entity_tags.cache_clear()
    try:
        record = find_people(Article(paragraphs=["李明华在杭州说。"], lang="zh"))
    finally:
        recognisers.chinese_tagger.cache_clear()
        recognisers.chinese_entity_tags.cache_clear()
    assert record.people == []
    assert record.error and record.error.startswith("people: the Chinese name model zh_person.crfsuite")
    assert "tools.train_people_models" in record.error


# ------------------------------------------------------------------------------- names on any news text


def test_transliterated_foreign_names_in_chinese() -> None:
    found = people(["联合国秘书长古特雷斯和法国总统马克龙当天在巴黎举行会谈。"], "zh")
    assert {p.name_zh for p in found} == {"古特雷斯", "马克龙"}


def test_chinese_names_without_role_or_speech_verb() -> None:
    found = people(["周末，王建国带着女儿去了西湖。", "陈晓燕和刘海涛也来了。"], "zh")
    assert {p.name_zh for p in found} == {"王建国", "陈晓燕", "刘海涛"}


def test_names_in_lists() -> None:
    found = people(["出席签约仪式的有张伟、李娜、赵海峰和孙丽。"], "zh")
    assert {p.name_zh for p in found} == {"张伟", "李娜", "赵海峰", "孙丽"}
    found = people(["The squad includes Tom Baker, Maria Lopez, Ahmed Khan and Lena Fischer."], "en")
    assert {p.name for p in found} == {"Tom Baker", "Maria Lopez", "Ahmed Khan", "Lena Fischer"}


def test_english_surname_only_mention_is_a_person() -> None:
    found = people(
        [
            "“We will not give up,” Guterres said on Tuesday.",
            "Asked about the vote, Haddad told reporters he was confident.",
        ],
        "en",
    )
    assert [(p.name, p.surname_only) for p in found] == [("Guterres", True), ("Haddad", True)]


# ---------------------------------------------------------------------------------- surname references


@pytest.mark.parametrize(
    ("paragraphs", "lang", "full", "short"),
    [
        (["美国前总统比尔·克林顿周二抵达北京。", "克林顿说，此行很愉快。"], "zh", "比尔·克林顿", "克林顿"),
        (
            ["President Emmanuel Macron arrived on Monday.", "Macron said the visit went well."],
            "en",
            "Emmanuel Macron",
            "Macron",
        ),
        (["Zhao Hui opened the forum on Monday.", "Zhao said it drew 300 guests."], "en", "Zhao Hui", "Zhao"),
    ],
)
def test_surname_reference_linked_to_the_full_name(
    paragraphs: list[str], lang: str, full: str, short: str
) -> None:
    found = people(paragraphs, lang)
    assert len(found) == 1, [(p.name, p.forms) for p in found]
    assert found[0].forms == [full, short] and not found[0].surname_only
    assert found[0].kind == "quoted"


def test_a_name_run_on_into_the_next_word_is_cut_back() -> None:
    found = people(["唐胜利昨天出院。", "医生说，唐胜利康复得很快。"], "zh")
    assert [(p.name_zh, p.forms) for p in found] == [("唐胜利", ["唐胜利"])]


# ------------------------------------------------------------------------------------ English forms


def test_foreign_names_get_no_pinyin() -> None:
    # 罗德里格斯 is no famous person of pipeline/data/famous_people.tsv (马克龙 is: tests/test_people_famous.py)
    found = people(["法国部长罗德里格斯会见了杭州市市长王建国。"], "zh")
    foreign, wang = person(found, "罗德里格斯"), person(found, "王建国")
    assert foreign.name_en is None and foreign.name_en_source is None and not foreign.has_reliable_english
    assert foreign.name == "罗德里格斯"
    assert wang.name_en == "Wang Jianguo" and wang.name_en_source == "pinyin" and wang.has_reliable_english


def test_english_form_given_by_the_article() -> None:
    found = people(["法国总统马克龙（Emmanuel Macron）表示，会谈富有成果。"], "zh")
    macron = person(found, "马克龙")
    assert macron.name_en == "Emmanuel Macron" and macron.name_en_source == "text"
    assert macron.kind == "quoted"
    english = person(people(["Emmanuel Macron spoke."], "en"), "Emmanuel Macron")
    assert english.name_en_source == "text" and english.has_reliable_english


# --------------------------------------------------------------------------------- the scoring protocol


@pytest.mark.parametrize(
    ("names", "lang", "merged"),
    [
        (["江泽民", "江"], "zh", {"江泽民"}),
        (["欧阳修", "欧阳"], "zh", {"欧阳修"}),
        (["比尔·克林顿", "克林顿"], "zh", {"比尔·克林顿"}),
        (["克林顿"], "zh", {"克林顿"}),
        (["王", "李明"], "zh", {"王", "李明"}),
        (["Emmanuel  Macron", "MACRON"], "en", {"emmanuel macron"}),
        (["Zhao Hui", "Zhao"], "en", {"zhao hui"}),
        (["Hui"], "en", {"hui"}),
        (["Anna Weber", "Anna"], "en", {"anna weber", "anna"}),
        (["ＡＢＣ"], "zh", {"ABC"}),
    ],
)
def test_benchmark_merge_rule(names: list[str], lang: str, merged: set[str]) -> None:
    assert ner_dev.merge_names(names, lang) == merged


def test_benchmark_groups_sentences_into_pseudo_articles(tmp_path) -> None:
    import json

    rows = [
        {"split": "msra_dev", "text": f"句子{i}", "tokens": list(f"句子{i}"), "persons": []}
        for i in range(45)
    ]
    rows[44]["tokens"] = list("王明说")
    rows[44]["persons"] = [{"start": 0, "end": 2, "text": "王明"}]
    (tmp_path / "zh_dev.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    articles = ner_dev.load_articles("zh", tmp_path)["msra_dev"]
    assert [len(a.paragraphs) for a in articles] == [20, 20, 5]
    assert articles[2].gold == ["王明"]
    scores = ner_dev.score(
        lambda paragraphs: ["王明", "李四"] if len(paragraphs) == 5 else [], "zh", tmp_path
    )
    assert (scores["zh"].tp, scores["zh"].fp, scores["zh"].fn) == (1, 1, 0)


def test_benchmark_converts_the_chinese_split_to_traditional(tmp_path) -> None:
    import json

    try:
        import opencc  # noqa: F401
    except ImportError:
        missing("opencc (the bench extra) is not installed")
    row = {"split": "msra_dev", "text": "陈建华说，广东发展很快。", "persons": [{"start": 0, "end": 3}]}
    row["tokens"] = list(row["text"])
    (tmp_path / "zh_dev.jsonl").write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    (article,) = ner_dev.load_articles("zh-Hant", tmp_path)["msra_dev"]
    assert article.paragraphs == ["陳建華說，廣東發展很快。"]
    assert article.gold == ["陳建華"]
    assert ner_dev.load_articles("zh", tmp_path)["msra_dev"][0].gold == ["陈建华"]
    scores = ner_dev.score(lambda paragraphs: ["陳建華"], "zh-Hant", tmp_path)
    assert (scores["zh-Hant"].tp, scores["zh-Hant"].fp, scores["zh-Hant"].fn) == (1, 0, 0)
    # a Taiwan phrase that changes the sentence's length (U盘 -> 隨身碟): the names are converted alone
    row = {"split": "msra_dev", "text": "他说，陈明的U盘丢了。", "persons": [{"start": 3, "end": 5}]}
    row["tokens"] = list(row["text"])
    (tmp_path / "zh_dev.jsonl").write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    (article,) = ner_dev.load_articles("zh-TW", tmp_path)["msra_dev"]
    assert article.paragraphs == ["他說，陳明的隨身碟丟了。"]
    assert article.gold == ["陳明"]


# ------------------------------------------------------------------------------- the NER dev splits


@pytest.mark.corpus("ner/zh_dev.jsonl", "ner/en_dev.jsonl")
@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "floor"),
    # zh-Hant: the Chinese splits converted to traditional (OpenCC s2t), read through the fold: the same floor
    [("zh", ZH_DEV_FLOOR), ("zh-Hant", ZH_DEV_FLOOR), ("en", EN_DEV_FLOOR)],
)
def test_dev_split_person_f1_floor(lang: str, floor: float) -> None:
    """Person F1 of find_people on the dev splits of ../shared/ner (bench/ner_dev.py protocol): a floor a
    little below the dev figures of docs/benchmarks.md, so that a regression of the stage on general news text
    fails here. This runs the SHIPPED models, which may be trained on train + dev (SHIPPED_DATA) and then have seen these:
    a guard, not an accuracy figure (the bench scores dev with train-only models)."""
    scores = ner_dev.score(ner_dev.people_and_dates(lang), lang)
    assert scores[lang].articles >= 150
    assert scores[lang].f1 >= floor, scores[lang].errors[:40]
