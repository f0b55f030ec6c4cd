"""Importing a film from a title page: text copied from a browser, saved HTML, the clipboard's HTML.

The pages in tests/data/pages are invented films written in the layouts
title pages have; the seed page is the bundled film's own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from filmviewer.controller.importer import NotAFilmPageError, import_page
from filmviewer.controller.importer.values import (
    UnreadableError,
    aspect_ratio,
    date,
    money,
    runtime,
)

ROOT = Path(__file__).resolve().parent.parent.parent
PAGES = ROOT / "tests" / "data" / "pages"
SEED = PAGES / "stalin-1992-copied.txt"
"""The bundled film's title page as copied from a browser, from its Summaries on."""


@pytest.fixture(autouse=True)
def _app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp  # Qt names the countries and languages a copy runs together


def imported(name: str, **given: Any) -> tuple[dict[str, Any], list[str]]:
    result = import_page((PAGES / name).read_bytes(), **given)
    return result.data, [str(warning) for warning in result.warnings]


# The bundled film's own page ---------------------------------------------------------


def test_the_seed_page_gives_the_bundled_film_fact_for_fact() -> None:
    result = import_page(SEED.read_bytes(), title="Stalin", year=1992)
    bundled = json.loads((ROOT / "data" / "stalin-1992.json").read_text(encoding="utf-8"))
    assert result.data == bundled
    assert [str(warning) for warning in result.warnings] == [
        "line 30, “Production companies”: the names are run together on one line; split where "
        "a word such as Films or Productions ends a name: HBO Films | Magyar Televízió "
        "Müvelödési Föszerkesztöség (MTV) (I) | Mark Carliner Productions"
    ]


def test_a_copy_that_starts_at_its_summaries_needs_a_title() -> None:
    page = "Summaries\n\nA short plot.\n\nSynopsis\n\nA long plot.\n"
    with pytest.raises(NotAFilmPageError) as caught:
        import_page(page)
    assert caught.value.untitled
    assert "does not show the film's title" in str(caught.value)
    data = import_page(page, title="Untitled Film", year=2001).data
    assert (data["title"], data["year"], data["synopsis"]) == (
        "Untitled Film",
        2001,
        "A long plot.",
    )


# Pages in the seed's layout ---------------------------------------------------------


def test_a_full_page_with_its_header_debris_and_every_section() -> None:
    data, warnings = imported("glass-orchard.txt")
    assert (data["title"], data["year"]) == ("The Glass Orchard", 2019)
    assert data["details"]["rating"] == {"certificate": "PG-13"}  # from "2019 · PG-13 · 1h 47m"
    assert data["summaries"] == [
        {
            "text": "Greenhouse growers weather a storm and a wedding in the same week.",
            "outline": True,
        },
        {
            # "[email protected]" (with its no-break space) and "See more" are the page's own.
            "text": "When a hailstorm shatters the glasshouses of the Verlaine family (Agnès "
            "Morel) days before her daughter's wedding, Claire Verlaine (Agnès Morel) and her "
            "estranged brother Paul Verlaine (Théo Garnier) must rebuild together."
        },
        {
            "text": "An orchard of glass, a family of stubborn growers, and one very long week.",
            "author": "orchardfan_77",
        },
    ]
    details = data["details"]
    assert details["keywords"] == ["greenhouse", "hailstorm", "wedding", "family reunion"]
    assert details["genres"] == ["Drama", "Romance"]  # the repeated list is read once
    assert details["release_date"] == "2019-09-04"
    assert details["countries_of_origin"] == ["France"]
    assert details["official_sites"] == [{"name": "Glass Orchard Films"}]
    assert details["languages"] == ["French", "English"]  # run together, split by Qt's names
    assert details["filming_locations"] == ["Hyères, Var, France"]
    assert details["production_companies"] == ["Films du Large Tidewater Films"]
    assert data["box_office"] == {
        "budget": {"amount": 4_500_000, "currency": "EUR"},
        "gross_us_canada": {"amount": 1_204_311, "currency": "USD"},
        "opening_weekend_us_canada": {
            "gross": {"amount": 212_000, "currency": "USD"},
            "date": "2019-09-08",
        },
        "gross_worldwide": {"amount": 9_876_543, "currency": "USD"},
    }
    assert data["tech_specs"] == {
        "runtime_minutes": 107,
        "color": ["Color", "Black and White"],
        "sound_mix": ["Dolby Digital", "DTS"],
        "aspect_ratio": 2.39,
    }
    assert data["synopsis"] == (  # the line the copy repeated, once
        "The Verlaine glasshouses stand on the slope above Hyères.\n\n"
        "On the night before the wedding, Paul Verlaine (Théo Garnier) repairs the last pane."
    )
    assert data["people"]["cast"] == [
        {"name": "Agnès Morel", "role": "Claire Verlaine"},
        {"name": "Théo Garnier", "role": "Paul Verlaine"},
    ]
    assert warnings == [
        "line 19, “Production companies”: kept as one name, though the page may run several "
        "together on this line: “Films du Large Tidewater Films”",
        "line 35, “Budget”: the amount is an estimate; a film file does not mark estimates",
    ]


