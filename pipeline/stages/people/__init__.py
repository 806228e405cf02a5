"""People stage: find the persons an article names, once each, with role and kind of mention.

``find_people(record) -> record`` fills ``record.people``. The names come from two CRF recognisers trained on
public news NER data (``pipeline/data/ner/``, ``tools/train_people_models.py``): a character CRF for Chinese
that reads Baidu LAC's words and tags as features, and a token CRF for English run over the whole article;
rules add what they miss (pinyin names such as "Zhang Liming", names in person contexts and credit lines,
surname references) and give roles and kinds. Credits (reporter, photographer, editor) come from the
record's byline fields and from their usual patterns in the text ("（记者 刘育英）", "Photo by … reporter Yi
Haifei", "责编：袁晴"). Surname-only references ("Xu said", "许说") are linked to the one full name with that
surname in the article, or kept with ``surname_only=True``. The knowledge (title words, organisation
words, blocklists, surnames) is data: ``pipeline/data/people.toml``.

The modules, in the order the stage uses them:

- ``vocabulary``: people.toml as a frozen dataclass, and the speech / credit patterns built from it;
- ``recognisers``: LAC and the two CRFs (``zh_crf``, ``en_crf``: their features), loaded once; ``lac_batch``:
  LAC run on all the Chinese units of an article together (the same output, decoded in one batch);
- ``mentions``: the :class:`Mention` (one occurrence of a name) the other modules pass around;
- ``zh_candidates``, ``zh_roles``, ``zh_mentions``, ``zh_noise``: Chinese names, their roles, the mentions of
  a unit, and the article-level filter of brands; ``zh_things``: forms the article shows to be a place or a
  firm (the CRF's odds over every occurrence, a firm word, a place's or trade noun's context);
  ``zh_foreign``: foreign names in Chinese text (a transliteration before its Latin original in brackets,
  Latin-script names inside Chinese sentences, and beside a title word); ``zh_lists``: names in enumerations
  (team line-ups, 、-lists);
- ``en_names``, ``en_roles``, ``en_mentions``: English names, their roles, the mentions of the English units;
- ``famous``: famous persons of modern news (pipeline/data/famous_people.tsv, from CC-CEDICT) the recognisers
  miss, in both languages, and the cross-language link of their names (普京 ↔ Vladimir Putin);
- ``name_forms``: a candidate string cleaned into a name form, or rejected;
- ``kinds``, ``credits``: quoted / mentioned, and reporter / photographer / editor credits;
- ``repeats``: later occurrences of names already found (``occurrences``: a name's occurrences without a regex
  compiled per name);
- ``assemble``: mentions merged into persons;
- ``original_script``: a traditional-script article read through the one fold (pipeline/text/traditional.py,
  same offsets), its mentions given back as printed (陳建華, not 陈建华).

The stage runs before translation (pipeline/runner.py): the translate stage protects the English forms of the
persons found here, so the translation holds them.
"""

from __future__ import annotations

import re

from pipeline.record import Article, Person
from pipeline.stages.people.assemble import assemble
from pipeline.stages.people.credits import byline_mentions
from pipeline.stages.people.en_mentions import en_mentions
from pipeline.stages.people.famous_things import drop_famous_things
from pipeline.stages.people.mentions import CREDIT_KINDS, Mention, TextUnit
from pipeline.stages.people.original_script import folded_units, restore_script
from pipeline.stages.people.recognisers import RecogniserError, lac_tokens_of
from pipeline.stages.people.repeats import repeated_mentions
from pipeline.stages.people.zh_foreign import latin_name_mentions
from pipeline.stages.people.zh_mentions import zh_mentions
from pipeline.stages.people.zh_noise import (
    drop_brands,
    drop_common_words,
    drop_eponyms,
    extend_cut_names,
    trim_run_on_names,
)
from pipeline.stages.people.zh_things import drop_places_and_firms
from pipeline.text.scripts import has_han, is_chinese

__all__ = ["find_people"]


def _units(record: Article) -> list[TextUnit]:
    """The title (unit 0) and the paragraphs (1…) that hold text."""
    texts = [record.title or ""] + list(record.paragraphs)
    return [(i, t) for i, t in enumerate(texts) if t and t.strip()]


def _text_mentions(zh_units: list[TextUnit], en_units: list[TextUnit]) -> list[Mention]:
    # LAC reads every unit zh_mentions reads: run them together (same output, a third of the time)
    lac_tokens_of([t for _u, t in zh_units] + [t for _u, t in en_units if has_han(t)])
    mentions: list[Mention] = []
    for unit, text in zh_units:
        mentions.extend(zh_mentions(unit, text))
    mentions.extend(latin_name_mentions(zh_units))  # "总裁Lisa Brummel即将退休"
    if en_units:
        mentions.extend(en_mentions(en_units))
    # a short CJK tail inside an English unit: "责编：袁晴 ]"
    for unit, text in en_units:
        if has_han(text):
            mentions.extend(m for m in zh_mentions(unit, text) if m.kind in CREDIT_KINDS)
    return mentions


def find_people(record: Article) -> Article:
    """Fill ``record.people``: each person once, with every surface form, role and kind of mention. A name
    model that cannot load or fails is recorded in ``record.error`` (our message; the record is kept)."""
    try:
        record.people = _find(record)
    except RecogniserError as exc:
        record.people = []
        record.fail(f"people: {exc}")
    return record


def _find(record: Article) -> list[Person]:
    printed = _units(record)
    units = folded_units(printed)  # traditional characters read as simplified ones, same offsets
    chinese = [is_chinese(t) for _u, t in units]
    zh_units = [unit for unit, zh in zip(units, chinese, strict=True) if zh]
    en_units = [
        (u, t) for (u, t), zh in zip(units, chinese, strict=True) if not zh and re.search("[A-Za-z]", t)
    ]
    mentions = _text_mentions(zh_units, en_units)
    mentions = trim_run_on_names(units, drop_eponyms(drop_brands(units, mentions)))
    mentions = drop_common_words(units, mentions)
    mentions = drop_places_and_firms(units, mentions)
    mentions = drop_famous_things(units, mentions)  # 萨克森, Boko Haram: CC-CEDICT knows a thing
    mentions = extend_cut_names(units, mentions)
    mentions.extend(repeated_mentions(units, mentions))
    restore_script(printed, units, mentions)  # names, sentences and roles as printed (陳建華, not 陈建华)
    mentions.extend(byline_mentions(record, base=len(units) + 1000))
    mentions.sort(key=lambda m: (m.unit, m.start))
    return assemble(mentions)
