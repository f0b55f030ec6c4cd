"""Kodi .nfo files as Kodi, Jellyfin, Emby, MediaElch and tinyMediaManager write them.

Each fixture in tests/data/nfo is one producer's or one Kodi generation's
style; each test names what a user of that file gets.
"""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest

from filmviewer.model.companions import film_folder
from filmviewer.model.film import Film
from filmviewer.model.loader import FilmFileError
from filmviewer.model.readers import load

NFO = Path(__file__).resolve().parent.parent / "data" / "nfo"


def read(path: Path) -> tuple[Film, list[str]]:
    loaded, _file = load(path)
    return loaded.film, [str(warning) for warning in loaded.warnings]


def fixture(name: str, tmp_path: Path) -> Path:
    """A copy of fixture folder ``name`` (so tests may add artwork beside it); its .nfo file."""
    folder = tmp_path / name
    shutil.copytree(NFO / name, folder)
    return next(folder.glob("*.nfo"))


# One test per generation and producer -------------------------------------------


def test_kodi_16_flat_rating_old_id_and_set_by_name(tmp_path: Path) -> None:
    film, warnings = read(fixture("kodi-v16", tmp_path))
    assert film.title == "The Lighthouse Keeper"
    assert film.original_title == "Le Gardien du phare"
    assert film.sort_title == "Lighthouse Keeper"
    assert film.year == 1998
    assert [(s.source, s.value, s.scale, s.votes) for s in film.scores] == [(None, 7.3, 10, 12345)]
    assert film.identifiers.imdb == "tt0000016"
    assert film.collection is not None
    assert film.collection.name == "Sea Stories"
    assert film.summaries[0].outline
    assert film.summaries[0].text == "A keeper alone on a rock waits for a ship that never comes."
    # &#10; line breaks in the plot are its paragraphs.
    assert film.synopsis is not None
    assert "\n\nWhen the ships stop coming" in film.synopsis
    assert film.details.rating is not None
    assert (film.details.rating.certificate, film.details.rating.system) == ("PG", "MPA")
    assert film.people.writers == ("Anne Morvan",)
    assert [(m.name, m.role) for m in film.people.cast] == [
        ("Paul Kerjean", "Émile, the keeper"),
        ("Lise Abgrall", "Maryvonne"),
    ]
    # Old <fanart url="base"><thumb>/path</thumb>: the address is the two joined.
    assert film.artwork.fanart is not None
    assert film.artwork.fanart.url == "http://image.tmdb.org/t/p/original/lighthouse-fanart.jpg"
    assert film.artwork.poster is not None
    assert film.artwork.poster.url == "http://image.tmdb.org/t/p/original/lighthouse-poster.jpg"
    video = film.media.video
    assert video is not None
    assert (video.codec, video.width, video.height, video.aspect_ratio) == ("xvid", 720, 388, 1.85)
    assert [(a.codec, a.language, a.channels) for a in film.media.audio] == [("mp3", "fre", 2)]
    assert film.media.subtitles == ("eng",)
    assert warnings == [
        "file: not shown, as films have no field for them: <playcount>, <lastplayed>, <trailer>"
    ]


def test_kodi_17_ratings_uniqueids_user_rating_and_set_with_overview(tmp_path: Path) -> None:
    film, warnings = read(fixture("kodi-v17", tmp_path))
    assert film.title == "Northern Crossing"
    assert [(s.source, s.value, s.votes, s.default) for s in film.scores] == [
        ("imdb", 6.9, 48211, True),
        ("themoviedb", 7.1, 1203, False),
    ]
    assert film.user_rating == 8
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt0000017", 170017)
    assert film.collection is not None
    assert (film.collection.name, film.collection.overview) == (
        "Rail Trilogy",
        "Three films set on night trains.",
    )
    assert film.details.keywords == ("train", "winter")
    assert film.details.countries_of_origin == ("Canada", "Norway")
    assert film.date_added == datetime.date(2017, 6, 1)
    assert [(a.codec, a.language, a.channels) for a in film.media.audio] == [
        ("dts", "eng", 6),
        ("ac3", "nor", 2),
    ]
    assert film.media.subtitles == ("eng", "nor")
    # An empty <outline> and <tagline> are nothing, not an empty summary.
    assert film.summaries == ()
    assert film.tagline is None
    assert warnings == ['file: not shown, as films have no field for them: <thumb aspect="banner">']