def test_singular_labels_a_bare_year_and_a_line_no_film_holds() -> None:
    data, warnings = imported("quiet-harbour.txt", title="A Quiet Harbour")
    assert data["year"] == 1958
    assert "release_date" not in data["details"]
    assert data["details"]["genres"] == ["Drama"]
    assert data["details"]["countries_of_origin"] == ["United Kingdom", "Ireland"]
    assert data["details"]["production_companies"] == ["Quayside Pictures"]
    assert data["box_office"] == {"budget": {"amount": 250_000, "currency": "GBP"}}
    assert data["tech_specs"] == {
        "runtime_minutes": 58,
        "color": ["Black and White"],
        "sound_mix": ["Mono"],
        "aspect_ratio": 1.33,
    }
    assert warnings == [
        "line 10, “Official sites”: kept as one name, though the page may run several together "
        "on this line: “Harbour Board Archive Channel Four”",
        "line 12, “Release date”: only a year, 1958: the year is kept, a release date needs "
        "the day",
        "page: lines of page text that are not film facts, left out: 1, "
        "e.g. “Camera Arriflex 35 II”",
    ]


def test_an_original_title_codes_and_names_it_does_not_know() -> None:
    data, warnings = imported("cold-archive.txt")
    # The film's own title wins over the one the page gave its reader, which is said.
    assert (data["title"], data["year"]) == ("Kaltes Archiv", 2011)
    assert "original_title" not in data
    assert data["tech_specs"]["runtime_minutes"] == 65  # "1h 5m", also in the header
    assert data["details"]["rating"] == {"certificate": "12", "system": "FSK"}
    assert data["details"]["countries_of_origin"] == ["Germany Austria Atlantis"]
    assert data["box_office"] == {
        "budget": {"amount": 25_000_000, "currency": "SEK"},
        "gross_worldwide": {"amount": 2_500_000, "currency": "HUF"},
    }
    assert data["tech_specs"]["sound_mix"] == ["Dolby Atmos", "Dolby Digital"]
    assert warnings == [
        "title: the page shows its reader the title “Cold Archive”; the film's own, "
        "“Kaltes Archiv”, is kept",
        "line 7, “Countries of origin”: the list is run together on one line and not all of it "
        "is a known name; kept as one item: “Germany Austria Atlantis”",
    ]


# Saved HTML and the clipboard's HTML ------------------------------------------------------


