"""Decoding an .nfo file and mending it into XML lxml can read, saying what was mended.

The bytes are decoded by their byte order mark, their declaration, or as
UTF-8 with a fallback; what lies around ``<movie>…</movie>`` is looked into
for web addresses (a "combination" .nfo's IMDb address) and cut away, the
document type declaration with it, so no entity can ever be declared or
expanded; raw ``&`` and HTML entities are written out as XML; what is left
is parsed in lxml's recover mode, which keeps the good parts of a damaged
file.
"""

from __future__ import annotations

import codecs
import html.entities
import re
from typing import TYPE_CHECKING, Any, Final

from filmviewer.model.loader import binary_kind
from filmviewer.model.nfo import identifiers
from filmviewer.model.nfo.values import excerpt, title_from_name
from filmviewer.model.problems import ENCODING, FILE, QT_TRANSLATE_NOOP, message
from filmviewer.model.text import escape_unprintable

if TYPE_CHECKING:
    from lxml.etree import _Element

    from filmviewer.model.nfo.reading import NfoFilm, Reading

MOVIE_START: Final = re.compile(r"<movie(?=[\s>/])")
MOVIE_END: Final = re.compile(r"</movie\s*>")
_OTHER_ROOTS: Final = re.compile(
    r"<(tvshow|episodedetails|musicvideo|artist|album|season)(?=[\s>/])"
)
_URL: Final = re.compile(r"https?://[^\s<>\"']+")
_PROLOG_NOISE: Final = re.compile(
    r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>|\s+", re.DOTALL
)
_ENTITY_DECLARATION: Final = re.compile(r"<!ENTITY")
_DECLARED_ENTITY: Final = re.compile(r"<!ENTITY\s+(?:%\s+)?([A-Za-z_][\w.-]*)")
_AMPERSAND: Final = re.compile(
    r"&(?:(#\d{1,7};|#x[0-9A-Fa-f]{1,6};)|([A-Za-z][A-Za-z0-9]{0,31});?)?"
)
_XML_ENTITIES: Final = frozenset({"amp", "lt", "gt", "quot", "apos"})
_DECLARED_ENCODING: Final = re.compile(
    rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']"
)
_PROLOG_LOOK: Final = 65_536
"""Characters of the text around <movie> looked into for what it holds."""

_KINDS: Final = {
    "tvshow": QT_TRANSLATE_NOOP("problems", "this is a Kodi TV show file, not a film file"),
    "episodedetails": QT_TRANSLATE_NOOP(
        "problems", "this is a Kodi TV episode file, not a film file"
    ),
    "season": QT_TRANSLATE_NOOP("problems", "this is a Kodi TV season file, not a film file"),
    "musicvideo": QT_TRANSLATE_NOOP("problems", "this is a Kodi music video file, not a film file"),
    "artist": QT_TRANSLATE_NOOP("problems", "this is a Kodi music artist file, not a film file"),
    "album": QT_TRANSLATE_NOOP("problems", "this is a Kodi music album file, not a film file"),
}


# The bytes ---------------------------------------------------------------------------


def decode(reading: Reading, data: bytes) -> str:
    if not data.strip():
        raise reading.fail(QT_TRANSLATE_NOOP("problems", "the file is empty"))
    for bom, bom_codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return _decode_as(reading, data[len(bom) :], bom_codec, declared=True)
    if data[:1] == b"<" and data[1:2] == b"\x00":
        return _decode_as(reading, data, "utf-16-le", declared=True)
    if data[:1] == b"\x00" and data[1:2] == b"<":
        return _decode_as(reading, data, "utf-16-be", declared=True)
    kind = binary_kind(data)
    if kind is not None:
        raise reading.fail(kind)
    if b"\x00" in data:
        raise reading.fail(QT_TRANSLATE_NOOP("problems", "contains a NUL byte: not a text file"))
    declared = _DECLARED_ENCODING.match(data)
    codec: str | None = _codec(declared.group(1).decode("ascii")) if declared else None
    if declared and codec is None:
        reading.warn(
            ENCODING,
            QT_TRANSLATE_NOOP(
                "problems", "the file declares an encoding Film Viewer does not know ({name})"
            ),
            name=escape_unprintable(declared.group(1).decode("ascii")),
        )
    return _decode_as(reading, data, codec or "utf-8", declared=declared is not None)


def _decode_as(reading: Reading, data: bytes, codec: str, *, declared: bool) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start : error.start + 1].hex()
    # Text that is not what it says is most often Windows' Western European,
    # which the first 256 code points of Unicode (Latin-1) nearly are.
    try:
        text = data.decode("cp1252")
        fallback = "Windows-1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        fallback = "Latin-1"
    name = codecs.lookup(codec).name.upper()
    reading.warn(
        ENCODING,
        QT_TRANSLATE_NOOP(
            "problems",
            "the file is not {encoding} text (byte 0x{byte} on line {line}); "
            "read as {fallback}: check accented letters",
        )
        if declared
        else QT_TRANSLATE_NOOP(
            "problems",
            "the file is not UTF-8 text (byte 0x{byte} on line {line}); "
            "read as {fallback}: check accented letters",
        ),
        encoding=name,
        byte=byte,
        line=line,
        fallback=fallback,
    )
    return text


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# No <movie> --------------------------------------------------------------------------


