"""Generated films of the shapes real data has at its worst: long lists, long words, odd text.

Deterministic, so a benchmark run and a test see the same film. Shared by the
tests (at sizes that keep them quick) and by ``make bench`` (at the format's
limits).
"""

from __future__ import annotations

import json
import random
from typing import Any

from filmviewer.model.film import MAX_ITEMS, MAX_LINE, MAX_SYNOPSIS

WORDS = [
    "stalin",
    "lenin",
    "trotsky",
    "kremlin",
    "moscow",
    "siberia",
    "revolution",
    "politburo",
    "comrade",
    "purge",
    "party",
    "beria",
    "kruschev",
    "georgia",
    "tsar",
    "war",
    "winter",
    "archive",
    "müvelödési",
    "föszerkesztöség",
    "résumé",
    "сталин",
    "ленин",
    "斯大林",
    "ستالين",
    "🎬",
]

LIST_KEYS = (
    "keywords",
    "genres",
    "countries_of_origin",
    "languages",
    "filming_locations",
    "production_companies",
)


def long_word(length: int, seed: int = 0) -> str:
    """A word of ``length`` characters with no place to break it."""
    letters = "abcdefghijklmnopqrstuvwxyzäöüé"
    rng = random.Random(seed)
    return "".join(rng.choice(letters) for _ in range(length))


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def worst_case(
    items: int = MAX_ITEMS,
    summaries: int = MAX_ITEMS,
    summary_words: int = 120,
    synopsis_characters: int = MAX_SYNOPSIS,
    long: int = MAX_LINE,
    seed: int = 1,
) -> dict[str, Any]:
    """A film at the format's limits: every list full, a long word in every field.

    With the defaults the file is about 13 MiB: near the 16 MiB cap.
    """
    rng = random.Random(seed)
    word = long_word(long, seed)
    details: dict[str, Any] = {}
    for key in LIST_KEYS:
        values = [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {index}" for index in range(items)]
        if values:
            values[len(values) // 2] = word
        details[key] = values
    details["official_sites"] = [
        {"name": word[:200], "url": "https://example.org/" + "a" * 1_900},
        {"name": "MGM", "url": "https://www.mgm.com/"},
    ]
    details["rating"] = {"certificate": word, "system": "MPA"}
    details["release_date"] = "1992-11-20"
    summary_list = [
        {"text": sentence(rng, summary_words), "author": f"reader{index}"}
        for index in range(summaries)
    ]
    if summary_list:
        summary_list[0] = {"text": long_word(50_000, seed + 1), "outline": True}
    paragraph = " ".join(sentence(rng, 12) for _ in range(8))
    synopsis = ""
    if synopsis_characters:
        long_paragraph = long_word(min(100_000, synopsis_characters // 4), seed + 2)
        body = "\n\n".join([paragraph] * (synopsis_characters // (len(paragraph) + 2)))
        synopsis = (long_paragraph + "\n\n" + body)[:synopsis_characters].rstrip()
    people = {
        "directors": [word, *(f"director {index}" for index in range(items - 1))],
        "writers": [f"writer {index}" for index in range(min(items, 100))],
        "cast": [
            {"name": f"{rng.choice(WORDS)} {index}", "role": word if index == 1 else "role"}
            for index in range(items)
        ],
    }
    return {
        "format_version": 2,
        "title": word,
        "original_title": word,
        "tagline": word,
        "year": 1992,
        "summaries": summary_list,
        "details": details,
        "box_office": {"budget": {"amount": 10**15, "currency": "XXX"}},
        "tech_specs": {
            "runtime_minutes": 100_000,
            "color": [word, "Color"],
            "sound_mix": [word] * 3,
            "aspect_ratio": 11.999,
        },
        "synopsis": synopsis,
        "people": people,
        "scores": [
            {"source": f"site{index}", "value": 7.5, "votes": 10**9} for index in range(100)
        ],
        "identifiers": {
            "imdb": "tt" + "9" * 12,
            "tmdb": 10**12,
            "others": [{"source": word[:100], "value": word}]
            + [{"source": "home", "value": f"film-{index}"} for index in range(99)],
        },
        "collection": {"name": word, "overview": long_word(5_000, seed + 3)},
        "media": {
            "video": {"codec": word, "width": 100_000, "height": 100_000, "hdr": word},
            "audio": [{"codec": word, "language": "eng", "channels": 64}]
            + [{"codec": "ac3", "language": "eng", "channels": 6}] * 999,
            "subtitles": ["eng"] * items,
        },
    }


def busy_film(actors: int = 500, tags: int = 10_000, summaries: int = 10_000) -> dict[str, Any]:
    """A film as a big scraper writes one: a long cast, thousands of tags and summaries."""
    rng = random.Random(2)
    return {
        "format_version": 2,
        "title": "A Busy Film",
        "year": 2001,
        "summaries": [
            {"text": sentence(rng, 60), "author": f"reader{index}"} for index in range(summaries)
        ],
        "details": {"keywords": [f"{rng.choice(WORDS)} {index}" for index in range(tags)]},
        "people": {
            "directors": ["Ann Lee"],
            "cast": [
                {"name": f"Actor {index}", "role": f"{rng.choice(WORDS).title()} {index}"}
                for index in range(actors)
            ],
        },
        "synopsis": "\n\n".join(" ".join(sentence(rng, 12) for _ in range(8)) for _ in range(50)),
    }


SAMPLE_CAST = [
    ("Nora Quinn", "Hester Vale"),
    ("Elias Ward", "Tom Ashby"),
    ("June Park", "Mae Ashby"),
    ("Ruth Calder", "The ferry pilot"),
    ("Owen Price", "Dai Morgan"),
    ("Miriam Sayed", "Dr. Ilse Kern"),
    ("Paul Kerjean", "Émile"),
    ("Lise Abgrall", "Maryvonne"),
    ("Hanna Lund", "Sigrid"),
    ("Daniel Roy", "Luc"),
    ("Jonas Brandt", "Matthias"),
    ("Siobhán Kelly", "Róisín"),
    ("Abe Coleman", "Josiah Pratt"),
    ("Piotr Nowak", "Stanisław"),
    ("Élise Fournier", "Agathe"),
    ("Karim Benali", "The night clerk"),
    ("Jack Hale", "Will"),
    ("Rhys Morgan", "The harbour master"),
    ("Camille Roux", "A passenger"),
    ("Théo Marchand", "A passenger"),
]


SAMPLE_PLOT = (
    "The last ferry of the night leaves Roscoff in a storm. Twenty passengers, a pilot who "
    "has made the crossing a thousand times, and a cargo nobody has declared.\n\n"
    "By morning the ferry has reached a harbour that is on no chart, and the passengers must "
    "decide what they owe one another."
)


def kodi_sample(folder: Any) -> Any:
    """A typical Kodi film folder: an .nfo with 20 actors and stream details, and a poster.

    The poster is drawn here (a QGuiApplication must exist); the .nfo's path is returned.
    """
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter

    folder.mkdir(parents=True, exist_ok=True)
    actors = "".join(
        f"    <actor>\n        <name>{name}</name>\n        <role>{role}</role>\n"
        f"        <order>{index}</order>\n"
        f"        <thumb>https://image.example.org/people/{index}.jpg</thumb>\n    </actor>\n"
        for index, (name, role) in enumerate(SAMPLE_CAST)
    )
    nfo = folder / "The Night Ferry (1987).nfo"
    nfo.write_text(
        f"""<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<movie>
    <title>The Night Ferry</title>
    <originaltitle>Le Bac de nuit</originaltitle>
    <ratings>
        <rating name="imdb" max="10" default="true"><value>7.6</value><votes>48211</votes></rating>
        <rating name="themoviedb" max="10"><value>7.3</value><votes>1203</votes></rating>
        <rating name="metacritic" max="100"><value>81</value><votes>24</votes></rating>
    </ratings>
    <userrating>8</userrating>
    <outline>The last ferry of the night carries twenty strangers and one secret.</outline>
    <plot>{SAMPLE_PLOT}</plot>
    <tagline>Some crossings take longer than the night.</tagline>
    <runtime>118</runtime>
    <mpaa>Rated PG-13</mpaa>
    <uniqueid type="imdb" default="true">tt0000087</uniqueid>
    <uniqueid type="tmdb">870087</uniqueid>
    <genre>Drama</genre>
    <genre>Mystery</genre>
    <country>France</country>
    <country>United Kingdom</country>
    <set><name>Sea Stories</name><overview>Films of the Channel crossings.</overview></set>
    <tag>ferry</tag>
    <tag>storm</tag>
    <tag>channel</tag>
    <credits>Ruth Calder</credits>
    <credits>Yann Le Bihan</credits>
    <director>Yann Le Bihan</director>
    <premiered>1987-10-14</premiered>
    <studio>Films du Large</studio>
    <studio>Tidewater Films</studio>
    <fileinfo>
        <streamdetails>
            <video>
                <codec>hevc</codec><aspect>1.85</aspect><width>3840</width><height>2076</height>
                <durationinseconds>7080</durationinseconds><hdrtype>hdr10</hdrtype>
            </video>
            <audio><codec>truehd</codec><language>fre</language><channels>8</channels></audio>
            <audio><codec>ac3</codec><language>eng</language><channels>6</channels></audio>
            <subtitle><language>eng</language></subtitle>
            <subtitle><language>fre</language></subtitle>
        </streamdetails>
    </fileinfo>
{actors}    <dateadded>2024-11-02 21:14:00</dateadded>
</movie>
""",
        encoding="utf-8",
    )
    poster = QImage(1000, 1500, QImage.Format.Format_RGB32)
    painter = QPainter(poster)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    sky = QLinearGradient(0, 0, 0, 1500)
    sky.setColorAt(0, QColor(12, 20, 48))
    sky.setColorAt(0.62, QColor(40, 64, 110))
    sky.setColorAt(0.63, QColor(8, 14, 30))
    sky.setColorAt(1, QColor(4, 8, 18))
    painter.fillRect(poster.rect(), sky)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(250, 236, 190))
    painter.drawEllipse(QPointF(720, 300), 90, 90)
    painter.setBrush(QColor(230, 230, 235))
    painter.drawRect(QRectF(330, 860, 340, 70))
    painter.drawRect(QRectF(420, 800, 150, 60))
    painter.setBrush(QColor(255, 214, 120))
    for x in range(350, 650, 45):
        painter.drawRect(QRectF(x, 880, 18, 14))
    painter.setPen(QColor(240, 240, 245))
    font = QFont("DejaVu Serif")
    font.setPixelSize(110)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 1080, 1000, 280), Qt.AlignmentFlag.AlignCenter, "THE NIGHT\nFERRY")
    painter.end()
    poster.save(str(folder / "The Night Ferry (1987)-poster.jpg"), quality=88)
    fanart = QImage(1920, 1080, QImage.Format.Format_RGB32)
    painter = QPainter(fanart)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    dusk = QLinearGradient(0, 0, 0, 1080)
    dusk.setColorAt(0, QColor(28, 44, 92))
    dusk.setColorAt(0.55, QColor(196, 120, 96))
    dusk.setColorAt(0.56, QColor(22, 40, 70))
    dusk.setColorAt(1, QColor(8, 16, 32))
    painter.fillRect(fanart.rect(), dusk)
    painter.setPen(Qt.PenStyle.NoPen)
    # The ferry against the dusk, a dark shape with its lit windows.
    painter.setBrush(QColor(14, 20, 34))
    painter.drawRect(QRectF(1180, 560, 420, 60))
    painter.drawRect(QRectF(1290, 510, 160, 52))
    painter.setBrush(QColor(255, 214, 120))
    for x in range(1200, 1580, 40):
        painter.drawRect(QRectF(x, 578, 14, 10))
    painter.end()
    fanart.save(str(folder / "The Night Ferry (1987)-fanart.jpg"), quality=85)
    # Kodi's photos of the cast, for all but the last few (they show a silhouette).
    actors = folder / ".actors"
    actors.mkdir(exist_ok=True)
    for index, (name, _role) in enumerate(SAMPLE_CAST[:-4]):
        _portrait(actors / f"{name.replace(' ', '_')}.jpg", index)
    return nfo


def _portrait(path: Any, seed: int) -> None:
    """A head and shoulders against a plain backdrop, different for each ``seed``."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    backdrops = ((70, 90, 120), (120, 84, 70), (64, 104, 88), (98, 80, 120), (130, 116, 80))
    skins = ((236, 200, 170), (200, 150, 110), (150, 104, 72), (110, 74, 50), (224, 180, 140))
    hairs = ((40, 30, 24), (90, 60, 30), (200, 170, 110), (30, 30, 34), (140, 140, 140))
    shirts = ((40, 48, 70), (150, 40, 50), (230, 230, 226), (60, 90, 60), (90, 70, 110))
    image = QImage(300, 450, QImage.Format.Format_RGB32)
    image.fill(QColor(*backdrops[seed % 5]))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(*shirts[(seed * 3) % 5]))
    painter.drawEllipse(QRectF(30, 320, 240, 260))
    painter.setBrush(QColor(*skins[(seed * 2) % 5]))
    painter.drawRect(QRectF(125, 260, 50, 80))
    painter.drawEllipse(QRectF(85, 110, 130, 170))
    painter.setBrush(QColor(*hairs[(seed * 7) % 5]))
    painter.drawChord(QRectF(80, 95, 140, 120), 0, 180 * 16)
    painter.end()
    image.save(str(path), quality=88)


def make_kodi_sample(folder: Any, env: dict[str, str]) -> Any:
    """``kodi_sample`` in a process of its own (it needs a QGuiApplication); the .nfo's path."""
    import subprocess
    import sys
    from pathlib import Path

    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from PySide6.QtGui import QGuiApplication; "
            "app = QGuiApplication([]); from bench.films import kodi_sample; "
            "kodi_sample(Path(sys.argv[1]))",
            str(folder),
        ],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        check=True,
    )
    return next(folder.glob("*.nfo"))


def write(film: dict[str, Any], path: Any) -> None:
    from filmviewer.model.loader import MAX_FILE_BYTES

    text = json.dumps(film, ensure_ascii=False)
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        raise ValueError("the generated film is over the file size cap: no film file")
    path.write_text(text, encoding="utf-8")


GENRES = ["Drama", "Comedy", "Thriller", "Crime", "History", "War", "Romance", "Western"]
COUNTRIES = ["United States", "Russia", "Hungary", "France", "Japan", "Brazil", "Égypte"]
COMPANIES = ["HBO Films", "Magyar Televízió", "Mark Carliner Productions", "Films du Large"]


def library_film(index: int, rng: random.Random) -> dict[str, Any]:
    """One of a library's films: every one different in length, lists and dates."""
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))).title()
    film: dict[str, Any] = {"format_version": 2, "title": f"{title} {index}"}
    if rng.random() < 0.9:
        film["year"] = rng.randint(1920, 2025)
    details: dict[str, Any] = {
        "genres": rng.sample(GENRES, rng.randint(0, 3)),
        "keywords": [f"{rng.choice(WORDS)} {rng.choice(WORDS)}" for _ in range(rng.randint(0, 30))],
        "countries_of_origin": rng.sample(COUNTRIES, rng.randint(0, 2)),
        "languages": rng.sample(["English", "Russian", "Hungarian", "French"], rng.randint(0, 2)),
        "production_companies": rng.sample(COMPANIES, rng.randint(0, 2)),
    }
    film["details"] = {key: value for key, value in details.items() if value}
    summaries = [
        {"text": sentence(rng, rng.randint(10, 80)), "author": f"reader{rng.randint(1, 999)}"}
        for _ in range(rng.randint(0, 5))
    ]
    if summaries:
        film["summaries"] = summaries
    if rng.random() < 0.8:
        film["synopsis"] = "\n\n".join(
            " ".join(sentence(rng, rng.randint(6, 20)) for _ in range(rng.randint(2, 8)))
            for _ in range(rng.randint(1, 6))
        )
    cast = [
        {"name": f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()}", "role": "Someone"}
        for _ in range(rng.randint(0, 40))
    ]
    if cast:
        film["people"] = {"directors": [f"Director {rng.randint(1, 300)}"], "cast": cast}
    if rng.random() < 0.7:
        film["tech_specs"] = {"runtime_minutes": rng.randint(60, 240)}
    return film


