"""The general causes of the seventeenth natural sample (enleads6; dev since its first run): adjectives in -ed and
names read as past verbs that turned a coming weekday into a past one ("the tsunami-hit plant … on Thursday", "restore
power to elected President Mohamed Bazoum by Sunday"); be + to + verb, a plan ("which was to begin Friday"); ranges of
months ("between August and October"); "this coming September"; a month told in the past by a verb further back in its
clause; "too late in the year"; "4 1/2 months". Every sentence here is invented; values by docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates

THURSDAY = "2024-03-14"


def _found(paragraphs: list[str], published: str = THURSDAY) -> list[tuple[str, str | None, str | None]]:
    """(text, value, end) of each date read, other than the publication day and the dateline."""
    record = find_dates(Article(paragraphs=paragraphs, published=published, lang="en"))
    assert record.error is None
    return [(d.text, d.value, d.end) for d in record.dates if d.kind not in ("published", "dateline")]


def _value_of(text: str, written: str) -> str | None:
    values = [value for found, value, _ in _found([text]) if written in found]
    assert values, _found([text])
    return values[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The junta must restore power to elected President Mohamed Bazoum by Sunday.", "2024-03-17"),
        (
            "The bloc wants the junta to restore power to elected President Ahmed Musa by Sunday.",
            "2024-03-17",
        ),
        ("The firm pumps water out of the flooded mine on Saturday.", "2024-03-16"),
        (
            "Crews clear debris from the tsunami-hit reactor site on Saturday.",
            "2024-03-16",
        ),
        ("Visitors tour the renovated chapel in the old town on Sunday.", "2024-03-17"),
        ("Shares of the state-owned lender resume trading in Hong Kong on Saturday.", "2024-03-16"),
        ("The rebels hand over the captured port city to the Iran-backed militia on Sunday.", "2024-03-17"),
        (
            "Inspectors from the agency tour the damaged plant with its newly appointed director on Sunday.",
            "2024-03-17",
        ),
        ("The court hears the case of the detained journalist Khaled Omar by Sunday.", "2024-03-17"),
        (
            "Parliament debates a bill for the injured workers of the collapsed mine on Saturday.",
            "2024-03-16",
        ),
        ("Doctors visit the wounded at the border hospital on Saturday.", "2024-03-16"),
        ("The envoy meets the deposed leader Mohammed Ali at his home on Saturday.", "2024-03-16"),
    ],
)
def test_an_adjective_in_ed_or_a_name_is_no_past_verb(text: str, value: str) -> None:
    written = next(w for w in ("Saturday", "Sunday") if w in text)
    assert _value_of(text, written) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The company reported falling sales on Sunday.", "2024-03-10"),
        ("The army said it captured the town on Saturday.", "2024-03-09"),
        ("Rescuers pulled survivors from the rubble on Sunday.", "2024-03-10"),
        ("The minister resigned from the cabinet on Saturday.", "2024-03-09"),
    ],
)
def test_a_past_verb_before_a_noun_still_tells_the_past(text: str, value: str) -> None:
    written = next(w for w in ("Saturday", "Sunday") if w in text)
    assert _value_of(text, written) == value


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        (
            "Her criminal trial, which was to begin Saturday, drew crowds of reporters.",
            "Saturday",
            "2024-03-16",
        ),
        ("The vote was to take place on Sunday, officials said.", "Sunday", "2024-03-17"),
        ("Ministers were to meet on Saturday to discuss the budget.", "Saturday", "2024-03-16"),
        ("The summit is to open on Tuesday in Geneva.", "Tuesday", "2024-03-19"),
        ("The two leaders are to sign the accord on Tuesday.", "Tuesday", "2024-03-19"),
        ("The ship was scheduled to sail from the port on Sunday.", "Sunday", "2024-03-17"),
        ("The delegates were due to arrive in the capital on Saturday.", "Saturday", "2024-03-16"),
        ("The law was set to take effect on Sunday.", "Sunday", "2024-03-17"),
        ("The results were supposed to be published Saturday.", "Saturday", "2024-03-16"),
        ("The final is to be played on Sunday in Paris.", "Sunday", "2024-03-17"),
        ("The hearing was slated to resume on Tuesday.", "Tuesday", "2024-03-19"),
        ("The team was to fly home on Sunday.", "Sunday", "2024-03-17"),
        ("The report was to be released on Saturday.", "Saturday", "2024-03-16"),
        ("The couple were to wed on Sunday in Rome.", "Sunday", "2024-03-17"),
        ("The envoy was to arrive in Kyiv on Saturday.", "Saturday", "2024-03-16"),
        ("The ceasefire was to take hold at dawn on Sunday.", "Sunday", "2024-03-17"),
    ],
)
def test_be_to_and_a_verb_is_a_plan_ahead(text: str, written: str, value: str) -> None:
    assert _value_of(text, written) == value


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("He was to have spoken on Sunday, but fell ill.", "Sunday", "2024-03-10"),
        ("The team was on the road on Sunday.", "Sunday", "2024-03-10"),
    ],
)
def test_be_to_have_or_be_alone_is_no_plan(text: str, written: str, value: str) -> None:
    assert _value_of(text, written) == value


@pytest.mark.parametrize(
    ("text", "written", "value", "end"),
    [
        (
            "The first releases, conducted between August and October, went smoothly.",
            "between August and October",
            "2023-08",
            "2023-10",
        ),
        ("Exports rose 5% from January to March.", "from January to March", "2024-01", "2024-03"),
        ("Profits fell in the July-September quarter.", "July-September", "2023-07", "2023-09"),
        (
            "Snow closed the pass from November to February.",
            "from November to February",
            "2023-11",
            "2024-02",
        ),
        ("Prices rose between June and August 2022.", "between June and August 2022", "2022-06", "2022-08"),
        ("The festival runs from May to July.", "from May to July", "2024-05", "2024-07"),
        ("Shipments between April and June will double.", "between April and June", "2024-04", "2024-06"),
        ("Revenue for the October–December period beat forecasts.", "October–December", "2023-10", "2023-12"),
        ("Output grew from Sept. to Nov., the office said.", "from Sept. to Nov.", "2023-09", "2023-11"),
        (
            "Traffic fell from December through February.",
            "from December through February",
            "2023-12",
            "2024-02",
        ),
        ("Rainfall was low between January and March.", "between January and March", "2024-01", "2024-03"),
    ],
)
def test_a_range_of_months(text: str, written: str, value: str, end: str) -> None:
    assert (written, value, end) in _found([text])


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in June and July.",
        "He moved from Paris to May's old house in March.",
        "The works ran from August to October 5.",
        "Between May and the end of the year, prices rose.",
    ],
)
def test_no_range_of_months_without_between_from_or_a_dash(text: str) -> None:
    assert not [f for f in _found([text]) if f[2] is not None and len(f[1] or "") == 7]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("What happens to those who enter Year 7 this coming September?", "this coming September", "2024-09"),
        ("The rules change this coming January.", "this coming January", "2025-01"),
        ("Elections are due this coming March.", "this coming March", "2025-03"),
        ("The plant opens this coming April.", "this coming April", "2024-04"),
        ("The talks resume this coming Nov.", "this coming Nov.", "2024-11"),
        ("The firm was founded this past May.", "this past May", "2023-05"),
        ("Prices fell this past February.", "this past February", "2024-02"),
        ("This past December was the warmest on record.", "This past December", "2023-12"),
        ("The strike ended this past March.", "this past March", "2023-03"),
        ("Sales peaked this past October.", "this past October", "2023-10"),
    ],
)
def test_this_coming_and_this_past_month(text: str, written: str, value: str) -> None:
    assert (written, value, None) in _found([text])


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        (
            "Even before the brothers went on a shooting rampage at the offices of the satirical magazine in May, "
            "officials knew.",
            "in May",
            "2023-05",
        ),
        (
            "The company closed its last remaining factory on the outskirts of the old northern port city in June.",
            "in June",
            "2023-06",
        ),
        (
            "Police arrested two men suspected of smuggling rare birds across the southern border of the country in "
            "July.",
            "in July",
            "2023-07",
        ),
        (
            "The band played its final sold-out concert at the old football stadium of their home town in May.",
            "in May",
            "2023-05",
        ),
        (
            "The ministry approved a plan to build three new bridges over the river in the western province in "
            "June.",
            "in June",
            "2023-06",
        ),
        (
            "She won the first of her three national titles at the indoor championships in the capital in "
            "August.",
            "in August",
            "2023-08",
        ),
        (
            "The storm destroyed hundreds of homes along the coast of the eastern island chain in July.",
            "in July",
            "2023-07",
        ),
        (
            "The firm will open its largest flagship store on the outskirts of the capital city in June.",
            "in June",
            "2024-06",
        ),
        (
            "The government plans to hold a referendum on the new constitution of the country in July.",
            "in July",
            "2024-07",
        ),
        (
            "Tickets for the open-air festival on the banks of the river go on sale in May.",
            "in May",
            "2024-05",
        ),
    ],
)
def test_a_month_takes_the_tense_of_the_verb_further_back(text: str, written: str, value: str) -> None:
    assert _value_of(text, written) == value


@pytest.mark.parametrize(
    "text",
    [
        "It's now too late in the year for many to adapt their plans.",
        "It is so early in the year that few shops are open.",
        "How late in the year can you plant tulips?",
        "It was very late in the month before the money came.",
    ],
)
def test_a_degree_before_late_in_the_year_is_no_date(text: str) -> None:
    assert not any("in the" in f[0] for f in _found([text]))


def test_late_in_the_year_without_a_degree_is_still_the_year() -> None:
    assert ("later in the year", "2024", None) in _found(["Sales will pick up later in the year."])


@pytest.mark.parametrize(
    ("text", "written", "same_as"),
    [
        ("The plant shut 2 1/2 years ago.", "2 1/2 years ago", "The plant shut two and a half years ago."),
        ("The firm moved here 1½ years ago.", "1½ years ago", "The firm moved here a year and a half ago."),
    ],
)
def test_a_fraction_after_a_count_is_a_half(text: str, written: str, same_as: str) -> None:
    assert _value_of(text, written) == _found([same_as])[0][1] is not None


def test_a_fraction_after_a_count_before_an_event_keeps_no_value() -> None:
    assert _found(["She was ordered to stand trial about 4 1/2 months after her arrest."]) == [
        ("4 1/2 months after", None, None)
    ]
