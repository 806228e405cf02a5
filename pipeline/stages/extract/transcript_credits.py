"""A broadcast transcript's credit inside a lead (issue 10, the twenty-third Chinese set): the reporter speaking to the
camera, the paragraph opening with the reporter's credit and name, then a colon and what the reporter says
(总台记者孔一凡：长河大桥今天通车…, 本台记者 陶禾：…). Read by ``credits.lead_reporters`` when no other credit names anyone."""

from __future__ import annotations

import re

from pipeline.stages.extract.credit_limits import run_reporters
from pipeline.text.bylines import fold_credit_chars, read_credits_zh
from pipeline.text.credit_grammar import byline_data
from pipeline.text.credit_names import has_surname, is_time_word
from pipeline.text.scripts import HAN
from pipeline.text.zh_words import word_zipf

REPORTER_SPEAKING = re.compile(
    rf"^[\s□■●◆▲★]*(?P<credit>[^\s，。；！？,;!?:：]{{0,12}}?记者\s*(?P<name>[{HAN}]{{2,3}}))\s*[:：]\s*\S"
)


def reporter_speaking(lead: str) -> list[str]:
    """The reporter of a lead that opens with a reporter's credit, the name and a colon, the reporter's words after it
    (REPORTER_SPEAKING): a name of two or three characters opening with a surname, no everyday word (连线) and no name
    glued to a verb of saying (孔一凡问: ``speech_verbs``), the credit read as a credit line; [] otherwise (记者了解到：…,
    记者调查：…, 记者王明表示：…)."""
    m = REPORTER_SPEAKING.match(fold_credit_chars(lead))
    if m is None:
        return []
    name = m.group("name")
    if not has_surname(name) or is_time_word(name) or word_zipf(name) > 0:
        return []
    if name.endswith(tuple(byline_data()["zh"]["speech_verbs"])):
        return []
    return run_reporters(read_credits_zh(lead[m.start("credit") : m.end("credit")]))
