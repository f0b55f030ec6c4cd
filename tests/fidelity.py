"""What each source project expects of the real files in ../shared/fixtures/real, checked
against what Film Viewer reads from them.

One entry per expectation SOURCES.md there states (the source project's own
test, or what the app should do where it says so) that a film file can
hold. Where Film Viewer decides otherwise, ``ours`` says what it gives and
``why`` says why (the README repeats it). tests/unit/test_fidelity.py checks
every entry; ``python -m tests.fidelity`` prints the README's table.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "real"
REFUSED = "refused as no film"
SAME = object()


class Expect(NamedTuple):
    kind: str
    """The kind of source, as the README's table groups them."""
    file: str
    """The file, relative to the real corpus."""
    what: str
    get: Callable[[Any], Any]
    """What Film Viewer gives, from the film's data (or REFUSED)."""
    expected: Any
    ours: Any = SAME
    """Where Film Viewer decides otherwise than the source project: what it gives."""
    why: str = ""


@functools.cache
def read(file: str) -> Any:
    """The film's data read from a real file as the app reads it, or REFUSED."""
    if file.endswith(".nfo"):
        from filmviewer.model.loader import FilmFileError
        from filmviewer.model.readers import load

        try:
            loaded, _file = load(REAL / file)
        except FilmFileError:
            return REFUSED
        return loaded.film.model_dump(mode="json")
    from filmviewer.controller.importer import NotAFilmPageError, import_page

    try:
        return import_page((REAL / file).read_bytes(), html=True).data
    except NotAFilmPageError:
        return REFUSED


def _at(*path: Any) -> Callable[[Any], Any]:
    def get(data: Any) -> Any:
        for key in path:
            if data == REFUSED:
                return REFUSED
            try:
                data = data[key]
            except (KeyError, IndexError, TypeError):
                return None
        return data

    return get


def _count(*path: Any) -> Callable[[Any], Any]:
    return lambda data: len(_at(*path)(data) or ())


def _refused(data: Any) -> Any:
    return data if data == REFUSED else "read as a film"


def _score(source: str, field: str) -> Callable[[Any], Any]:
    def get(data: Any) -> Any:
        for score in (data or {}).get("scores", []) if data != REFUSED else []:
            if score.get("source") == source:
                return score.get(field)
        return None

    return get


def _read(data: Any) -> Any:
    return "read" if data != REFUSED else REFUSED


_EVERY_CAST = (
    "every credited cast member is kept; the source counts those with an article of their own"
)
_N = "nfo/"
_H = "html/"

