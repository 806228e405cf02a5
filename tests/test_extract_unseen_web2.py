"""Shapes of Western and multilingual news pages that the second unseen check of issue 10 (docs/benchmarks.md,
"Western and multilingual pages, second blind set") found the generic engine missing, on hand-written pages
(sentences written for these tests, not taken from any page): reader comments in a block named in another
language, a modified date printed before the published one, a contact line and an author's bio around the
story, a printed headline worded unlike the <title> (the boxed paragraph inside the article that trafilatura
leaves out: tests/test_extract_ensemble.py)."""

from __future__ import annotations

# the invented English story, its headline and the page builder are the first unseen check's
from test_extract_unseen_web import EN, HEADLINE, paragraphs, run

ES = [
    "El ayuntamiento aprobó el martes ampliar el servicio nocturno de autobuses en tres líneas durante el invierno.",
    "Los concejales dijeron que los autobuses tardíos habían llevado más viajeros de lo previsto en la prueba de otoño.",
    "La oficina de transporte publicará los nuevos horarios la semana próxima y los colocará en todas las paradas.",
    "Los representantes de los conductores celebraron la decisión, pero pidieron más marquesinas en las paradas.",
    "El servicio ampliado empezará el primer lunes de diciembre y seguirá hasta finales del mes de marzo próximo.",
]


# ------------------------------------------------------------------ reader comments named in another language

COMENTARIOS = [
    "Ya era hora de que alguien pensara en los que trabajamos de noche al otro lado del río todos los días.",
    "Menos autobuses nocturnos y más bicicletas, eso es lo que necesita esta ciudad de una vez por todas.",
    "Seguro que en primavera lo quitan otra vez, como pasó hace dos años con la línea del hospital central.",
]


def test_reader_comments_in_a_block_named_comentarios_are_not_body() -> None:
    comments = "".join(
        f'<div class="mensaje"><div class="usuario">Lector{i}</div><p>{c}</p></div>'
        for i, c in enumerate(COMENTARIOS)
    )
    body = (
        f'<div class="noticia"><h1>{HEADLINE}</h1><div id="cuerpo">{paragraphs(ES)}</div></div>'
        f'<div id="comentarios"><div id="comentarios_lectores">{comments}</div></div>'
    )
    got = run(body).paragraphs
    assert got == ES


# ------------------------------------------------------------------ the update's date printed before the publication's


def test_a_time_marked_as_the_update_is_not_the_publication_date() -> None:
    dates = (
        '<ul><li>Mis à jour <time itemprop="dateModified" datetime="2013-04-06T10:37:32+02:00">le 06/04/2013'
        '</time></li><li>Publié <time itemprop="datePublished" datetime="2013-04-05T17:08:23+02:00">le 05/04/2013'
        "</time></li></ul>"
    )
    assert run(f"<h1>{HEADLINE}</h1>{dates}{paragraphs(EN)}").published == "2013-04-05T17:08:23+02:00"


def test_a_time_classed_updated_gives_way_to_the_published_one() -> None:
    dates = (
        '<p><time class="updated" datetime="2021-03-02T09:00:00+00:00">March 2</time>'
        '<time class="entry-date published" datetime="2021-03-01T08:00:00+00:00">March 1</time></p>'
    )
    assert run(f"<h1>{HEADLINE}</h1>{dates}{paragraphs(EN)}").published == "2021-03-01T08:00:00+00:00"
    # WordPress marks a story never changed "published updated": its one date is the publication's
    one = '<p><time class="entry-date published updated" datetime="2021-03-01T08:00:00+00:00">March 1</time></p>'
    assert run(f"<h1>{HEADLINE}</h1>{one}{paragraphs(EN)}").published == "2021-03-01T08:00:00+00:00"


# ------------------------------------------------------------------ the author's bio and a contact line around the story

BIO = (
    "Jane Doe currently works for the Riverside Gazette as a writer. She studied journalism in Leeds and "
    "moved to the city after graduating to cover transport and housing."
)
CONTACT = (
    "Follow the Gazette on social media! Got a tip for us? E-mail us at newsdesk@riverside-gazette.example"
)


def test_an_authors_bio_above_the_story_is_not_body() -> None:
    body = f'<div class="post"><h1>{HEADLINE}</h1><div class="author-box"><p>{BIO}</p></div>{paragraphs(EN)}</div>'
    assert run(body).paragraphs == EN


def test_a_contact_line_under_the_story_is_not_body() -> None:
    body = f'<div class="post"><h1>{HEADLINE}</h1>{paragraphs(EN)}<p>{CONTACT}</p></div>'
    assert run(body).paragraphs == EN


def test_a_bio_under_the_story_goes_but_the_same_words_inside_it_stay() -> None:
    inside = "John Smith is a reporter for the Valley Times who rode every late bus during the trial in the autumn."
    closing = "John Smith is a senior writer for the Riverside Gazette."
    story = [*EN[:2], inside, *EN[2:]]
    got = run(
        f"<article><h1>{HEADLINE}</h1>{paragraphs(story)}<p><em>{closing}</em></p></article>"
    ).paragraphs
    assert got == story


def test_a_sentence_that_reports_an_e_mail_stays() -> None:
    reported = (
        "Police asked anyone who saw the crash to email witnesses@riverside-police.example before Friday."
    )
    story = [*EN, reported]
    assert run(f"<article><h1>{HEADLINE}</h1>{paragraphs(story)}</article>").paragraphs == story


# ------------------------------------------------------------------ the printed <h1> against a search-engine <title>


def test_a_printed_h1_wins_over_a_title_and_og_title_that_repeat_one_search_wording() -> None:
    seo = "Late buses: the council and the winter ... Getting an Extension?"
    printed = "The council, the winter, the late buses?"
    og = f'<meta property="og:title" content="{seo}">'
    assert run(f"<h1>{printed}</h1>{paragraphs(EN)}", title=seo, head=og).title == printed


def test_a_printed_h1_wins_over_a_title_that_adds_its_deck() -> None:
    printed = "Late buses for the winter?"
    title = f"{printed} Council extends three routes until March - Riverside Gazette"
    body = f"<h1>Your browser is no longer supported</h1><h1>{printed}</h1>{paragraphs(EN)}"
    assert run(body, title=title).title == printed


def test_an_h1_of_the_sites_name_or_the_headline_glued_to_it_leaves_the_title_standing() -> None:
    assert run(f"<h1>Riverside Gazette Local News</h1>{paragraphs(EN)}").title == HEADLINE
    glued = f"<h1><span>{HEADLINE}</span><a href='/'>Riverside Gazette</a></h1>"
    assert run(f"{glued}{paragraphs(EN)}", title=f"{HEADLINE} » Local » Riverside Gazette").title == HEADLINE
