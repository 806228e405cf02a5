"""The English date rules: "Nov. 19-20", "19 November 2026", "in November", "on the 16th", "last Friday",
"three days ago", "last week" ...

:data:`RULES` is the table, in priority order (a span is claimed by the first rule that takes it): each
:class:`~.resolve.Rule` pairs a regex template with a module-level handler. The templates' ``{fields}`` are
the fragments of :func:`fragments` (month and weekday names and relative words from
``pipeline/data/dates.toml``); they are compiled once, at first use, by :func:`rules`.
"""

from __future__ import annotations

from functools import cache

from pipeline.stages.dates.en_calendar import (
    on_day,
    on_month_adjective,
    on_month_alone,
    on_month_day,
    on_month_day_range,
    on_month_pair,
    on_month_range,
    on_month_year,
    on_range,
    on_relative_month_day,
)
from pipeline.stages.dates.en_context import on_part_of_period
from pipeline.stages.dates.en_relative import (
    on_anaphora,
    on_duration,
    on_duration_ahead,
    on_relative_day,
    on_relative_week,
    on_relative_year_month,
    on_season,
)
from pipeline.stages.dates.en_weekdays import on_weekday
from pipeline.stages.dates.en_words import fragments
from pipeline.stages.dates.resolve import (
    CompiledRule,
    Rule,
    compile_rules,
    on_day_range,
)

# ---------------------------------------------------------------------------------------------- the table