EXPECTATIONS: tuple[Expect, ...] = (
    # Kodi ------------------------------------------------------------------------------
    Expect(
        "Kodi 18 (MediaElch)",
        _N + "mediaelch_kodi-v18_toy-story-3-2010_101-thumbs-59-actors.nfo",
        "title",
        _at("title"),
        "Toy Story 3",
    ),
    Expect(
        "Kodi 18 (MediaElch)",
        _N + "mediaelch_kodi-v18_toy-story-3-2010_101-thumbs-59-actors.nfo",
        "first rating's votes",
        _at("scores", 0, "votes"),
        8542,
    ),
    Expect(
        "Kodi 18 (MediaElch)",
        _N + "mediaelch_kodi-v18_toy-story-3-2010_101-thumbs-59-actors.nfo",
        "certification",
        lambda d: f"Rated {d['details']['rating']['certificate']}",
        "Rated G",
    ),
    Expect(
        "Kodi 18 (MediaElch)",
        _N + "mediaelch_kodi-v18_toy-story-3-2010_101-thumbs-59-actors.nfo",
        "set",
        _at("collection", "name"),
        "Toy Story Collection",
    ),
    Expect(
        "Kodi 18 (MediaElch)",
        _N + "mediaelch_kodi-v18_toy-story-3-2010_101-thumbs-59-actors.nfo",
        "actors",
        _count("people", "cast"),
        59,
    ),
    Expect(
        "Kodi 18 (MediaElch)",
        _N + "mediaelch_kodi-v18_toy-story-3-2010_101-thumbs-59-actors.nfo",
        "posters",
        lambda d: 1 if d["artwork"].get("poster") else 0,
        101,
        1,
        "a film shows one poster and one fanart",
    ),
    Expect(
        "Kodi 18 (MediaElch)",
        _N + "mediaelch_kodi-v18_toy-story-3-2010_101-thumbs-59-actors.nfo",
        "backdrops",
        lambda d: 1 if d["artwork"].get("fanart") else 0,
        29,
        1,
        "a film shows one poster and one fanart",
    ),
    Expect(
        "Kodi 19/20 (nforeader)",
        _N + "nforeader-go_zack-snyders-justice-league-2021_kodi-export-tabs-and-spaces.nfo",
        "read as a movie",
        _refused,
        "read as a film",
    ),
    Expect(
        "Kodi 21 (tunarr)",
        _N + "tunarr_kings-man-2021_kodi-v21-video-versions_urls-with-leading-whitespace.nfo",
        "credits",
        _count("people", "writers"),
        2,
    ),
    Expect(
        "Kodi 21 (tunarr)",
        _N + "tunarr_kings-man-2021_kodi-v21-video-versions_urls-with-leading-whitespace.nfo",
        "directors",
        _count("people", "directors"),
        1,
    ),
    Expect(
        "Kodi 21 (tunarr)",
        _N + "tunarr_kings-man-2021_kodi-v21-video-versions_urls-with-leading-whitespace.nfo",
        "actors",
        _count("people", "cast"),
        5,
    ),
    Expect(
        "Kodi 21 (tunarr)",
        _N + "tunarr_kings-man-2021_kodi-v21-video-versions_urls-with-leading-whitespace.nfo",
        "studio",
        _at("details", "production_companies"),
        ["Marv Films"],
    ),
    Expect(
        "Kodi 21 (tunarr)",
        _N + "tunarr_youtube-compilation-as-movie_uniqueid-youtube-emoji.nfo",
        "read without fileinfo",
        _refused,
        "read as a film",
    ),
    Expect(
        "Kodi 21 (tunarr)",
        _N + "tunarr_youtube-compilation-as-movie_uniqueid-youtube-emoji.nfo",
        "no year (never 1989)",
        _at("year"),
        None,
    ),
    Expect(
        "Kodi 21 (tunarr)",
        _N + "tunarr_youtube-compilation-as-movie_uniqueid-youtube-emoji.nfo",
        "no IMDb or TMDb number",
        lambda d: (d["identifiers"].get("imdb"), d["identifiers"].get("tmdb")),
        (None, None),
    ),
    # Jellyfin ---------------------------------------------------------------------------
    Expect(
        "Jellyfin",
        _N + "jellyfin-written_2-fast-2-furious-2003_lockdata-art-micodec.nfo",
        "title and year",
        lambda d: f"{d['title']} ({d['year']})",
        "2 Fast 2 Furious (2003)",
    ),
    Expect(
        "Jellyfin",
        _N + "jellyfin-written_2-fast-2-furious-2003_lockdata-art-micodec.nfo",
        "community rating",
        _score(None, "value"),
        5.9,
    ),  # type: ignore[arg-type]
    Expect(
        "Jellyfin",
        _N + "jellyfin-written_2-fast-2-furious-2003_lockdata-art-micodec.nfo",
        "critic rating",
        _score("critics", "value"),
        36.0,
    ),
    Expect(
        "Jellyfin",
        _N + "jellyfin-written-windows_pegasus-2-2024_cjk-windows-art-paths-tmdbsetid.nfo",
        "title",
        _at("title"),
        "飞驰人生2",
    ),
    # MediaPortal and tinyMediaManager ------------------------------------------------
    *(
        Expect(
            "tinyMediaManager (MediaPortal legacy)",
            _N + "tmm_legacy-xml_9-2009_sets-ids-entries-german-date.nfo",
            what,
            get,
            expected,
        )
        for what, get, expected in (
            ("title", _at("title"), "9"),
            ("original title", _at("original_title"), "9"),
            ("sort title", _at("sort_title"), "9"),
            ("rating", _at("scores", 0, "value"), 6.5),
            ("votes", _at("scores", 0, "votes"), 846),
            ("rating's scale", _at("scores", 0, "scale"), 10.0),
            ("set", _at("collection", "name"), "Tim Burton Collection"),
            ("set overview", _at("collection", "overview"), None),
            ("year", _at("year"), 2009),
            ("top 250", _at("top250"), None),
            ("runtime", _at("tech_specs", "runtime_minutes"), 79),
            ("no posters from web addresses", _at("artwork", "poster"), None),
            ("certification", _at("details", "rating", "certificate"), "DE_FSK18"),
            ("IMDb", _at("identifiers", "imdb"), "tt0472033"),
            ("TMDb", _at("identifiers", "tmdb"), 12244),
            ("Trakt", _at("identifiers", "others", 0, "value"), "7146"),
            ("countries", _count("details", "countries_of_origin"), 1),
            ("release date (19.08.2009)", _at("details", "release_date"), "2009-08-19"),
            (
                "genres",
                lambda d: sorted(d["details"]["genres"]),
                sorted(["Animation", "Action", "Science Fiction", "Adventure", "Thriller"]),
            ),
            ("studios", _count("details", "production_companies"), 5),
            ("credits", _count("people", "writers"), 16),
            ("directors", _count("people", "directors"), 3),
            ("tags", _count("details", "keywords"), 0),
            ("actors", _count("people", "cast"), 9),
            (
                "actors with role and thumb",
                lambda d: sum(bool(m.get("role") and m.get("thumb")) for m in d["people"]["cast"]),
                9,
            ),
            ("producers", _count("people", "crew"), 9),
            ("no fileinfo", _at("media", "video"), None),
        )
    ),
    Expect(
        "tinyMediaManager (MediaPortal legacy)",
        _N + "tmm_old-set-syntax_plain-text-set.nfo",
        "set by its old syntax",
        _at("collection", "name"),
        "MovieSet1",
    ),
    # Other writers -----------------------------------------------------------------------
    Expect(
        "other writers",
        _N + "drkodi_kung-fu-killer_no-decl-no-year-url-after-root.nfo",
        "title",
        _at("title"),
        "Kung Fu Killer",
    ),
    Expect(
        "other writers",
        _N + "drkodi_kung-fu-killer_no-decl-no-year-url-after-root.nfo",
        "the address after the XML",
        _at("identifiers", "imdb"),
        "tt2952602",
    ),
    Expect(
        "other writers",
        _N + "drkodi_no-title-no-year_xml-plus-imdb-url.nfo",
        "no year",
        _at("year"),
        None,
    ),
    Expect(
        "other writers",
        _N + "drkodi_url-only_http-imdb-no-newline.nfo",
        "an address alone",
        _at("identifiers", "imdb"),
        "tt2952602",
    ),
    Expect(
        "other writers",
        _N + "drkodi_scene-release-text_i-feel-pretty-2018_imdb-url-last-line.nfo",
        "no film in a release's text",
        _refused,
        REFUSED,
    ),
    Expect(
        "other writers",
        _N + "drkodi_writer-output_self-closing-empties-literal-url-word.nfo",
        "a placeholder year not trusted",
        _at("year"),
        None,
    ),
    Expect(
        "other writers",
        _N + "drkodi_xml-then-invalid-imdb-url-then-blank-line.nfo",
        "no IMDb number from /title/111/",
        _at("identifiers", "imdb"),
        None,
    ),
    Expect("other writers", _N + "drkodi_empty-zero-bytes.nfo", "an empty file", _refused, REFUSED),
    Expect(
        "other writers",
        _N + "jellycledata_broadway-bootleg_BROKEN-tile-vs-title-mismatched-tag.nfo",
        "no title from <tile>",
        lambda d: d["title"] == "Mean Girls",
        False,
    ),
    Expect(
        "other writers",
        _N + "tmm_extra-folder_garbage-text-bla-blubb.nfo",
        "garbage refused",
        _refused,
        REFUSED,
    ),
    # Not films (.nfo) -----------------------------------------------------------------
    *(
        Expect("not films (.nfo)", _N + name, "refused", _refused, REFUSED)
        for name in (
            "NOT-A-FILM_ersatztv_artist_control-char-0x02-inside-style.nfo",
            "NOT-A-FILM_lmad1_demoscene-production-nfo_assembly-2018-text.nfo",
            "NOT-A-FILM_mediaelch_rammstein-in-amerika-2015_concert-as-musicvideo.nfo",
            "NOT-A-FILM_nfo2csv_windows-msinfo32-system-information.nfo",
            "NOT-A-FILM_nforeader-go_wandavision-s01e01_episodedetails.nfo",
            "NOT-A-FILM_tunarr_tvshow-titled-1024_numeric-title.nfo",
        )
    ),
    # IMDb -------------------------------------------------------------------------------
    Expect(
        "IMDb 2013 (microdata)",
        _H + "imdb_2013_django-unchained_microdata.html",
        "title",
        _at("title"),
        "Django Unchained",
    ),
    Expect(
        "IMDb 2020 (JSON-LD)",
        _H + "imdb_2020_hungarian-locale_the-lighthouse-2019_jsonld.html",
        "not in the Top 250",
        _at("top250"),
        None,
    ),
    Expect(
        "IMDb 2020 (JSON-LD)",
        _H + "imdb_2020_hungarian-locale_the-lighthouse-2019_jsonld.html",
        "the original title, not the Hungarian",
        _at("title"),
        "The Lighthouse",
    ),
    Expect(
        "IMDb 2025 (page data)",
        _H + "imdb_2025_internets-own-boy-aaron-swartz_next-data_jsonld-apos-entity.html",
        "a film with its IMDb number",
        _at("identifiers", "imdb"),
        "tt3268458",
    ),
    Expect(
        "IMDb 2025 (page data)",
        _H + "imdb_2025_local-legends-2013_titletype-video-but-jsonld-movie.html",
        "imported",
        _read,
        "read",
    ),
    Expect(
        "IMDb 2025 (page data)",
        _H + "imdb_2025_weapons_next-data-abovethefold-and-jsonld.html",
        "imported",
        _read,
        "read",
    ),
    # Letterboxd ------------------------------------------------------------------------
    *(
        Expect(
            "Letterboxd",
            _H + "letterboxd_2022_sweet-sweetbacks-baadasssss-song_jsonld-cdata.html",
            what,
            get,
            expected,
            *rest,
        )
        for what, get, expected, *rest in (
            ("IMDb", _at("identifiers", "imdb"), "tt0067810"),
            ("TMDb", _at("identifiers", "tmdb"), 5822),
            ("genres", _at("details", "genres"), ["Crime", "Drama", "Action"]),
            ("title", _at("title"), "Sweet Sweetback's Baadasssss Song"),
            ("slug", _at("identifiers", "others", 0, "value"), "sweet-sweetbacks-baadasssss-song"),
            (
                "target",
                lambda d: f"/film/{d['identifiers']['others'][0]['value']}/",
                "/film/sweet-sweetbacks-baadasssss-song/",
            ),
            (
                "film id",
                lambda d: None,
                "48640",
                None,
                "the film's address names it on Letterboxd; its internal number is not kept",
            ),
        )
    ),
    Expect(
        "Letterboxd",
        _H + "letterboxd_2025_internets-own-boy-aaron-swartz_jsonld-cdata.html",
        "IMDb",
        _at("identifiers", "imdb"),
        "tt3268458",
    ),
    # Rotten Tomatoes -------------------------------------------------------------------
    Expect(
        "Rotten Tomatoes",
        _H + "rottentomatoes_2017_12-angry-men-1957_aka-in-title-nbsp.html",
        "title (year)",
        lambda d: f"{d['title']} ({d['year']})",
        "12 Angry Men (Twelve Angry Men) (1957)",
    ),
    Expect(
        "Rotten Tomatoes",
        _H + "rottentomatoes_2017_12-angry-men-1957_aka-in-title-nbsp.html",
        "audience score",
        _score("tomatometerallaudience", "value"),
        97.0,
    ),
    Expect(
        "Rotten Tomatoes",
        _H + "rottentomatoes_2017_12-angry-men-1957_aka-in-title-nbsp.html",
        "audience ratings",
        _score("tomatometerallaudience", "votes"),
        103672,
    ),
    Expect(
        "Rotten Tomatoes",
        _H + "rottentomatoes_2017_12-angry-men-1957_aka-in-title-nbsp.html",
        "critic score",
        _score("tomatometerallcritics", "value"),
        100.0,
    ),
    Expect(
        "Rotten Tomatoes",
        _H + "rottentomatoes_2017_12-angry-men-1957_aka-in-title-nbsp.html",
        "critic reviews",
        _score("tomatometerallcritics", "votes"),
        49,
    ),
    Expect(
        "Rotten Tomatoes",
        _H + "rottentomatoes_2023_et-the-extra-terrestrial_jsonld-datecreated-todo-missing.html",
        "title",
        _at("title"),
        "E.T. the Extra-Terrestrial",
    ),
    # Douban ------------------------------------------------------------------------------
    Expect(
        "Douban",
        _H + "douban_inception-2010_chinese-title_jsonld.html",
        "title",
        _at("title"),
        "盗梦空间",
        "Inception",
        "the film's own title wins over the one the site gives its reader, which a warning names",
    ),
    Expect(
        "Douban",
        _H + "douban_inception-2010_chinese-title_jsonld.html",
        "a film",
        _refused,
        "read as a film",
    ),
    Expect(
        "Douban",
        _H + "douban_inception-2010_chinese-title_jsonld.html",
        "IMDb",
        _at("identifiers", "imdb"),
        "tt1375666",
    ),
    Expect(
        "Douban",
        _H + "douban_doctor-who-runaway-bride_tv-special-listed-as-movie.html",
        "a film, IMDb tt0827573",
        _at("identifiers", "imdb"),
        "tt0827573",
    ),
    # Wikipedia ---------------------------------------------------------------------------
    *(
        Expect("Wikipedia", _H + name, what, get, expected, *rest)
        for name, what, get, expected, *rest in (
            (
                "wikipedia_2019_how-to-train-your-dragon-hidden-world_prettified-by-bs4.html",
                "name",
                _at("title"),
                "How to Train Your Dragon: The Hidden World",
            ),
            (
                "wikipedia_2019_how-to-train-your-dragon-hidden-world_prettified-by-bs4.html",
                "year",
                _at("year"),
                2019,
            ),
            (
                "wikipedia_2019_how-to-train-your-dragon-hidden-world_prettified-by-bs4.html",
                "gross",
                _at("box_office", "gross_worldwide", "amount"),
                274_900_000,
            ),
            (
                "wikipedia_2019_how-to-train-your-dragon-hidden-world_prettified-by-bs4.html",
                "cast entries",
                _count("people", "cast"),
                16,
                18,
                _EVERY_CAST,
            ),
            (
                "wikipedia_2019_the-wandering-earth_chinese-film.html",
                "name",
                _at("title"),
                "The Wandering Earth",
            ),
            ("wikipedia_2019_the-wandering-earth_chinese-film.html", "year", _at("year"), 2019),
            (
                "wikipedia_2019_the-wandering-earth_chinese-film.html",
                "gross",
                _at("box_office", "gross_worldwide", "amount"),
                650_000_000,
            ),
            (
                "wikipedia_2019_the-wandering-earth_chinese-film.html",
                "cast entries",
                _count("people", "cast"),
                5,
                14,
                _EVERY_CAST,
            ),
            (
                "wikipedia_2019_titanic-1997-film_disambiguated-title.html",
                "name",
                _at("title"),
                "Titanic (1997 film)",
                "Titanic",
                "titles lose the encyclopedia's disambiguator; the year in it is the film's year",
            ),
            (
                "wikipedia_2019_titanic-1997-film_disambiguated-title.html",
                "year",
                _at("year"),
                1997,
            ),
            (
                "wikipedia_2019_titanic-1997-film_disambiguated-title.html",
                "gross",
                _at("box_office", "gross_worldwide", "amount"),
                2_187_000_000,
            ),
            (
                "wikipedia_2019_titanic-1997-film_disambiguated-title.html",
                "cast entries",
                _count("people", "cast"),
                10,
                36,
                _EVERY_CAST,
            ),
        )
    ),
    # Not films (pages) -------------------------------------------------------------------
    *(
        Expect("not films (pages)", _H + name, "refused", _refused, REFUSED)
        for name in (
            "NOT-A-FILM_imdb_2020_futurama-tv-series_jsonld-tvseries.html",
            "NOT-A-FILM_imdb_2025_li-shi-na-xie-shi-tv-mini-series_next-data.html",
            "NOT-A-FILM_letterboxd_2022_person-filmography-nicolas-cage.html",
            "NOT-A-FILM_wikipedia_2019_cars-toons-tv-series.html",
        )
    ),
)