def test_kodi_18_empty_set_and_zeros_mean_nothing(tmp_path: Path) -> None:
    film, warnings = read(fixture("kodi-v18", tmp_path))
    assert film.collection is None  # <set><name></name></set>
    assert film.user_rating is None  # <userrating>0</userrating>
    assert film.top250 is None
    assert film.details.rating is not None
    assert (film.details.rating.system, film.details.rating.certificate) == ("UK", "12A")
    assert film.people.writers == ("Owen Price", "Megan Price")
    video = film.media.video
    assert video is not None
    assert (video.width, video.height, video.aspect_ratio) == (
        3840,
        2160,
        1.78,
    )
    assert warnings == ["file: not shown, as films have no field for them: <resume>"]


def test_kodi_19_hdr_type_and_billing_order(tmp_path: Path) -> None:
    film, _warnings = read(fixture("kodi-v19", tmp_path))
    assert film.year == 2020  # Kodi 19 writes no <year>: the year is <premiered>'s
    assert film.media.video is not None
    assert film.media.video.hdr == "dolbyvision"
    # <order> decides the billing, not the order in the file.
    assert [m.name for m in film.people.cast] == ["Miriam Sayed", "Jonas Brandt"]
    assert film.people.cast[0].thumb == "https://image.tmdb.org/t/p/original/sayed.jpg"
    assert [(s.source, s.value, s.scale) for s in film.scores] == [
        ("themoviedb", 7.4, 10),
        ("imdb", 7.2, 10),
        ("metacritic", 71, 100),
    ]
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt0000019", 190019)


def test_kodi_20_a_local_poster_named_by_thumb(tmp_path: Path) -> None:
    path = fixture("kodi-v20", tmp_path)
    (path.parent / "Paper Moon Valley (2022)-cover.png").touch()
    film, warnings = read(path)
    assert film.artwork.poster is not None
    assert film.artwork.poster.path == "Paper Moon Valley (2022)-cover.png"
    assert film.identifiers.others[0].source == "unknown"
    assert film.identifiers.others[0].value == "pmv-2022"
    assert [a.language for a in film.media.audio] == ["eng", "gle"]
    assert warnings == []


def test_kodi_20_a_thumb_naming_a_missing_file_is_a_warning(tmp_path: Path) -> None:
    film, warnings = read(fixture("kodi-v20", tmp_path))
    assert film.artwork.poster is None
    assert warnings == [
        "line 17, <thumb>: names a picture that is not in the film's folder "
        "(Paper Moon Valley (2022)-cover.png)"
    ]


def test_kodi_22_video_versions_are_listed_as_not_shown(tmp_path: Path) -> None:
    film, warnings = read(fixture("kodi-v22", tmp_path))
    assert film.top250 == 212
    assert film.user_rating == 9
    assert film.identifiers.others[0].source == "tvdb"
    assert film.details.production_companies == ("Frostline", "North Fork Pictures")
    assert film.media.subtitles == ("eng", "spa")
    assert warnings == [
        "file: not shown, as films have no field for them: <videoassettitle>, <videoassetid>, "
        "<videoassettype>, <hasvideoversions>"
    ]


def test_jellyfin_cdata_writers_ids_critic_rating_and_lockdata(tmp_path: Path) -> None:
    path = fixture("jellyfin", tmp_path)
    film, warnings = read(path)
    assert film.title == "The Night Atlas"
    assert film.synopsis == (
        "A retired cartographer is asked to map a city that changes every night.\n\n"
        "Her maps start to change the city back."
    )
    assert film.people.writers == ("Camille Roux", "Théo Marchand")
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt0000101", 1010101)
    assert film.details.release_date == datetime.date(2021, 11, 17)
    # Jellyfin's <rating> is its community rating, kept beside the critics' score.
    assert [(s.source, s.value, s.scale) for s in film.scores] == [
        (None, 7.3, 10),
        ("critics", 88, 100),
    ]
    # <sortorder> is Jellyfin's <order>; a local thumb of the server's is no web address.
    assert [(m.name, m.thumb) for m in film.people.cast] == [
        ("Élise Fournier", None),
        ("Karim Benali", None),
    ]
    assert not any("lockdata" in warning for warning in warnings)
    # The server's own paths name pictures on another machine.
    assert warnings[1:3] == [
        "line 34, <art/poster>: names a picture outside the film's folder "
        "(/media/films/The Night Atlas (2021)/poster.jpg); not shown",
        "line 35, <art/fanart>: names a picture outside the film's folder "
        "(/media/films/The Night Atlas (2021)/fanart.jpg); not shown",
    ]