def write_library(folder: Any, films: int, seed: int = 3, posters: bool = False) -> None:
    """A library of ``films`` film files in nested folders: mostly JSON, some .nfo, some broken.

    With ``posters``, each folder has a poster.png that four in five of its JSON
    films name (a wall of posters, mostly, with cards between).
    """
    rng = random.Random(seed)
    for index in range(films):
        film = library_film(index, rng)
        shelf = folder / f"shelf {index % 37:02d}" / f"{film['title'][:1]}"
        if posters and not shelf.exists():
            shelf.mkdir(parents=True)
            colour = (rng.randrange(40, 200), rng.randrange(40, 200), rng.randrange(40, 200))
            (shelf / "poster.png").write_bytes(solid_png(200, 300, colour))
        shelf.mkdir(parents=True, exist_ok=True)
        if posters and rng.random() < 0.8:
            film["artwork"] = {"poster": {"path": "poster.png"}}
        name = f"{film['title']} ({film.get('year', 'unknown')})"
        roll = rng.random()
        if roll < 0.02:
            (shelf / f"{name}.json").write_text('{"title": "Broken", }', encoding="utf-8")
        elif roll < 0.12:
            (shelf / f"{name}.nfo").write_text(_nfo_of(film), encoding="utf-8")
        else:
            write(film, shelf / f"{name}.json")


