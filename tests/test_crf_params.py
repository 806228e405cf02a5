"""Choosing the name CRFs' trainer parameters by cross-validation on the train split (bench/crf_params.py):
contiguous folds of 20-sentence blocks, and the raw CRF PER score with its unseen-person part.

Every sentence here is written for this project (no text of the NER data)."""

from __future__ import annotations

import json
from pathlib import Path

from bench import crf_params
from tools import train_people_models as tool


def _sentence(text: str, persons: tuple[tuple[int, int], ...] = ()) -> dict:
    tokens = text.split(" ")
    tags = ["O"] * len(tokens)
    for start, end in persons:
        tags[start:end] = ["B-PER"] + ["I-PER"] * (end - start - 1)
    spans = [{"start": s, "end": e, "text": " ".join(tokens[s:e])} for s, e in persons]
    return {"split": "conll2003_train", "text": text, "tokens": tokens, "tags": tags, "persons": spans}


def _capital_items(blocks: list[tool.Block]) -> crf_params.Items:
    """A feature function small enough to train in milliseconds: capitalised or not, and the next token's."""
    items: crf_params.Items = []
    for s in (s for b in blocks for s in b):
        toks = s["tokens"]
        feats = [
            ["cap" if t[:1].isupper() else "low", "next=" + (toks[i + 1] if i + 1 < len(toks) else "<>")]
            for i, t in enumerate(toks)
        ]
        items.append((feats, s["tags"]))
    return items


def test_folds_are_contiguous_thirds_of_blocks_and_the_vocabulary_leaves_out_the_held_fold(
    tmp_path: Path,
) -> None:
    rows = [_sentence(f"Word{i} met someone .") for i in range(120)]  # 6 blocks of 20
    (tmp_path / "en_train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    folds = list(crf_params.folds("en", 3, False, tmp_path, _capital_items))
    assert [len(f.held) for f in folds] == [40, 40, 40]
    assert [len(f.train) for f in folds] == [80, 80, 80]
    assert folds[1].held_tokens[0][0] == "Word40"  # blocks 2 and 3: sentences 40..79, in order
    assert "Word40" not in folds[1].vocabulary and "Word39" in folds[1].vocabulary
    assert "Word80" in folds[1].vocabulary
    only_last = list(crf_params.folds("en", 3, True, tmp_path, _capital_items))
    assert len(only_last) == 1 and only_last[0].held_tokens[0][0] == "Word80"


def test_raw_crf_score_counts_spans_and_unseen_persons(tmp_path: Path) -> None:
    import pycrfsuite

    train = [_sentence("Anna Berg said so .", ((0, 2),)), _sentence("the man said so .")] * 10
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in _capital_items([train]):
        trainer.append(xseq, yseq)
    trainer.set_params({"c2": 0.01, "max_iterations": 50})
    model = tmp_path / "m.crfsuite"
    trainer.train(str(model))
    held = [
        _sentence("Anna Berg said so .", ((0, 2),)),  # a seen person, found
        _sentence("Zed Quux said so .", ((0, 2),)),  # an unseen person, found
        _sentence("the man said so .", ((1, 2),)),  # a gold person the model does not tag: seen word, missed
    ]
    fold = crf_params.Fold(
        train=[],
        held=_capital_items([held]),
        held_persons=[{(p["start"], p["end"]) for p in s["persons"]} for s in held],
        held_tokens=[s["tokens"] for s in held],
        vocabulary={t for s in train for t in s["tokens"]},
    )
    counts = crf_params.score_model(model, fold)
    assert counts == {"tp": 2, "fp": 0, "fn": 1, "u_tp": 1, "u_fp": 0, "u_fn": 0}
    assert crf_params.f1(2, 0, 1) == 0.8