def test_jellyfin_art_beside_the_file_is_found_where_its_paths_fail(tmp_path: Path) -> None:
    path = fixture("jellyfin", tmp_path)
    (path.parent / "poster.jpg").touch()
    (path.parent / "fanart.jpg").touch()
    film, warnings = read(path)
    assert film.artwork.poster is not None
    assert film.artwork.poster.path == "poster.jpg"
    assert film.artwork.fanart is not None
    assert film.artwork.fanart.path == "fanart.jpg"
    assert not any("outside the film's folder" in warning for warning in warnings)


def test_emby_mixed_case_identifier_types_and_a_ratio_written_16_9(tmp_path: Path) -> None:
    film, warnings = read(fixture("emby", tmp_path))
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt0000102", 1020202)
    # "Imdb" and "Tmdb" are IMDb and TMDb; <collectionnumber> is the collection's TMDb number.
    assert [(other.source, other.value) for other in film.identifiers.others] == [
        ("tmdbcollection", "1020")
    ]
    assert [(s.value, s.votes) for s in film.scores] == [(6.2, 840)]
    assert film.media.video is not None
    assert film.media.video.aspect_ratio == 1.78
    assert film.collection is not None
    assert film.collection.name == "Tide Films"
    assert warnings == []


def test_mediaelch_upper_case_codecs_and_a_percent_scale(tmp_path: Path) -> None:
    film, _warnings = read(fixture("mediaelch", tmp_path))
    assert [(s.source, s.value, s.scale, s.votes) for s in film.scores] == [
        ("imdb", 7, 10, 15230),
        ("rottentomatoes", 91, 100, None),
    ]
    assert film.media.audio[0].codec == "DTSHD_MA"
    assert film.tagline == "Listen."


def test_tiny_media_manager_movie_nfo_beside_its_video(tmp_path: Path) -> None:
    path = fixture("tinymediamanager", tmp_path)
    (path.parent / "Salt and Iron (2012)-poster.jpg").touch()
    film, warnings = read(path)
    assert film.title == "Salt and Iron"
    # The default score is shown first whatever its place in the file.
    assert [s.source for s in film.scores if s.default] == ["imdb"]
    assert film.user_rating is None  # 0.0
    # movie.nfo says nothing of the video's name: it is found beside it.
    assert film.artwork.poster is not None
    assert film.artwork.poster.path == "Salt and Iron (2012)-poster.jpg"
    assert film.artwork.poster.url == "https://image.tmdb.org/t/p/original/saltiron.jpg"
    assert warnings == [
        "file: not shown, as films have no field for them: <certification>, <languages>, "
        "<source>, <edition>, <original_filename>"
    ]


# Artwork beside the file ----------------------------------------------------------


def minimal(folder: Path, name: str = "Film.nfo") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("<movie><title>Film</title></movie>", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("present", "poster"),
    [
        (["Film-poster.jpg", "poster.jpg", "folder.jpg"], "Film-poster.jpg"),
        (["poster.png", "folder.jpg", "cover.jpg"], "poster.png"),
        (["folder.jpg", "cover.jpg"], "folder.jpg"),
        (["cover.jpg", "Film.jpg"], "cover.jpg"),
        (["Film.tbn"], "Film.tbn"),
        (["POSTER.JPG"], "POSTER.JPG"),
        (["Other-poster.jpg"], None),
    ],
)
def test_the_poster_is_chosen_in_kodis_order(tmp_path: Path, present, poster) -> None:
    path = minimal(tmp_path / "film")
    for name in present:
        (path.parent / name).touch()
    film, _ = read(path)
    found = film.artwork.poster.path if film.artwork.poster else None
    assert found == poster


@pytest.mark.parametrize(
    ("present", "fanart"),
    [
        (["Film-fanart.jpg", "fanart.jpg", "backdrop.jpg"], "Film-fanart.jpg"),
        (["fanart.png", "backdrop.jpg"], "fanart.png"),
        (["backdrop.jpg", "background.jpg"], "backdrop.jpg"),
    ],
)
def test_the_fanart_is_chosen_in_kodis_order(tmp_path: Path, present, fanart) -> None:
    path = minimal(tmp_path / "film")
    for name in present:
        (path.parent / name).touch()
    film, _ = read(path)
    assert film.artwork.fanart is not None
    assert film.artwork.fanart.path == fanart