def test_a_saved_page_with_schema_org_data_and_labelled_lists() -> None:
    data, warnings = imported("night-ferry.html")
    assert (data["title"], data["year"]) == ("The Night Ferry", 1987)
    assert data["summaries"] == [
        {
            "text": "The last ferry of the night carries twenty strangers and one secret.",
            "outline": True,
        },
        {
            # Markup written as text in the page stays text.
            "text": "A storm strands the night ferry mid-Channel; <b>nobody</b> leaves the bar.",
            "author": "deckhand_42",
        },
    ]
    details = data["details"]
    assert details["genres"] == ["Drama", "Mystery"]
    assert details["keywords"] == ["ferry", "storm", "channel crossing"]
    assert details["languages"] == ["French", "English"]  # "fr" is French
    # The structured data wins over the page's text.
    assert details["production_companies"] == ["Films du Large", "Tidewater Films"]
    assert details["filming_locations"] == [
        "Dieppe, Seine-Maritime, France",
        "Newhaven, East Sussex, England, UK",
    ]
    assert details["official_sites"] == [
        {"name": "Official site", "url": "https://nightferry.example.org/"},
        {"name": "Fan page"},
    ]
    assert data["tech_specs"] == {
        "runtime_minutes": 118,
        "color": ["Color"],
        "sound_mix": ["Dolby Stereo", "Mono"],
        "aspect_ratio": 1.85,
    }
    assert data["box_office"]["budget"] == {"amount": 8_000_000, "currency": "EUR"}
    assert data["people"] == {
        "directors": ["Yann Le Bihan"],
        "writers": ["Ruth Calder", "Yann Le Bihan"],
        "cast": [{"name": "Nora Quinn", "role": "Hester Vale"}, {"name": "Elias Ward"}],
    }
    assert data["scores"] == [{"source": "imdb", "value": 7.6, "votes": 48211}]
    assert data["identifiers"] == {"imdb": "tt0000087"}
    assert data["artwork"] == {"poster": {"url": "https://images.example.org/night-ferry.jpg"}}
    # Scripts, styles, menus and buttons are not the film's.
    assert data["synopsis"] == (
        "The ferry leaves Dieppe at midnight.\n\n"
        "By dawn, the purser Hester Vale (Nora Quinn) knows who took the letter."
    )
    assert warnings == [
        "“Official sites”: left out the address “javascript:alert(1)”: only http and https open",
        "“Budget”: the amount is an estimate; a film file does not mark estimates",
        # The site's menu, above the title.
        "page: lines of page text that are not film facts, left out: 1, "
        "e.g. “Film Register Search”",
    ]


def test_a_saved_imdb_page_gives_its_page_data() -> None:
    data, warnings = imported("paper-moons.html")
    assert (data["title"], data["year"]) == ("Lunes de papier", 2004)
    assert data["details"]["release_date"] == "2004-03-12"
    assert data["details"]["countries_of_origin"] == ["Belgium", "France"]
    assert data["box_office"]["opening_weekend_us_canada"] == {
        "gross": {"amount": 410_000, "currency": "USD"},
        "date": "2004-03-14",
    }
    assert data["tech_specs"] == {
        "runtime_minutes": 88,
        "color": ["Color"],
        "sound_mix": ["Dolby Digital"],
        "aspect_ratio": 2.39,
    }
    assert data["people"]["cast"] == [{"name": "Daniel Roy", "role": "Luc"}]
    assert data["scores"] == [{"source": "imdb", "value": 6.9, "votes": 1532}]
    assert warnings == [
        "title: the page shows its reader the title “Paper Moons”; the film's own, "
        "“Lunes de papier”, is kept",
        "page: lines of page text that are not film facts, left out: 1, e.g. “Loading…”",
    ]


def test_the_clipboards_html_keeps_list_items_apart() -> None:
    data, warnings = imported("clipboard-stalin.html", title="Stalin")
    assert data["details"]["production_companies"] == [
        "HBO Films",
        "Magyar Televízió Müvelödési Föszerkesztöség (MTV) (I)",
        "Mark Carliner Productions",
    ]
    assert data["details"]["countries_of_origin"] == ["United States", "Russia", "Hungary"]
    assert data["details"]["official_sites"] == [{"name": "MGM", "url": "https://www.mgm.com/"}]
    assert warnings == ["“Budget”: the amount is an estimate; a film file does not mark estimates"]


def test_a_copy_of_the_whole_page_starts_at_its_title_not_its_menus() -> None:
    page = (
        "Skip to main content\nMenu\nMovies\nAll\nSearch Film Register\nWatchlist\n"
        "Sign In\nEN\n"
        "Eleven Bridges\nMovie\n1999\nR\n2h 1m\n"
        "Summaries\n\nA courier has one night to cross a city of eleven bridges.\n"
    )
    result = import_page(page)
    data = result.data
    assert (data["title"], data["year"]) == ("Eleven Bridges", 1999)
    assert data["tech_specs"] == {"runtime_minutes": 121}
    assert data["details"] == {"rating": {"certificate": "R"}}
    assert [str(warning) for warning in result.warnings] == [
        # "Menu", "Watchlist" and "Sign In" are the site's buttons, dropped as such.
        "line 1: lines above the title (the site's menus), left out: 5"
    ]


