"""Real saved pages from other projects' repositories, imported as those projects expect.

Each test names its page in ../shared/fixtures/real/html (SOURCES.md there
says what each source project's own tests expect); where Film Viewer
decides otherwise, the comment says why, and so does the README.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from filmviewer.controller.importer import NotAFilmPageError, import_page
from filmviewer.model.loader import parse_film
from tests.conftest import real


@pytest.fixture(autouse=True)
def _app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp  # Qt names the countries and languages


def page(name: str) -> tuple[dict[str, Any], list[str]]:
    result = import_page(real(f"html/{name}").read_bytes(), html=True)
    return result.data, [str(warning) for warning in result.warnings]


def scores(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (score.get("source"), score["value"], score.get("scale", 10), score.get("votes"))
        for score in data.get("scores", [])
    ]


# Not films ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (
            "NOT-A-FILM_imdb_2020_futurama-tv-series_jsonld-tvseries.html",
            "this page is about a TV series, not a film (its JSON-LD says TVSeries)",
        ),
        (
            "NOT-A-FILM_imdb_2025_li-shi-na-xie-shi-tv-mini-series_next-data.html",
            "this page is about a TV series, not a film (its JSON-LD says TVSeries)",
        ),
        (
            "NOT-A-FILM_letterboxd_2022_person-filmography-nicolas-cage.html",
            "no film found on this page: it has no film data and none of the sections "
            "Summaries, Details, Box office, Tech specs or Synopsis",
        ),
        (
            "NOT-A-FILM_wikipedia_2019_cars-toons-tv-series.html",
            "this page is about a TV series, not a film (its page text says Created by)",
        ),
    ],
)
def test_pages_about_no_film_are_refused_in_one_line(name: str, reason: str) -> None:
    with pytest.raises(NotAFilmPageError) as caught:
        page(name)
    assert str(caught.value) == reason


# IMDb --------------------------------------------------------------------------------


def test_imdb_2013_microdata() -> None:
    data, warnings = page("imdb_2013_django-unchained_microdata.html")
    assert (data["title"], data["year"]) == ("Django Unchained", 2012)
    assert scores(data) == [("imdb", 8.7, 10, 43517)]  # "43,517", thousands comma
    assert data["tech_specs"]["runtime_minutes"] == 165  # PT165M
    assert data["details"]["genres"] == ["Action", "Drama", "Western"]
    assert data["details"]["rating"] == {"certificate": "R"}  # "Rated R for strong…"
    assert data["details"]["production_companies"] == [
        "Weinstein Company, The",  # a link each: the name's comma kept
        "Columbia Pictures",
        "Brown 26 Productions",
    ]
    assert data["details"]["filming_locations"] == ["Jackson Hole, Wyoming, USA"]
    assert data["people"]["directors"] == ["Quentin Tarantino"]
    assert data["identifiers"] == {"imdb": "tt1853728"}
    assert data["tagline"] == "Life, liberty and the pursuit of vengeance."
    assert [s.get("author") for s in data["summaries"]] == [None, "BenLobel"]
    assert "synopsis" not in data
    assert len(warnings) <= 10


def test_imdb_2020_in_hungarian_gives_the_original_title() -> None:
    data, warnings = page("imdb_2020_hungarian-locale_the-lighthouse-2019_jsonld.html")
    assert (data["title"], data["year"]) == ("The Lighthouse", 2019)
    assert warnings[0] == (
        "title: the page shows its reader the title “A világítótorony”; the film's own, "
        "“The Lighthouse”, is kept"
    )
    assert scores(data) == [("imdb", 7.8, 10, 51188)]  # "7.8" written as a string
    assert "top250" not in data  # not in the Top 250
    assert data["tech_specs"]["runtime_minutes"] == 109  # PT1H49M
    assert data["details"]["release_date"] == "2019-10-18"
    assert data["people"]["directors"] == ["Robert Eggers"]  # a single object
    assert data["details"]["countries_of_origin"] == ["Canada", "USA"]
    assert data["box_office"]["gross_worldwide"] == {"amount": 13_543_349, "currency": "USD"}
    # The storyline, signed; no trivia, goofs, quotes or FAQ.
    assert [(s["text"][:22], s.get("author")) for s in data["summaries"]] == [
        ("The Lighthouse is a mo", None),
        ("As the wavering cry of", "Nick Riganas"),
    ]


def test_imdb_2025_entities_in_json_ld_are_decoded() -> None:
    data, _warnings = page(
        "imdb_2025_internets-own-boy-aaron-swartz_next-data_jsonld-apos-entity.html"
    )
    assert data["title"] == "The Internet's Own Boy: The Story of Aaron Swartz"
    assert data["year"] == 2014
    assert data["identifiers"] == {"imdb": "tt3268458"}
    assert scores(data) == [("imdb", 8, 10, 18429), ("metacritic", 72, 100, None)]


def test_imdb_2025_a_video_whose_json_ld_says_movie_is_a_film_and_said_so() -> None:
    data, warnings = page("imdb_2025_local-legends-2013_titletype-video-but-jsonld-movie.html")
    assert (data["title"], data["year"]) == ("Local Legends", 2013)
    assert scores(data) == [("imdb", 7.7, 10, 144)]
    assert data["tech_specs"]["runtime_minutes"] == 74
    assert warnings[0] == (
        "page: imported as a film: its JSON-LD says Movie, its page data says video "
        "(a film made for video)"
    )


def test_imdb_2025_page_data_and_json_ld_merged() -> None:
    data, warnings = page("imdb_2025_weapons_next-data-abovethefold-and-jsonld.html")
    assert (data["title"], data["year"]) == ("Weapons", 2025)  # no "⭐ 7.6 | Horror"
    assert data["details"]["release_date"] == "2025-08-08"
    assert data["tech_specs"]["runtime_minutes"] == 128
    assert scores(data) == [("imdb", 7.6, 10, 155110), ("metacritic", 81, 100, None)]
    assert data["box_office"]["budget"] == {"amount": 38_000_000, "currency": "USD"}
    assert data["details"]["official_sites"] == [
        {"name": "Official Amazon Link", "url": "https://amzn.to/45rTpoV"},
        {"name": "Official Site", "url": "https://www.warnerbros.com/movies/weapons"},
    ]
    assert [s["text"][:20] for s in data["summaries"]] == ["When all but one chi"]
    assert len(warnings) == 2  # the estimated budget, and one line for the page text left


# Letterboxd ---------------------------------------------------------------------------


def test_letterboxd_json_ld_in_cdata_and_its_links() -> None:
    data, _warnings = page("letterboxd_2022_sweet-sweetbacks-baadasssss-song_jsonld-cdata.html")
    assert (data["title"], data["year"]) == ("Sweet Sweetback's Baadasssss Song", 1971)
    assert data["identifiers"] == {
        "imdb": "tt0067810",
        "tmdb": 5822,
        # Its Letterboxd address: /film/sweet-sweetbacks-baadasssss-song/
        "others": [{"source": "letterboxd", "value": "sweet-sweetbacks-baadasssss-song"}],
    }
    assert data["details"]["genres"] == ["Crime", "Drama", "Action"]
    assert scores(data) == [("letterboxd", 3.21, 5, 5914)]  # on Letterboxd's 0-5
    assert "release_date" not in data["details"]  # dateCreated is Letterboxd's record
    assert len(data["people"]["cast"]) == 16


def test_letterboxd_2025() -> None:
    data, _warnings = page("letterboxd_2025_internets-own-boy-aaron-swartz_jsonld-cdata.html")
    assert data["identifiers"]["imdb"] == "tt3268458"
    assert data["title"] == "The Internet's Own Boy: The Story of Aaron Swartz"
    assert scores(data)[0][:3] == ("letterboxd", 3.87, 5)


# Rotten Tomatoes ----------------------------------------------------------------------


def test_rotten_tomatoes_2017_both_scores_and_the_year_from_the_title() -> None:
    data, _warnings = page("rottentomatoes_2017_12-angry-men-1957_aka-in-title-nbsp.html")
    # As the source's notebook reads it, the alternate title kept, the year apart.
    assert (data["title"], data["year"]) == ("12 Angry Men (Twelve Angry Men)", 1957)
    assert scores(data) == [
        ("tomatometerallcritics", 100, 100, 49),
        ("tomatometerallaudience", 97, 100, 103672),
    ]
    assert data["details"]["release_date"] == "1957-04-13"  # "In Theaters", not dateCreated


def test_rotten_tomatoes_2023_no_todo_date_and_the_page_datas_scores() -> None:
    data, _warnings = page(
        "rottentomatoes_2023_et-the-extra-terrestrial_jsonld-datecreated-todo-missing.html"
    )
    assert (data["title"], data["year"]) == ("E.T. the Extra-Terrestrial", 1982)
    assert data["details"]["release_date"] == "1982-06-11"  # not "TODO_MISSING"
    assert scores(data) == [
        ("tomatometerallcritics", 99, 100, 144),
        ("tomatometerallaudience", 72, 100, 32314349),
    ]
    assert data["box_office"]["gross_us_canada"] == {"amount": 439_200_000, "currency": "USD"}
    # Every actor of its JSON-LD is named "NA": none is taken.
    assert all(member["name"] != "NA" for member in data["people"]["cast"])


# Douban -----------------------------------------------------------------------------


def test_douban_titles_run_together_come_apart() -> None:
    data, warnings = page("douban_inception-2010_chinese-title_jsonld.html")
    # Douban expects its reader's title, 盗梦空间; the film's own is kept, the other said.
    assert data["title"] == "Inception"
    assert warnings[0] == (
        "title: the page shows its reader the title “盗梦空间”; the film's own, "
        "“Inception”, is kept"
    )
    assert data["identifiers"] == {
        "imdb": "tt1375666",  # only in the page's text
        "others": [{"source": "douban", "value": "3541415"}],
    }
    assert scores(data) == [("douban", 9.4, 10, 1970881)]


def test_douban_a_tv_special_it_lists_as_a_movie_imports() -> None:
    data, _warnings = page("douban_doctor-who-runaway-bride_tv-special-listed-as-movie.html")
    assert (data["title"], data["year"]) == ("Doctor Who: The Runaway Bride", 2006)
    assert data["identifiers"]["imdb"] == "tt0827573"
    assert scores(data) == [("douban", 9.0, 10, 8205)]


# Wikipedia --------------------------------------------------------------------------


def test_wikipedia_infobox_plot_and_cast() -> None:
    data, _warnings = page(
        "wikipedia_2019_how-to-train-your-dragon-hidden-world_prettified-by-bs4.html"
    )
    assert (data["title"], data["year"]) == ("How to Train Your Dragon: The Hidden World", 2019)
    assert data["box_office"]["gross_worldwide"] == {"amount": 274_900_000, "currency": "USD"}
    # The source counts 16 cast entries: those whose actor has an article of their own.
    # Film Viewer keeps every credited one.
    cast = data["people"]["cast"]
    assert len(cast) == 18
    assert cast[0] == {"name": "Jay Baruchel", "role": "Hiccup"}
    assert data["synopsis"].startswith("One year after defending Berk from Drago, Hiccup")
    assert "release_date" in data["details"]  # never the article's datePublished
    assert data["details"]["release_date"] != "2013-05-21"


def test_wikipedia_a_chinese_film_keeps_its_own_title() -> None:
    data, _warnings = page("wikipedia_2019_the-wandering-earth_chinese-film.html")
    assert (data["title"], data["original_title"], data["year"]) == (
        "The Wandering Earth",
        "流浪地球",
        2019,
    )
    assert data["box_office"]["gross_worldwide"] == {"amount": 650_000_000, "currency": "USD"}
    assert data["people"]["cast"][0] == {"name": "Qu Chuxiao", "role": "Liu Qi (刘启)"}


def test_wikipedia_a_disambiguated_title_loses_its_disambiguator() -> None:
    data, _warnings = page("wikipedia_2019_titanic-1997-film_disambiguated-title.html")
    assert (data["title"], data["year"]) == ("Titanic", 1997)
    assert data["box_office"]["gross_worldwide"] == {"amount": 2_187_000_000, "currency": "USD"}
    assert data["people"]["directors"] == ["James Cameron"]


# Every page -----------------------------------------------------------------------------


FILMS = [
    "douban_doctor-who-runaway-bride_tv-special-listed-as-movie.html",
    "douban_inception-2010_chinese-title_jsonld.html",
    "imdb_2013_django-unchained_microdata.html",
    "imdb_2020_hungarian-locale_the-lighthouse-2019_jsonld.html",
    "imdb_2025_internets-own-boy-aaron-swartz_next-data_jsonld-apos-entity.html",
    "imdb_2025_local-legends-2013_titletype-video-but-jsonld-movie.html",
    "imdb_2025_weapons_next-data-abovethefold-and-jsonld.html",
    "letterboxd_2022_sweet-sweetbacks-baadasssss-song_jsonld-cdata.html",
    "letterboxd_2025_internets-own-boy-aaron-swartz_jsonld-cdata.html",
    "rottentomatoes_2017_12-angry-men-1957_aka-in-title-nbsp.html",
    "rottentomatoes_2023_et-the-extra-terrestrial_jsonld-datecreated-todo-missing.html",
    "wikipedia_2019_how-to-train-your-dragon-hidden-world_prettified-by-bs4.html",
    "wikipedia_2019_the-wandering-earth_chinese-film.html",
    "wikipedia_2019_titanic-1997-film_disambiguated-title.html",
]
DEBRIS = (
    "Trivia",
    "Goofs",
    "See more",
    "IMDbPro",
    "Edit",
    "Sign in",
    "Watchlist",
    "User reviews",
    "Your life in film",
    "»",
)


@pytest.mark.parametrize("name", FILMS)
def test_no_page_text_where_prose_belongs_and_warnings_a_person_reads(name: str) -> None:
    data, warnings = page(name)
    prose = [summary["text"] for summary in data.get("summaries", [])]
    prose += [data.get("synopsis", ""), data["title"]]
    assert not [text for text in prose for word in DEBRIS if word in text]
    assert len(data.get("summaries", [])) <= 3
    assert len(warnings) <= 10
    # What --import writes, --check reads as it is.
    film = parse_film(json.dumps(data).encode("utf-8"), Path("imported.json"))
    assert film.title == data["title"]
