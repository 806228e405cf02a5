"""bench/people_pages.py: persons on whole pages, scored with bench/ner_dev.py's merge rule (hand-written fixture)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bench.people_pages import TruthPage, body_record, extracted_record, load_truth, run, score_page

EN_TRUTH = [
    {"name": "Elizabeth Prelogar"},
    {"name": "James Hansen", "also": ["Hanson"]},
    {"name": "Lee Sang-hyeok", "also": ["Faker"]},
    {"name": "Trump", "surname_only": True},
]


def test_full_name_and_merged_surname_count_once() -> None:
    result = score_page(EN_TRUTH, ["Elizabeth Prelogar", "Prelogar", "Hanson", "Faker", "Trump"], "en")
    assert (result.tp, result.fp, result.fn) == (4, 0, 0)


def test_other_forms_count_for_their_person_and_nothing_else() -> None:
    result = score_page(EN_TRUTH, ["James Hansen", "Hanson", "Faker", "Sang-hyeok"], "en")
    assert (result.tp, result.fp, result.fn) == (2, 1, 2)
    assert result.missed == ["Elizabeth Prelogar", "Trump"]
    assert result.extra == ["sang-hyeok"]


def test_bare_surname_without_its_full_name_is_an_extra_and_a_miss() -> None:
    # as in ner_dev: "prelogar" alone is its own name, not the person "Elizabeth Prelogar"
    result = score_page([{"name": "Elizabeth Prelogar"}], ["Prelogar"], "en")
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)


def test_chinese_surname_only_person_folded_into_a_longer_name_is_not_scored_alone() -> None:
    truth = [
        {"name": "王", "also": ["王警官"], "surname_only": True},
        {"name": "王某智"},
        {"name": "冯", "also": ["冯警官"]},
    ]
    assert (lambda r: (r.tp, r.fp, r.fn))(score_page(truth, ["王某智", "王", "冯警官"], "zh")) == (2, 0, 0)
    # without the full name the bare surname is an extra, as bench/ner_dev.py counts it
    result = score_page(truth, ["王", "冯"], "zh")
    assert (result.tp, result.fp, result.fn) == (1, 1, 1)
    assert result.missed == ["王某智"] and result.extra == ["王"]


def test_normalised_like_ner_dev() -> None:
    result = score_page([{"name": "ＡＢ Ｃｄ"}, {"name": "张建锋"}], ["ab  cd", "张建锋", "张建锋"], "en")
    assert (result.tp, result.fp, result.fn) == (2, 0, 0)


PAGE = b"""<html><head><title>Storm passes</title></head><body><article><h1>Storm passes</h1>
<p class="byline">By Jane Doerr</p>
<p>The storm passed on Wednesday, said Steve Cowan, a spokesman for the state transport department.</p>
<p>Forecasters expect a quiet day on Thursday across most of the region and the coast.</p>
<p>Crews cleared roads overnight and most flights left on time, officials said on Wednesday.</p>
</article></body></html>"""


def _folder(tmp_path: Path, page: bytes, sha: str | None = None) -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.html").write_bytes(page)
    row = {
        "page": "pages/a.html",
        "lang": "en",
        "sha256": sha or hashlib.sha256(page).hexdigest(),
        "persons": [],
    }
    (tmp_path / "truth.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    return tmp_path


def test_truth_loads_and_checks_each_page_sha256(tmp_path: Path) -> None:
    rows = load_truth(_folder(tmp_path, PAGE))
    assert rows == [TruthPage("pages/a.html", "en", hashlib.sha256(PAGE).hexdigest(), [])]


def test_a_page_changed_since_annotation_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="sha256"):
        load_truth(_folder(tmp_path, PAGE, sha="0" * 64))


def test_record_scored_has_no_byline_fields(tmp_path: Path) -> None:
    from pipeline.runner import process_record, record_from_file, stages_named

    folder = _folder(tmp_path, PAGE)
    as_extracted = process_record(record_from_file(folder / "pages" / "a.html"), stages_named(["extract"]))
    assert as_extracted.authors == ["Jane Doerr"]  # the extractor takes the byline out of the body
    record = extracted_record(folder, load_truth(folder)[0])
    assert any("Steve Cowan" in p for p in record.paragraphs)
    assert record.authors == [] and record.photographers == [] and record.editor is None


def test_plain_text_bodies_are_read_as_paragraphs_without_extraction(tmp_path: Path) -> None:
    body = "Officials said Steve Cowan, a spokesman, would speak.\n\n  Crews cleared roads overnight.  \n"
    (tmp_path / "bodies").mkdir()
    (tmp_path / "bodies" / "a.txt").write_text(body, encoding="utf-8")
    row = {
        "page": "bodies/a.txt",
        "lang": "en",
        "sha256": hashlib.sha256(body.encode()).hexdigest(),
        "persons": [{"name": "Steve Cowan"}],
    }
    (tmp_path / "truth.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    record = body_record(tmp_path, load_truth(tmp_path)[0])
    assert record.paragraphs == [
        "Officials said Steve Cowan, a spokesman, would speak.",
        "Crews cleared roads overnight.",
    ]
    assert record.title is None and record.lang == "en"
    ours_score = run(tmp_path, bodies=True)["en"][0][1]
    assert (ours_score.tp, ours_score.fp, ours_score.fn) == (1, 0, 0)