def result(expect: Expect) -> Any:
    data = read(expect.file)
    if data == REFUSED and expect.expected != REFUSED and expect.get not in (_refused, _read):
        return REFUSED
    try:
        return expect.get(data)
    except (KeyError, IndexError, TypeError):
        return None


def table() -> str:
    """The README's fidelity table: per kind of source, the expectations met."""
    kinds: dict[str, list[int]] = {}
    decided: list[str] = []
    for expect in EXPECTATIONS:
        counts = kinds.setdefault(expect.kind, [0, 0, 0])
        counts[0] += 1
        if result(expect) == expect.expected:
            counts[1] += 1
        elif expect.ours is not SAME:
            counts[2] += 1
            decided.append(f"- {expect.kind}, {expect.what}: {expect.why}.")
    lines = [
        "| Source | Expectations | Met | Decided otherwise |",
        "|--------|-------------:|----:|------------------:|",
    ]
    for kind, (held, met, other) in kinds.items():
        lines.append(f"| {kind} | {held} | {met} | {other} |")
    total = [sum(counts[index] for counts in kinds.values()) for index in range(3)]
    lines.append(f"| **All** | **{total[0]}** | **{total[1]}** | **{total[2]}** |")
    return "\n".join([*lines, "", *sorted(set(decided))])


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication([])
    print(table())
