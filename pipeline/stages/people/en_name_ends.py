"""Where an English name starts and ends, past what the CRF reads (issue 10, round 10):

- a preposition opening a sentence is no part of the name after it ("In Adelson's orbit, …", "In Depayin, …"):
  the CRF runs the capitalised preposition into it;
- a generational suffix closes the name as news prints it ("Antonio Trillanes IV", "Ramon Revilla Jr",
  "Juan Ponce Enrile Jr."): the CRF leaves it out;
- a verb of a title-case headline is no part of the name ("President Jane Q. Doe Refuses to Sign …"): the CRF
  runs the capitalised verb into it. A verb is said, says, has, had, is, was, or -s / -es / -ed on a word English prints mostly in
  lower case (english_lower_words.txt: refuses, signs, threatens, vowed), no common census surname or first
  name (Woods, Fields, Holmes, James stay);
- a byline's "By" run on after a headline or a caption is no part of the name before it ("… he tells Guterres
  By JANE ROE": print-edition text that lost its line breaks).
"""

from __future__ import annotations

import re

from pipeline.stages.people.en_common_words import lower_words
from pipeline.stages.people.recognisers import english_word_flags
from pipeline.stages.people.vocabulary import vocabulary

# Not before a capitalised word or a hyphen ("Tom Lee II Corps", "Jane Doe IV-drip"). A traditional ruler's
# number goes higher ("Togbe Jane Doe XIV": a Ghanaian chief; the twenty-fourth English set); X alone is not
# read (the platform).
_GENERATIONAL_SUFFIX = re.compile(
    r"[ \t]+(?:Jr\.?|Sr\.?|II|III|IV|V|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)"
    r"(?![\w'’-])(?![ \t]+[A-Z])"
)
# the dot of "Jr." stays where the sentence goes on, where the text ends, or where a "?" or "!" ends the sentence
# right after it ("… his son Donald Trump Jr.?")
_SENTENCE_GOES_ON = re.compile(r"\.(?:[?!]|\s*(?:[a-z,;:)]|$))")


def _suffix_after(text: str, end: int) -> tuple[int, str] | None:
    """(end, suffix) of a generational suffix right after ``end``; a dot that also ends the sentence ("…
    Enrile Jr. The senator") is the sentence's."""
    m = _GENERATIONAL_SUFFIX.match(text, end)
    if not m:
        return None
    suffix = m.group().strip()
    if suffix.endswith(".") and not _SENTENCE_GOES_ON.match(text, m.end() - 1):
        suffix = suffix[:-1]
    return m.start() + m.group().find(suffix) + len(suffix), suffix


# verbs a headline opens its predicate with that no -s / -ed rule reads ("Boris Johnson Has Ruined Britain")
_HEADLINE_VERBS = frozenset({"said", "says", "has", "had", "is", "was"})


def _a_verb_form(word: str) -> bool:
    """ "Refuses", "Signs", "Vowed", "Says": a verb form of a lower-case English word, no common surname."""
    lower = word.lower()
    flags = english_word_flags(word)
    if "F" in flags or "L1" in flags or "L2" in flags:
        return False
    if lower in _HEADLINE_VERBS:
        return True
    stems = {lower[:-1], lower[:-2]} if lower.endswith(("s", "ed")) else set()
    return any(len(s) >= 3 and s in lower_words() for s in stems)


# A preposition opening a sentence, capitalised there, that the CRF ran into the name after it ("In Adelson's
# orbit, …", "In Depayin, about 300 km north …"); not An, a Korean and pinyin surname.
_OPENING_PREPOSITIONS = frozenset({"In", "At", "From", "With", "For", "Of", "To", "As", "On"})
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['’\"”]?\s+|[\"“‘]\s*)$")


def _opening_preposition(text: str, start: int, words: list[str]) -> bool:
    return (
        len(words) >= 2
        and words[0] in _OPENING_PREPOSITIONS
        and words[1][:1].isupper()
        and not re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1])  # "In Gyo-jin": In is a Korean family name
        and _SENTENCE_START.search(text[max(0, start - 3) : start]) is not None
    )


def name_start(text: str, start: int, end: int, name: str) -> tuple[int, str, bool]:
    """(start, name, single) with a sentence's opening preposition cut off the name (see above)."""
    words = name.split()
    if not _opening_preposition(text, start, words):
        return start, name, " " not in name
    rest = " ".join(words[1:])
    at = text.find(words[1], start, end)
    return (at, rest, len(words) == 2) if at > start else (start, name, " " not in name)


def byline_cut(text: str, start: int, end: int) -> int:
    """The end of the name ``text[start:end]`` before a byline run on after it ("… he tells Guterres By JANE
    ROE"): "By" and what follows it are no part of the name; ``end`` when there is none."""
    cut = text.find(" By ", start, end + 1)
    return cut if start < cut < end else end


def name_end(text: str, start: int, end: int, name: str, single: bool) -> tuple[int, str]:
    """(end, name) of the name ``text[start:end]`` read as ``name``, its end moved (see the module)."""
    words = name.split()
    cut_end = end
    cut = byline_cut(text, start, end)
    if cut != end:
        return cut, " ".join(words[: words.index("By", 1)]) if "By" in words[1:] else text[start:cut].strip()
    # the CRF may run a verb and its participle in ("Boris Johnson Has Ruined Britain"): each is cut
    # not after a particle: "Badr bin Hamad Al Said" ends in the family name Said, no verb
    particles = vocabulary().particles_en
    while (
        len(words) >= 3
        and words[-1][:1].isupper()
        and _a_verb_form(words[-1])
        and words[-2].lower() not in particles
    ):
        cut = text.rfind(words[-1], start, cut_end)
        if cut <= start:
            break
        cut_end, words = len(text[:cut].rstrip()), words[:-1]
    if cut_end != end:
        return cut_end, " ".join(words)
    if len(words) >= 2 and not single:
        found = _suffix_after(text, end)
        if found:
            return found[0], f"{name} {found[1]}"
    return end, name
