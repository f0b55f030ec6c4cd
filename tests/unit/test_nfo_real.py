"""Real .nfo files from other projects' repositories, read as those projects' own tests expect.

Each test names the file of ../shared/fixtures/real/nfo and says, where
Film Viewer decides otherwise than its source project, why (SOURCES.md
there gives each project's expectation).
"""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest

from filmviewer.model.film import Film
from filmviewer.model.loader import FilmFileError
from filmviewer.model.readers import load
from tests.conftest import real


def read(name: str) -> tuple[Film, list[str]]:
    loaded, _file = load(real(f"nfo/{name}"))
    return loaded.film, [str(warning) for warning in loaded.warnings]


def refused(name: str) -> list[str]:
    with pytest.raises(FilmFileError) as caught:
        load(real(f"nfo/{name}"))
    return [str(problem) for problem in caught.value.problems]


# Not films: refused in one line -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (
            "NOT-A-FILM_ersatztv_artist_control-char-0x02-inside-style.nfo",
            "file: this is a Kodi music artist file, not a film file",
        ),
        (
            "NOT-A-FILM_lmad1_demoscene-production-nfo_assembly-2018-text.nfo",
            "file: holds no <movie> element: this is not a Kodi film file",
        ),
        (
            "NOT-A-FILM_mediaelch_rammstein-in-amerika-2015_concert-as-musicvideo.nfo",
            "file: this is a Kodi music video file, not a film file",
        ),
        (
            "NOT-A-FILM_nfo2csv_windows-msinfo32-system-information.nfo",
            "file: holds no <movie> element: this is not a Kodi film file",
        ),
        (
            "NOT-A-FILM_nforeader-go_wandavision-s01e01_episodedetails.nfo",
            "file: this is a Kodi TV episode file, not a film file",
        ),
        (
            "NOT-A-FILM_tunarr_tvshow-titled-1024_numeric-title.nfo",
            "file: this is a Kodi TV show file, not a film file",
        ),
        ("drkodi_empty-zero-bytes.nfo", "file: the file is empty"),
        (
            "tmm_extra-folder_garbage-text-bla-blubb.nfo",
            "file: holds no <movie> element: this is not a Kodi film file",
        ),
        # drkodi's parser returns nothing for a scene release's text: so does Film Viewer.
        (
            "drkodi_scene-release-text_i-feel-pretty-2018_imdb-url-last-line.nfo",
            "file: holds no <movie> element: this is not a Kodi film file",
        ),
    ],
)
def test_what_is_no_film_is_refused_in_one_line(name: str, reason: str) -> None:
    assert refused(name) == [reason]


# drkodi ----------------------------------------------------------------------------


def test_drkodi_xml_then_an_address_gives_title_and_identifier() -> None:
    film, warnings = read("drkodi_kung-fu-killer_no-decl-no-year-url-after-root.nfo")
    assert (film.title, film.year) == ("Kung Fu Killer", None)
    assert film.identifiers.imdb == "tt2952602"
    assert film.details.genres == ("Martial arts",)
    assert warnings == []


def test_drkodi_a_film_without_title_or_year_is_said_to_lack_its_title() -> None:
    film, warnings = read("drkodi_no-title-no-year_xml-plus-imdb-url.nfo")
    assert film.year is None  # drkodi: MISSING_YEAR
    assert film.identifiers.imdb == "tt2888046"
    assert warnings == ["file: the file gives no title; the title is taken from the file's name"]


def test_drkodi_an_address_alone_is_a_film_known_by_its_identifier() -> None:
    film, warnings = read("drkodi_url-only_http-imdb-no-newline.nfo")
    assert film.identifiers.imdb == "tt2952602"  # drkodi: URL_ONLY_FILE, the URL read
    assert warnings[0].startswith("file: the file holds only a web address")


def test_drkodi_a_placeholder_year_is_no_year() -> None:
    film, warnings = read("drkodi_writer-output_self-closing-empties-literal-url-word.nfo")
    assert (film.title, film.year) == ("title", None)
    assert "line 3, <year>, left out: “1111” is not a year a film can have (1870 to 2200)" in (
        warnings
    )


def test_drkodi_an_address_that_is_no_imdb_number_gives_none() -> None:
    film, _warnings = read("drkodi_xml-then-invalid-imdb-url-then-blank-line.nfo")
    assert film.identifiers.imdb is None


