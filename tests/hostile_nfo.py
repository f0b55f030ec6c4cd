"""A battery of hostile and broken .nfo files: XML built to harm, and XML merely broken.

Each case makes its file in a folder and says what ``--check`` prints after
the path: ``ok`` and the warnings for a file that still gives a film, or the
first problem for one that cannot. The loader, --check and the window's open
path try every case (tests/unit/test_nfo_hostile.py, tests/e2e/test_nfo_check.py,
tests/gui/test_nfo_window.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SECRET = "the-secret-of-etc-passwd"
"""What a file outside the film holds; no case may bring it to the screen."""


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]
    """Make the file inside the given folder and return its path."""
    lines: tuple[str, ...]
    """What --check prints after "PATH: ", line by line."""
    title: str | None = None
    """The title the window shows, for a file that still gives a film."""


def content(data: bytes | str, name: str = "Film.nfo") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        (folder / "secret.txt").write_text(SECRET, encoding="utf-8")
        return path

    return make


def _external_entity(folder: Path) -> Path:
    secret = folder / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    path = folder / "Film.nfo"
    path.write_text(
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE movie [<!ENTITY secret SYSTEM "file://{secret}">]>\n'
        "<movie><title>&secret;</title><plot>Leak: &secret;</plot></movie>\n",
        encoding="utf-8",
    )
    return path


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE movie [' + "".join(entities) + "]>\n"
        "<movie><title>Laughs</title><plot>&lol9;</plot></movie>\n"
    )


def _too_large(folder: Path) -> Path:
    path = folder / "Film.nfo"
    with path.open("wb") as file:
        file.write(b"<movie><title>Big</title><plot>")
        file.write(b"x" * (16 * 1024 * 1024))
        file.write(b"</plot></movie>")
    return path


_DECLARES = (
    "file: the file declares entities (<!ENTITY>); Film Viewer never expands them, "
    "and shows references to them as they are written"
)

CASES = [
    Case(
        "an external entity naming a file",
        _external_entity,
        ("ok, 1 warning", f"warning: {_DECLARES}"),
        "&secret;",
    ),
    Case(
        "a billion laughs",
        content(_billion_laughs()),
        ("ok, 1 warning", f"warning: {_DECLARES}"),
        "Laughs",
    ),
    Case(
        "an external document type fetched from the web",
        content(
            '<?xml version="1.0"?>\n<!DOCTYPE movie SYSTEM "http://example.invalid/movie.dtd">\n'
            "<movie><title>Offline</title></movie>"
        ),
        ("ok",),
        "Offline",
    ),
    Case(
        "100,000 nested elements",
        content("<movie><title>Deep</title>" + "<a>" * 100_000 + "</a>" * 100_000 + "</movie>"),
        (
            "ok, 2 warnings",
            "warning: file: not shown, as films have no field for them: <a>",
            "warning: line 1, column 794: the XML is damaged here "
            "(Excessive depth in document: 256, use "
            "XML_PARSE_HUGE option); what could be read is shown",
        ),
        "Deep",
    ),
    Case(
        "a million empty elements",
        content("<movie><title>Wide</title>" + "<x>1</x>" * 1_000_000 + "</movie>"),
        (
            "ok, 1 warning",
            "warning: file: not shown, as films have no field for them: <x> ×1000000",
        ),
        "Wide",
    ),
    Case(
        "a file cut off inside an element",
        content("<movie>\n<title>Cut Short</title>\n<plot>It was a dark"),
        (
            "ok, 2 warnings",
            "warning: file: the file ends before </movie>: it may be cut short",
            "warning: line 3, column 20: the XML is damaged here "
            "(Premature end of data in tag plot line 3); "
            "what could be read is shown",
        ),
        "Cut Short",
    ),
    Case(
        "mismatched tags",
        content("<movie>\n<title>Crossed</title>\n<genre>Drama</year>\n</movie>"),
        (
            "ok, 1 warning",
            "warning: line 3, column 20: the XML is damaged here "
            "(Opening and ending tag mismatch: genre "
            "line 3 and year); what could be read is shown",
        ),
        "Crossed",
    ),
    Case(
        "control characters XML forbids",
        content("<movie>\n<title>Bell\x07 Ringer</title>\n</movie>"),
        (
            "ok, 1 warning",
            "warning: line 2, column 12: the XML is damaged here (PCDATA invalid Char value 7); "
            "what could be read is shown",
        ),
        "Bell Ringer",
    ),
    Case(
        "a title of 15 MiB",
        content("<movie><title>" + "T" * (15 * 1024 * 1024) + "</title><year>2001</year></movie>"),
        (
            "ok, 3 warnings",
            "warning: file: the title is taken from the file's name instead",
            "warning: line 1, column 10004001: the XML is damaged here "
            "(Resource limit exceeded: Text node too "
            "long, try XML_PARSE_HUGE); what could be read is shown",
            "warning: line 1, <title>, left out: is longer than the 1000 characters the film "
            "format allows",
        ),
        "Film",
    ),
    Case(
        "binary data",
        content(bytes(range(256)) * 64),
        ("file: contains a NUL byte: not a text file",),
    ),
    Case("an empty file", content(b""), ("file: the file is empty",)),
    Case(
        "the wrong root element",
        content("<tvshow><title>Not a film</title></tvshow>"),
        ("file: this is a Kodi TV show file, not a film file",),
    ),
    Case(
        "a music video",
        content("<musicvideo><title>Song</title></musicvideo>"),
        ("file: this is a Kodi music video file, not a film file",),
    ),
    Case(
        "a file over 16 MiB", _too_large, ("file: is 16.0 MiB; film files may be at most 16 MiB",)
    ),
    Case(
        "a JPEG named .nfo",
        content(b"\xff\xd8\xff\xe0\x00\x10JFIF"),
        ("file: this is a JPEG image, not a film file",),
    ),
]