@pytest.mark.parametrize(("disc", "name"), [("VIDEO_TS", "VIDEO_TS.nfo"), ("BDMV", "index.nfo")])
def test_a_disc_copy_finds_its_art_in_the_folder_holding_the_disc(tmp_path, disc, name) -> None:
    path = minimal(tmp_path / "Film (1999)" / disc, name)
    (tmp_path / "Film (1999)" / "poster.jpg").touch()
    film, _ = read(path)
    assert film_folder(path) == tmp_path / "Film (1999)"
    assert film.artwork.poster is not None
    assert film.artwork.poster.path == "poster.jpg"


def test_movie_nfo_takes_the_video_name_from_the_video_beside_it(tmp_path: Path) -> None:
    path = minimal(tmp_path / "folder", "movie.nfo")
    (path.parent / "The Film.mkv").touch()
    (path.parent / "The Film-poster.jpg").touch()
    film, _ = read(path)
    assert film.artwork.poster is not None
    assert film.artwork.poster.path == "The Film-poster.jpg"


def cast_film(folder: Path, actors: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Film (2001).nfo"
    path.write_text(f"<movie><title>Film</title>{actors}</movie>", encoding="utf-8")
    return path


def photos_of(path: Path) -> list[str | None]:
    film, _ = read(path)
    return [member.photo for member in film.people.cast]


def test_an_actors_photo_is_kodis_picture_in_the_actors_folder(tmp_path: Path) -> None:
    path = cast_film(
        tmp_path / "film",
        "<actor><name>Jane Doe</name></actor><actor><name>Ann Lee</name></actor>"
        "<actor><name>Bo Chan</name></actor><actor><name>No One</name></actor>",
    )
    (path.parent / ".actors").mkdir()
    for name in ("Jane_Doe.jpg", "ANN_LEE.PNG", "Bo Chan.tbn", "Someone_Else.jpg"):
        (path.parent / ".actors" / name).touch()
    assert photos_of(path) == [
        ".actors/Jane_Doe.jpg",
        ".actors/ANN_LEE.PNG",
        ".actors/Bo Chan.tbn",
        None,
    ]


@pytest.mark.parametrize(
    ("thumb", "photo"),
    [
        ("face.jpg", "face.jpg"),
        (".actors/face.jpg", ".actors/face.jpg"),
        # Written on another computer, into the .actors folder of its copy of the film.
        ("C:\\Films\\Film (2001)\\.actors\\face.jpg", ".actors/face.jpg"),
        ("/srv/films/Film (2001)/.actors/face.jpg", ".actors/face.jpg"),
        # Elsewhere, or on the web: no photo of the folder is that one.
        ("/home/someone/pictures/face.jpg", None),
        ("https://image.tmdb.org/t/p/original/face.jpg", None),
        ("missing.jpg", None),
    ],
)
def test_an_actors_local_thumb_names_a_photo_in_the_films_folder(
    tmp_path: Path, thumb: str, photo: str | None
) -> None:
    path = cast_film(
        tmp_path / "film", f"<actor><name>Jane Doe</name><thumb>{thumb}</thumb></actor>"
    )
    (path.parent / ".actors").mkdir()
    (path.parent / ".actors" / "face.jpg").touch()
    (path.parent / "face.jpg").touch()
    assert photos_of(path) == [photo]


def test_kodis_own_photo_wins_over_the_thumb_and_follows_the_billing_order(tmp_path) -> None:
    path = cast_film(
        tmp_path / "film",
        "<actor><name>Second Billed</name><order>1</order><thumb>face.jpg</thumb></actor>"
        "<actor><name>First Billed</name><order>0</order><thumb>face.jpg</thumb></actor>",
    )
    (path.parent / ".actors").mkdir()
    (path.parent / ".actors" / "Second_Billed.jpg").touch()
    (path.parent / "face.jpg").touch()
    film, _ = read(path)
    assert [(member.name, member.photo) for member in film.people.cast] == [
        ("First Billed", "face.jpg"),
        ("Second Billed", ".actors/Second_Billed.jpg"),
    ]


# Never a whole file lost to one flaw -----------------------------------------------


def nfo(tmp_path: Path, content: bytes | str, name: str = "Film (2001).nfo") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_a_raw_ampersand_is_read_as_text(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(tmp_path, "<movie><title>Tom & Jerry</title><studio>A&E</studio></movie>")
    )
    assert film.title == "Tom & Jerry"
    assert film.details.production_companies == ("A&E",)
    assert warnings == ["file: raw & characters (XML needs &amp;) read as the text they are: 2"]


def test_html_entities_are_the_characters_they_name(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(tmp_path, "<movie><title>Caf&eacute; &amp; Cr&egrave;me &hellip;</title></movie>")
    )
    assert film.title == "Café & Crème …"
    assert warnings == [
        "file: HTML entities read as the characters they name: &eacute;, &egrave;, &hellip;"
    ]


def test_a_byte_order_mark_is_read_past(tmp_path: Path) -> None:
    film, warnings = read(nfo(tmp_path, b"\xef\xbb\xbf<movie><title>Bom</title></movie>"))
    assert (film.title, warnings) == ("Bom", [])


def test_utf16_with_a_byte_order_mark(tmp_path: Path) -> None:
    text = '<?xml version="1.0" encoding="UTF-16"?><movie><title>Ωmega</title></movie>'
    film, warnings = read(nfo(tmp_path, text.encode("utf-16")))
    assert (film.title, warnings) == ("Ωmega", [])


def test_a_declared_latin1_encoding_is_honoured(tmp_path: Path) -> None:
    text = '<?xml version="1.0" encoding="ISO-8859-1"?><movie><title>Amélie</title></movie>'
    film, warnings = read(nfo(tmp_path, text.encode("latin-1")))
    assert (film.title, warnings) == ("Amélie", [])


def test_undeclared_latin1_bytes_are_read_as_windows_1252_with_a_warning(tmp_path: Path) -> None:
    data = "<movie>\n<title>Amélie – “Fabuleux”</title>\n</movie>".encode("cp1252")
    film, warnings = read(nfo(tmp_path, data))
    assert film.title == "Amélie – “Fabuleux”"
    assert warnings == [
        "encoding: the file is not UTF-8 text (byte 0xe9 on line 2); read as Windows-1252: "
        "check accented letters"
    ]


def test_a_wrongly_declared_encoding_falls_back_with_a_warning(tmp_path: Path) -> None:
    data = '<?xml version="1.0" encoding="UTF-8"?>\n<movie><title>Zoë</title></movie>'
    film, warnings = read(nfo(tmp_path, data.encode("latin-1")))
    assert film.title == "Zoë"
    assert warnings == [
        "encoding: the file is not UTF-8 text (byte 0xeb on line 2); read as Windows-1252: "
        "check accented letters"
    ]


def test_text_and_an_address_around_the_movie_are_read_past(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            "Ripped by someone\n<movie><title>Around</title></movie>\n"
            "https://www.imdb.com/title/tt0000555/\n",
        )
    )
    assert film.title == "Around"
    assert film.identifiers.imdb == "tt0000555"  # Kodi's combination .nfo
    assert warnings == ["file: text before <movie> ignored: Rippedbysomeone"]