def test_drkodi_the_reference_film_finds_its_poster_beside_it(tmp_path: Path) -> None:
    folder = tmp_path / "Bambi (1942)"
    shutil.copytree(real("nfo/drkodi_reference-movie"), folder)
    loaded, _file = load(folder / "Bambi (1942).nfo")
    film = loaded.film
    assert (film.title, film.year, film.identifiers.tmdb) == ("Bambi", 1942, 3170)
    assert film.artwork.poster is not None
    assert film.artwork.poster.path == "folder.jpg"


# Broken XML -------------------------------------------------------------------------


def test_a_mismatched_tag_is_placed_and_no_title_invented() -> None:
    film, warnings = read("jellycledata_broadway-bootleg_BROKEN-tile-vs-title-mismatched-tag.nfo")
    assert film.title == "jellycledata_broadway-bootleg_BROKEN-tile-vs-title-mismatched-tag"
    assert (
        "line 3, column 25: the XML is damaged here (Opening and ending tag mismatch: tile "
        "line 2 and title); what could be read is shown"
    ) in warnings
    # Its <actors> wrapper holds the cast.
    assert len(film.people.cast) == 25
    assert "Reneé Rapp" in [member.name for member in film.people.cast]


# Jellyfin --------------------------------------------------------------------------


def test_jellyfin_community_and_critics_scores_both_kept() -> None:
    film, warnings = read("jellyfin-written_2-fast-2-furious-2003_lockdata-art-micodec.nfo")
    assert (film.title, film.year) == ("2 Fast 2 Furious", 2003)
    assert [(s.source, s.value, s.scale) for s in film.scores] == [
        (None, 5.9, 10),
        ("critics", 36, 100),
    ]
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt0322259", 584)
    # <collectionnumber> is the collection's TMDb number, where no set name is given.
    assert [(o.source, o.value) for o in film.identifiers.others] == [("tmdbcollection", "9485")]
    assert film.details.production_companies == (
        "Ardustry Entertainment",
        "Mikona Productions GmbH & Co. KG",
        "Original Film",
        "Universal Pictures",
    )
    assert film.media.subtitles == ("dut", "eng")
    assert not any("lockdata" in warning for warning in warnings)


def test_jellyfin_on_windows_cjk_and_one_warning_per_picture() -> None:
    film, warnings = read(
        "jellyfin-written-windows_pegasus-2-2024_cjk-windows-art-paths-tmdbsetid.nfo"
    )
    assert (film.title, film.year) == ("飞驰人生2", 2024)
    assert film.identifiers.imdb == "tt30829309"  # its <id>
    assert film.collection is not None
    assert film.collection.name == "飞驰人生（系列）"
    assert ("tmdbcollection", "1281825") in [(o.source, o.value) for o in film.identifiers.others]
    # The same fanart, named twice on the server's drive, is said once.
    fanart = [warning for warning in warnings if "<art/fanart>" in warning]
    assert len(fanart) == 1
    assert "on another computer or share" in fanart[0]


# MediaElch -------------------------------------------------------------------------


def test_mediaelch_toy_story_3() -> None:
    film, _warnings = read("mediaelch_kodi-v18_toy-story-3-2010_101-thumbs-59-actors.nfo")
    assert film.title == "Toy Story 3"
    assert [(s.source, s.votes) for s in film.scores] == [("themoviedb", 8542)]
    assert film.details.rating is not None
    assert (film.details.rating.certificate, film.details.rating.system) == ("G", "MPA")
    assert film.collection is not None
    assert film.collection.name == "Toy Story Collection"
    assert len(film.people.cast) == 59
    # MediaElch keeps 101 posters and 29 backdrops; a film shows one of each.
    assert film.artwork.poster is not None
    assert film.artwork.fanart is not None


def test_mediaelch_backup_with_comments_inside_movie() -> None:
    film, _warnings = read("mediaelch_kodi-18.3-export-plus-comments_big-buck-bunny-2008.nfo")
    assert (film.title, film.year) == ("Big Buck Bunny", 2008)
    assert [(s.source, s.value, s.votes, s.default) for s in film.scores] == [
        ("imdb", 6.6, 1897, False),
        ("themoviedb", 6.2, 86, True),
    ]
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt1254207", 10378)
    assert film.tech_specs.runtime_minutes == 8
    assert film.collection is not None
    assert film.collection.name == "Blender Movies"
    # An all-zero fileinfo says nothing.
    assert film.media.video is None


# nforeader, tunarr, DorkManager, nfocreator, yt-dl-nfo-fix ---------------------------


def test_nforeader_justice_league_a_number_in_id_is_tmdbs() -> None:
    film, _warnings = read(
        "nforeader-go_zack-snyders-justice-league-2021_kodi-export-tabs-and-spaces.nfo"
    )
    assert film.title == "Zack Snyder's Justice League"
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt12361974", 791373)
    assert film.details.genres == ("SuperHero",)
    assert film.tech_specs.runtime_minutes == 242
    assert len(film.people.cast) == 3
    assert [track.language for track in film.media.audio] == ["eng", "fre"]


