"""English name forms made of common words: "Mostly True", "Lunch Break", "True Tone", or "Large" opening
"Large crowds gathered". The CRF (1996 Reuters news) tags a capitalised word opening a sentence, or a run of
capitalised words in a headline, a product name or a rating, as a person when the word is also a census surname
(large, check, true, good and long all are). Knowledge, not a list of single words: a word that English prints
mostly in lower case (pipeline/data/english_lower_words.txt, counted in CC-CEDICT's English definitions by
tools/build_english_lower_words.py) names no person by itself, unless the article shows one.

- A form of two or more words is dropped when every word is such a word, the CRF is unsure of each (its person
  odds, ``MULTI_WORD_MAX_ODDS``), and none is a census first name
  ("Will", "Hope", "Rose": "Hope Long"), a pinyin surname ("Sun", "Long": "Sun Yang") or a Korean one ("Sin
  Ho", "Park Bo Gum").
- A one-word form no full name of the article ends with is dropped when it is such a word and the article
  capitalises it only where a sentence, paragraph, quote or dateline dash opens.

Either way the form stays when the article writes it after Mr./Ms./Dr., before or after a speech verb ("Long
said", "said Long"), or the famous table knows it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.config import DATA_FILES
from pipeline.stages.people.en_shapes import is_korean_surname
from pipeline.stages.people.famous import famous_table, fold, is_famous_surname
from pipeline.stages.people.occurrences import literal_spans
from pipeline.stages.people.recognisers import census_first_name
from pipeline.text.names import is_pinyin_surname

LOWER_WORDS = DATA_FILES / "english_lower_words.txt"
# A form of two or more common words stays when the CRF is this sure, somewhere in the article, that one of its
# words names a person: "Tiger Woods … Woods said" (0.9998 for Woods on CoNLL dev); the runs of common words it
# tags on modern pages ("Mostly True", "True Tone", "Lunch Break", "Changing World") get 0.44-0.73.
MULTI_WORD_MAX_ODDS = 0.9

# what may stand right before a word that opens a sentence: nothing, an end of sentence, an opening quote, a colon
# or a dateline's dash or agency ("PHOENIX (AP) — Long before he …", "PHOENIX (AP) Long before he …")
_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;]\s*[\"”’'“‘(]?|[\"“‘(]|\s[—–-]|\([A-Z][\w ]{1,20}\))\s*$")
# an honorific or a speech verb right before the word, in its sentence ("said Long"; not "… Doe said.\nLong queues")
_PERSON_CONTEXT = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr)\.?|said|says|told|added|according to) +$")
_SPEECH_AFTER = re.compile(r"\s*(?:,[^,\n]{3,60},\s*)?(?:said|says|told|added|wrote|asked)\b")


@lru_cache(maxsize=1)
def lower_words() -> frozenset[str]:
    """The words of english_lower_words.txt."""
    lines = LOWER_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def _first_name(word: str) -> bool:
    return census_first_name(word)


def _a_lower_word(word: str) -> bool:
    return word.isalpha() and word.lower() in lower_words()


def _words_only(form: str) -> bool:
    """Every word a lower-case word, none a census first name, pinyin or Korean surname ("Mostly True"; not
    "Sun Yang", "Sin Ho")."""
    words = form.split()
    return all(
        _a_lower_word(w) and not _first_name(w) and not is_pinyin_surname(w) and not is_korean_surname(w)
        for w in words
    )


def _shown_a_person(full: str, form: str) -> bool:
    """Mr./Ms./Dr. or a speech verb right before an occurrence, or a speech verb right after one."""
    for start, end in literal_spans(full, form, whole_word=True):
        if _PERSON_CONTEXT.search(full[max(0, start - 20) : start]) or _SPEECH_AFTER.match(
            full[end : end + 80]
        ):
            return True
    return False


def _only_opening_sentences(full: str, form: str) -> bool:
    """Every capitalised occurrence of ``form`` opens a sentence, a paragraph, a quote or follows a dash."""
    spans = list(literal_spans(full, form, whole_word=True))
    return bool(spans) and all(_OPENS_BEFORE.search(full[max(0, s - 24) : s]) for s, _e in spans)


def common_word_forms(texts: list[str], forms: set[str], person_odds: dict[str, float]) -> set[str]:
    """The forms of ``forms`` that are common words, not names (module docstring); ``person_odds``: the CRF's
    highest person odds of each capitalised word in the article (en_crf.EnglishTags)."""
    full = "\n".join(texts)
    full_names = {f for f in forms if " " in f}
    famous = famous_table().full_names
    out: set[str] = set()
    for form in forms:
        if " " in form:
            common = (
                _words_only(form)
                and fold(form) not in famous
                and all(person_odds.get(w, 0.0) < MULTI_WORD_MAX_ODDS for w in form.split())
            )
        else:
            common = (
                _a_lower_word(form)
                and not any(n.split()[-1] == form for n in full_names)
                and not is_famous_surname(form)
                and _only_opening_sentences(full, form)
            )
        if common and not _shown_a_person(full, form):
            out.add(form)
    return out
