"""People stage, English: shapes of the twentieth English set's errors (session 13), tested on invented
sentences (none is a sentence of the set):

- a picture agency or studio in a photo credit is no person, alone or run on into the next name
  ("Jane Doe/AFP/Getty Images Jane Doe/AFP/Getty Images", "(Photo: Jane Doe Photography)"; people.toml
  ``[organisations] words_en``);
- a given name and surname right after an abbreviated rank or office ("Sen.", "Rep.", "Gov.", "Lt.") are a
  person's whatever the CRF reads the given name as (a town, a currency; en_shapes.titled_names);
- a one-word name right after a capitalised title or rank ("Lieutenant Doe", "Coach Doe") stays when the CRF is
  unsure of it, but not after "General" (General Mills) or "Miss" (Miss Liberty), nor a given name with a surname
  after it (en_mentions._after_capitalised_title);
- a caption's photo credit with the photographer before the agency ("Jane Roe/AP") or in capitals after it at the
  caption's end ("EPA/JANE ROE") names a person (credits.en_caption_credit_names);
- two person spans with nothing between them, the first ending with a census first name, are one name (the CRF
  or a title's cut of an organisation span split "Mitch | Doe"; en_crf.joined_first_names);
- a "Contributing:" paragraph names its reporters before each outlet ("Contributing: Jane Doe and Sam R. Roe,
  The (Dover, Del.) News Herald; The Associated Press"; credits._contributing_names);
- two names after a plural title ("Justices Jane Doe and John Roe", "Sens. …") are persons
  (en_shapes.titled_names);
- "Speaker" is a title before a name ("House Speaker Jane Doe"; people.toml ``[roles] en``);
- a storm's name is no person: a one-word name printed only in sentences about hurricanes, typhoons or storms,
  showing no person there, and a name opened by "Hurricane", "Typhoon" … (en_mentions.storm_names);
- a US legislator's party-state tag ("D-Georgia") and a health programme named "…care" ("Obamacare") are no
  names (name_forms.clean_en_name);
- a name opening a place's or an institution's name ("John F. Kennedy International Airport") is no person there
  (en_contexts._eponymous_place);
- the dot of "Jr." right before a "?" or "!" is the suffix's ("his son Jane Doe Jr.?"; en_name_ends).

Every case of the lists below gives the wrong answer at main dd63595 (the branch point); the guards pass on both.
"""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people


def _forms(paragraphs: list[str]) -> list[str]:
    """Every form of every person found, in lower case."""
    people = find_people(Article(paragraphs=paragraphs, lang="en")).people
    return [f.lower() for p in people for f in p.forms]


_CREDITS = [
    (
        "Enlarge this image toggle caption Dana Whitlock/AFP/Getty Images Dana Whitlock/AFP/Getty Images",
        "Dana Whitlock",
        ["getty images", "getty images dana whitlock", "images dana whitlock"],
    ),
    (
        "Farmers queue at the depot on Friday. | Ruth Kessler/AFP/Getty Images Trump visits the port as the grain deal stalls",
        "Ruth Kessler",
        ["getty images trump"],
    ),
    (
        "The school will drop its entrance test next year. (Photo: Marcus Bellamy Photography)",
        None,
        ["marcus bellamy photography"],
    ),
]


@pytest.mark.parametrize(("paragraph", "wanted", "unwanted"), _CREDITS)
def test_credit_agency_is_no_person(paragraph: str, wanted: str | None, unwanted: list[str]) -> None:
    forms = _forms([paragraph])
    if wanted:
        assert wanted.lower() in forms, forms
    for form in unwanted:
        assert form not in forms, forms


_TITLED = [
    ("Sen. Rand Hollister, an Ohio Republican, sits on the budget committee.", "Rand Hollister"),
    (
        "Rep. Alexandria Vega-Torres, a Texas Democrat, asked why the vote was delayed.",
        "Alexandria Vega-Torres",
    ),
]


@pytest.mark.parametrize(("sentence", "name"), _TITLED)
def test_name_after_abbreviated_title(sentence: str, name: str) -> None:
    assert name.lower() in _forms([sentence])


_TITLED_GUARDS = [
    # a name the CRF already reads whole stays whole
    ("On Tuesday Gov. Orlando Pike signed the water bill into law.", "orlando"),
    # the run after the title goes on: the pattern does not guess where the name ends
    ("Sen. Mary Hale Foundation staff were present.", "mary hale"),
    # an organisation the CRF reads there stays one
    ("Gen. Motors Corp. reported higher sales on Tuesday.", "motors corp"),
]


@pytest.mark.parametrize(("sentence", "form"), _TITLED_GUARDS)
def test_titled_name_guards(sentence: str, form: str) -> None:
    assert form not in _forms([sentence])


_TITLED_SURNAMES = [
    ("Sheriff's Office Lieutenant Vorland will discuss the arrest at a news conference at 1 p.m.", "Vorland"),
    ("Coach Brannigan praised the defence after the game.", "Brannigan"),
]


@pytest.mark.parametrize(("sentence", "name"), _TITLED_SURNAMES)
def test_surname_alone_after_capitalised_title(sentence: str, name: str) -> None:
    assert name.lower() in _forms([sentence])


