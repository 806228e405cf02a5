"""Training the name recognisers (issue 10): which sentences each model is trained on (train, or train + dev,
the benchmark's always on train only), the learning-curve subsets and half-dev folds, the benchmark
scoring the dev splits with the train-only models, and training being deterministic.

Every sentence here is written for this project (no text of the NER data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import ner_dev, people_curve, people_models
from pipeline.record import Article
from pipeline.stages.people import find_people, recognisers
from tools import train_people_models as tool

SHIPPED_EN = recognisers.MODEL_DIR / "en_person.crfsuite"


def _sentence(split: str, text: str, persons: tuple[tuple[int, int], ...] = ()) -> dict:
    tokens = list(text) if split.startswith(("msra", "peoples")) else text.split(" ")
    tags = ["O"] * len(tokens)
    for start, end in persons:
        tags[start:end] = ["B-PER"] + ["I-PER"] * (end - start - 1)
    spans = [{"start": s, "end": e, "text": "".join(tokens[s:e])} for s, e in persons]
    return {"split": split, "text": text, "tokens": tokens, "tags": tags, "persons": spans}


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _zh_data(folder: Path) -> Path:
    """A small Chinese train and dev file: 45 train sentences, 25 + 3 dev sentences, one of the People's
    Daily ones repeating an MSRA dev sentence in half-width digits."""
    names = ["王建国", "陈晓燕", "刘海涛", "赵丽华", "孙志强"]
    train = [_sentence("msra_train", f"{names[i % 5]}第{i}次来到杭州参观。", ((0, 3),)) for i in range(45)]
    dev = [_sentence("msra_dev", f"{names[i % 5]}在会上第{i}次发言。", ((0, 3),)) for i in range(25)]
    dev[3] = _sentence("msra_dev", "陈晓燕在会上第３次发言。", ((0, 3),))
    dev += [
        _sentence("peoples_daily_dev", "陈晓燕在会上第3次发言。", ((0, 3),)),  # dev[3] again
        _sentence("peoples_daily_dev", "孙志强走进了工厂车间。", ((0, 3),)),
        _sentence("peoples_daily_dev", "孙志强走进了工厂车间。", ((0, 3),)),  # a repeat inside a split stays
    ]
    _write(folder / "zh_train.jsonl", train)
    _write(folder / "zh_dev.jsonl", dev)
    return folder


def test_sentences_are_read_in_blocks_of_twenty_per_split(tmp_path: Path) -> None:
    _zh_data(tmp_path)
    blocks = tool.dev_blocks("zh", tmp_path)
    assert [len(b) for b in blocks["msra_dev"]] == [20, 5]
    assert [len(b) for b in blocks["peoples_daily_dev"]] == [3]
    assert [len(b) for b in tool.train_blocks("zh", tmp_path)] == [20, 20, 5]
    # the bench's pseudo-articles are the same groups
    articles = ner_dev.load_articles("zh", tmp_path)["msra_dev"]
    assert [a.paragraphs for a in articles] == [[s["text"] for s in b] for b in blocks["msra_dev"]]


def test_train_only_never_reads_dev_and_with_dev_drops_cross_split_repeats(tmp_path: Path) -> None:
    _zh_data(tmp_path)
    (tmp_path / "zh_dev.jsonl").rename(tmp_path / "elsewhere.jsonl")
    assert sum(map(len, tool.training_blocks("zh", tmp_path, with_dev=False))) == 45
    (tmp_path / "elsewhere.jsonl").rename(tmp_path / "zh_dev.jsonl")
    texts = [s["text"] for b in tool.training_blocks("zh", tmp_path, with_dev=True) for s in b]
    assert len(texts) == 45 + 25 + 2
    assert "陈晓燕在会上第3次发言。" not in texts and "陈晓燕在会上第３次发言。" in texts
    assert texts.count("孙志强走进了工厂车间。") == 2


def test_a_split_not_declared_stops_training(tmp_path: Path) -> None:
    _write(tmp_path / "zh_train.jsonl", [_sentence("msra_dev", "王建国来了。", ((0, 3),))])
    with pytest.raises(SystemExit, match="msra_dev"):
        tool.train_blocks("zh", tmp_path)


def test_learning_curve_shares_are_evenly_spaced_whole_blocks() -> None:
    blocks = [[{"text": str(k)}] for k in range(8)]
    assert [b[0]["text"] for b in people_curve.evenly_spaced(blocks, 0.5)] == ["1", "3", "5", "7"]
    assert [b[0]["text"] for b in people_curve.evenly_spaced(blocks, 0.75)] == ["1", "2", "3", "5", "6", "7"]


def test_half_dev_folds_never_train_on_text_of_the_scored_half(tmp_path: Path) -> None:
    _zh_data(tmp_path)
    rows = [json.loads(line) for line in (tmp_path / "zh_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    rows += [
        _sentence(
            "peoples_daily_dev",
            f"孙志强今天上午走进了第{k}机械厂的装配车间看望{k + 7}名一线工人。",
            ((0, 3),),
        )
        for k in range(20)
    ]
    # the text of a sentence of the first (even) People's Daily block, cut differently: 20 characters in common
    cut = "走进了第5机械厂的装配车间看望12名一线工人。大家很高兴。"
    rows.append(_sentence("peoples_daily_dev", cut))
    _write(tmp_path / "zh_dev.jsonl", rows)
    blocks, dropped = people_curve.fold_blocks("zh", tmp_path, "even")
    texts = {s["text"] for b in blocks for s in b}
    dev = tool.dev_blocks("zh", tmp_path)
    assert not texts & {s["text"] for b in dev["msra_dev"][::2] + dev["peoples_daily_dev"][::2] for s in b}
    assert {s["text"] for s in dev["msra_dev"][1]} <= texts
    assert dropped == 1 and cut not in texts


def test_use_models_points_the_stage_at_other_files_and_back(tmp_path: Path) -> None:
    recognisers.use_models(zh_model=tmp_path / "zh_person.crfsuite")
    try:
        record = find_people(Article(paragraphs=["王建国在杭州说。"], lang="zh"))
        assert record.error and f"missing from {tmp_path}" in record.error
    finally:
        recognisers.use_models()
    assert recognisers.ZH_MODEL == recognisers.MODEL_DIR / "zh_person.crfsuite"
    record = find_people(Article(paragraphs=["王建国在杭州说。"], lang="zh"))
    assert record.error is None and [p.name_zh for p in record.people] == ["王建国"]


def test_the_bench_scores_dev_with_the_train_only_model(tmp_path: Path, monkeypatch) -> None:
    train_only = tmp_path / "models" / "en_person.crfsuite"
    train_only.parent.mkdir()
    for suffix in (".crfsuite", ".words.tsv"):
        train_only.with_suffix(suffix).write_bytes(SHIPPED_EN.with_suffix(suffix).read_bytes())
    monkeypatch.setattr(people_models, "train_only_model", lambda lang, ner_dir: train_only)
    seen: list[Path] = []

    def ours(paragraphs: list[str]) -> list[str]:
        seen.append(recognisers.EN_MODEL)
        return []

    monkeypatch.setattr(ner_dev, "systems", lambda lang: [("ours", ours)])
    _write(tmp_path / "en_dev.jsonl", [_sentence("conll2003_dev", "Anna Weber spoke .", ((0, 2),))])
    ((_name, scores),) = ner_dev.run("en", tmp_path)
    assert scores["en"].fn == 1
    assert seen and set(seen) == {train_only}
    assert recognisers.EN_MODEL == SHIPPED_EN  # the shipped model again afterwards


def test_the_train_only_fingerprint_follows_the_training_data(tmp_path: Path) -> None:
    _zh_data(tmp_path)
    before = people_models.fingerprint("zh", tmp_path)
    assert people_models.fingerprint("zh", tmp_path) == before
    _write(tmp_path / "zh_train.jsonl", [_sentence("msra_train", "王建国来了。", ((0, 3),))])
    assert people_models.fingerprint("zh", tmp_path) != before


def test_training_is_deterministic_and_the_model_loads(tmp_path: Path) -> None:
    _zh_data(tmp_path)
    blocks = tool.training_blocks("zh", tmp_path, with_dev=True)
    first, second = tmp_path / "a" / "zh_person.crfsuite", tmp_path / "b" / "zh_person.crfsuite"
    for out in (first, second):
        out.parent.mkdir()
        tool.train_zh(blocks, out)
    assert first.read_bytes() == second.read_bytes()
    assert first.with_suffix(".foreign.txt").read_bytes() == second.with_suffix(".foreign.txt").read_bytes()
    recognisers.use_models(zh_model=first)
    try:
        tags = recognisers.chinese_entity_tags("赵丽华第9次来到杭州参观。")
    finally:
        recognisers.use_models()
    assert tags[:3] == ("B-PER", "I-PER", "I-PER")
