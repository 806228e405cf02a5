"""Stories of natural news text for the relative-dates benchmark (issue 10), built at run time from the NER dev
files in ../shared/ner (they stay there: nothing of them is copied into the repository), and from the English
train file for a second, independent sample (``TRAIN_SPLITS``: the dates rules were never written on it).

- English, ``conll2003_dev`` (CoNLL-2003 ``testa``, Reuters, August 1996): a story opens at each dateline
  sentence ("BRUSSELS 1996-08-22") and runs, in file order, up to the next one; its reference date is the
  dateline's.
- Chinese, ``peoples_daily_dev`` (People's Daily, 1998): this split is a re-split of MSRA sentences in
  shuffled order (../shared/ner/README.md), so the sentence after a dateline belongs to another story. A story
  is the dateline sentence alone (本报北京5月14日讯 …, 新华社北京5月7日电 …, also after a ●headline or 据); its
  reference is 1998-MM-DD of the dateline (the year is not printed: events named in these sentences, such as
  the Zhou Enlai centenary and the 1998 Commonwealth Games, place them in 1998).

- Chinese, ``msra_train`` (``PD_TRAIN_SPLITS``: the MSRA training text, People's Daily 1998, of which the People's
  Daily NER splits are a re-split) for a third, independent sample: its sentence order is not the papers' (cut
  short, thinned, neighbours from other stories), so again a story is one sentence. The sample is mechanical
  (``pd_train_sample``): every ``PD_TRAIN_STEP``-th dated dateline sentence whose text after the dateline holds a
  cue of ``RELATIVE_CUES`` (the reference is the dateline's), and every ``PD_TRAIN_UNDATED_STEP``-th sentence
  without a dateline that holds one (no reference: by docs/dates.md relative dates then have no value).

A fourth, English sample (``every_kth_with_weekday``) takes, of the train stories not in the second sample,
every k-th that names a weekday: weighted to the bare weekdays whose tense the English rules must read.

``python -m bench.natural_stories [en|zh|train|pd-train]`` lists the stories with their sentences, for annotating
by hand (train: the English train file; pd-train: the third sample, dated then undated).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NER_DIR = ROOT.parent / "shared" / "ner"
SPLITS = {"en": ("en_dev.jsonl", "conll2003_dev"), "zh": ("zh_dev.jsonl", "peoples_daily_dev")}
# CoNLL-2003 train (same Reuters month, other stories): built the same way, a dateline opens each story
TRAIN_SPLITS = {"en": ("en_train.jsonl", "conll2003_train")}
# the MSRA training text (People's Daily 1998): a third sample, Chinese (the dates rules were never written on it)
PD_TRAIN_SPLITS = {"zh": ("zh_train.jsonl", "msra_train")}
Splits = dict[str, tuple[str, str]]  # lang -> (file in ../shared/ner, split name)
# The third sample's cues, fixed before a sentence of it was read: relative words, vague words and anaphora (the
# annotation decides which are mentions), and a count of days/weeks/months/years before 前/后.
RELATIVE_CUES = re.compile(
    "今天|今日|昨天|昨日|前天|明天|后天|今晚|昨晚|今起|本月|上月|下月|今年|去年|明年|前年|上周|本周|下周|上星期|"
    "下星期|本星期|近日|日前|次日|当天|当日|月初|月底|年初|年底"
    r"|[0-9０-９一二两三四五六七八九十几数]+(?:天|日|周|个?星期|个月|年)[之以]?[前后]"
)
PD_TRAIN_STEP = 3  # every 3rd dated sentence with a cue (257 such: 86 taken)
PD_TRAIN_UNDATED_STEP = 60  # every 60th undated sentence with a cue (2,041 such: 35 taken)
CHINESE_YEAR = 1998

# "LONDON 1996-08-30", "NICE , France 1996-08-30", "ST. JOHN 'S 1996-08-22", "1996-08-30" (no place)
_EN_DATELINE = re.compile(r"(?:[A-Z][A-Za-z .,'&-]* )?(\d{4}-\d{2}-\d{2})")
# 本报北京5月14日讯, 新华社北京5月7日电, 据新华社莫斯科4月28日电, 本报香港6月9日电 (at most 40 characters in)
_ZH_DATELINE = re.compile(
    r"^.{0,40}?(?:新华社|本报|中新社)[^，。：]{0,12}?(\d{1,2})月(\d{1,2})日(?:专?电|讯)"
)


@dataclass
class Story:
    """One story: the split, the sent_index of its first (dateline) sentence, its reference date, its sentences."""

    split: str
    lang: str
    first: int
    reference: str
    sentences: list[tuple[int, str]] = field(default_factory=list)  # (sent_index, text)


def read_split(lang: str, ner_dir: Path = NER_DIR, splits: Splits = SPLITS) -> list[tuple[int, str]]:
    """(sent_index, text) of the language's split of ``splits`` (the dev ones by default), in file order."""
    name, split = splits[lang]
    rows = []
    with (ner_dir / name).open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["split"] == split:
                rows.append((row["sent_index"], row["text"]))
    return rows