def test_of_several_root_elements_the_first_movie_counts(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            "<movie><title>First</title></movie>\n<movie><title>Second</title></movie>",
        )
    )
    assert film.title == "First"
    assert warnings == ["file: the file holds more than one <movie>; the first is shown"]


def test_a_url_only_file_gives_the_identifiers_and_says_the_details_are_elsewhere(
    tmp_path: Path,
) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            "https://www.imdb.com/title/tt0000556/\nhttps://www.themoviedb.org/movie/556-x\n",
            "Harbour Nights (1956).nfo",
        )
    )
    assert (film.title, film.year) == ("Harbour Nights", 1956)
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt0000556", 556)
    assert warnings == [
        "file: the file holds only a web address, not the film's details; "
        "the title is taken from the file's name"
    ]


def test_decimal_commas_runtimes_in_words_and_joined_lists(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            """<movie><title>Commas</title>
            <ratings><rating name="imdb" max="10"><value>7,5</value><votes>1.234</votes></rating>
            </ratings>
            <runtime>2h 5min</runtime>
            <genre>Action / Drama / Action</genre>
            <director>Ann Lee, </director>
            <fileinfo><streamdetails><video><aspect>2,35</aspect></video></streamdetails>
            </fileinfo></movie>""",
        )
    )
    assert [(s.value, s.votes) for s in film.scores] == [(7.5, 1234)]
    assert film.tech_specs.runtime_minutes == 125
    assert film.details.genres == ("Action", "Drama")
    assert film.people.directors == ("Ann Lee",)
    assert film.media.video is not None
    assert film.media.video.aspect_ratio == 2.35
    assert warnings == []


@pytest.mark.parametrize(
    ("runtime", "minutes"), [("120 min", 120), ("95", 95), ("1:58", 118), ("2 hours", 120)]
)
def test_runtimes_as_tools_write_them(tmp_path: Path, runtime: str, minutes: int) -> None:
    film, _ = read(nfo(tmp_path, f"<movie><title>R</title><runtime>{runtime}</runtime></movie>"))
    assert film.tech_specs.runtime_minutes == minutes