_TITLED_SURNAME_GUARDS = [
    ("Before Miss Liberty moved in, the paper was printed downtown.", "liberty"),
    ("Mayor Jane Whitcombe opened the bridge on Monday.", "jane"),
]


@pytest.mark.parametrize(("sentence", "form"), _TITLED_SURNAME_GUARDS)
def test_surname_alone_guards(sentence: str, form: str) -> None:
    assert form not in _forms([sentence])


_PHOTO_CREDITS = [
    ("Enlarge this image toggle caption Pramod Rai/AP Pramod Rai/AP", "Pramod Rai"),
    (
        "A donor of the new tree poses at the plaza in New York, USA, 12 November 2022. The tree is 82 feet tall."
        " EPA/LARA VENESKI",
        "LARA VENESKI",
    ),
]


@pytest.mark.parametrize(("caption", "name"), _PHOTO_CREDITS)
def test_caption_credit_names(caption: str, name: str) -> None:
    assert name.lower() in _forms([caption])


_PHOTO_CREDIT_GUARDS = [
    ("Soldiers patrol the border on March 20, 2019. REUTERS/FILE PHOTO", "file photo"),
    ("Crowds gather outside the court on Monday. EPA/STAFF", "staff"),
]


@pytest.mark.parametrize(("caption", "form"), _PHOTO_CREDIT_GUARDS)
def test_caption_credit_guards(caption: str, form: str) -> None:
    assert form not in _forms([caption])


def test_joined_first_names() -> None:
    from pipeline.stages.people.en_crf import joined_first_names
    from pipeline.stages.people.recognisers import english_tagger

    words = english_tagger().words
    toks = ["Harbor", "Mayor", "Mitch", "Dellacroix", "said", "Reuters", "Dellacroix", "and", "Mitch", "Doe"]
    # "Mitch" (a census first name) then "Dellacroix": one name; "Reuters" then "Dellacroix": two spans stay two;
    # spans with a word between them are left alone
    spans = [(2, 3), (3, 4), (5, 6), (6, 7), (8, 9), (9, 10)]
    assert joined_first_names(toks, spans, words) == [(2, 4), (5, 6), (6, 7), (8, 10)]


def test_contributing_line() -> None:
    forms = _forms(
        ["Contributing: Carter Wend and Tom B. Hall, The (Dover, Del.) News Herald; The Associated Press"]
    )
    assert "carter wend" in forms and "tom b. hall" in forms, forms
    assert "the associated press" not in forms


_PLURAL_TITLES = [
    ("The court was reshaped with the seating of Justices Alma Greaves and Tobin Ashcroft.", "Alma Greaves"),
    ("Sens. Rand Hollister and Mike Vance joined the rally on Monday.", "Rand Hollister"),
]


@pytest.mark.parametrize(("sentence", "name"), _PLURAL_TITLES)
def test_names_after_plural_title(sentence: str, name: str) -> None:
    assert name.lower() in _forms([sentence])


_SPEAKERS = [
    (
        "The party is rallying around state House Speaker Thom Wexley, the front-runner in the Senate race.",
        "Thom Wexley",
    ),
    ("Assembly Speaker Brandt Oyelaran, the front-runner, declined to comment.", "Brandt Oyelaran"),
]


@pytest.mark.parametrize(("sentence", "name"), _SPEAKERS)
def test_speaker_is_a_title(sentence: str, name: str) -> None:
    assert name.lower() in _forms([sentence])


_STORMS = [
    (
        "Gusty winds hit a coast still weary from hurricane season after Harvey, Irma and Maria. Power was out.",
        "maria",
    ),
    ("Typhoon Lekima and Typhoon Krosa battered the coast as Hagibis approached.", "typhoon lekima"),
]


@pytest.mark.parametrize(("paragraph", "form"), _STORMS)
def test_storm_names(paragraph: str, form: str) -> None:
    assert form not in _forms([paragraph])


def test_storm_sentence_speaker_stays() -> None:
    assert "maria" in _forms(["Maria said the storm had passed. Her neighbour agreed."])


_NO_NAME_FORMS = [
    ("Rep. Jane Whitlow, D-Georgia, who chairs the panel, called for a vote.", "Jane Whitlow", "d-georgia"),
    (
        "Two governors have accepted Obamacare's extension of coverage, said Jane Whitlow.",
        "Jane Whitlow",
        "obamacare",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "form"), _NO_NAME_FORMS)
def test_no_name_forms(sentence: str, name: str, form: str) -> None:
    forms = _forms([sentence])
    assert name.lower() in forms and form not in forms, forms


def test_eponymous_place() -> None:
    forms = _forms(
        ["Governor Kathy Hochul said flights resumed at John F. Kennedy International Airport on Monday."]
    )
    assert "kathy hochul" in forms and "john f. kennedy" not in forms, forms


def test_eponymous_place_guard() -> None:
    forms = _forms(["The gala at the Jane Whitlow Memorial Library raised funds, Jane Whitlow said."])
    assert "jane whitlow" in forms


def test_suffix_dot_before_question_mark() -> None:
    assert "marcus hale jr." in _forms(["Did the offers reach his son Marcus Hale Jr.? Nobody knows."])