def solid_png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """A PNG of one colour, made without Qt (the benches write libraries before any starts)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\0" + bytes(colour) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def _nfo_of(film: dict[str, Any]) -> str:
    from xml.sax.saxutils import escape

    parts = [f"<title>{escape(film['title'])}</title>"]
    if "year" in film:
        parts.append(f"<year>{film['year']}</year>")
    parts += [f"<genre>{escape(g)}</genre>" for g in film.get("details", {}).get("genres", [])]
    if "synopsis" in film:
        parts.append(f"<plot>{escape(film['synopsis'])}</plot>")
    for member in film.get("people", {}).get("cast", []):
        parts.append(f"<actor><name>{escape(member['name'])}</name><role>x</role></actor>")
    return "<movie>\n" + "\n".join(parts) + "\n</movie>\n"


SAMPLE_SHELF = [
    (
        "A Quiet Harbour",
        1958,
        ["Drama"],
        94,
        "A lighthouse keeper's daughter stays on when the light is automated.",
    ),
    (
        "Borderland Radio",
        1976,
        ["Comedy", "Drama"],
        101,
        "Two rival stations share one mast on a disputed hill.",
    ),
    (
        "Cold Archive",
        2011,
        ["Thriller"],
        112,
        "A records clerk finds her own name in a file sealed in 1953.",
    ),
    (
        "Dust on the Steppe",
        1964,
        ["War", "History"],
        148,
        "A supply column crosses the steppe in the last winter of the war.",
    ),
    (
        "Eleven Bridges",
        1999,
        ["Crime"],
        121,
        "A courier has one night to cross a city of eleven bridges.",
    ),
    (
        "Glass Orchard",
        2019,
        ["Drama", "Romance"],
        107,
        "Greenhouse growers weather a storm and a wedding in the same week.",
    ),
    (
        "Harvest of Salt",
        1987,
        ["Drama"],
        133,
        "Salt workers on a tidal flat strike through the long summer.",
    ),
    (
        "Kremlin Winter",
        1992,
        ["History", "Drama"],
        129,
        "A translator in the Kremlin hears more than she is meant to.",
    ),
    (
        "Last Train to Szeged",
        1971,
        ["Thriller", "History"],
        98,
        "A border guard and a smuggler share a compartment to Szeged.",
    ),
    (
        "Paper Moons",
        2004,
        ["Comedy"],
        88,
        "A failing print shop takes on a forger's order by mistake.",
    ),
    (
        "The Cartographer",
        1949,
        ["Drama", "Western"],
        115,
        "A surveyor maps a valley that two towns both claim.",
    ),
]


def sample_library(folder: Any) -> Any:
    """A small library as a person's might look: the Kodi sample, the bundled film, others.

    Posters are drawn for some (a QGuiApplication must exist); the folder is returned.
    """
    import shutil
    from pathlib import Path

    kodi_sample(folder / "The Night Ferry (1987)")
    bundled = Path(__file__).resolve().parent.parent / "data" / "stalin-1992.json"
    shutil.copy(bundled, folder / "Stalin (1992).json")
    for index, (title, year, genres, runtime, plot) in enumerate(SAMPLE_SHELF):
        film_folder = folder / f"{title} ({year})"
        film_folder.mkdir(parents=True, exist_ok=True)
        film = {
            "format_version": 2,
            "title": title,
            "year": year,
            "summaries": [{"text": plot}],
            "details": {
                "genres": genres,
                "countries_of_origin": [_SHELF_COUNTRIES[index % len(_SHELF_COUNTRIES)]],
            },
            "people": {"directors": [_SHELF_DIRECTORS[index % len(_SHELF_DIRECTORS)]]},
            "tech_specs": {"runtime_minutes": runtime},
        }
        if index % 4 == 1:
            film["collection"] = {"name": "Harbour Lights"}
        if index % 3 != 2:
            film["artwork"] = {"poster": {"path": "poster.jpg"}}
            _plain_poster(film_folder / "poster.jpg", title, index)
        write(film, film_folder / f"{title} ({year}).json")
    return folder


_SHELF_COUNTRIES = ("United Kingdom", "France", "Italy", "Japan", "United States", "France")
_SHELF_DIRECTORS = ("Ines Marlow", "Tomasz Wren", "Ines Marlow", "Kenji Arai", "Odile Brun")


def _plain_poster(path: Any, title: str, seed: int) -> None:
    """A poster of two bands of colour and the title, in the sample's own palette."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter

    poster = QImage(400, 600, QImage.Format.Format_RGB32)
    painter = QPainter(poster)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    hue = (seed * 47) % 360
    fill = QLinearGradient(0, 0, 0, 600)
    fill.setColorAt(0, QColor.fromHsv(hue, 120, 210))
    fill.setColorAt(1, QColor.fromHsv((hue + 30) % 360, 200, 60))
    painter.fillRect(poster.rect(), fill)
    painter.setPen(QColor(245, 245, 240))
    font = QFont("DejaVu Serif")
    font.setPixelSize(46)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(
        QRectF(24, 330, 352, 240),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        title.upper(),
    )
    painter.end()
    poster.save(str(path), quality=85)