def test_tunarr_kodi_21_the_studio_and_credits_as_tunarr_expects() -> None:
    film, _warnings = read(
        "tunarr_kings-man-2021_kodi-v21-video-versions_urls-with-leading-whitespace.nfo"
    )
    assert film.details.production_companies == ("Marv Films",)
    assert len(film.people.writers) == 2
    assert film.people.directors == ("Matthew Vaughn",)
    assert len(film.people.cast) == 5
    # Thumb addresses start with a line break and spaces inside the element.
    assert film.artwork.poster is not None
    assert film.artwork.poster.url is not None
    assert film.artwork.poster.url.startswith("https://image.tmdb.org/")


def test_tunarr_a_youtube_video_stored_as_a_film_has_no_year() -> None:
    film, _warnings = read("tunarr_youtube-compilation-as-movie_uniqueid-youtube-emoji.nfo")
    # Its <premiered> is the upload's date; the 1989 in its title is no year of its.
    assert film.year is None
    assert (film.identifiers.imdb, film.identifiers.tmdb) == (None, None)
    assert [(o.source, o.value) for o in film.identifiers.others] == [("youtube", "nXTl-lKru78")]
    assert film.synopsis is not None
    assert "📺" in film.synopsis


def test_dorkmanager_identifiers_in_attributes_and_addresses() -> None:
    film, warnings = read("dorkmanager_kung-fu-panda-4-2024_no-decl-imdb-tmdb-url-elements.nfo")
    assert (film.title, film.year) == ("Kung Fu Panda 4", 2024)
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt21692408", 1011985)
    assert len(film.people.cast) == 37
    assert warnings == []


def test_nfocreator_single_quoted_declaration_and_self_closing_empties() -> None:
    film, warnings = read(
        "nfocreator_german-tv-recording_ein-quantum-trost-2008_self-closing-empties.nfo"
    )
    assert (film.title, film.year) == ("James Bond 007 - Ein Quantum Trost", 2008)
    assert film.original_title is None
    assert warnings == []


def test_comments_after_elements_are_read_past() -> None:
    film, _warnings = read("yt-dl-nfo-fix_hand-written-test_inline-comments-after-elements.nfo")
    assert (film.title, film.year) == ("This is a test NFO file", 2013)
    assert [(s.value, s.scale) for s in film.scores] == [(8, 10)]
    assert film.user_rating == 9


# tinyMediaManager ------------------------------------------------------------------


def test_tmm_legacy_file_as_tinymediamanager_expects() -> None:
    film, warnings = read("tmm_legacy-xml_9-2009_sets-ids-entries-german-date.nfo")
    assert (film.title, film.original_title, film.sort_title) == ("9", "9", "9")
    assert [(s.value, s.votes, s.scale) for s in film.scores] == [(6.5, 846, 10)]
    assert film.collection is not None
    assert (film.collection.name, film.collection.overview) == ("Tim Burton Collection", None)
    assert film.year == 2009
    assert film.top250 is None
    assert film.tech_specs.runtime_minutes == 79
    assert film.artwork.poster is None  # no poster from an address; the file is not there
    assert film.details.rating is not None
    assert film.details.rating.certificate == "DE_FSK18"
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt0472033", 12244)
    assert [(o.source, o.value) for o in film.identifiers.others] == [("trakt", "7146")]
    assert len(film.details.countries_of_origin) == 1
    assert film.details.release_date == datetime.date(2009, 8, 19)
    assert set(film.details.genres) == {
        "Animation",
        "Action",
        "Science Fiction",
        "Adventure",
        "Thriller",
    }
    assert len(film.details.production_companies) == 5
    assert len(film.people.writers) == 16
    assert len(film.people.directors) == 3
    assert film.details.keywords == ()
    assert len(film.people.cast) == 9
    assert all(member.role and member.thumb for member in film.people.cast)
    assert [member.job for member in film.people.crew].count("Producer") == 7
    assert len(film.people.crew) == 9  # tMM's nine <producer>s: seven producers, two others
    assert film.media.video is None
    assert not any("<ids>" in warning or "<sets>" in warning for warning in warnings)


def test_tmm_old_set_syntax() -> None:
    film, _warnings = read("tmm_old-set-syntax_plain-text-set.nfo")
    assert (film.title, film.year) == ("MS1", 1995)
    assert film.collection is not None
    assert film.collection.name == "MovieSet1"
