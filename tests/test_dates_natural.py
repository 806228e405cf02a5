"""Relative dates in natural news text (issue 10): the stories built from the NER dev files (bench/natural_stories.py),
the scorer of bench/dates_natural.py on made-up stories (always run), and a floor on the blind annotation of
tests/fixtures/dates_natural/annotations.toml, on the second sample of CoNLL train, annotations_train.toml, on
the third (People's Daily), annotations_pd_train*.toml, on the fourth, annotations_weekdays.toml (need ../shared/ner),
and on the fifth, modern web news, annotations_web.toml (needs ../shared/corpus-web; each skipped without its data,
failed under CI=true)."""

from __future__ import annotations

import pytest
from helpers import require_shared

from bench.dates_natural import (
    ANNOTATIONS,
    NATURAL_SETS,
    PD_TRAIN_SET,
    PD_UNDATED_SET,
    TRAIN_SET,
    WEB_SET,
    WEEKDAY_SET,
    annotated_pages,
    annotated_stories,
    available,
    external_set,
    inline_stories,
    load_annotations,
    natural_pairs,
    score_natural,
    score_story,
    story_article,
)
from bench.natural_stories import (
    PD_TRAIN_STEP,
    PD_TRAIN_UNDATED_STEP,
    TRAIN_SPLITS,
    Story,
    chinese_dateline,
    chinese_stories,
    english_stories,
    evenly,
    every_kth_with_weekday,
    pd_train_sample,
    stories,
)
from bench.web_stories import WEB_RELATIVE_CUES, web_pages, web_sample, web_story
from pipeline.record import DateMention


def test_english_stories_open_at_each_dateline() -> None:
    rows = [(0, "SOCCER - A HEADLINE ."), (1, "LONDON 1996-08-30"), (2, "He said on Friday ."),
            (3, "NICE , France 1996-08-31"), (4, "Text .")]  # fmt: skip
    stories = list(english_stories(rows))
    assert [(s.first, s.reference, [i for i, _ in s.sentences]) for s in stories] == [
        (1, "1996-08-30", [1, 2]),
        (3, "1996-08-31", [3, 4]),
    ]


def test_english_stories_carry_their_split_name() -> None:
    rows = [(7, "LONDON 1996-08-22"), (8, "He said on Thursday .")]
    assert [s.split for s in english_stories(rows)] == ["conll2003_dev"]
    assert [s.split for s in english_stories(rows, "conll2003_train")] == ["conll2003_train"]


def test_each_sample_reads_its_own_annotation_and_splits() -> None:
    assert len({s.annotations for s in NATURAL_SETS}) == len(NATURAL_SETS) == 6
    for natural in (PD_TRAIN_SET, PD_UNDATED_SET):
        annotation = load_annotations(natural.annotations)
        assert {story["split"] for story in annotation["story"]} == {"msra_train"}
        assert all(bool(story["reference"]) != natural.undated for story in annotation["story"])
        assert natural.splits["zh"] == ("zh_train.jsonl", "msra_train")
    annotation = load_annotations(TRAIN_SET.annotations)
    assert {story["split"] for story in annotation["story"]} == {"conll2003_train"}
    assert {m["split"] for m in annotation["mention"]} == {"conll2003_train"}
    assert TRAIN_SET.splits["en"] == ("en_train.jsonl", "conll2003_train")


def test_every_kth_story_naming_a_weekday() -> None:
    named = [
        Story("s", "en", i, "1996-08-30", [(i, "He said on FRIDAY ." if i % 2 else "No day .")])
        for i in range(12)
    ]
    assert [s.first for s in every_kth_with_weekday(named, 2, exclude={1})] == [3, 7, 11]


def test_chinese_datelines_give_the_1998_reference() -> None:
    assert chinese_dateline("本报北京5月14日讯记者袁某报道：今天") == "1998-05-14"
    assert chinese_dateline("●温家宝会见芬兰客人据新华社北京6月10日电国务院副总理") == "1998-06-10"
    assert chinese_dateline("他说5月14日讯息很多") is None