def test_a_dash_in_a_summary_is_prose_and_a_signature_a_name() -> None:
    page = (
        "Summaries\n\n"
        "A short plot.\n\n"
        "He comes home at last—too late.\n\n"
        "The war — long and brutal — ends in the spring.\n\n"
        "A film about love — and loss\n\n"
        "Two brothers, one farm.—Ann Lee\n\n"
        "A longer summary of the same story, told again.\n"
        "—someone_else\n"
    )
    summaries = import_page(page, title="Dashes").data["summaries"]
    assert summaries == [
        {"text": "A short plot.", "outline": True},
        {"text": "He comes home at last—too late."},
        {"text": "The war — long and brutal — ends in the spring."},
        {"text": "A film about love — and loss"},
        {"text": "Two brothers, one farm.", "author": "Ann Lee"},
        {"text": "A longer summary of the same story, told again.", "author": "someone_else"},
    ]


# What is no title page ------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        b"",
        b"\x00\x01\x02binary",
        b"Dear Anna,\nthe ferry leaves at nine.\n",
    ],
)
def test_what_is_not_a_title_page_is_said_in_one_message(page: bytes) -> None:
    with pytest.raises(NotAFilmPageError) as caught:
        import_page(page)
    assert str(caught.value).startswith("this is not a film's title page")


def test_a_web_page_with_no_film_is_said_to_have_none() -> None:
    with pytest.raises(NotAFilmPageError) as caught:
        import_page(b"<html><body><h2>Details</h2><p>A blog post about films.</p></body></html>")
    assert str(caught.value).startswith("no film found on this page")


def test_hostile_pages_are_read_or_refused_never_raised() -> None:
    deep = "<html><body>" + "<div>" * 50_000 + "Synopsis" + "</div>" * 50_000 + "</body></html>"
    with pytest.raises(NotAFilmPageError):
        import_page(deep)
    money_page = f"Film\n\nBox office\n\nBudget ${'9' * 5000}\n"
    result = import_page(money_page)
    assert "box_office" not in result.data
    assert "is more money than any film has made" in str(result.warnings[0])
    control = import_page("Ti\x1btle\n\nSynopsis\n\nA plot.\n")
    assert control.data["title"] == "Title"
    assert [str(w) for w in control.warnings] == [
        "page: control characters, which are not text, left out: 1"
    ]


# One value at a time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency", "estimated"),
    [
        ("$10000000", 10_000_000, "USD", False),
        ("$10,000,000 (estimated)", 10_000_000, "USD", True),
        ("€1.234.567", 1_234_567, "EUR", False),
        ("SEK 25,000,000", 25_000_000, "SEK", False),
        ("2 500 000 Ft", 2_500_000, "HUF", False),
        ("CA$1,000", 1_000, "CAD", False),
        ("£2,500,000", 2_500_000, "GBP", False),
    ],
)
def test_money_with_symbols_codes_and_separators(
    text: str, amount: int, currency: str, estimated: bool
) -> None:
    found = money(text)
    assert (found.amount, found.currency, found.estimated) == (amount, currency, estimated)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("2h 52m", 172), ("1h 5m", 65), ("58m", 58), ("2h", 120), ("172 min", 172)],
)
def test_runtimes(text: str, minutes: int) -> None:
    assert runtime(text) == minutes


def test_dates_ratios_and_what_they_refuse() -> None:
    assert str(date("Nov 20, 1992").date) == "1992-11-20"
    assert str(date("20 November 1992").date) == "1992-11-20"
    assert date("November 20, 1992 (United States)").place == "United States"
    assert (aspect_ratio("1.33 : 1"), aspect_ratio("2.39 : 1"), aspect_ratio("16:9")) == (
        1.33,
        2.39,
        1.78,
    )
    for wrong in (lambda: date("Feb 30, 1992"), lambda: runtime("soon"), lambda: money("10000")):
        with pytest.raises(UnreadableError):
            wrong()


# A copy from any part of a page -----------------------------------------------------------


def test_a_copy_that_starts_at_the_plot_asks_for_the_title_and_takes_no_prose_for_one() -> None:
    with pytest.raises(NotAFilmPageError) as caught:
        imported("plot-first-copy.txt")
    assert caught.value.untitled


