"""The words of a Chinese credit that are no names, for pipeline.text.credit_reader: the marks read glued after a name
(孔一凡摄, 孔一凡拍摄, 孔一凡摄影报道, 孔一凡撰文, 孔一凡整理, 陶禾译) and the outlets' words beside names (长河日报, 端傳媒,
图/视觉中国). The vocabulary is pipeline/data/bylines.toml's.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.text.credit_grammar import OTHER, PHOTOGRAPHER, REPORTER, byline_data, zh_grammar
from pipeline.text.credit_names import is_picture_agency
from pipeline.text.scripts import HAN

# an outlet's word of up to this many characters right after a label is its outlet (文｜长河日报 孔一凡); a longer one
# may hold the names glued before it
SHORT_OUTLET = 6
# an outlet's word this long, of Han characters only (长河邮电报, 长河电子报: no suffix of two characters, a 电 inside),
# is never a name
LONG_OUTLET = re.compile(rf"[{HAN}]{{5,12}}")


def is_outlet(word: str) -> bool:
    """A known outlet or a word ending in a suffix of two or more characters (端傳媒, 北京日报): unlike …报 or
    …台, no name ends so."""
    g = zh_grammar()
    return word in g.orgs or any(
        len(s) > 1 and word.endswith(s) and len(word) > len(s) for s in _long_suffixes()
    )


def pictures_source(word: str, folded: str) -> bool:
    """A word after a photographer's label that credits the pictures to an agency or an outlet, no photographer
    (图/视觉中国, 摄影：长河日报)."""
    return is_picture_agency(word) or is_outlet(folded)


@cache
def _long_suffixes() -> tuple[str, ...]:
    return tuple(s for s in byline_data()["zh"]["org_suffixes"] if len(s) > 1)


@cache
def photo_report_marks() -> tuple[str, ...]:
    """The photo marks that end like a report word (摄影报道): a photo report, its photographer the story's reporter."""
    g = zh_grammar()
    return tuple(m for m in g.photo_marks if g.report.match(m))


@cache
def glued_marks() -> tuple[tuple[str, str], ...]:
    """Marks read when glued to the name before them, longest first: 拍摄 before 摄 (孔一凡拍摄 is 孔一凡's);
    摄影报道 (a photo report: 记者孔一凡摄影报道 names a photographer, and in a lead's credit the story's reporter too:
    ``CreditRun.photo_reports``)."""
    g = zh_grammar()
    glued = [m for m in g.photo_marks if m.endswith("摄") or m.endswith("摄影报道")]
    # a writer's mark of two characters or more (孔一凡采访整理, 孔一凡撰文): the name is a reporter's; 采访整理 before
    # 整理, which alone makes the name an `other`
    writers = [(m, REPORTER) for m in g.writer_marks if len(m) > 1]
    marks = [(m, PHOTOGRAPHER) for m in glued] + writers + [(m, OTHER) for m in g.other_marks]
    return tuple(sorted(marks, key=lambda m: len(m[0]), reverse=True))


def is_house_signature(folded: str) -> bool:
    """The house's generic signature, alone or after the site's name (小编, 长河小编; ``house_signatures``): no
    person's name after any label."""
    return folded.endswith(tuple(byline_data()["zh"]["house_signatures"]))