def test_zeros_in_streamdetails_mean_unknown(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            "<movie><title>Z</title><fileinfo><streamdetails>"
            "<video><codec>h264</codec><width>0</width><height>0</height><aspect>0</aspect>"
            "<durationinseconds>0</durationinseconds></video>"
            "<audio><codec>aac</codec><channels>0</channels></audio>"
            "</streamdetails></fileinfo></movie>",
        )
    )
    assert film.media.video is not None
    video = film.media.video
    assert (video.codec, video.width, video.height, video.aspect_ratio) == (
        "h264",
        None,
        None,
        None,
    )
    assert film.media.audio[0].channels is None
    assert warnings == []


def test_a_bad_value_costs_its_element_only(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            "<movie>\n<title>Flawed</title>\n<year>nineteen</year>\n<premiered>2001-02-30"
            "</premiered>\n<genre>Drama</genre>\n<uniqueid type='imdb'>12345</uniqueid>\n"
            "<actor><role>Nobody</role></actor>\n<actor><name>Somebody</name></actor>\n"
            "<ratings><rating name='imdb' max='10'><value>11</value></rating></ratings>\n"
            "<tag>bi\u202edi</tag>\n</movie>",
        )
    )
    assert film.title == "Flawed"
    assert film.details.genres == ("Drama",)
    assert [m.name for m in film.people.cast] == ["Somebody"]
    assert film.year is None
    assert film.details.release_date is None
    assert film.scores == ()
    assert film.details.keywords == ()
    assert warnings == [
        "line 3, <year>, left out: “nineteen” is not a year such as 1992",
        "line 4, <premiered>, left out: “2001-02-30” is not a date such as 2019-01-31",
        "line 6, <uniqueid>, left out: must be an IMDb title number: tt and at least seven "
        "digits, e.g. tt0111161",
        "line 7, <actor>, left out: an actor without a <name>",
        "line 9, <rating>, left out: the value 11 is more than the scale's top, 10",
        "line 10, <tag>, left out: holds U+202E (RIGHT-TO-LEFT OVERRIDE) at character 3, "
        "which film text may not hold",
    ]


def test_a_film_without_a_title_is_named_after_its_file(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(tmp_path, "<movie><year>2001</year></movie>", "Quiet Days (2001).nfo")
    )
    assert film.title == "Quiet Days"
    assert warnings == ["file: the file gives no title; the title is taken from the file's name"]


def test_more_than_a_list_may_hold_is_cut_with_a_warning(tmp_path: Path) -> None:
    tags = "".join(f"<tag>t{i}</tag>" for i in range(10_005))
    film, warnings = read(nfo(tmp_path, f"<movie><title>Tags</title>{tags}</movie>"))
    assert len(film.details.keywords) == 10_000
    assert warnings == [
        "file: details.keywords: entries beyond the 10,000 a list may hold, left out: 5"
    ]


# Not a film file: one line, saying what it is ----------------------------------------


SCENE = (
    b"\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\xdc\r\n"
    b"\xdb\xb2\xb1\xb0  SOME.RELEASE.1999.DVDRiP.XViD  \xb0\xb1\xb2\xdb\r\n"
    b"\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\xdf\r\n"
    b"  Size ......: 700 MB\r\n  IMDb ......: http://www.imdb.com/title/tt0000557/\r\n"
)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            SCENE,
            "file: this is a release's notes (a text .nfo with ASCII art), not a film file: "
            "it holds no <movie> element",
        ),
        (b"just some words\n", "file: holds no <movie> element: this is not a Kodi film file"),
        (
            b"<tvshow><title>A Show</title></tvshow>",
            "file: this is a Kodi TV show file, not a film file",
        ),
        (
            b"<episodedetails><title>E</title></episodedetails>",
            "file: this is a Kodi TV episode file, not a film file",
        ),
        (b"", "file: the file is empty"),
        (b"  \n\t ", "file: the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "file: this is a PNG image, not a film file"),
        (b"<movie\x00>", "file: contains a NUL byte: not a text file"),
    ],
)
def test_what_is_no_film_file_is_said_in_one_line(tmp_path: Path, content, problem) -> None:
    with pytest.raises(FilmFileError) as caught:
        load(nfo(tmp_path, content))
    assert [str(p) for p in caught.value.problems] == [problem]


# Classes of what writers do, each with a case nobody named ------------------------------


