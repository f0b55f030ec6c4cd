"""A battery of bad film files: every kind of broken input the app must explain.

Each case makes its file in a folder and names the first problem the user is
told about. The loader, --check and the window's open path are all tried
with every case (tests/unit/test_hostile_loader.py, tests/e2e/test_hostile_check.py,
tests/gui/test_hostile_open.py).
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import BUNDLED

VALID = BUNDLED.read_bytes()


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]
    """Make the bad file inside the given folder and return its path."""
    first: str
    """The first problem as the loader and the window give it: "where: what"."""
    checked: str = ""
    """What --check prints after the path, where that differs (it looks inside folders)."""


def make_each(makers: Iterable[Callable[[Path], Path]], folder: Path) -> list[Path]:
    """Make each case's file in a folder of its own under ``folder``; their paths."""
    paths = []
    for index, make in enumerate(makers):
        own = folder / f"case{index}"
        own.mkdir()
        paths.append(make(own))
    return paths


def content(data: bytes | str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "film.json"
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return make


def film(**fields: object) -> Callable[[Path], Path]:
    """A film file: a title unless the fields say otherwise, then the fields."""
    return content(json.dumps({"title": "Stalin", **fields}))


def _missing(folder: Path) -> Path:
    return folder / "missing.json"


def _directory(folder: Path) -> Path:
    path = folder / "a-folder.json"
    path.mkdir()
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.json"
    os.mkfifo(path)
    return path


def _socket(folder: Path) -> Path:
    path = folder / "socket.json"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()
    return path


def _link_loop(folder: Path) -> Path:
    first, second = folder / "a.json", folder / "b.json"
    first.symlink_to(second)
    second.symlink_to(first)
    return first


def _dangling_link(folder: Path) -> Path:
    path = folder / "dangling.json"
    path.symlink_to(folder / "gone.json")
    return path


def _not_a_folder(folder: Path) -> Path:
    (folder / "plain").write_text("x", encoding="utf-8")
    return folder / "plain" / "film.json"


def _pseudo_file(folder: Path) -> Path:
    # A file that says it is empty: the kernel makes it up as it is read.
    return Path("/proc/version")


def _too_large(folder: Path) -> Path:
    path = folder / "huge.json"
    with path.open("wb") as file:
        file.truncate(17 * 1024 * 1024)
    return path


def _deep(folder: Path) -> Path:
    depth = 100_000
    return content('{"title": "x", "details": ' + '{"a": ' * depth + "1" + "}" * depth + "}")(
        folder
    )


CASES = [
    # Not JSON at all.
    Case("empty", content(b""), "file: the file is empty"),
    Case("whitespace only", content(b" \n\t\r\n "), "file: the file holds only white space"),
    Case(
        "binary garbage",
        content(bytes(range(256)) * 4),
        "line 1, column 1: contains a NUL byte: not a text file",
    ),
    Case(
        "a PNG renamed .json",
        content(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "file: this is a PNG image, not a film file",
    ),
    Case(
        "a ZIP renamed .json",
        content(b"PK\x03\x04\x14\x00"),
        "file: this is a ZIP archive, not a film file",
    ),
    Case(
        "truncated JSON",
        content(VALID[:200]),
        "line 10, column 4: not valid JSON: a value is missing here",
    ),
    Case(
        "invalid UTF-8",
        content(b'{"title": "Sta\xc3\x28lin"}'),
        "line 1, column 15: not UTF-8 text (byte 0xc3)",
    ),
    Case(
        "Latin-1 text",
        content('{"title": "Müvelödési"}'.encode("latin-1")),
        "line 1, column 13: not UTF-8 text (byte 0xfc)",
    ),
    Case(
        "UTF-16 with a byte order mark",
        content('{"title": "Stalin"}'.encode("utf-16")),
        "encoding: the file is UTF-16 text; save it as UTF-8",
    ),
    Case(
        "UTF-32 with a byte order mark",
        content('{"title": "Stalin"}'.encode("utf-32")),
        "encoding: the file is UTF-32 text; save it as UTF-8",
    ),
    Case(
        "UTF-16 without a byte order mark",
        content('{"title": "Stalin"}'.encode("utf-16-le")),
        "encoding: the file is UTF-16 text; save it as UTF-8",
    ),
    Case(
        "UTF-32 without a byte order mark",
        content('{"title": "Stalin"}'.encode("utf-32-be")),
        "encoding: the file is UTF-32 text; save it as UTF-8",
    ),
    Case(
        "two byte order marks",
        content(b'\xef\xbb\xbf\xef\xbb\xbf{"title": "Stalin"}'),
        "encoding: the file starts with a second byte order mark (U+FEFF); save it as UTF-8",
    ),
    Case(
        "a trailing comma in an object",
        content('{\n  "title": "Stalin",\n  "year": 1992,\n}'),
        "line 3, column 15: not valid JSON: a trailing comma; JSON allows none before “}” or “]”",
    ),
    Case(
        "a trailing comma in a list",
        content('{"title": "Stalin", "details": {"genres": ["War",]}}'),
        "line 1, column 49: not valid JSON: a trailing comma; JSON allows none before “}” or “]”",
    ),
    Case(
        "a comment",
        content('{\n  // the bundled film\n  "title": "Stalin"\n}'),
        "line 2, column 3: not valid JSON: comments are not allowed in JSON",
    ),
    Case(
        "single quotes",
        content("{'title': 'Stalin'}"),
        'line 1, column 2: not valid JSON: strings and keys take double quotes ("), not single',
    ),
    Case(
        "an unquoted key",
        content('{title: "Stalin"}'),
        "line 1, column 2: not valid JSON: keys must be in double quotes",
    ),
    Case(
        "a number of 5,000 digits",
        content('{"title": "Stalin", "year": ' + "9" * 5000 + "}"),
        "line 1, column 29: a number of 5,000 digits; no value in a film file is that long",
    ),
    Case(
        "a lone surrogate",
        film(details={"keywords": ["ok", "bad \ud800"]}),
        "details.keywords[1]: holds U+D800 (half of a UTF-16 surrogate pair) at character 5, "
        "which film text may not hold",
    ),
    Case(
        "an escaped NUL in the title",
        film(title="Sta\u0000lin"),
        "title: holds U+0000 (NUL) at character 4, which film text may not hold",
    ),
    Case(
        "a terminal escape in the synopsis",
        film(synopsis="Siberia.\u001b]0;owned\u0007\u001b[2J"),
        "synopsis: holds U+001B (ESCAPE) at character 9, which film text may not hold",
    ),
    Case(
        "a right-to-left override",
        film(title="photo\u202egnp.exe"),
        "title: holds U+202E (RIGHT-TO-LEFT OVERRIDE) at character 6, which film text may not hold",
    ),
    Case(
        "a line break in a keyword",
        film(details={"keywords": ["cold\nwar"]}),
        "details.keywords[0]: holds U+000A (LINE FEED) at character 5; this text is one line",
    ),
    Case(
        "a title of zero-width spaces",
        film(title="\u200b\u200b\u2060"),
        "title: must not be empty, or only spaces and invisible characters",
    ),
    Case(
        "a synopsis of invisible characters",
        film(synopsis="\u200b \ufeff\n\u3164"),
        "synopsis: must not be empty, or only spaces and invisible characters",
    ),
    Case(
        "a title of 1,001 characters",
        film(title="x" * 1001),
        "title: is longer than the 1000 characters the film format allows",
    ),
    Case(
        "10,001 keywords",
        film(details={"keywords": ["k"] * 10_001}),
        "details.keywords: has 10,001 entries; the film format allows at most 10,000",
    ),
    Case(
        "an aspect ratio of 1e-300",
        film(tech_specs={"aspect_ratio": 1e-300}),
        "tech_specs.aspect_ratio: should be at least 0.5",
    ),
    Case(
        "an aspect ratio of 99.999",
        film(tech_specs={"aspect_ratio": 99.999}),
        "tech_specs.aspect_ratio: should be at most 12",
    ),
    Case(
        "an aspect ratio of 1.33333",
        film(tech_specs={"aspect_ratio": 1.33333}),
        "tech_specs.aspect_ratio: may have at most three decimal places, e.g. 1.85",
    ),
    Case(
        "a port out of range",
        film(details={"official_sites": [{"name": "x", "url": "https://mgm.com:99999/"}]}),
        "details.official_sites[0].url: must be an http:// or https:// address with a valid "
        "host and port",
    ),
    Case(
        "a web address of 3 MB",
        film(
            details={"official_sites": [{"name": "x", "url": "https://x.com/" + "a" * 3_000_000}]}
        ),
        "details.official_sites[0].url: is longer than the 2000 characters the film format allows",
    ),
    Case(
        "40-deep nesting",
        content('{"title": "x", "details": ' + "[" * 40 + "]" * 40 + "}"),
        "line 1, column 58: nested more than 32 levels deep; a film file is never that deep",
    ),
    Case(
        "a NUL byte in a string",
        content(b'{"title": "Sta\x00lin"}'),
        "line 1, column 15: contains a NUL byte: not a text file",
    ),
    # JSON of the wrong shape.
    Case(
        "an array", content("[]"), "top level: expected an object describing a film, found an array"
    ),
    Case(
        "a number",
        content("1992"),
        "top level: expected an object describing a film, found a number",
    ),
    Case("null", content("null"), "top level: expected an object describing a film, found null"),
    Case(
        "a string",
        content('"Stalin"'),
        "top level: expected an object describing a film, found a string",
    ),
    Case("title not text", content('{"title": 1992}'), "title: should be text in double quotes"),
    Case("year as text", film(year="1992"), "year: should be a whole number"),
    Case("year as a float", film(year=1992.5), "year: should be a whole number"),
    Case("summaries not a list", film(summaries="short"), "summaries: should be a list ([…])"),
    Case(
        "summary text not text",
        film(summaries=[{"text": 5}]),
        "summaries[0].text: should be text in double quotes",
    ),
    Case(
        "two outlines",
        film(summaries=[{"text": "a", "outline": True}, {"text": "b", "outline": True}]),
        "summaries: only one summary can be the outline",
    ),
    Case("details not an object", film(details=[]), "details: should be an object ({…})"),
    Case(
        "keywords as one string",
        film(details={"keywords": "a, b"}),
        "details.keywords: should be a list ([…])",
    ),
    Case(
        "release date as a number",
        film(details={"release_date": 19921120}),
        "details.release_date: should be a date in double quotes, YYYY-MM-DD",
    ),
    Case(
        "rating as a string",
        film(details={"rating": "TV-MA"}),
        "details.rating: should be an object ({…})",
    ),
    Case(
        "a javascript: link",
        film(details={"official_sites": [{"name": "x", "url": "javascript:alert(1)"}]}),
        "details.official_sites[0].url: must be an http:// or https:// address with a valid "
        "host and port",
    ),
    Case(
        "budget as text",
        film(box_office={"budget": "$10000000"}),
        "box_office.budget: should be an object ({…})",
    ),
    Case(
        "budget amount as text",
        film(box_office={"budget": {"amount": "10000000", "currency": "USD"}}),
        "box_office.budget.amount: should be a whole number",
    ),
    Case(
        "negative budget",
        film(box_office={"budget": {"amount": -10, "currency": "USD"}}),
        "box_office.budget.amount: should be at least 0",
    ),
    Case(
        "currency not a code",
        film(box_office={"budget": {"amount": 10, "currency": "$"}}),
        "box_office.budget.currency: must be a three-letter ISO 4217 code such as USD",
    ),
    Case(
        "runtime as text",
        film(tech_specs={"runtime_minutes": "2h 52m"}),
        "tech_specs.runtime_minutes: should be a whole number",
    ),
    Case(
        "runtime 0",
        film(tech_specs={"runtime_minutes": 0}),
        "tech_specs.runtime_minutes: should be greater than 0",
    ),
    Case(
        "runtime 10^9",
        film(tech_specs={"runtime_minutes": 10**9}),
        "tech_specs.runtime_minutes: should be at most 100,000",
    ),
    Case("synopsis not text", film(synopsis=["a"]), "synopsis: should be text in double quotes"),
    Case(
        "unknown key",
        content('{"title": "Stalin", "titel": "x"}'),
        "titel: unknown key: the film format has no such field (check the spelling)",
    ),
    Case(
        "unknown nested key",
        film(box_office={"budgte": {}}),
        "box_office.budgte: unknown key: the film format has no such field (check the spelling)",
    ),
    Case(
        "a 30 February",
        film(details={"release_date": "1992-02-30"}),
        "details.release_date: should be a real date written YYYY-MM-DD "
        "(day value is outside expected range)",
    ),
    Case("year 0", film(year=0), "year: should be at least 1870"),
    Case("year 99999", film(year=99999), "year: should be at most 2200"),
    Case(
        "empty title",
        film(title=""),
        "title: must not be empty, or only spaces and invisible characters",
    ),
    Case("missing title", content('{"year": 1992}'), "title: required, but missing"),
    Case(
        "duplicate keys",
        content('{"title": "Stalin", "year": 1992, "year": 1993}'),
        'line 1, column 35: duplicate key "year": a key may appear once per object',
    ),
    Case(
        "NaN",
        content('{"title": "x", "tech_specs": {"aspect_ratio": NaN}}'),
        "line 1, column 47: NaN is not a number JSON allows",
    ),
    Case(
        "Infinity",
        content('{"title": "x", "year": -Infinity}'),
        "line 1, column 24: -Infinity is not a number JSON allows",
    ),
    Case(
        "100,000-deep nesting",
        _deep,
        "line 1, column 213: nested more than 32 levels deep; a film file is never that deep",
    ),
    Case(
        "a newer format",
        film(format_version=3),
        "format_version: this file is in format 3; this Film Viewer reads format 2: "
        "a newer Film Viewer may open it",
    ),
    Case("over the size cap", _too_large, "file: is 17.0 MiB; film files may be at most 16 MiB"),
    # The file system.
    Case("a missing file", _missing, "file: no such file"),
    Case(
        "a folder",
        _directory,
        "file: is a folder, not a film file",
        "holds no film files (.json or .nfo)",
    ),
    Case("a FIFO", _fifo, "file: is not a regular file (a pipe, socket or device?)"),
    Case("a socket", _socket, "file: is not a regular file (a pipe, socket or device?)"),
    Case("a symlink loop", _link_loop, "file: too many levels of symbolic links (a link loop?)"),
    Case("a dangling symlink", _dangling_link, "file: no such file"),
    Case("a path through a file", _not_a_folder, "file: a part of the path is not a folder"),
    Case(
        "a kernel pseudo-file",
        _pseudo_file,
        "file: is a file the system makes up as it is read (like those in /proc), not a film file",
    ),
]
