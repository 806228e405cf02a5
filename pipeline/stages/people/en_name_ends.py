"""Where an English name ends, past what the CRF reads (issue 10, round 10):

- a generational suffix closes the name as news prints it ("Antonio Trillanes IV", "Ramon Revilla Jr",
  "Juan Ponce Enrile Jr."): the CRF leaves it out;
- a verb of a title-case headline is no part of the name ("President Jane Q. Doe Refuses to Sign …"): the CRF
  runs the capitalised verb into it. A verb is said, says, or -s / -es / -ed on a word English prints mostly in
  lower case (english_lower_words.txt: refuses, signs, threatens, vowed), no common census surname or first
  name (Woods, Fields, Holmes, James stay).
"""

from __future__ import annotations

import re

from pipeline.stages.people.en_common_words import lower_words
from pipeline.stages.people.recognisers import english_tagger

# Not before a capitalised word or a hyphen ("Tom Lee II Corps", "Jane Doe IV-drip").
_GENERATIONAL_SUFFIX = re.compile(r"[ \t]+(?:Jr\.?|Sr\.?|II|III|IV)(?![\w'’-])(?![ \t]+[A-Z])")
_SENTENCE_GOES_ON = re.compile(r"\.\s*(?:[a-z,;:)]|$)")


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


def _a_verb_form(word: str) -> bool:
    """ "Refuses", "Signs", "Vowed", "Says": a verb form of a lower-case English word, no common surname."""
    lower = word.lower()
    flags = english_tagger().words.get(word.upper(), "").split(",")
    if "F" in flags or "L1" in flags or "L2" in flags:
        return False
    if lower in {"said", "says"}:
        return True
    stems = {lower[:-1], lower[:-2]} if lower.endswith(("s", "ed")) else set()
    return any(len(s) >= 3 and s in lower_words() for s in stems)


def name_end(text: str, start: int, end: int, name: str, single: bool) -> tuple[int, str]:
    """(end, name) of the name ``text[start:end]`` read as ``name``, its end moved (see the module)."""
    words = name.split()
    if len(words) >= 3 and words[-1][:1].isupper() and _a_verb_form(words[-1]):
        cut = text.rfind(words[-1], start, end)
        if cut > start:
            return len(text[:cut].rstrip()), " ".join(words[:-1])
    if len(words) >= 2 and not single:
        found = _suffix_after(text, end)
        if found:
            return found[0], f"{name} {found[1]}"
    return end, name