def test_mediaportal_pipe_lists_come_apart(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            "<movie><title>Pipes</title><director>|Dan Trachtenberg|</director>"
            "<genre>|Action, Science Fiction, Thriller|</genre>"
            "<studio>|Bad Robot|Paramount Pictures|</studio>"
            "<country>|United States of America|</country></movie>",
        )
    )
    assert film.people.directors == ("Dan Trachtenberg",)
    assert film.details.genres == ("Action", "Science Fiction", "Thriller")
    assert film.details.production_companies == ("Bad Robot", "Paramount Pictures")
    assert film.details.countries_of_origin == ("United States of America",)
    assert warnings == []


def test_a_whole_list_in_its_one_element_is_split_at_commas_names_kept(tmp_path: Path) -> None:
    film, _warnings = read(
        nfo(
            tmp_path,
            "<movie><title>Commas</title>"
            "<studio>Focus Features, Inc., Working Title Films, Sammy Davis, Jr. Productions"
            "</studio><genre>Action/Adventure</genre>"
            "<credits>Ann Lee</credits><credits>Park, Min</credits></movie>",
        )
    )
    assert film.details.production_companies == (
        "Focus Features, Inc.",
        "Working Title Films",
        "Sammy Davis, Jr. Productions",
    )
    assert film.details.genres == ("Action", "Adventure")
    # Several <credits>: each is one name, commas and all.
    assert film.people.writers == ("Ann Lee", "Park, Min")


def test_an_actors_type_says_whether_they_are_cast_or_crew(tmp_path: Path) -> None:
    film, _warnings = read(
        nfo(
            tmp_path,
            "<movie><title>Crew</title>"
            "<actor><name>Ann Cast</name><role>Mara</role><type>Actor</type></actor>"
            "<actor><name>Guest</name><type>GuestStar</type></actor>"
            "<actor><name>Dee Rector</name><type>Director</type></actor>"
            "<actor><name>Will Writer</name><type>Writer</type></actor>"
            "<actor><name>Pro Ducer</name><type>Producer</type></actor>"
            "<actor><name>Lyn Ricist</name><type>Lyricist</type></actor>"
            "<actor><name>Untyped</name></actor></movie>",
        )
    )
    assert [member.name for member in film.people.cast] == ["Ann Cast", "Guest", "Untyped"]
    assert film.people.directors == ("Dee Rector",)
    assert film.people.writers == ("Will Writer",)
    assert [(m.name, m.job) for m in film.people.crew] == [
        ("Pro Ducer", "Producer"),
        ("Lyn Ricist", "Lyricist"),
    ]


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("2009-08-19", datetime.date(2009, 8, 19)),
        ("19.08.2009", datetime.date(2009, 8, 19)),
        ("19-08-2009", datetime.date(2009, 8, 19)),
        ("19/08/2009", datetime.date(2009, 8, 19)),
        ("08/19/2009", datetime.date(2009, 8, 19)),  # American: 19 cannot be a month
        ("2009/08/19", datetime.date(2009, 8, 19)),
        ("2009-08-19T00:00:00Z", datetime.date(2009, 8, 19)),
        ("2009-08-19 20:15:00", datetime.date(2009, 8, 19)),
    ],
)
def test_dates_as_kodi_emby_mediaportal_and_tmm_write_them(
    tmp_path: Path, written: str, date: datetime.date
) -> None:
    film, warnings = read(
        nfo(tmp_path, f"<movie><title>D</title><premiered>{written}</premiered></movie>")
    )
    assert (film.details.release_date, film.year) == (date, 2009)
    assert warnings == []


def test_fanart_given_as_text_and_in_thumbs(tmp_path: Path) -> None:
    film, _warnings = read(
        nfo(
            tmp_path,
            "<movie><title>F</title><fanart>https://example.org/backdrop.jpg</fanart></movie>",
        )
    )
    assert film.artwork.fanart is not None
    assert film.artwork.fanart.url == "https://example.org/backdrop.jpg"


def test_a_second_collection_is_named_not_lost(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            "<movie>\n<title>S</title>\n<set>Rail Trilogy</set>\n"
            "<set><name>Night Films</name></set>\n</movie>",
        )
    )
    assert film.collection is not None
    assert film.collection.name == "Rail Trilogy"
    assert warnings == [
        "line 4, <set>: the film is also in the collection “Night Films”; "
        "a film shows one, the first"
    ]