def test_chinese_sentences_without_a_dateline_are_stories_without_a_reference() -> None:
    rows = [(3, "本报北京5月14日讯记者报道：今天开幕。"), (4, "他说今天很好。")]
    assert [(s.first, s.reference) for s in chinese_stories(rows)] == [(3, "1998-05-14")]
    undated = list(chinese_stories(rows, "msra_train", undated=True))
    assert [(s.split, s.first, s.reference) for s in undated] == [
        ("msra_train", 3, "1998-05-14"),
        ("msra_train", 4, ""),
    ]
    assert story_article(undated[1]).published is None


def test_the_third_sample_takes_every_kth_story_with_a_cue_after_its_dateline() -> None:
    dated = [
        Story("msra_train", "zh", i, "1998-05-14", [(i, f"本报北京5月14日讯第{i}条：今天开幕。")])
        for i in range(10)
    ]
    no_cue = [
        Story("msra_train", "zh", 100 + i, "1998-05-14", [(100 + i, "本报北京5月14日讯会议开幕。")])
        for i in range(5)
    ]
    undated = [Story("msra_train", "zh", 200 + i, "", [(200 + i, "去年，他来了。")]) for i in range(130)]
    taken, taken_undated = pd_train_sample(no_cue + dated + undated)
    assert [s.first for s in taken] == list(range(0, 10, PD_TRAIN_STEP))
    assert [s.first for s in taken_undated] == [200 + i for i in range(0, 130, PD_TRAIN_UNDATED_STEP)]


def test_evenly_spaced_stories() -> None:
    stories = [Story("s", "en", i, "1996-08-30") for i in range(10)]
    assert [s.first for s in evenly(stories, 4)] == [0, 2, 5, 7]
    assert len(evenly(stories, 20)) == 10


def _story() -> Story:
    return Story("s", "en", 1, "1996-08-30", [(1, "LONDON 1996-08-30"), (2, "Bruno quit on Friday ."),
                                              (3, "He said so on Thursday , recently .")])  # fmt: skip


def test_score_story_counts_right_wrong_missed_extra_and_vague() -> None:
    wanted = [
        {"sentence": 2, "text": "on Friday", "value": "1996-08-30"},
        {"sentence": 3, "text": "on Thursday", "value": "1996-08-29"},
        {"sentence": 3, "text": "recently", "vague": True},
    ]
    found = [
        DateMention("Friday", "1996-08-30", "event", "Bruno quit on Friday ."),
        DateMention("Thursday", "1996-08-22", "event", "He said so on Thursday , recently ."),
        DateMention("recently", "1996-08-20", "event", "He said so on Thursday , recently ."),
    ]
    score = score_story(_story(), wanted, found)
    assert (score.expected, score.right, score.wrong, score.missed) == (2, 1, 1, 0)
    assert (score.extra, score.vague, score.vague_valued) == (1, 1, 1)
    assert score_story(_story(), wanted, found[:1]).missed == 1


@pytest.mark.corpus("ner/en_dev.jsonl", "ner/zh_dev.jsonl")
def test_natural_text_floor() -> None:
    ner = require_shared("ner")
    pairs = annotated_stories(load_annotations(ANNOTATIONS), ner)
    assert (
        sum(1 for s, _ in pairs if s.lang == "en") >= 60 and sum(1 for s, _ in pairs if s.lang == "zh") >= 40
    )
    scores = score_natural(pairs)
    # dev floors (the rules were changed after the first run on these stories: docs/benchmarks.md); reached
    # zh 30/31, en 135/137 with 2 extras (capitals weekday and "year-earlier" read since the second sample)
    assert scores["zh"].right / scores["zh"].expected >= 0.95, scores["zh"].misses
    assert scores["en"].right / scores["en"].expected >= 0.95, scores["en"].misses
    assert scores["all"].extra <= 4, scores["all"].misses