def without_movie(reading: Reading, text: str) -> NfoFilm:
    """A file with no <movie>: another kind of Kodi file, a web address, or no film file."""
    other = _OTHER_ROOTS.search(text)
    if other is not None:
        raise reading.fail(_KINDS[other.group(1)])
    urls = _URL.findall(text)
    words = text.split()
    if urls and len(urls) == len(words):
        return from_addresses(reading, urls)
    if _looks_like_release_notes(text):
        raise reading.fail(
            QT_TRANSLATE_NOOP(
                "problems",
                "this is a release's notes (a text .nfo with ASCII art), "
                "not a film file: it holds no <movie> element",
            )
        )
    raise reading.fail(
        QT_TRANSLATE_NOOP("problems", "holds no <movie> element: this is not a Kodi film file")
    )


def from_addresses(reading: Reading, urls: list[str]) -> NfoFilm:
    """A film known only by web addresses, titled after its file or folder."""
    title, year = title_from_name(reading.path)
    reading.data["title"] = title
    if year is not None:
        reading.data["year"] = year
    reading.warn(
        FILE,
        QT_TRANSLATE_NOOP(
            "problems",
            "the file holds only a web address, not the film's details; "
            "the title is taken from the file's name",
        ),
    )
    identifiers.take_addresses(reading, urls, quiet=False)
    return reading.finish(title_found=True)


def _looks_like_release_notes(text: str) -> bool:
    """Text drawn with CP437's blocks and lines (read as Windows-1252, or as Unicode)."""
    drawn = sum(1 for char in text if "\u2500" <= char <= "\u259f")
    legacy = sum(1 for char in text if 0xB0 <= ord(char) < 0xE0)
    return drawn + legacy >= 20


# Around <movie> ---------------------------------------------------------------------


def look_around(reading: Reading, before: str, after: str, *, closed: bool) -> None:
    """Say what lies outside <movie>…</movie>, and take any film address from it."""
    if _ENTITY_DECLARATION.search(before):
        reading.warn(
            FILE,
            QT_TRANSLATE_NOOP(
                "problems",
                "the file declares entities (<!ENTITY>); Film Viewer never expands "
                "them, and shows references to them as they are written",
            ),
        )
    before, after = before[:_PROLOG_LOOK], after[:_PROLOG_LOOK]
    reading.declared = set(_DECLARED_ENTITY.findall(before))
    prolog = _PROLOG_NOISE.sub("", before)
    if prolog:
        reading.warn(
            FILE,
            QT_TRANSLATE_NOOP("problems", "text before <movie> ignored: {text}"),
            text=excerpt(prolog),
        )
        identifiers.take_addresses(reading, _URL.findall(prolog), quiet=True)
    trailer = _PROLOG_NOISE.sub("", after)
    if trailer:
        identifiers.take_addresses(reading, _URL.findall(after), quiet=True)
        if MOVIE_START.search(after):
            reading.warn(
                FILE,
                QT_TRANSLATE_NOOP(
                    "problems", "the file holds more than one <movie>; the first is shown"
                ),
            )
        elif not _URL.fullmatch(after.strip()):
            reading.warn(
                FILE,
                QT_TRANSLATE_NOOP("problems", "text after </movie> ignored: {text}"),
                text=excerpt(trailer),
            )
    if not closed:
        reading.warn(
            FILE,
            QT_TRANSLATE_NOOP("problems", "the file ends before </movie>: it may be cut short"),
        )


# Parsing ------------------------------------------------------------------------------


def parse(reading: Reading, xml: str, line_offset: int) -> _Element:
    # lxml only for an .nfo file the strict parser refused.
    from lxml import etree

    reading.line_offset = line_offset
    xml = mend_ampersands(reading, xml)
    parser = etree.XMLParser(
        encoding="utf-8",
        recover=True,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )
    root = etree.fromstring(xml.encode("utf-8", "surrogatepass"), parser)
    errors = [error for error in parser.error_log if error.level_name in ("ERROR", "FATAL")]
    if errors:
        first = errors[0]
        reading.warn(
            message(
                QT_TRANSLATE_NOOP("problems", "line {line}, column {column}"),
                line=first.line + line_offset,
                column=first.column,
            ),
            QT_TRANSLATE_NOOP(
                "problems",
                "the XML is damaged here ({error}); what could be read is shown",
            ),
            error=excerpt(first.message.strip()),
        )
    if root is None:
        raise reading.fail(
            QT_TRANSLATE_NOOP("problems", "the <movie> element could not be read as XML")
        )
    return root


def mend_ampersands(reading: Reading, xml: str) -> str:
    """Raw ``&`` escaped and HTML's named entities written out, so XML can read them."""
    raw = 0
    named: dict[str, int] = {}

    def mend(match: Any) -> str:
        nonlocal raw
        numeric, name = match.group(1), match.group(2)
        if numeric:
            return str(match.group())
        if name and match.group().endswith(";"):
            if name in _XML_ENTITIES:
                return str(match.group())
            character = html.entities.html5.get(name + ";")
            if character is not None:
                named[name] = named.get(name, 0) + 1
                return _xml_escape(character)
        if name not in reading.declared:
            raw += 1
        return "&amp;" + str(match.group())[1:]

    mended = _AMPERSAND.sub(mend, xml)
    if raw:
        reading.warn(
            FILE,
            QT_TRANSLATE_NOOP(
                "problems",
                "raw & characters (XML needs &amp;) read as the text they are: {count}",
            ),
            count=raw,
        )
    if named:
        reading.warn(
            FILE,
            QT_TRANSLATE_NOOP(
                "problems", "HTML entities read as the characters they name: {names}"
            ),
            names=", ".join(f"&{name};" for name in sorted(named)[:10])
            + (", …" if len(named) > 10 else ""),
        )
    return mended


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