# str.format templates: {fields} from fragments(), regex braces doubled.
RULES: tuple[Rule, ...] = (
    # "Nov. 19-20", "November 19 to 21, 2026", "Nov. 30-Dec. 2", "from Nov. 19 to Nov. 21",
    # "between Nov. 19 and 21"
    Rule(
        r"{weekday_prefix}{month_m1}\s*(?P<d1>\d{{1,2}}){ordinal}(?!\d|:){clock_at}?"
        r"(?:{dash}|\s+and\s+(?=(?:{month_words})?\.?\s*\d))(?:{clock_on}(?={month_words}))?"
        r"(?:{weekday_prefix}{month_m2}\s*)?(?P<d2>\d{{1,2}}){ordinal}(?![\d:%]|{clock_tail}){year_suffix}",
        on_month_day_range,
    ),
    # "30 March to 2 April", "30th March - 2nd April 2024"
    Rule(
        r"\b(?P<d1>\d{{1,2}}){ordinal}\s+(?:of\s+)?{month_m1}{dash}(?P<d2>\d{{1,2}}){ordinal}\s+(?:of\s+)?"
        r"{month_m2}{year_suffix}",
        on_range,
    ),
    # "19-20 November 2026", "19 to 21 Nov"
    Rule(
        r"\b(?P<d1>\d{{1,2}}){ordinal}{dash}(?P<d2>\d{{1,2}}){ordinal}\s+(?:of\s+)?{month_m1}(?P<m2>)"
        r"{year_suffix}",
        on_range,
    ),
    # "from the 19th to the 21st"
    Rule(
        r"\b(?i:from|between)\s+{clock_on}?the\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th){clock_at}?\s+"
        r"(?:to|and|until|till|through)\s+{clock_on}?the\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)\b",
        on_day_range,
    ),
    # "November 19 this year", "Thursday, Nov. 19, 2026", "Nov 19th"
    Rule(r"{weekday_prefix}{month_m}\s*(?P<d>\d{{1,2}}){ordinal}(?![\d:%]){year_suffix}", on_month_day),
    # "19 November 2026", "the 19th of November"
    Rule(
        r"{weekday_prefix}(?:\bthe\s+)?\b(?P<d>\d{{1,2}}){ordinal}\s+(?:of\s+)?{month_m}"
        r"(?!\s*\d{{1,2}}\b(?!\d)){year_suffix}",
        on_month_day,
    ),
    # "between August and October", "from January to March 2024", "the July-September quarter": a range of months
    Rule(
        r"(?:\b(?P<lead>(?i:between|from))\s+|(?<![\w-])){month_m1}\s*(?P<join>-|–|(?i:and|to|through|until|till)\b)"
        r"\s*{month_m2}(?:\s*,?\s*(?P<y>\d{{4}})(?!\d)|(?![\s.-]*\d))",
        on_month_range,
    ),
    # "November 2021", "Nov. this year", "September of last year", "May of 2012": month precision
    Rule(
        r"{month_m}\s*(?:(?:,?\s*|\s+of\s+)(?P<y>\d{{4}})(?!\d)|\s+(?:of\s+)?(?P<ry>{relative_years}))",
        on_month_year,
    ),
    # "in April and May", "during June or July": two months, the second read as the first is (it was left unread: "May"
    # alone is no month; twenty-first natural sample); not before a year ("in April and May last year")
    Rule(
        r"\b(?P<pre>(?i:in|during|since|from|through|throughout|for)\s+){month_m1}\s+(?i:and|or)\s+(?:(?i:in)\s+)?"
        r"{month_m2}(?!\s*\d|\s*,?\s*(?i:last|this|next)\s+year)",
        on_month_pair,
    ),
    # "in November", "late last November", "mid-February", "throughout November", "for February": month precision;
    # "as early as December", "as late as March" (twenty-first natural sample); "as of June", "compared to December"
    # (thirty-fourth natural sample); "the last Saturday of July", a counted weekday's month (enleads21, dev)
    Rule(
        r"\b(?P<pre>(?i:(?:(?:{weekday_ordinals})\s+(?:{weekdays})\s+of|in|since|as\s+(?:early|late|soon|recently)\s+as|as\s+of|compared\s+(?:to|with)|versus|until|till|by|from|for|during|through|throughout|before|after|early|late|end\s+of|"
        r"(?:weeks?|days|month|half|part|middle|beginning|start)\s+of|this\s+(?:coming|past)|this|next|last|to)\s+|mid-?\s*)){month_m}"
        r"(?!\s*\d)",
        on_month_alone,
    ),
    # "a January discount", "a key September conversation", "his September arrest", "Apple's September event": a
    # month name used as an adjective before a noun (a capitalised word after it is a name: "the May Fourth Movement")
    Rule(
        r"\b(?P<pre>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our"
        r"|[A-Za-z]+['’]s)\s+(?:[a-z]+\s+)?){month_m}"
        r"(?=\s+[a-z]{{3,}})(?!\s+(?:and|or|to|of|through|until|till|in|on|at|for|by)\b)",
        on_month_adjective,
    ),
    # "the 16th of last month", "on the 3rd of next month": that month's day (as 上月16日; session 22's invented probe)
    Rule(
        r"\b(?i:(?:on\s+)?the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+(?P<w>(?i:{relative_months}))\b",
        on_relative_month_day,
    ),
    # "on the 16th", "On the 29th," — an ordinal day after a preposition, not "the 18th National Congress"
    Rule(
        r"\b(?i:on|by|until|till|since|from|through|before|after|between|and|to)\s+the\s+"
        r"(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b(?P<after>\s*(?:of\s+)?(?P<next>[A-Za-z]+)?)",
        on_day,
    ),
    # "the next day", "the following day": counted from the date before them in the sentence
    Rule(r"\b(?P<w>(?i:{anaphora}))\b", on_anaphora),
    # "the day before", "the year after" where a clause ends (not "the day before the vote", "the day after tomorrow")
    Rule(r"\b(?P<w>(?i:{closing_anaphora}))(?=\s*(?:[.,;:!?)\"”’]|$|(?:and|but|when|while)\b))", on_anaphora),
    # "three days ago", "two weeks later", "a year earlier", "two days after Nov. 3", "a few days ago" (no value)
    Rule(
        r"\b(?i:(?P<unit>{duration_units})(?P<half>\s+and\s+a\s+half)?\s+(?P<dir>{duration_directions}))\b"
        r"(?!\s+than\b)(?P<this>\s+(?i:today|this\s+week|this\s+month)\b)?",
        on_duration,
    ),
    # "in three days", "in two weeks' time": ahead of the reference
    Rule(
        r"\b(?i:in\s+(?:(?:{ahead_adverbs})\s+)?(?:(?P<vague>(?:{bound})\s+(?:{number})|{vague_count})|(?P<n>{number}))"
        r"(?P<and_half>\s+and\s+a\s+half)?\s+(?P<unit>{duration_units})"
        r"(?P<half>\s+and\s+a\s+half)?"
        r"(?:(?:'s|’s|s'|s’|')?\s+time)?)\b",
        on_duration_ahead,
    ),
    # today, yesterday, the day before yesterday, this morning
    Rule(r"\b(?P<w>(?i:{relative_days}))\b", on_relative_day),
    # "last week", "this weekend", "earlier this week": calendar weeks, a range
    Rule(r"\b(?P<w>(?i:{relative_weeks}))\b", on_relative_week),
    # "at the end of the month", "later in the year": the reference's month or year
    Rule(r"\b(?i:(?:{period_parts})\s+the\s+(?P<unit>month|year))\b", on_part_of_period),
    # "this year", "next year", "last month": year / month precision
    Rule(r"\b(?P<w>(?i:{relative_years}|{relative_months}))\b", on_relative_year_month),
    # "last summer", "next spring" (not "this fall in prices")
    Rule(r"\b(?P<pre>(?i:{season_modes}))\s+(?P<season>(?i:{seasons}))\b(?!\s+(?:in|of)\b)", on_season),
    # "last Friday", "next Monday", "on Thursday", "Sunday"; also run into "on" by a space lost in scraping,
    # "officials said onMonday" (enleads17, dev)
    Rule(r"(?:\b|(?<=\bon))(?:(?P<pre>(?i:{weekday_modes}))\s+)?(?P<wd>{weekdays})\b", on_weekday),
)


@cache
def rules() -> tuple[CompiledRule, ...]:
    """:data:`RULES` compiled, in priority order."""
    return compile_rules(RULES, fragments())