@pytest.mark.corpus("ner/en_train.jsonl")
def test_natural_text_second_sample_floor() -> None:
    ner = require_shared("ner")
    pairs = annotated_stories(load_annotations(TRAIN_SET.annotations), ner, TRAIN_SET.splits)
    assert len(pairs) >= 60 and all(story.split == "conll2003_train" for story, _ in pairs)
    scores = score_natural(pairs)
    # first run (unseen, no rule written on these stories): en 103/110, no extra; after the capitals weekday and
    # "year-earlier" (dev since): 105/110; after the clause reading of the weekday tense: 108/110
    assert scores["en"].right / scores["en"].expected >= 0.98, scores["en"].misses
    assert scores["en"].extra == 0, scores["en"].misses


@pytest.mark.corpus("ner/zh_train.jsonl")
def test_natural_text_third_sample_floor() -> None:
    ner = require_shared("ner")
    pairs = annotated_stories(load_annotations(PD_TRAIN_SET.annotations), ner, PD_TRAIN_SET.splits)
    assert len(pairs) == 86 and all(story.split == "msra_train" for story, _ in pairs)
    scores = score_natural(pairs)
    # first run (unseen): zh 77/83, no extra; after 艾买提今天, the bare-headline dateline and 年初 alone (dev): 81/83
    assert scores["zh"].right / scores["zh"].expected >= 0.97, scores["zh"].misses
    assert scores["zh"].extra == 0 and scores["zh"].vague_valued == 0, scores["zh"].misses
    pairs = annotated_stories(
        load_annotations(PD_UNDATED_SET.annotations), ner, PD_UNDATED_SET.splits, undated=True
    )
    assert len(pairs) == 35 and all(story.reference == "" for story, _ in pairs)
    scores = score_natural(pairs)
    # no reference: every mention is found without a value (31/31 first run), nothing invented
    assert scores["zh"].right == scores["zh"].expected == 31, scores["zh"].misses
    assert scores["zh"].extra == 0 and scores["zh"].vague_valued == 0, scores["zh"].misses


@pytest.mark.corpus("ner/en_train.jsonl")
def test_natural_text_weekday_sample_is_its_rule_and_floor() -> None:
    ner = require_shared("ner")
    second = {story["first"] for story in load_annotations(TRAIN_SET.annotations)["story"]}
    chosen = every_kth_with_weekday(stories("en", ner, TRAIN_SPLITS), 12, second)
    annotation = load_annotations(WEEKDAY_SET.annotations)
    assert [(s.first, s.reference) for s in chosen] == [
        (s["first"], s["reference"]) for s in annotation["story"]
    ]
    pairs = annotated_stories(annotation, ner, WEEKDAY_SET.splits)
    assert len(pairs) >= 60
    scores = score_natural(pairs)
    # first run (unseen): en 142/145, 6 extras; against the annotation corrected after it ("in six years") 143/146, 5
    # extras (docs/benchmarks.md, "fourth sample"); after the clause reading of the weekday tense (dev since): 146/146
    assert scores["en"].right / scores["en"].expected >= 0.99, scores["en"].misses
    assert scores["en"].extra <= 5, scores["en"].misses


def _page_bytes(part: str, seed: str) -> bytes:
    """Made-up page bytes that fall in ``part`` of the corpus-web split (bench.web_split)."""
    from bench.web_split import part_of

    return next(raw for i in range(100) if part_of(raw := f"<p>{seed} {i}</p>".encode()) == part)


