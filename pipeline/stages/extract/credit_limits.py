"""What the credit finders of pipeline.stages.extract.credits and pipeline.stages.extract.closing_credits share: how long
a credit line may be, how many closing paragraphs hold a credit, a bracketed credit closing a paragraph, and the
reporters a credit run gives."""

from __future__ import annotations

import re

from pipeline.text.bylines import REPORTER, CreditRun

BYLINE_CHARS = 60  # a Chinese byline line is short
CLOSING_PARAGRAPHS = 3  # a closing credit stands in one of the last paragraphs
CLOSING_CHARS = 80
CLOSING_CHARS_EN = 100  # "Von Jane Roe", "Autorin: Jane Roe, Projektleiterin der …"
BRACKET_AT_END = re.compile(
    r"[（(【\[〔]\s*(?P<inner>[^（）()【】\[\]〔〕]{2,60}?)\s*[）)】\]〕]\s*[。.]?\s*$"
)


def run_reporters(run: CreditRun | None, *, labelled: bool = True, lead: bool = False) -> list[str]:
    """The reporters of a credit run; with ``labelled``, only of a run that had a label or a report word; with
    ``lead``, as a lead's credit names them (a photo report's photographer reported the story: ``lead_names``)."""
    # a report word after the names marks them as a label does (陈婧 报道, Lianhe Zaobao's byline)
    if run is None or (labelled and not (run.labelled or run.reported)):
        return []
    return run.lead_names() if lead else run.names(REPORTER)