def english_stories(rows: list[tuple[int, str]], split: str = SPLITS["en"][1]) -> Iterator[Story]:
    story: Story | None = None
    for index, text in rows:
        m = _EN_DATELINE.fullmatch(text.strip())
        if m:
            if story is not None:
                yield story
            story = Story(split, "en", index, m.group(1))
        if story is not None:
            story.sentences.append((index, text))
    if story is not None:
        yield story


def chinese_dateline(text: str) -> str | None:
    """1998-MM-DD of a dated People's Daily / Xinhua dateline near the start of ``text``, else None."""
    m = _ZH_DATELINE.match(text)
    if not m:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{CHINESE_YEAR}-{month:02d}-{day:02d}"


def chinese_stories(
    rows: list[tuple[int, str]], split: str = SPLITS["zh"][1], undated: bool = False
) -> Iterator[Story]:
    """A story per dated dateline sentence; with ``undated`` also one per other sentence, its reference ""."""
    for index, text in rows:
        reference = chinese_dateline(text)
        if reference or undated:
            yield Story(split, "zh", index, reference or "", [(index, text)])


def stories(
    lang: str, ner_dir: Path = NER_DIR, splits: Splits = SPLITS, undated: bool = False
) -> list[Story]:
    rows = read_split(lang, ner_dir, splits)
    if lang == "en":
        return list(english_stories(rows, splits[lang][1]))
    return list(chinese_stories(rows, splits[lang][1], undated))


def has_cue(story: Story) -> bool:
    """A cue of ``RELATIVE_CUES`` in the story's text after its dateline (the dateline's own date is none)."""
    text = " ".join(t for _, t in story.sentences)
    dateline = _ZH_DATELINE.match(text) if story.reference else None
    return bool(RELATIVE_CUES.search(text[dateline.end() if dateline else 0 :]))


def pd_train_sample(all_stories: list[Story]) -> tuple[list[Story], list[Story]]:
    """The third sample (dated, undated): every k-th story with a cue, in file order, counting from the first."""
    dated = [s for s in all_stories if s.reference and has_cue(s)]
    undated = [s for s in all_stories if not s.reference and has_cue(s)]
    return dated[::PD_TRAIN_STEP], undated[::PD_TRAIN_UNDATED_STEP]


def evenly(items: list[Story], count: int) -> list[Story]:
    """``count`` stories at evenly spaced positions of the file (all of them when there are fewer)."""
    if count >= len(items):
        return list(items)
    return [items[i * len(items) // count] for i in range(count)]


_WEEKDAY_NAME = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def every_kth_with_weekday(items: list[Story], k: int, exclude: set[int]) -> list[Story]:
    """Every ``k``-th story (file order, from the first) among those whose ``first`` is not in ``exclude`` and
    that name a weekday in any case ("on Friday", "TUESDAY 'S RESULTS"): a mechanical rule, not a reading."""
    named = [
        s
        for s in items
        if s.first not in exclude and any(_WEEKDAY_NAME.search(text) for _, text in s.sentences)
    ]
    return named[::k]


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or ["en", "zh"]:
        if name == "pd-train":
            dated, undated = pd_train_sample(stories("zh", splits=PD_TRAIN_SPLITS, undated=True))
            listed = dated + undated
        else:
            lang, splits = ("en", TRAIN_SPLITS) if name == "train" else (name, SPLITS)
            listed = stories(lang, splits=splits)
        for story in listed:
            print(f"=== {story.split} story {story.first} reference {story.reference}")
            for index, text in story.sentences:
                print(f"{index}\t{text}")