def test_web_sample_takes_english_tuning_pages_with_a_cue(tmp_path) -> None:
    import json

    (tmp_path / "pages").mkdir()
    pages = [  # (file, set, lang, part, body)
        ("a.html", "scrapinghub", "en", "tuning", "Shares rose.\n\nThe deal closed on Tuesday."),
        ("b.html", "scrapinghub", "en", "held-out", "It rained yesterday."),
        ("c.html", "scrapinghub", "en", "tuning", "No relative word here."),
        ("d.html", "scrapinghub", "pt", "tuning", "Hoje, Monday."),
        ("e.html", "trafilatura", "en", "tuning", "Last week it rained."),
        ("f.html", "scrapinghub", "en", "tuning", "Sales fell a year ago.\n"),
    ]
    with (tmp_path / "truth.jsonl").open("w") as truth:
        for name, dataset, lang, part, body in pages:
            (tmp_path / "pages" / name).write_bytes(_page_bytes(part, name))
            truth.write(
                json.dumps({"file": f"pages/{name}", "set": dataset, "lang": lang, "body": body}) + "\n"
            )
    rows = web_pages(tmp_path)
    assert [r["index"] for r in rows] == [0, 1, 2, 5]
    assert [r["file"] for r in web_sample(rows, tmp_path)] == ["pages/a.html", "pages/f.html"]
    assert [r["file"] for r in web_sample(rows, tmp_path, step=2)] == ["pages/a.html"]
    story = web_story(rows[0])
    assert (story.split, story.first, story.reference) == ("scrapinghub", 0, "")
    assert story.sentences == [(0, "Shares rose."), (1, "The deal closed on Tuesday.")]


def test_web_cues_are_relative_words_not_dates() -> None:
    for text in (
        "on Tuesday",
        "earlier this month",
        "this weekend",
        "a year ago",
        "later this year",
        "tonight",
    ):
        assert WEB_RELATIVE_CUES.search(text), text
    for text in ("on Nov. 19", "in 2019", "since March", "the weekly show"):
        assert not WEB_RELATIVE_CUES.search(text), text


@pytest.mark.corpus("corpus-web/truth.jsonl")
def test_natural_text_web_sample_is_its_rule_and_floor() -> None:
    web = require_shared("corpus-web")
    annotation = load_annotations(WEB_SET.annotations)
    chosen = [row["index"] for row in web_sample(web_pages(web))]
    annotated = [story["first"] for story in annotation["story"]]
    # every sampled page is annotated, except the four whose printed date lacks the day, month or year
    assert annotated == [i for i in chosen if i not in (16, 41, 69, 75)] and len(annotated) == 40
    pairs = annotated_pages(annotation, web)
    assert all(story.reference and story.split == "scrapinghub" for story, _ in pairs)
    scores = score_natural(pairs)
    # first run (unseen): en 128/131, 4 extras; against the annotation with the one mention it had left out 129/132,
    # 3 extras (docs/benchmarks.md, "fifth sample")
    assert scores["en"].expected >= 130
    assert scores["en"].right / scores["en"].expected >= 0.97, scores["en"].misses
    assert scores["en"].extra <= 3, scores["en"].misses


_INLINE = """
[[story]]
split = "public-code"
first = 1
reference = "2022-06-27"
sentences = ["青岛新闻网6月27日讯 昨日，青岛市迎来强降雨。", "近日，某地举行活动。"]

[[mention]]
split = "public-code"
story = 1
sentence = 0
text = "昨日"
value = "2022-06-26"

[[mention]]
split = "public-code"
story = 1
sentence = 1
text = "近日"
vague = true
"""


def test_an_external_sample_carries_its_text_inline(tmp_path) -> None:
    path = tmp_path / "stories.toml"
    path.write_text(_INLINE, encoding="utf-8")
    natural = external_set(path)
    assert natural.inline and available(natural) is None
    [(story, wanted)] = natural_pairs(natural)
    assert (story.lang, story.reference, [i for i, _ in story.sentences]) == ("zh", "2022-06-27", [0, 1])
    assert [w["text"] for w in wanted] == ["昨日", "近日"]
    score = score_natural(inline_stories(load_annotations(path)))["zh"]
    assert (score.expected, score.right, score.vague, score.extra) == (1, 1, 1, 0)
    assert available(external_set(tmp_path / "missing.toml")) == tmp_path / "missing.toml"
