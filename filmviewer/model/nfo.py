"""Kodi movie .nfo files, as Kodi, Jellyfin, Emby, MediaElch and tinyMediaManager write them.

A .nfo file is read into the same film a JSON film file holds, field by
field: a flaw in one element costs that element, with a warning saying what
was left out and where, never the whole file. Raw ``&`` characters and HTML
entities are mended before parsing; other damage is left to lxml's recover
mode. No entity is ever expanded and nothing is fetched: the document type
declaration is cut away with everything before ``<movie>``, and the parser
runs with entities, DTD loading and network access off.

Artwork is looked for beside the file, in Kodi's and Jellyfin's order, and
only named by a path relative to the film's folder; the reader never opens
an image.
"""

from __future__ import annotations

import codecs
import datetime
import html.entities
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from filmviewer.model.companions import (
    IMAGE_SUFFIXES,
    MOVIE_NFO_NAMES,
    VIDEO_SUFFIXES,
    film_folder,
)
from filmviewer.model.film import MAX_ITEMS, MAX_LINE
from filmviewer.model.loader import binary_kind, validation_problems
from filmviewer.model.problems import (
    ENCODING,
    FILE,
    QT_TRANSLATE_NOOP,
    FilmFileError,
    Message,
    Problem,
    message,
    problem,
)
from filmviewer.model.text import escape_unprintable

if TYPE_CHECKING:
    from lxml.etree import _Element

    from filmviewer.model.film import Film

MAX_WARNINGS: Final = 200
"""Warnings kept for one file; the rest are counted in a last one."""

# Reading -----------------------------------------------------------------------


class Thumb(NamedTuple):
    """A picture an element names: a web address or a file."""

    value: str
    line: int | None
    tag: str


class NfoFilm(NamedTuple):
    film: Film
    warnings: tuple[Problem, ...]


def read_nfo(data: bytes, path: Path, context: str) -> NfoFilm:
    """The film in the .nfo file ``path`` whose bytes are ``data``; raises FilmFileError.

    ``context`` is ``folder_context(path)``: the files beside it.
    """
    reading = _Reading(path, context)
    text = reading.decode(data)
    start = _MOVIE_START.search(text)
    if start is None:
        return reading.without_movie(text)
    end = _MOVIE_END.search(text, start.end())
    stop = end.end() if end else len(text)
    reading.look_around(text[: start.start()], text[stop:], closed=end is not None)
    root = reading.parse(text[start.start() : stop], text.count("\n", 0, start.start()))
    reading.read_movie(root)
    return reading.finish()