def test_a_copy_that_starts_at_the_plot_reads_its_people_and_run_together_names() -> None:
    data, warnings = imported("plot-first-copy.txt", title="Guns & Gulaabs", year=2024)
    assert data["title"] == "Guns & Gulaabs"
    people = data["people"]
    assert people["directors"] == ["Raj Kumar Gupta"]
    assert people["writers"] == ["Piyush Gupta", "Nikhil Mehrotra"]  # apart, and once
    assert people["cast"] == [{"name": "Rajkummar Rao"}, {"name": "Varun Sharma"}]
    assert data["summaries"] == [
        {
            "text": "A small-town con man and his brother-in-law fake a kidnapping to pay off a "
            "debt, until the real kidnappers turn up.",
            "outline": True,
        },
        {
            "text": "Two brothers-in-law in a dusty town owe money to the wrong people, and the "
            "plan they make to pay it back goes wrong in every way it can."
        },
        {
            # Glued to the star list by the copy, and signed.
            "text": "The setup was promising, and the two leads carry the first half with real "
            "charm before the plot runs out of road.",
            "author": "rynhalliwell",
        },
    ]
    details = data["details"]
    assert details["official_sites"] == [
        {"name": "Official site"},
        {"name": "Official site (Japan)"},
    ]
    assert details["production_companies"] == ["Maddock Films", "Jio Studios"]
    assert details["release_date"] == "2024-06-14"
    assert data["box_office"] == {"gross_worldwide": {"amount": 1_204_311, "currency": "USD"}}
    assert data["tech_specs"]["runtime_minutes"] == 128
    assert warnings == []  # "See production info at IMDbPro" is the page's own link


@pytest.mark.parametrize(
    ("glued", "names"),
    [
        ("Piyush GuptaNikhil Mehrotra", ["Piyush Gupta", "Nikhil Mehrotra"]),
        ("Leonardo DiCaprioKate Winslet", ["Leonardo DiCaprio", "Kate Winslet"]),
        ("Matthew McConaugheyAnne Hathaway", ["Matthew McConaughey", "Anne Hathaway"]),
        ("DreamWorks Animation", ["DreamWorks Animation"]),
        ("Shia LaBeoufMegan Fox", ["Shia LaBeouf", "Megan Fox"]),
        (
            "Ólafur Darri ÓlafssonÁlfrún Örnólfsdóttir",
            ["Ólafur Darri Ólafsson", "Álfrún Örnólfsdóttir"],
        ),
    ],
)
def test_names_a_copy_ran_together_come_apart(glued: str, names: list[str]) -> None:
    from filmviewer.controller.importer.labels import split_glued

    assert split_glued(glued) == names


# Structured data of every shape ------------------------------------------------------------


def _page(*scripts: str, head: str = "", body: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}{''.join(scripts)}</head><body>{body}</body></html>"


def test_imdbs_earlier_page_data_in_a_graphql_cache() -> None:
    import json as j

    title = {
        "id": "tt0000901",
        "titleText": {"text": "Cache Film"},
        "titleType": {"id": "movie"},
        "releaseYear": {"year": 2021},
        "ratingsSummary": {
            "aggregateRating": 8.1,
            "voteCount": 1200,
            "topRanking": {"rank": 212},
        },
        "metacritic": {"metascore": {"score": 77, "reviewCount": 31}},
    }
    other = {
        "id": "tt0000902",
        "titleText": {"text": "More Like This"},
        "titleType": {"id": "movie"},
    }
    data = {
        "props": {
            "pageProps": {
                "tconst": "tt0000901",
                "urqlState": {
                    "1": {"data": j.dumps({"title": other})},
                    "2": {"data": j.dumps({"title": title})},
                },
            }
        }
    }
    page = _page(f'<script id="__NEXT_DATA__" type="application/json">{j.dumps(data)}</script>')
    result = import_page(page)
    assert (result.data["title"], result.data["year"]) == ("Cache Film", 2021)
    assert result.data["top250"] == 212
    assert result.data["scores"] == [
        {"source": "imdb", "value": 8.1, "votes": 1200},
        {"source": "metacritic", "value": 77.0, "scale": 100.0, "votes": 31},
    ]


