"""The bundled film file holds every fact of its title page, typed, and no page debris."""

from __future__ import annotations

import datetime
import json

import pytest

from filmviewer.model.film import Film
from filmviewer.model.loader import load_film
from tests.conftest import BUNDLED
from tests.title_page import TitlePage, read_title_page


@pytest.fixture(scope="module")
def page() -> TitlePage:
    return read_title_page()


@pytest.fixture(scope="module")
def film() -> Film:
    return load_film(BUNDLED)


def test_title_and_year_are_given(film: Film) -> None:
    assert (film.title, film.year) == ("Stalin", 1992)


def test_summaries_are_the_pages_three_with_their_authors(film: Film, page: TitlePage) -> None:
    assert [s.text for s in film.summaries] == page.summaries
    assert [s.author for s in film.summaries] == [None, None, "Jwelch5742"]
    assert [s.outline for s in film.summaries] == [True, False, False]
    assert page.summary_author == "Jwelch5742"


def test_no_page_debris_in_the_file() -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    assert "protected" not in text
    assert "All Filters" not in text
    assert "\N{NO-BREAK SPACE}" not in text
    assert "\N{EM DASH}Jwelch5742" not in text


def test_keyword_and_genre_lists(film: Film, page: TitlePage) -> None:
    assert list(film.details.keywords) == page.keywords
    assert list(film.details.genres) == page.genres


def test_run_together_lists_are_separate_items(film: Film, page: TitlePage) -> None:
    details = film.details
    assert details.countries_of_origin == ("United States", "Russia", "Hungary")
    assert " ".join(details.countries_of_origin) == page.facts["Countries of origin"]
    assert details.production_companies == (
        "HBO Films",
        "Magyar Televízió Müvelödési Föszerkesztöség (MTV) (I)",
        "Mark Carliner Productions",
    )
    assert " ".join(details.production_companies) == page.facts["Production companies"]
    # One location holding commas stays one item.
    assert details.filming_locations == (page.facts["Filming locations"],)
    assert details.languages == (page.facts["Language"],)
    assert [site.name for site in details.official_sites] == [page.facts["Official sites"]]


def test_typed_values(film: Film, page: TitlePage) -> None:
    released = datetime.datetime.strptime(page.facts["Release date"], "%b %d, %Y").date()
    assert film.details.release_date == released == datetime.date(1992, 11, 20)
    assert film.details.rating is not None
    assert (film.details.rating.certificate, film.details.rating.system) == ("TV-MA", "MPA")
    assert page.facts["Motion Picture Rating (MPA)"] == "TV-MA"
    budget = film.box_office.budget
    assert budget is not None
    assert (budget.amount, budget.currency) == (10_000_000, "USD")
    assert page.facts["Budget"] == "$10000000"
    assert film.tech_specs.runtime_minutes == 2 * 60 + 52
    assert page.facts["Runtime"] == "2h 52m"
    assert film.tech_specs.color == (page.facts["Color"],)
    assert f"{film.tech_specs.aspect_ratio:.2f} : 1" == page.facts["Aspect ratio"]


def test_synopsis_paragraphs(film: Film, page: TitlePage) -> None:
    assert film.synopsis is not None
    assert film.synopsis.split("\n\n") == page.synopsis


def test_file_states_its_format_version() -> None:
    assert json.loads(BUNDLED.read_text(encoding="utf-8"))["format_version"] == 2