_MOVIE_START = re.compile(r"<movie(?=[\s>/])")
_MOVIE_END = re.compile(r"</movie\s*>")
_OTHER_ROOTS = re.compile(r"<(tvshow|episodedetails|musicvideo|artist|album|season)(?=[\s>/])")
_URL = re.compile(r"https?://[^\s<>\"']+")
_IMDB_URL = re.compile(r"imdb\.[a-z.]+/(?:[a-z]{2}/)?title/(tt\d{7,})")
_TMDB_URL = re.compile(r"themoviedb\.org/movie/(\d+)")
_PROLOG_NOISE = re.compile(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>|\s+", re.DOTALL)
_ENTITY_DECLARATION = re.compile(r"<!ENTITY")
_DECLARED_ENTITY = re.compile(r"<!ENTITY\s+(?:%\s+)?([A-Za-z_][\w.-]*)")
_AMPERSAND = re.compile(r"&(?:(#\d{1,7};|#x[0-9A-Fa-f]{1,6};)|([A-Za-z][A-Za-z0-9]{0,31});?)?")
_XML_ENTITIES: Final = frozenset({"amp", "lt", "gt", "quot", "apos"})
_DECLARED_ENCODING = re.compile(
    rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']"
)
_NOT_SHOWN_LISTED: Final = 40
"""Elements named in the "not shown" warning; more are an ellipsis."""
_PROLOG_LOOK: Final = 65_536
"""Characters of the text around <movie> looked into for what it holds."""

_KINDS = {
    "tvshow": QT_TRANSLATE_NOOP("problems", "this is a Kodi TV show file, not a film file"),
    "episodedetails": QT_TRANSLATE_NOOP(
        "problems", "this is a Kodi TV episode file, not a film file"
    ),
    "season": QT_TRANSLATE_NOOP("problems", "this is a Kodi TV season file, not a film file"),
    "musicvideo": QT_TRANSLATE_NOOP("problems", "this is a Kodi music video file, not a film file"),
    "artist": QT_TRANSLATE_NOOP("problems", "this is a Kodi music artist file, not a film file"),
    "album": QT_TRANSLATE_NOOP("problems", "this is a Kodi music album file, not a film file"),
}


def _element_where(line: int | None, element: str) -> Message:
    if line is None:
        return message(QT_TRANSLATE_NOOP("problems", "<{element}>"), element=element)
    return message(
        QT_TRANSLATE_NOOP("problems", "line {line}, <{element}>"), line=line, element=element
    )


def _left_out(line: int | None, element: str) -> Message:
    if line is None:
        return message(QT_TRANSLATE_NOOP("problems", "<{element}>, left out"), element=element)
    return message(
        QT_TRANSLATE_NOOP("problems", "line {line}, <{element}>, left out"),
        line=line,
        element=element,
    )


class _Reading:
    """One .nfo file being read: the film's data so far, and what was said about it."""

    def __init__(self, path: Path, context: str) -> None:
        self.path = path
        self.folder_names = tuple(name for name in context.split("\n") if name)
        self.data: dict[str, Any] = {"format_version": 2}
        self.places: dict[tuple[str | int, ...], tuple[int | None, str]] = {}
        """Where in the file each value came from, by its path in ``data``."""
        self.warnings: list[Problem] = []
        self.dropped = 0
        self.line_offset = 0
        self.not_shown: dict[str, list[int]] = {}
        """Elements with no place in a film, by name: how often, and the first line."""
        self.over: dict[str, int] = {}
        """Entries left out of each list beyond MAX_ITEMS, by the list's path."""
        self.poster_thumbs: list[Thumb] = []
        self.fanart_thumbs: list[Thumb] = []
        self.cast_order: list[int] = []
        """Each cast member's <order>, index for index; unordered ones after the rest."""
        self.flat_scores: list[tuple[_Element, dict[str, Any]]] = []
        self.flat_votes: int | None = None
        self.declared: set[str] = set()
        """Entities the file declares: their references are shown as written, and said once."""

    # Saying things ------------------------------------------------------------------

    def warn(self, where: Message, what: str, **params: object) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(Problem(where, message(what, **params)))
        else:
            self.dropped += 1

    def fail(self, what: str, **params: object) -> FilmFileError:
        return FilmFileError(self.path, [problem(FILE, what, **params)])

    def line_of(self, element: _Element) -> int | None:
        line = element.sourceline
        return line + self.line_offset if isinstance(line, int) else None

    # The bytes and the text around <movie> ------------------------------------------

    def decode(self, data: bytes) -> str:
        if not data.strip():
            raise self.fail(QT_TRANSLATE_NOOP("problems", "the file is empty"))
        for bom, bom_codec in (
            (codecs.BOM_UTF8, "utf-8"),
            (codecs.BOM_UTF32_LE, "utf-32-le"),
            (codecs.BOM_UTF32_BE, "utf-32-be"),
            (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"),
        ):
            if data.startswith(bom):
                return self._decode_as(data[len(bom) :], bom_codec, declared=True)
        if data[:1] == b"<" and data[1:2] == b"\x00":
            return self._decode_as(data, "utf-16-le", declared=True)
        if data[:1] == b"\x00" and data[1:2] == b"<":
            return self._decode_as(data, "utf-16-be", declared=True)
        kind = binary_kind(data)
        if kind is not None:
            raise self.fail(kind)
        if b"\x00" in data:
            raise self.fail(QT_TRANSLATE_NOOP("problems", "contains a NUL byte: not a text file"))
        declared = _DECLARED_ENCODING.match(data)
        codec: str | None = _codec(declared.group(1).decode("ascii")) if declared else None
        if declared and codec is None:
            self.warn(
                ENCODING,
                QT_TRANSLATE_NOOP(
                    "problems", "the file declares an encoding Film Viewer does not know ({name})"
                ),
                name=escape_unprintable(declared.group(1).decode("ascii")),
            )
        return self._decode_as(data, codec or "utf-8", declared=declared is not None)

    def _decode_as(self, data: bytes, codec: str, *, declared: bool) -> str:
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
        self.warn(
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

    def without_movie(self, text: str) -> NfoFilm:
        """A file with no <movie>: another kind of Kodi file, a web address, or no film file."""
        other = _OTHER_ROOTS.search(text)
        if other is not None:
            raise self.fail(_KINDS[other.group(1)])
        urls = _URL.findall(text)
        words = text.split()
        if urls and len(urls) == len(words):
            return self.from_addresses(urls)
        if _looks_like_release_notes(text):
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "this is a release's notes (a text .nfo with ASCII art), "
                    "not a film file: it holds no <movie> element",
                )
            )
        raise self.fail(
            QT_TRANSLATE_NOOP("problems", "holds no <movie> element: this is not a Kodi film file")
        )

    def from_addresses(self, urls: list[str]) -> NfoFilm:
        """A film known only by web addresses, titled after its file or folder."""
        title, year = _title_from_name(self.path)
        self.data["title"] = title
        if year is not None:
            self.data["year"] = year
        self.warn(
            FILE,
            QT_TRANSLATE_NOOP(
                "problems",
                "the file holds only a web address, not the film's details; "
                "the title is taken from the file's name",
            ),
        )
        self.take_identifiers(urls, None)
        return self.finish(title_found=True)

    def look_around(self, before: str, after: str, *, closed: bool) -> None:
        """Say what lies outside <movie>…</movie>, and take any film address from it."""
        if _ENTITY_DECLARATION.search(before):
            self.warn(
                FILE,
                QT_TRANSLATE_NOOP(
                    "problems",
                    "the file declares entities (<!ENTITY>); Film Viewer never expands "
                    "them, and shows references to them as they are written",
                ),
            )
        before, after = before[:_PROLOG_LOOK], after[:_PROLOG_LOOK]
        self.declared = set(_DECLARED_ENTITY.findall(before))
        prolog = _PROLOG_NOISE.sub("", before)
        if prolog:
            self.warn(
                FILE,
                QT_TRANSLATE_NOOP("problems", "text before <movie> ignored: {text}"),
                text=_excerpt(prolog),
            )
            self.take_identifiers(_URL.findall(prolog), "before")
        trailer = _PROLOG_NOISE.sub("", after)
        if trailer:
            self.take_identifiers(_URL.findall(after), "after")
            if _MOVIE_START.search(after):
                self.warn(
                    FILE,
                    QT_TRANSLATE_NOOP(
                        "problems", "the file holds more than one <movie>; the first is shown"
                    ),
                )
            elif not _URL.fullmatch(after.strip()):
                self.warn(
                    FILE,
                    QT_TRANSLATE_NOOP("problems", "text after </movie> ignored: {text}"),
                    text=_excerpt(trailer),
                )
        if not closed:
            self.warn(
                FILE,
                QT_TRANSLATE_NOOP("problems", "the file ends before </movie>: it may be cut short"),
            )

    def take_identifiers(self, urls: list[str], where: str | None) -> None:
        identifiers = self.data.setdefault("identifiers", {})
        for url in urls:
            imdb = _IMDB_URL.search(url)
            tmdb = _TMDB_URL.search(url)
            if imdb:
                identifiers.setdefault("imdb", imdb.group(1))
            elif tmdb:
                identifiers.setdefault("tmdb", int(tmdb.group(1)))
            elif where is None:
                self.warn(
                    FILE,
                    QT_TRANSLATE_NOOP(
                        "problems", "the address {url} is not one of IMDb or TMDb; not shown"
                    ),
                    url=_excerpt(url),
                )

    # Parsing -------------------------------------------------------------------------

    def parse(self, xml: str, line_offset: int) -> _Element:
        from lxml import etree

        self.line_offset = line_offset
        xml = self.mend_ampersands(xml)
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
            self.warn(
                message(
                    QT_TRANSLATE_NOOP("problems", "line {line}"), line=first.line + line_offset
                ),
                QT_TRANSLATE_NOOP(
                    "problems",
                    "the XML is damaged here ({error}); what could be read is shown",
                ),
                error=_excerpt(first.message.strip()),
            )
        if root is None:
            raise self.fail(
                QT_TRANSLATE_NOOP("problems", "the <movie> element could not be read as XML")
            )
        return root

    def mend_ampersands(self, xml: str) -> str:
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
            if name not in self.declared:
                raw += 1
            return "&amp;" + str(match.group())[1:]

        mended = _AMPERSAND.sub(mend, xml)
        if raw:
            self.warn(
                FILE,
                QT_TRANSLATE_NOOP(
                    "problems",
                    "raw & characters (XML needs &amp;) read as the text they are: {count}",
                ),
                count=raw,
            )
        if named:
            self.warn(
                FILE,
                QT_TRANSLATE_NOOP(
                    "problems", "HTML entities read as the characters they name: {names}"
                ),
                names=", ".join(f"&{name};" for name in sorted(named)[:10])
                + (", …" if len(named) > 10 else ""),
            )
        return mended

    # The elements ------------------------------------------------------------------

    def read_movie(self, root: _Element) -> None:
        handlers = _HANDLERS
        for element in root:
            if not isinstance(element.tag, str):
                continue  # an entity reference left as it is written
            tag = _local_name(element.tag)
            handler = handlers.get(tag)
            try:
                if handler is None:
                    self.unknown(element, tag)
                else:
                    handler(self, element)
            except _UnreadableError as unreadable:
                self.warn(
                    _left_out(self.line_of(element), tag), unreadable.what, **unreadable.params
                )

    def unknown(self, element: _Element, tag: str) -> None:
        """An element with no place in a film: noted for the "not shown" warning."""
        if not len(element) and _means_nothing(_text(element)):
            return  # empty, 0 or false: nothing is lost by not showing it
        if tag == "thumb":
            aspect = element.get("aspect", "")
            tag = f'thumb aspect="{_excerpt(aspect, 30)}"'
        self.note_not_shown(tag, self.line_of(element))

    def note_not_shown(self, tag: str, line: int | None) -> None:
        seen = self.not_shown.setdefault(tag, [0, line or 0])
        seen[0] += 1

    def put(self, element: _Element, path: tuple[str, ...], value: Any, tag: str = "") -> None:
        """Set ``data`` at ``path`` (the first value an element gives a field is kept)."""
        target = self.data
        for key in path[:-1]:
            target = target.setdefault(key, {})
        if path[-1] in target:
            return
        target[path[-1]] = value
        self.places[path] = (self.line_of(element), tag or _local_name(element.tag))

    def append(self, element: _Element, path: tuple[str, ...], value: Any, tag: str = "") -> None:
        target = self.data
        for key in path[:-1]:
            target = target.setdefault(key, {})
        items = target.setdefault(path[-1], [])
        if value in items:
            return
        if len(items) >= MAX_ITEMS:
            self.count_over(path)
            return
        self.places[(*path, len(items))] = (self.line_of(element), tag or _local_name(element.tag))
        items.append(value)

    def count_over(self, path: tuple[str, ...]) -> None:
        key = ".".join(path)
        self.over[key] = self.over.get(key, 0) + 1

    # The end -----------------------------------------------------------------------

    def finish(self, *, title_found: bool = False) -> NfoFilm:
        if "title" not in self.data:
            title, _year = _title_from_name(self.path)
            self.data["title"] = title
            self.warn(
                FILE,
                QT_TRANSLATE_NOOP(
                    "problems", "the file gives no title; the title is taken from the file's name"
                ),
            )
        self.bill_cast()
        self.take_year_from_date()
        self.take_flat_score()
        self.choose_artwork()
        self.say_not_shown()
        film = self.validate()
        # File-wide warnings first, then the rest in the order of the file's lines.
        self.warnings.sort(key=_line_number)
        if self.dropped:
            self.warnings.append(
                problem(
                    FILE,
                    QT_TRANSLATE_NOOP("problems", "… and {count} more warnings"),
                    count=self.dropped,
                )
            )
        return NfoFilm(film, tuple(self.warnings))

    def bill_cast(self) -> None:
        """The cast in billing order: by <order>, and as listed where the orders tie."""
        cast = self.data.get("people", {}).get("cast")
        if not cast or self.cast_order == sorted(self.cast_order):
            return
        order = sorted(range(len(cast)), key=self.cast_order.__getitem__)
        self.data["people"]["cast"] = [cast[index] for index in order]
        places: dict[tuple[str | int, ...], tuple[int | None, str]] = {}
        for new, old in enumerate(order):
            place = self.places.pop(("people", "cast", old), None)
            if place is not None:
                places[("people", "cast", new)] = place
        self.places.update(places)

    def take_year_from_date(self) -> None:
        """A film with <premiered> but no <year> (Kodi 17 on writes none): the year it came out."""
        released = self.data.get("details", {}).get("release_date")
        if "year" not in self.data and isinstance(released, str):
            self.data["year"] = int(released[:4])
            place = self.places.get(("details", "release_date"))
            if place is not None:
                self.places[("year",)] = place

    def take_flat_score(self) -> None:
        """Kodi's old <rating> and <votes>, where the file has no <ratings> to say more."""
        if not self.flat_scores or self.data.get("scores"):
            return
        element, score = self.flat_scores[0]
        if self.flat_votes:
            score["votes"] = self.flat_votes
        self.append(element, ("scores",), score, "rating")

    def say_not_shown(self) -> None:
        for path, count in self.over.items():
            self.warn(
                FILE,
                QT_TRANSLATE_NOOP(
                    "problems",
                    "{path}: {count} more entries than the {limit} a list may hold; left out",
                ),
                path=path,
                count=f"{count:,}",
                limit=f"{MAX_ITEMS:,}",
            )
        if not self.not_shown:
            return
        names = [
            f"<{tag}>" if count == 1 else f"<{tag}> ×{count}"
            for tag, (count, _line) in sorted(self.not_shown.items(), key=lambda item: item[1][1])
        ]
        shown = ", ".join(names[:_NOT_SHOWN_LISTED])
        if len(names) > _NOT_SHOWN_LISTED:
            shown += ", …"
        self.warn(
            FILE,
            QT_TRANSLATE_NOOP("problems", "not shown, as films have no field for them: {elements}"),
            elements=shown,
        )

    def validate(self) -> Film:
        """The film, leaving out each value the film format refuses, with a warning for each."""
        from pydantic import ValidationError

        from filmviewer.model.film import Film

        for _round in range(100):
            try:
                return Film.model_validate_json(json.dumps(self.data, ensure_ascii=False))
            except ValidationError as error:
                details = error.errors(include_url=False, include_input=False)
                refused = list(zip(details, validation_problems(error), strict=True))
            for detail, refusal in sorted(
                refused, key=lambda pair: _sort_key(pair[0]["loc"]), reverse=True
            ):
                loc = tuple(detail["loc"])
                removed = self.remove(loc)
                if not removed:
                    raise FilmFileError(self.path, [refusal])
                line, tag = self.place_of(removed)
                self.warn(_left_out(line, tag), refusal.what.template, **dict(refusal.what.params))
        raise self.fail(QT_TRANSLATE_NOOP("problems", "could not be read as a film"))

    def remove(self, loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
        """Delete the value at ``loc``, or the nearest container of it; the path deleted."""
        path = list(loc)
        while path:
            parent: Any = self.data
            try:
                for key in path[:-1]:
                    parent = parent[key]
                if path == ["title"]:
                    self.data["title"] = _title_from_name(self.path)[0]
                    self.warn(
                        FILE,
                        QT_TRANSLATE_NOOP(
                            "problems", "the title is taken from the file's name instead"
                        ),
                    )
                    return ("title",)
                del parent[path[-1]]
            except (KeyError, IndexError, TypeError):
                path.pop()
                continue
            removed = tuple(path)
            if isinstance(path[-1], int):
                self.renumber(removed)
            return removed
        return ()

    def renumber(self, removed: tuple[str | int, ...]) -> None:
        """Shift the places of the items after a removed list item down by one."""
        prefix, index = removed[:-1], removed[-1]
        assert isinstance(index, int)
        moved = {}
        for path, place in list(self.places.items()):
            if len(path) > len(prefix) and path[: len(prefix)] == prefix:
                item = path[len(prefix)]
                if isinstance(item, int) and item > index:
                    del self.places[path]
                    moved[(*prefix, item - 1, *path[len(prefix) + 1 :])] = place
        self.places.update(moved)

    def place_of(self, path: tuple[str | int, ...]) -> tuple[int | None, str]:
        for length in range(len(path), 0, -1):
            place = self.places.get(path[:length])
            if place is not None:
                return place
        return None, str(path[0]) if path else "movie"

    # Artwork -----------------------------------------------------------------------

    def choose_artwork(self) -> None:
        """Poster and fanart files beside the film, else the ones <thumb> names, else links."""
        names = {name.lower(): name for name in self.folder_names}
        stems = _video_stems(self.path, self.folder_names)
        folder = film_folder(self.path)
        art: dict[str, dict[str, str]] = {}
        for kind, bases, thumbs in (
            ("poster", _POSTER_NAMES, self.poster_thumbs),
            ("fanart", _FANART_NAMES, self.fanart_thumbs),
        ):
            found = _first_named(names, stems, bases)
            url = next((thumb.value for thumb in thumbs if _is_url(thumb.value)), None)
            if found is None:
                found = self.local_thumb(thumbs, names, folder)
            image: dict[str, str] = {}
            if found is not None:
                image["path"] = found
            if url is not None:
                image["url"] = url
            if image:
                art[kind] = image
        if art:
            self.data["artwork"] = art

    def local_thumb(
        self,
        thumbs: list[Thumb],
        names: dict[str, str],
        folder: Path,
    ) -> str | None:
        """The first <thumb> naming a file that is in the film's folder."""
        for value, line, tag in thumbs:
            if _is_url(value):
                continue
            name = value.replace("\\", "/")
            candidate = Path(name)
            if candidate.is_absolute():
                if candidate.parent == folder:
                    name = candidate.name
                else:
                    self.warn(
                        _element_where(line, tag),
                        QT_TRANSLATE_NOOP(
                            "problems",
                            "names a picture outside the film's folder ({path}); not shown",
                        ),
                        path=_excerpt(value),
                    )
                    continue
            if name.lower() in names:
                return names[name.lower()]
            if "/" not in name or ":" not in name.split("/", 1)[0]:
                self.warn(
                    _element_where(line, tag),
                    QT_TRANSLATE_NOOP(
                        "problems", "names a picture that is not in the film's folder ({path})"
                    ),
                    path=_excerpt(value),
                )
            else:
                self.warn(
                    _element_where(line, tag),
                    QT_TRANSLATE_NOOP(
                        "problems",
                        "names a picture on another computer or share ({path}); not shown",
                    ),
                    path=_excerpt(value),
                )
        return None


class _UnreadableError(Exception):
    """An element whose text is not what its field needs; the element is left out."""

    def __init__(self, what: str, **params: object) -> None:
        super().__init__(what)
        self.what = what
        self.params = params


# Element handlers ------------------------------------------------------------------


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _text(element: _Element) -> str:
    return "".join(str(text) for text in element.itertext()).strip()


_SPACES = re.compile(r"\s+")


def _line(element: _Element) -> str:
    """The element's text as one line: XML's line breaks and indents are spaces."""
    return _SPACES.sub(" ", _text(element))


def _prose(element: _Element) -> str:
    """Running text: each line stripped of the file's indent, paragraphs kept."""
    lines = [line.strip() for line in _text(element).replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()


def _one_line(field: str) -> Callable[[_Reading, _Element], None]:
    def handle(reading: _Reading, element: _Element) -> None:
        value = _line(element)
        if value:
            reading.put(element, (field,), value)

    return handle


def _listed(*path: str) -> Callable[[_Reading, _Element], None]:
    """A list field, one value per element; "A / B" and "A, B," are split where tools join."""

    def handle(reading: _Reading, element: _Element) -> None:
        for value in _split(_line(element)):
            reading.append(element, path, value)

    return handle


def _split(value: str) -> Iterator[str]:
    for part in value.split(" / "):
        part = part.strip().strip(",;").strip()
        if part:
            yield part


def _handle_year(reading: _Reading, element: _Element) -> None:
    value = _line(element)
    if not value or value == "0":
        return
    year = _whole_number(value)
    reading.put(element, ("year",), year)


def _handle_date(*path: str) -> Callable[[_Reading, _Element], None]:
    def handle(reading: _Reading, element: _Element) -> None:
        value = _line(element)
        if not value:
            return
        reading.put(element, path, _date(value))

    return handle


_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?")
_DAY_FIRST_DATE = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")


def _date(value: str) -> str:
    iso = _DATE.fullmatch(value)
    day_first = _DAY_FIRST_DATE.fullmatch(value)
    try:
        if iso:
            date = datetime.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        elif day_first:
            date = datetime.date(
                int(day_first.group(3)), int(day_first.group(2)), int(day_first.group(1))
            )
        else:
            raise ValueError(value)
    except ValueError:
        raise _UnreadableError(
            QT_TRANSLATE_NOOP("problems", "“{value}” is not a date such as 2019-01-31"),
            value=_excerpt(value),
        ) from None
    return date.isoformat()


def _handle_outline(reading: _Reading, element: _Element) -> None:
    value = _prose(element)
    if value:
        summaries = reading.data.setdefault("summaries", [])
        if any(summary.get("outline") for summary in summaries):
            return
        reading.places[("summaries", len(summaries))] = (reading.line_of(element), "outline")
        summaries.insert(0, {"text": value, "outline": True})


def _handle_plot(reading: _Reading, element: _Element) -> None:
    value = _prose(element)
    if value:
        reading.put(element, ("synopsis",), value)


_RUNTIME = re.compile(
    r"(?:(\d{1,5})\s*(?:h|hr|hrs|hours?)\s*)?(?:(\d{1,6})\s*(?:m|min|mins|minutes?)?)?",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"(\d{1,3}):(\d{2})(?::(\d{2}))?")


def _handle_runtime(reading: _Reading, element: _Element) -> None:
    value = _line(element)
    if not value or value == "0":
        return
    clock = _CLOCK.fullmatch(value)
    match = _RUNTIME.fullmatch(value)
    if clock:
        minutes = int(clock.group(1)) * 60 + int(clock.group(2))
    elif match and (match.group(1) or match.group(2)):
        minutes = int(match.group(1) or 0) * 60 + int(match.group(2) or 0)
    else:
        raise _UnreadableError(
            QT_TRANSLATE_NOOP("problems", "“{value}” is not a running time such as 120 min"),
            value=_excerpt(value),
        )
    if minutes:
        reading.put(element, ("tech_specs", "runtime_minutes"), minutes, "runtime")


_RATED = re.compile(r"(?:rated\s+)?(.+)", re.IGNORECASE)


def _handle_mpaa(reading: _Reading, element: _Element) -> None:
    value = _line(element)
    if not value:
        return
    system = None
    if ":" in value:
        head, tail = value.split(":", 1)
        if head.strip() and tail.strip() and len(head) <= 30:
            system, value = head.strip(), tail.strip()
    match = _RATED.fullmatch(value)
    certificate = match.group(1).strip() if match else value
    rating = {"certificate": certificate}
    if system is None and certificate != value:
        system = "MPA"  # "Rated PG-13" is how the MPA says it
    if system:
        rating["system"] = system
    reading.put(element, ("details", "rating"), rating, "mpaa")


def _handle_actor(reading: _Reading, element: _Element) -> None:
    person: dict[str, str] = {}
    order: int | None = None
    for child in element:
        if not isinstance(child.tag, str):
            continue
        tag = _local_name(child.tag)
        if tag == "name":
            person["name"] = _line(child)
        elif tag == "role":
            role = _line(child)
            if role:
                person["role"] = role
        elif tag == "thumb":
            thumb = _line(child)
            if _is_url(thumb):
                person["thumb"] = thumb
        elif tag in ("order", "sortorder"):
            try:
                order = _whole_number(_line(child))
            except _UnreadableError:
                order = None
    if not person.get("name"):
        reading.warn(
            _left_out(reading.line_of(element), "actor"),
            QT_TRANSLATE_NOOP("problems", "an actor without a <name>"),
        )
        return
    cast = reading.data.setdefault("people", {}).setdefault("cast", [])
    if len(cast) >= MAX_ITEMS:
        reading.count_over(("people", "cast"))
        return
    reading.places[("people", "cast", len(cast))] = (reading.line_of(element), "actor")
    # Billing order: by <order> where the file gives it, else as listed.
    reading.cast_order.append(order if order is not None else MAX_ITEMS * 100)
    cast.append(person)


def _handle_ratings(reading: _Reading, element: _Element) -> None:
    for rating in element:
        if isinstance(rating.tag, str) and _local_name(rating.tag) == "rating":
            try:
                _take_rating(reading, rating)
            except _UnreadableError as unreadable:
                reading.warn(
                    _left_out(reading.line_of(rating), "rating"),
                    unreadable.what,
                    **unreadable.params,
                )


def _take_rating(reading: _Reading, element: _Element) -> None:
    value_text = votes_text = ""
    for child in element:
        if not isinstance(child.tag, str):
            continue
        tag = _local_name(child.tag)
        if tag == "value":
            value_text = _line(child)
        elif tag == "votes":
            votes_text = _line(child)
    if not value_text:
        return
    score: dict[str, Any] = {"value": _decimal(value_text)}
    source = _line_of_attribute(element, "name")
    if source:
        score["source"] = source.lower()
    scale = element.get("max")
    if scale:
        score["scale"] = _decimal(scale)
    votes = _count(votes_text) if votes_text else 0
    if votes:
        score["votes"] = votes
    if element.get("default", "").strip().lower() == "true" and not any(
        existing.get("default") for existing in reading.data.get("scores", [])
    ):
        score["default"] = True
    if score["value"] == 0 and not score.get("votes"):
        return  # Kodi writes 0 for a score the site has not given
    reading.append(element, ("scores",), score, "rating")


def _handle_flat_rating(reading: _Reading, element: _Element) -> None:
    """Kodi's old <rating>7.5</rating> (with <votes> beside it), or a misplaced new one."""
    if len(element):
        _handle_ratings(reading, element)  # some tools drop the <ratings> around <rating>
        return
    value = _line(element)
    if not value:
        return
    number = _decimal(value)
    if number == 0:
        return
    reading.flat_scores.append((element, {"value": number, "scale": 10.0}))


def _handle_votes(reading: _Reading, element: _Element) -> None:
    value = _line(element)
    if value:
        reading.flat_votes = _count(value)


def _handle_critic_rating(reading: _Reading, element: _Element) -> None:
    value = _line(element)
    if value:
        number = _decimal(value)
        if number:
            reading.append(
                element, ("scores",), {"source": "critics", "value": number, "scale": 100.0}
            )


def _handle_user_rating(reading: _Reading, element: _Element) -> None:
    value = _line(element)
    if value:
        number = round(_decimal(value))
        if number:
            reading.put(element, ("user_rating",), number, "userrating")


def _handle_top250(reading: _Reading, element: _Element) -> None:
    value = _line(element)
    if value and value != "0":
        reading.put(element, ("top250",), _whole_number(value))


def _handle_uniqueid(reading: _Reading, element: _Element) -> None:
    value = _line(element)
    kind = _line_of_attribute(element, "type").lower() or "unknown"
    if value:
        _identify(reading, element, kind, value)


def _identify(reading: _Reading, element: _Element, kind: str, value: str) -> None:
    if kind == "imdb" or (kind in ("unknown", "id") and value.startswith("tt")):
        reading.put(element, ("identifiers", "imdb"), value)
    elif kind in ("tmdb", "themoviedb"):
        if value == "0":
            return
        reading.put(element, ("identifiers", "tmdb"), _whole_number(value))
    else:
        reading.append(element, ("identifiers", "others"), {"source": kind, "value": value})


def _identifier(kind: str) -> Callable[[_Reading, _Element], None]:
    def handle(reading: _Reading, element: _Element) -> None:
        value = _line(element)
        if value and value != "0":
            _identify(reading, element, kind, value)

    return handle


def _handle_set(reading: _Reading, element: _Element) -> None:
    name = overview = ""
    children = [child for child in element if isinstance(child.tag, str)]
    for child in children:
        tag = _local_name(child.tag)
        if tag == "name":
            name = _line(child)
        elif tag == "overview":
            overview = _prose(child)
    if not children:
        name = _line(element)
    if name:
        collection = {"name": name}
        if overview:
            collection["overview"] = overview
        reading.put(element, ("collection",), collection, "set")


def _handle_thumb(reading: _Reading, element: _Element) -> None:
    value = _line(element)
    aspect = element.get("aspect", "").strip().lower()
    if not value:
        return
    if aspect in ("", "poster"):
        reading.poster_thumbs.append(Thumb(value, reading.line_of(element), "thumb"))
    elif aspect == "fanart":
        reading.fanart_thumbs.append(Thumb(value, reading.line_of(element), "thumb"))
    else:
        reading.unknown(element, "thumb")


def _handle_fanart(reading: _Reading, element: _Element) -> None:
    for thumb in element:
        if isinstance(thumb.tag, str) and _local_name(thumb.tag) == "thumb":
            value = _line(thumb)
            if value:
                url = element.get("url", "")
                if url and not _is_url(value):
                    value = url + value  # Kodi's old <fanart url="base"><thumb>path</thumb>
                reading.fanart_thumbs.append(Thumb(value, reading.line_of(thumb), "fanart/thumb"))


def _handle_art(reading: _Reading, element: _Element) -> None:
    for child in element:
        if not isinstance(child.tag, str):
            continue
        tag = _local_name(child.tag)
        value = _line(child)
        if not value:
            continue
        if tag == "poster":
            reading.poster_thumbs.append(Thumb(value, reading.line_of(child), "art/poster"))
        elif tag == "fanart":
            reading.fanart_thumbs.append(Thumb(value, reading.line_of(child), "art/fanart"))
        else:
            reading.unknown(child, f"art/{tag}")


def _handle_aspect_ratio(reading: _Reading, element: _Element) -> None:
    value = _line(element)
    if value:
        ratio = _ratio(value)
        if ratio:
            reading.put(element, ("tech_specs", "aspect_ratio"), ratio, "aspectratio")


def _handle_fileinfo(reading: _Reading, element: _Element) -> None:
    for details in element:
        if not isinstance(details.tag, str):
            continue
        if _local_name(details.tag) != "streamdetails":
            reading.unknown(details, f"fileinfo/{_local_name(details.tag)}")
            continue
        for stream in details:
            if not isinstance(stream.tag, str):
                continue
            kind = _local_name(stream.tag)
            reader = _STREAMS.get(kind)
            try:
                if reader is None:
                    reading.unknown(stream, f"streamdetails/{kind}")
                else:
                    reader(reading, stream)
            except _UnreadableError as unreadable:
                reading.warn(
                    _left_out(reading.line_of(stream), kind), unreadable.what, **unreadable.params
                )


def _stream_fields(reading: _Reading, stream: _Element) -> dict[str, str]:
    fields = {}
    for child in stream:
        if isinstance(child.tag, str):
            value = _line(child)
            tag = _local_name(child.tag)
            if value:
                fields[tag] = value
    return fields


_VIDEO_FIELDS: Final = frozenset(
    {"codec", "width", "height", "aspect", "hdrtype", "durationinseconds"}
)
_AUDIO_FIELDS: Final = frozenset({"codec", "language", "channels"})
_SUBTITLE_FIELDS: Final = frozenset({"language"})


def _not_shown_fields(
    reading: _Reading, stream: _Element, fields: dict[str, str], known: frozenset[str]
) -> None:
    """Note the stream's elements a film has no place for, as "video/bitrate" and so on."""
    kind = _local_name(stream.tag)
    for tag, value in fields.items():
        if tag not in known and not _means_nothing(value):
            reading.note_not_shown(f"{kind}/{tag}", reading.line_of(stream))


def _zero_is_unknown(value: str | None) -> int | None:
    """A whole number where streamdetails writes 0 (or nothing) for "not known"."""
    if not value:
        return None
    number = _whole_number(value)
    return number or None


def _video(reading: _Reading, stream: _Element) -> None:
    fields = _stream_fields(reading, stream)
    video: dict[str, Any] = {}
    if fields.get("codec"):
        video["codec"] = fields["codec"]
    for key, name in (("width", "width"), ("height", "height")):
        number = _zero_is_unknown(fields.get(key))
        if number:
            video[name] = number
    if fields.get("aspect"):
        ratio = _ratio(fields["aspect"])
        if ratio:
            video["aspect_ratio"] = ratio
    hdr = fields.get("hdrtype")
    if hdr:
        video["hdr"] = hdr
    seconds = _zero_is_unknown(fields.get("durationinseconds"))
    if seconds:
        video["duration_seconds"] = seconds
    _not_shown_fields(reading, stream, fields, _VIDEO_FIELDS)
    if video:
        reading.put(stream, ("media", "video"), video, "video")


def _audio(reading: _Reading, stream: _Element) -> None:
    fields = _stream_fields(reading, stream)
    _not_shown_fields(reading, stream, fields, _AUDIO_FIELDS)
    track: dict[str, Any] = {}
    if fields.get("codec"):
        track["codec"] = fields["codec"]
    if fields.get("language"):
        track["language"] = fields["language"]
    channels = _zero_is_unknown(fields.get("channels"))
    if channels:
        track["channels"] = channels
    if track:
        target = reading.data.setdefault("media", {}).setdefault("audio", [])
        reading.places[("media", "audio", len(target))] = (reading.line_of(stream), "audio")
        target.append(track)


def _subtitle(reading: _Reading, stream: _Element) -> None:
    fields = _stream_fields(reading, stream)
    _not_shown_fields(reading, stream, fields, _SUBTITLE_FIELDS)
    language = fields.get("language")
    if language:
        reading.append(stream, ("media", "subtitles"), language, "subtitle")


_STREAMS: dict[str, Callable[[_Reading, _Element], None]] = {
    "video": _video,
    "audio": _audio,
    "subtitle": _subtitle,
}


def _ignore(_reading: _Reading, _element: _Element) -> None:
    """An instruction to the tool that wrote the file, not a fact of the film."""


_HANDLERS: dict[str, Callable[[_Reading, _Element], None]] = {
    "title": _one_line("title"),
    "originaltitle": _one_line("original_title"),
    "sorttitle": _one_line("sort_title"),
    "tagline": _one_line("tagline"),
    "year": _handle_year,
    "premiered": _handle_date("details", "release_date"),
    "releasedate": _handle_date("details", "release_date"),
    "dateadded": _handle_date("date_added"),
    "outline": _handle_outline,
    "plot": _handle_plot,
    "runtime": _handle_runtime,
    "mpaa": _handle_mpaa,
    "genre": _listed("details", "genres"),
    "country": _listed("details", "countries_of_origin"),
    "studio": _listed("details", "production_companies"),
    "tag": _listed("details", "keywords"),
    "director": _listed("people", "directors"),
    "credits": _listed("people", "writers"),
    "writer": _listed("people", "writers"),
    "actor": _handle_actor,
    "ratings": _handle_ratings,
    "rating": _handle_flat_rating,
    "votes": _handle_votes,
    "criticrating": _handle_critic_rating,
    "userrating": _handle_user_rating,
    "top250": _handle_top250,
    "uniqueid": _handle_uniqueid,
    "id": _identifier("id"),
    "imdbid": _identifier("imdb"),
    "imdb_id": _identifier("imdb"),
    "imdb": _identifier("imdb"),
    "tmdbid": _identifier("tmdb"),
    "tmdb": _identifier("tmdb"),
    "tvdbid": _identifier("tvdb"),
    "set": _handle_set,
    "thumb": _handle_thumb,
    "fanart": _handle_fanart,
    "art": _handle_art,
    "aspectratio": _handle_aspect_ratio,
    "fileinfo": _handle_fileinfo,
    "lockdata": _ignore,
    "lockedfields": _ignore,
}


# Values ------------------------------------------------------------------------


def _whole_number(value: str) -> int:
    text = value.strip()
    if text.isascii() and text.isdigit() and len(text) <= 15:
        return int(text)
    raise _UnreadableError(
        QT_TRANSLATE_NOOP("problems", "“{value}” is not a whole number"), value=_excerpt(value)
    )


_DECIMAL = re.compile(r"[+]?\d{1,12}(?:[.,]\d{1,12})?")


def _decimal(value: str) -> float:
    """A number as tools write them: "7.5", or with a decimal comma, "7,5"."""
    text = value.strip()
    if _DECIMAL.fullmatch(text):
        return float(text.replace(",", "."))
    raise _UnreadableError(
        QT_TRANSLATE_NOOP("problems", "“{value}” is not a number such as 7.5"),
        value=_excerpt(value),
    )


_GROUPED = re.compile(r"\d{1,3}(?:([,.\u00a0\u202f' ])\d{3})(?:\1\d{3})*")


def _count(value: str) -> int:
    """A count of votes, with or without thousands separators ("335,583")."""
    text = value.strip()
    if _GROUPED.fullmatch(text):
        text = "".join(char for char in text if char.isdigit())
    return _whole_number(text)


def _ratio(value: str) -> float | None:
    """An aspect ratio to two decimals ("1.777778" is 1.78 : 1); None for 0, which means unknown."""
    text = value.strip()
    if ":" in text:
        width, _, height = text.partition(":")
        ratio = _decimal(width) / (_decimal(height) or 1)
    else:
        ratio = _decimal(text)
    return round(ratio, 2) or None


def _line_of_attribute(element: _Element, name: str) -> str:
    return _SPACES.sub(" ", element.get(name, "")).strip()


def _line_number(problem: Problem) -> int:
    line = dict(problem.where.params).get("line", "0")
    return int(line) if line.isdigit() else 0


def _means_nothing(text: str) -> bool:
    """Empty, or the 0 and false tools write for "not set"."""
    value = text.strip().lower()
    return not value or value == "false" or (_ZERO.fullmatch(value) is not None)


_ZERO = re.compile(r"0+(?:[.,]0*)?")


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _excerpt(text: str, limit: int = 80) -> str:
    shown = escape_unprintable(" ".join(text.split()))
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _sort_key(loc: tuple[int | str, ...]) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, part) if isinstance(part, int) else (1, part) for part in loc)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_like_release_notes(text: str) -> bool:
    """Text drawn with CP437's blocks and lines (read as Windows-1252, or as Unicode)."""
    drawn = sum(1 for char in text if "\u2500" <= char <= "\u259f")
    legacy = sum(1 for char in text if 0xB0 <= ord(char) < 0xE0)
    return drawn + legacy >= 20


_YEAR_IN_NAME = re.compile(r"(.+?)[\s._]*[(\[]((?:18|19|20|21)\d\d)[)\]]")


def _title_from_name(path: Path) -> tuple[str, int | None]:
    """``Alien (1979).nfo`` is Alien, 1979; ``movie.nfo`` takes its folder's name."""
    name = film_folder(path).name if path.name.lower() in MOVIE_NFO_NAMES else path.stem
    name = escape_unprintable(name)[:MAX_LINE] or "Untitled"
    match = _YEAR_IN_NAME.match(name)
    if match:
        return match.group(1).strip() or name, int(match.group(2))
    return name, None


def _video_stems(path: Path, names: tuple[str, ...]) -> list[str]:
    """The names, without suffix, the video beside ``path`` may have."""
    if path.name.lower() not in MOVIE_NFO_NAMES:
        return [path.stem]
    return sorted(
        name.rsplit(".", 1)[0] for name in names if name.lower().endswith(VIDEO_SUFFIXES)
    )[:1]


_POSTER_NAMES: Final = (("{stem}-poster", "poster"), ("folder", "cover", "{stem}", "movie"))
_FANART_NAMES: Final = (("{stem}-fanart", "fanart"), ("backdrop", "background", "{stem}-backdrop"))


def _first_named(
    names: dict[str, str], stems: list[str], bases: tuple[tuple[str, ...], ...]
) -> str | None:
    """The first file of ``bases`` (names with ``{stem}``) in ``names``, any image suffix."""
    for group in bases:
        for base in group:
            for stem in stems if "{stem}" in base else [""]:
                name = base.replace("{stem}", stem).lower()
                for suffix in IMAGE_SUFFIXES:
                    found = names.get(name + suffix)
                    if found is not None:
                        return found
    return None