def test_json_ld_in_a_graph_with_relative_addresses_and_entities() -> None:
    graph = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebPage", "name": "Site"},'
        '{"@type": ["Movie", "CreativeWork"], "name": "Tom &amp; Jerry&#39;s Night",'
        ' "url": "/title/tt0000777/", "image": "/posters/777.jpg",'
        ' "datePublished": "TODO_MISSING", "dateCreated": "2005-11-20",'
        ' "releasedEvent": [{"@type": "PublicationEvent", "startDate": "1999"}],'
        ' "aggregateRating": {"ratingValue": "4.1", "bestRating": "5", "ratingCount": "1,234"}}'
        "]}"
    )
    page = _page(
        f'<script type="application/ld+json">{graph}</script>',
        head='<link rel="canonical" href="https://www.imdb.com/title/tt0000777/">',
    )
    data = import_page(page).data
    assert data["title"] == "Tom & Jerry's Night"
    assert data["year"] == 1999  # not the page's own dateCreated, nor a placeholder
    assert "release_date" not in data.get("details", {})
    assert data["identifiers"] == {"imdb": "tt0000777"}
    assert data["artwork"] == {"poster": {"url": "https://www.imdb.com/posters/777.jpg"}}
    assert data["scores"] == [{"source": "imdb", "value": 4.1, "scale": 5.0, "votes": 1234}]


def test_a_person_page_and_a_game_page_are_refused() -> None:
    for kind, said in (("Person", "person"), ("VideoGame", "video game")):
        page = _page(
            f'<script type="application/ld+json">{{"@type": "{kind}", "name": "X"}}</script>'
        )
        with pytest.raises(NotAFilmPageError) as caught:
            import_page(page)
        assert str(caught.value) == (
            f"this page is about a {said}, not a film (its JSON-LD says {kind})"
        )


def test_microdata_with_an_og_type_and_decorated_titles() -> None:
    page = _page(
        head="<title>\u200eThe Ninth Gate (1999 film) - Wikipedia</title>"
        '<meta property="og:type" content="video.movie">',
        body='<div itemscope itemtype="http://schema.org/Movie">'
        '<h1 itemprop="name">The Ninth Gate (1999)</h1>'
        '<a href="/genre/Thriller" itemprop="genre">Thriller</a>'
        '<span itemprop="contentRating">Rated R for some violence</span>'
        '<time itemprop="duration" datetime="PT133M">133 min</time>'
        "</div>",
    )
    data = import_page(page).data
    assert (data["title"], data["year"]) == ("The Ninth Gate", 1999)
    assert data["details"]["genres"] == ["Thriller"]
    assert data["details"]["rating"] == {"certificate": "R"}
    assert data["tech_specs"]["runtime_minutes"] == 133


def test_a_title_only_the_tab_gives_loses_the_sites_decorations() -> None:
    page = _page(
        head="<title>\u200eDark Water (2002) directed by Hideo Nakata • Letterboxd</title>"
        '<meta property="og:type" content="video.movie">'
    )
    data = import_page(page).data
    assert (data["title"], data["year"]) == ("Dark Water", 2002)


def test_an_infobox_reads_as_details_wherever_it_stands() -> None:
    page = _page(
        head="<title>Ashfall Harbour | Film Wiki | Fandom</title>",
        body="<h2>Overview</h2><p>Fan notes.</p>"
        '<table class="infobox"><tr><th colspan="2">Ashfall Harbour</th></tr>'
        "<tr><th>Directed by</th><td>Mira Holt</td></tr>"
        "<tr><th>Release date</th><td>March 3, 2011 (Norway)<sup>[1]</sup></td></tr>"
        "<tr><th>Running time</th><td>97 minutes</td></tr>"
        "<tr><th>Budget</th><td>$3.5 million<sup>[2]</sup></td></tr></table>"
        "<p>More fan notes.</p>",
    )
    data = import_page(page).data
    assert data["title"] == "Ashfall Harbour"
    assert data["people"]["directors"] == ["Mira Holt"]
    assert (data["details"]["release_date"], data["year"]) == ("2011-03-03", 2011)
    assert data["tech_specs"]["runtime_minutes"] == 97
    assert data["box_office"]["budget"] == {"amount": 3_500_000, "currency": "USD"}


def test_a_page_says_at_most_ten_lines_of_warnings() -> None:
    lines = "\n".join(f"Budget ${'9' * 40}{n}" for n in range(30))
    result = import_page(f"Film\n\nBox office\n\n{lines}\n")
    assert len(result.warnings) == 10
    assert str(result.warnings[-1]) == "page: more warnings like these, not listed: 21"


def test_a_page_in_the_charset_its_html_declares() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
        '<script type="application/ld+json">{"@type": "Movie", "name": "千と千尋の神隠し"}'
        "</script></head><body></body></html>"
    ).encode("shift_jis")
    assert import_page(page).data["title"] == "千と千尋の神隠し"
