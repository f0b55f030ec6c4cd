"""What the window shows, as text: formatting, order, and "Not listed" for gaps."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QLocale

from filmviewer.controller import formatting
from filmviewer.controller.presentation import FilmSheet, paragraphs, present
from filmviewer.model.film import Film
from filmviewer.model.loader import load_film
from tests.conftest import BUNDLED, make_film

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture(scope="module")
def sheet() -> FilmSheet:
    return present(load_film(BUNDLED), US)


def values(section, key: str) -> tuple[str, ...]:
    return next(row.values for row in section.rows if row.key == key)


def test_header(sheet: FilmSheet) -> None:
    assert sheet.title == "Stalin"
    assert sheet.subtitle == (
        "1992 · TV-MA (MPA) · 2h 52m (172 min) · Thriller, Crime, Drama, History, War, Biography"
    )


def test_details_rows_in_order(sheet: FilmSheet) -> None:
    assert [row.label for row in sheet.details.rows] == [
        "Keywords",
        "Genres",
        "Release date",
        "Rating",
        "Countries of origin",
        "Official sites",
        "Languages",
        "Filming locations",
        "Production companies",
    ]
    assert values(sheet.details, "release_date") == ("November 20, 1992",)
    assert values(sheet.details, "rating") == ("TV-MA (MPA)",)
    assert values(sheet.details, "filming_locations") == ("The Kremlin, Moscow, Russia",)


def test_box_office_and_tech_specs(sheet: FilmSheet) -> None:
    assert values(sheet.box_office, "budget") == ("$10,000,000",)
    assert values(sheet.box_office, "gross_worldwide") == ()
    assert values(sheet.tech_specs, "runtime") == ("2h 52m (172 min)",)
    assert values(sheet.tech_specs, "aspect_ratio") == ("1.33 : 1",)
    assert values(sheet.tech_specs, "color") == ("Color",)
    assert values(sheet.tech_specs, "sound_mix") == ()


def test_outline_comes_first_wherever_the_file_puts_it() -> None:
    film = make_film(
        {
            "title": "x",
            "summaries": [{"text": "long one", "author": "a"}, {"text": "short", "outline": True}],
        }
    )
    assert [s.text for s in present(film, US).summaries] == ["short", "long one"]


def test_a_title_only_film_lists_nothing() -> None:
    sheet = present(Film(title="Only a title"), US)
    assert sheet.subtitle == ""
    assert sheet.summaries == ()
    assert sheet.synopsis == ""
    for section in (sheet.details, sheet.box_office, sheet.tech_specs):
        assert section.is_empty
        assert section.listed() == ()


def test_synopsis_paragraphs_split_on_blank_lines() -> None:
    text = "One\nline.\r\n\r\n\n  Two.  \n\u2029Three.\n\u200b\nFour."
    film = Film(title="x", synopsis=text)
    sheet = present(film, US)
    assert sheet.synopsis is film.synopsis  # kept as the file has it: cached once
    assert paragraphs(sheet.synopsis) == ["One line.", "Two.", "Three.", "Four."]


def test_opening_weekend_shows_takings_and_date() -> None:
    film = make_film(
        {
            "title": "x",
            "box_office": {
                "opening_weekend_us_canada": {
                    "gross": {"amount": 1234567, "currency": "USD"},
                    "date": "1992-11-22",
                }
            },
        }
    )
    assert values(present(film, US).box_office, "opening_weekend_us_canada") == (
        "$1,234,567 · November 22, 1992",
    )


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [(172, "2h 52m (172 min)"), (45, "45 min"), (120, "2h (120 min)"), (1, "1 min")],
)
def test_runtime(minutes: int, shown: str) -> None:
    assert formatting.runtime(US, minutes) == shown


@pytest.mark.parametrize(
    ("locale", "currency", "shown"),
    [
        (US, "USD", "$10,000,000"),
        (US, "EUR", "€10,000,000"),
        (QLocale("de_DE"), "EUR", "10.000.000\N{NO-BREAK SPACE}€"),
        # A Canadian reader's "$" means CAD: US dollars say so.
        (QLocale("en_CA"), "USD", "USD\N{NO-BREAK SPACE}10,000,000"),
        # "kr" is Swedish and Norwegian (and Danish) crowns alike; a Swede's own is kr.
        (US, "SEK", "SEK\N{NO-BREAK SPACE}10,000,000"),
        (US, "NOK", "NOK\N{NO-BREAK SPACE}10,000,000"),
        (
            QLocale("sv_SE"),
            "SEK",
            "10\N{NO-BREAK SPACE}000\N{NO-BREAK SPACE}000\N{NO-BREAK SPACE}kr",
        ),
        # No symbol of its own in English: the code, with a space.
        (US, "HUF", "HUF\N{NO-BREAK SPACE}10,000,000"),
        # "¥" is yen and yuan.
        (US, "JPY", "JPY\N{NO-BREAK SPACE}10,000,000"),
        (US, "GBP", "£10,000,000"),
        (US, "XYZ", "XYZ\N{NO-BREAK SPACE}10,000,000"),
    ],
)
def test_money_is_locale_aware(locale: QLocale, currency: str, shown: str) -> None:
    assert formatting.money(locale, 10_000_000, currency) == shown


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        (US, "November 20, 1992"),
        (QLocale("de_DE"), "20. November 1992"),
        (QLocale("ja_JP"), "1992年11月20日"),
    ],
)
def test_dates_are_long_without_weekday(locale: QLocale, shown: str) -> None:
    assert formatting.long_date(locale, datetime.date(1992, 11, 20)) == shown


def test_the_c_locale_reads_as_us_english() -> None:
    QLocale.setDefault(QLocale.c())
    try:
        assert formatting.display_locale().name() == "en_US"
    finally:
        QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(
    ("ratio", "shown"),
    [
        (1.33, "1.33 : 1"),
        (2.39, "2.39 : 1"),
        (1.375, "1.375 : 1"),  # not rounded to 1.38
        (11.999, "11.999 : 1"),  # not rounded to 12.00
        (2.0, "2.00 : 1"),
        (0.5, "0.50 : 1"),
    ],
)
def test_aspect_ratios_are_shown_as_given(ratio: float, shown: str) -> None:
    assert formatting.aspect_ratio(ratio) == shown


def notes(section, key: str) -> tuple[str, ...]:
    return next(row.notes for row in section.rows if row.key == key)


def test_scores_are_named_by_their_sites_and_counted_by_what_they_count() -> None:
    sheet = present(
        make_film(
            {
                "title": "Scored",
                "scores": [
                    {"source": "default", "value": 7.2, "votes": 1},
                    {"source": "metascore", "value": 76, "scale": 100, "votes": 49},
                    {"source": "tomatometerallcritics", "value": 90, "scale": 100, "votes": 1},
                    {"source": "tomatometerallaudience", "value": 72, "scale": 100, "votes": 2},
                    {"source": "letterboxd", "value": 3.21, "scale": 5, "votes": 5914},
                    {"source": "imdb", "value": 6.4, "votes": 335583, "default": True},
                ],
            }
        ),
        US,
    )
    assert tuple(
        value.replace("\N{NO-BREAK SPACE}", " ") for value in values(sheet.details, "scores")
    ) == (
        "IMDb 6.4 / 10",
        "7.2 / 10",
        "Metacritic 76 / 100",
        "Rotten Tomatoes critics 90 / 100",
        "Rotten Tomatoes audience 72 / 100",
        "Letterboxd 3.21 / 5",
    )
    assert notes(sheet.details, "scores") == (
        "335,583 votes",
        "1 vote",
        "49 reviews",
        "1 review",
        "2 ratings",
        "5,914 ratings",
    )


def test_the_crew_is_listed_with_their_jobs_after_the_cast() -> None:
    sheet = present(
        make_film(
            {
                "title": "Crewed",
                "people": {
                    "cast": [{"name": "Ann Cast"}],
                    "crew": [{"name": "Pro Ducer", "job": "Producer"}, {"name": "No Job"}],
                },
            }
        ),
        US,
    )
    assert [row.key for row in sheet.cast.rows] == ["directors", "writers", "cast", "crew"]
    assert values(sheet.cast, "crew") == ("Pro Ducer", "No Job")
    assert notes(sheet.cast, "crew") == ("Producer", "")


def test_the_video_line_says_3d_and_the_files_length() -> None:
    sheet = present(
        make_film(
            {
                "title": "Deep",
                "media": {
                    "video": {
                        "codec": "h264",
                        "stereo_mode": "top_bottom",
                        "duration_seconds": 6455,
                    }
                },
            }
        ),
        US,
    )
    assert values(sheet.tech_specs, "video") == ("H.264 · 3D (top and bottom) · 1h 47m 35s",)


def test_other_catalogues_are_named_and_linked() -> None:
    sheet = present(
        make_film(
            {
                "title": "Listed",
                "identifiers": {
                    "others": [
                        {"source": "letterboxd", "value": "sweet-sweetbacks-baadasssss-song"},
                        {"source": "douban", "value": "3541415"},
                        {"source": "home", "value": "shelf 4"},
                    ]
                },
            }
        ),
        US,
    )
    row = next(row for row in sheet.details.rows if row.key == "other_identifiers")
    assert row.values == (
        "Letterboxd: sweet-sweetbacks-baadasssss-song",
        "Douban: 3541415",
        "home: shelf 4",
    )
    assert row.links == (
        "https://letterboxd.com/film/sweet-sweetbacks-baadasssss-song/",
        "https://movie.douban.com/subject/3541415/",
        None,
    )


def test_a_videos_aspect_ratio_is_the_films_where_the_film_gives_none() -> None:
    sheet = present(
        make_film({"title": "Wide", "media": {"video": {"codec": "h264", "aspect_ratio": 1.85}}}),
        US,
    )
    assert values(sheet.tech_specs, "aspect_ratio") == ("1.85 : 1",)
    assert "aspect_ratio" not in [row.key for row in sheet.tech_specs.unlisted()]
    # The film's own wins over its video's.
    own = present(
        make_film(
            {
                "title": "Wide",
                "tech_specs": {"aspect_ratio": 2.39},
                "media": {"video": {"aspect_ratio": 1.78}},
            }
        ),
        US,
    )
    assert values(own.tech_specs, "aspect_ratio") == ("2.39 : 1",)