def test_one_language_written_three_ways_is_one_language(tmp_path: Path) -> None:
    film, _warnings = read(
        nfo(
            tmp_path,
            "<movie><title>L</title><fileinfo><streamdetails>"
            "<audio><language>deu</language></audio><audio><language>und</language></audio>"
            "<subtitle><language>fre</language></subtitle>"
            "<subtitle><language>fra</language></subtitle>"
            "<subtitle><language>fr</language></subtitle>"
            "<subtitle><language>ger</language></subtitle>"
            "<subtitle><language>deu</language></subtitle>"
            "<subtitle><language>pt-BR</language></subtitle>"
            "<subtitle><language>Klingon</language></subtitle>"
            "</streamdetails></fileinfo></movie>",
        )
    )
    assert film.media.subtitles == ("fre", "ger", "por", "Klingon")
    # "und" is ISO 639's "undetermined": that track says nothing.
    assert [track.language for track in film.media.audio] == ["ger"]


def test_every_rating_element_of_jellyfin_and_emby(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            "<movie>\n<title>R</title>\n<mpaa>PG-13</mpaa>\n<customrating>FSK 12</customrating>\n"
            "<communityrating>7.1</communityrating>\n<criticrating>88</criticrating>\n"
            "<ratings><rating name='imdb' max='10' default='true'><value>6.9</value>"
            "<votes>48,211</votes></rating></ratings>\n<rating>6.9</rating>\n</movie>",
        )
    )
    # The flat <rating> repeats the default score and is that score; the others are their own.
    assert [(s.source, s.value, s.scale) for s in film.scores] == [
        ("imdb", 6.9, 10),
        (None, 7.1, 10),
        ("critics", 88, 100),
    ]
    assert film.details.rating is not None
    assert film.details.rating.certificate == "PG-13"
    assert warnings == [
        "line 4, <customrating>: the custom certificate “FSK 12” is not shown: <mpaa> gives one"
    ]


def test_a_custom_certificate_alone_is_the_films(tmp_path: Path) -> None:
    film, _warnings = read(
        nfo(tmp_path, "<movie><title>C</title><customrating>FSK 12</customrating></movie>")
    )
    assert film.details.rating is not None
    assert film.details.rating.certificate == "FSK 12"


def test_negative_numbers_mean_not_set_or_are_worded_for_what_they_are(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            "<movie>\n<title>N</title>\n<top250>-1</top250>\n<userrating>-1</userrating>\n"
            "<year>-5</year>\n<fileinfo><streamdetails><video><width>-1</width>"
            "<durationinseconds>-20</durationinseconds></video>"
            "<audio><channels>five</channels></audio></streamdetails></fileinfo>\n</movie>",
        )
    )
    assert (film.top250, film.user_rating, film.year) == (None, None, None)
    assert warnings == [
        "line 5, <year>, left out: “-5” is not a year such as 1992",
        "line 6, <video>, left out: “-20” is not a length in seconds such as 7200",
        "line 6, <audio>, left out: “five” is not a number of audio channels such as 6",
    ]


def test_3d_and_the_files_length_are_read(tmp_path: Path) -> None:
    film, _warnings = read(
        nfo(
            tmp_path,
            "<movie><title>3D</title><fileinfo><streamdetails><video><codec>h264</codec>"
            "<stereomode>left_right</stereomode><durationinseconds>6455</durationinseconds>"
            "</video></streamdetails></fileinfo></movie>",
        )
    )
    video = film.media.video
    assert video is not None
    assert (video.stereo_mode, video.duration_seconds) == ("left_right", 6455)


def test_wrapped_lists_and_tmm_ids(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            "<movie><title>W</title><genres><genre>Drama</genre><genre>War</genre></genres>"
            "<sets><set order='1'>Old Set</set></sets>"
            "<ids><entry><key>imdb</key><value>tt0472033\n</value></entry>"
            "<entry><key>tmdb</key><value>12244</value></entry>"
            "<entry><key>trakt</key><value>7146</value></entry></ids></movie>",
        )
    )
    assert film.details.genres == ("Drama", "War")
    assert film.collection is not None
    assert film.collection.name == "Old Set"
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt0472033", 12244)
    assert [(o.source, o.value) for o in film.identifiers.others] == [("trakt", "7146")]
    assert warnings == []


def test_identifiers_in_an_attribute_or_a_bare_id(tmp_path: Path) -> None:
    film, warnings = read(
        nfo(
            tmp_path,
            "<movie><title>I</title><imdb id='tt0133093'/><id>603</id></movie>",
        )
    )
    # A number in <id> is TMDb's: its scraper is the one that writes one there.
    assert (film.identifiers.imdb, film.identifiers.tmdb) == ("tt0133093", 603)
    assert warnings == []
