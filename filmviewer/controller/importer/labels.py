"""Labelled facts on a page: ``Label value`` lines, or a label with its list below, read into
the film field the label names.

The labels are those of title pages as people copy and save them: IMDb's of
every era ("Country:", "Countries of origin", "Production Co:"), Rotten
Tomatoes' ("Directed By", "In Theaters"), Wikipedia's infobox ("Directed
by", "Starring", "Box office"). A value is read as the label promises, and
what cannot be read is left out with a warning; what the page adds around
a value ("See more »", footnote marks, "(estimated)") is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, Final

from filmviewer.controller.importer import names, values
from filmviewer.controller.importer.draft import Draft, Line, at, excerpt
from filmviewer.controller.importer.found import TV, address
from filmviewer.controller.importer.values import UnreadableError, without_citations
from filmviewer.model.links import is_web_address
from filmviewer.model.problems import QT_TRANSLATE_NOOP

Field = Callable[[Draft, Line, str, list[Line]], None]
"""Reads a label's value (on its line, or the lines after it) into the draft."""

_MORE: Final = re.compile(
    r"\s*(?:\|\s*)?(?:(?:See|Show|View)\b[^|»]*»|See (?:all|more|full)[^|]*$|»)\s*$",
    re.IGNORECASE,
)
"""A page's link to more, after a value: "See more »", "See All (124) »", "| See full cast"."""
_PROMPT: Final = re.compile(
    r"^(?:See|Learn|View|Sign in|Edit|Add/edit|Contribute|Suggest)\b|IMDbPro", re.IGNORECASE
)
"""A page's own link where a value's item stands: "Learn more about contributing"."""
_SPACED_BRACKETS: Final = re.compile(r"\(\s+([^()]*?)\s+\)")


def clean(value: str) -> str:
    """A value without the page's links to more and its footnote marks."""
    value = without_citations(value)
    previous = None
    while previous != value:
        previous, value = value, _MORE.sub("", value).strip()
    return value


def label(line: Line) -> tuple[str, str, Field] | None:
    """(label as written, the value after it, its field) where ``line`` starts with a label."""
    if line.bullet and not line.heading:
        return None
    text = _SPACED_BRACKETS.sub(r"(\1)", line.text)  # IMDb: "Motion Picture Rating ( MPAA )"
    folded = text.casefold()
    for known in _LABELS_LONGEST_FIRST:
        if folded.startswith(known) and (len(folded) == len(known) or folded[len(known)] in " :"):
            value = text[len(known) :].lstrip(" :")
            if re.fullmatch(r"\([^()]*\)", value):
                return None  # "Official site (Japan)": a value, not a label
            return text[: len(known)], value, LABELS[known]
    return None


def _blocks(lines: list[Line]) -> Iterator[tuple[Line, tuple[str, str, Field] | None, list[Line]]]:
    """Each label with the lines of its value, and each line that is no label's (with None)."""
    index = 0
    while index < len(lines):
        line = lines[index]
        labelled = label(line)
        end = index + 1 if labelled is None else _values_end(lines, index + 1, labelled)
        yield line, labelled, lines[index + 1 : end]
        index = end


def split_facts(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(the labelled facts, each label with its value's lines; the other lines)."""
    found: list[Line] = []
    other: list[Line] = []
    for line, labelled, items in _blocks(lines):
        if labelled is None:
            other.append(line)
        else:
            found += [line, *items]
    return found, other


def _values_end(lines: list[Line], index: int, labelled: tuple[str, str, Field]) -> int:
    """Where the lines of a label's value end: its bullets, or, for a label alone on its
    line, the lines under it up to the next label (a copy puts a list's items a line each)."""
    start = index
    while index < len(lines) and lines[index].bullet and not lines[index].heading:
        index += 1
    if labelled[1] or index > start:
        return index
    while (
        index < len(lines) and not lines[index].heading and _value_line(lines[index], labelled[2])
    ):
        index += 1
    return index


def _value_line(line: Line, field: Field) -> bool:
    """Whether ``line`` is the value of a label of ``field`` that stood alone above it: any
    line but another label, or a bare label of the same field ("Official sites", then
    "Official site")."""
    found = label(line)
    return found is None or (found[2] is field and not found[1])


def facts(lines: list[Line], draft: Draft) -> None:
    """``Label value`` lines, and labels followed by their list; other lines are left out."""
    for line, labelled, lines_under in _blocks(lines):
        if labelled is None:
            draft.leave_out(line)
            continue
        draft.recognised = True
        _label_text, value, field = labelled
        value = clean(value)
        items = [item._replace(text=clean(item.text)) for item in lines_under]
        items = [item for item in items if item.text and not _PROMPT.search(item.text)]
        if value or items:
            field(draft, line, value, items)


def _unreadable(draft: Draft, line: Line, name: str, error: UnreadableError, value: str) -> None:
    draft.warn(at(line, name, left_out=True), str(error), value=excerpt(value))


def _label_of(line: Line, value: str) -> str:
    text = _SPACED_BRACKETS.sub(r"(\1)", line.text)
    found = label(line)
    return found[0] if found else text.strip(" :")


# Lists -------------------------------------------------------------------------------

_SEPARATORS: Final = re.compile(r"\s+\|\s+|\s+,\s+|,\s+|\s+/\s+|\s+·\s+")


def _linked(line: Line, value: str) -> list[str] | None:
    """A value that is a run of links (IMDb's "A24 , New Regency Pictures , RT Features"):
    the links' texts, which keep a name's own commas ("Weinstein Company, The")."""
    texts = [clean(text) for text, _url in line.links]
    texts = [text for text in texts if text]
    if len(texts) < 2 or not all(text in value for text in texts):
        return None
    rest = value
    for text in texts:
        rest = rest.replace(text, "", 1)
    return texts if not re.sub(r"[\s,|/·]|\band\b", "", rest) else None


def _items(
    known: Callable[[], values.KnownNames] | None, companies: bool = False, places: bool = False
) -> Callable[[Draft, Line, str, list[Line]], list[str]]:
    """A list's items: one per bullet, the links of one line, split at separators or where a
    copy ran names together, or split from a run-together line by known names."""

    def read(draft: Draft, line: Line, value: str, items: list[Line]) -> list[str]:
        found = pieces(draft, line, line, value) if value else []
        for item in items:
            found += pieces(draft, line, item, item.text)
        return found

    def pieces(draft: Draft, line: Line, source: Line, text: str) -> list[str]:
        apart = _split_places if places else _split
        linked = _linked(source, text)
        if linked is not None:
            return linked
        glued = split_glued(text)
        if len(glued) > 1:
            return [part for piece in glued for part in apart(piece)]
        parts = apart(text)
        if len(parts) > 1 or source.bullet:
            return parts  # a bullet is one item
        name = _label_of(line, text if source is line else "")
        if companies:
            split = values.split_companies(text)
            if len(split) > 1:
                draft.warn(
                    at(line, name),
                    QT_TRANSLATE_NOOP(
                        "problems",
                        "the names are run together on one line; split where a word such as "
                        "Films or Productions ends a name: {names}",
                    ),
                    names=" | ".join(split),
                )
            else:
                _maybe_several(draft, line, name, text)
            return split
        known_split = known().split(text) if known else [text]
        if known_split is None:
            draft.warn(
                at(line, name),
                QT_TRANSLATE_NOOP(
                    "problems",
                    "the list is run together on one line and not all of it is a known name; "
                    "kept as one item: “{value}”",
                ),
                value=excerpt(text),
            )
            known_split = [text]
        return known_split

    return read


def _split(value: str) -> list[str]:
    return [part.strip() for part in _SEPARATORS.split(value) if part.strip()]


def _split_places(value: str) -> list[str]:
    """Places, each "Cape Forchu, Nova Scotia, Canada": apart only where a page's list bars."""
    return [part.strip() for part in re.split(r"\s+\|\s+", value) if part.strip()]


def _maybe_several(draft: Draft, line: Line, name: str, value: str) -> None:
    """Say so where a plural label's line holds one name of several words: maybe several names."""
    if name.casefold().endswith("s") and len(value.split()) > 1:
        draft.warn(
            at(line, name),
            QT_TRANSLATE_NOOP(
                "problems",
                "kept as one name, though the page may run several together on this line: "
                "“{value}”",
            ),
            value=excerpt(value),
        )


def _list_field(
    path: tuple[str, ...],
    known: Callable[[], values.KnownNames] | None = None,
    companies: bool = False,
    places: bool = False,
) -> Field:
    items = _items(known, companies, places)

    def read(draft: Draft, line: Line, value: str, lines: list[Line]) -> None:
        found = list(dict.fromkeys(items(draft, line, value, lines)))
        if found:
            draft.put(path, found)

    return read


# People ------------------------------------------------------------------------------

_GLUED: Final = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ][a-zß-ÿ])")
_PARTICLES: Final = frozenset({"Mc", "Mac", "Di", "De", "Da", "Du", "La", "Le", "Van", "Von", "St"})
"""Where a capital inside a name is the name's own: McDonald, DiCaprio, LaBeouf, DeMille."""
_SENTENCE: Final = re.compile(r"(?<=[a-zß-ÿ)])\.\s*(?=[A-Z\"“])")
_ROLE_NOTE: Final = re.compile(r"\s*\((?:[^()]{1,40})\)$")
"""A credit's note after a name: "(screenplay)", "(written by)", "(novel)"."""


def split_glued(text: str) -> list[str]:
    """Names a copy ran together, where a capital follows a small letter with no space
    ("Piyush GuptaNikhil Mehrotra"). A name of one word is never cut off, so names with
    a capital inside (DiCaprio, DreamWorks Animation) stay whole."""
    pieces = []
    start = 0
    for glued in _GLUED.finditer(text):
        word = text[text.rfind(" ", 0, glued.start()) + 1 : glued.start()]
        if word in _PARTICLES or word.endswith("'") or " " not in text[start : glued.start()]:
            continue
        pieces.append(text[start : glued.start()])
        start = glued.start()
    pieces.append(text[start:])
    if len(pieces) > 1 and " " not in pieces[-1].strip():
        pieces[-2:] = ["".join(pieces[-2:])]
    return [piece.strip() for piece in pieces if piece.strip()]


def people(draft: Draft, line: Line, value: str, items: list[Line]) -> list[str]:
    """Names of a credit line: bulleted, linked, separated, or run together; repeats once.

    Prose a copy glued to the last name ("Varun Sharma.The setup was…—author") is
    a summary of the film, and is kept as one.
    """
    texts = [item.text for item in items]
    if value:
        linked = _linked(line, value)
        texts += linked if linked is not None else [value]
    found: list[str] = []
    for text in texts:
        sentence = _SENTENCE.search(text)
        if sentence and len(text[sentence.end() :].split()) >= 4:
            # text imports this module: a module-level import would be a cycle.
            from filmviewer.controller.importer.text import add_summary

            add_summary(draft, text[sentence.end() :].strip())
            text = text[: sentence.start()]
        for part in re.split(r"\s+\|\s+|\s*,\s+|\s+and\s+|\s+·\s+|\s+/\s+", text):
            for name in split_glued(part):
                name = _ROLE_NOTE.sub("", name).strip()
                if name and name.casefold() not in _NOT_NAMES and name not in found:
                    found.append(name)
    return found


_NOT_NAMES: Final = frozenset(
    text.casefold()
    for text in ("See full cast and crew", "See full cast & crew", "more credits", "Edit")
)


def _people_field(key: str) -> Field:
    def read(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
        found = people(draft, line, value, items)
        if not found:
            return
        if key == "cast":
            draft.put(("people", "cast"), [{"name": name} for name in found])
        else:
            draft.put(("people", key), found)

    return read


def _crew(job: str) -> Field:
    def read(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
        for name in people(draft, line, value, items):
            crew = draft.data.setdefault("people", {}).setdefault("crew", [])
            member = {"name": name, "job": job}
            if member not in crew:
                crew.append(member)

    return read


# One value ------------------------------------------------------------------------


def _release_date(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
    text = value or (items[0].text if items else "")
    name = _label_of(line, value)
    try:
        dated = values.date(text)
    except UnreadableError as error:
        _unreadable(draft, line, name, error, text)
        return
    if dated.date is not None:
        draft.put(("details", "release_date"), dated.date.isoformat())
    else:
        draft.warn(
            at(line, name),
            QT_TRANSLATE_NOOP(
                "problems", "only a year, {year}: the year is kept, a release date needs the day"
            ),
            year=dated.year,
        )
        draft.put(("year",), dated.year)


_RATING_LABEL: Final = re.compile(r"\((?P<system>[^()]+)\)")


def _rating(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
    certificate = value or (items[0].text if items else "")
    system = _RATING_LABEL.search(_label_of(line, value))
    written = re.match(r"\((?P<system>[^()]+)\)\s*", certificate)  # "Rating (FSK) 12"
    if not system and written:
        system, certificate = written, certificate[written.end() :]
    rating = {"certificate": values.certificate(certificate)}
    if system:
        rating["system"] = system.group("system")
    draft.put(("details", "rating"), rating)


def _sites(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
    sites: list[dict[str, str]] = []
    for source in ([line] if value else []) + items:
        if source.links:
            for name, url in source.links:
                name = clean(name)
                if not name or _PROMPT.search(name):
                    continue  # "Add/edit official sites »"
                site = {"name": name}
                resolved = address(url, draft.base)
                if resolved and is_web_address(resolved):
                    site["url"] = resolved
                else:
                    draft.warn(
                        at(source, _label_of(line, value)),
                        QT_TRANSLATE_NOOP(
                            "problems", "left out the address “{url}”: only http and https open"
                        ),
                        url=excerpt(url),
                    )
                sites.append(site)
        else:
            text = value if source is line else source.text
            if text:
                sites.append({"name": text})
                if source is line:
                    _maybe_several(draft, line, _label_of(line, value), value)
    if sites:
        draft.put(("details", "official_sites"), sites)


def _money(*path: str) -> Field:
    def read(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
        texts = [value] if value else []
        texts += [item.text for item in items]
        name = _label_of(line, value)
        try:
            found = values.money(texts[0])
        except UnreadableError as error:
            _unreadable(draft, line, name, error, texts[0])
            return
        amount = {"amount": found.amount, "currency": found.currency}
        if found.estimated:
            draft.warn(
                at(line, name),
                QT_TRANSLATE_NOOP(
                    "problems", "the amount is an estimate; a film file does not mark estimates"
                ),
            )
        if path[-1] == "opening_weekend_us_canada":
            weekend: dict[str, Any] = {"gross": amount}
            when = found.rest or (texts[1] if len(texts) > 1 else "")
            if when:
                try:
                    dated = values.date(when)
                except UnreadableError:
                    dated = None
                if dated is not None and dated.date is not None:
                    weekend["date"] = dated.date.isoformat()
            draft.put(path, weekend)
        else:
            draft.put(path, amount)

    return read


def _one(path: tuple[str, ...], parse: Callable[[str], Any]) -> Field:
    def read(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
        text = value or (items[0].text if items else "")
        try:
            draft.put(path, parse(text))
        except UnreadableError as error:
            _unreadable(draft, line, _label_of(line, value), error, text)

    return read


def _tagline(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
    text = value or (items[0].text if items else "")
    if text:
        draft.put(("tagline",), " ".join(text.split()))


_IMDB_ID: Final = re.compile(r"tt\d{7,}")


def _imdb(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
    text = value or (items[0].text if items else "")
    found = _IMDB_ID.fullmatch(text.strip())
    if found:
        draft.put(("identifiers", "imdb"), found.group())


def _aside(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
    """A fact of the page a film file has no field for (other titles, distributors): passed
    over quietly."""


def _television(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
    """A fact only a TV series has (its network, its episodes): the page is no film's."""
    draft.kinds.append((TV, _label_of(line, value)))


def _labels(*spellings: str) -> Iterator[str]:
    yield from (spelling.casefold() for spelling in spellings)


_FIELDS: Final[list[tuple[tuple[str, ...], Field]]] = [
    (("Keywords", "Keyword", "Plot keywords"), _list_field(("details", "keywords"))),
    (("Genres", "Genre"), _list_field(("details", "genres"), names.genres)),
    (
        (
            "Release date",
            "Release dates",
            "Released",
            "Release date (theaters)",
            "In Theaters",
            "Original release",
        ),
        _release_date,
    ),
    (("Release date (streaming)", "On Disc/Streaming", "Also known as"), _aside),
    (("Distributed by", "Distributor", "Based on", "Parents guide"), _aside),
    (
        (
            "Motion Picture Rating (MPA)",
            "Motion Picture Rating (MPAA)",
            "Motion Picture Rating",
            "Certificate",
            "Certification",
            "Rated",
            "Rating",
        ),
        _rating,
    ),
    (
        ("Countries of origin", "Country of origin", "Countries", "Country"),
        _list_field(("details", "countries_of_origin"), names.countries),
    ),
    (("Official sites", "Official site"), _sites),
    (
        ("Languages", "Language", "Spoken languages", "Original language"),
        _list_field(("details", "languages"), names.languages),
    ),
    (
        ("Filming locations", "Filming location"),
        _list_field(("details", "filming_locations"), places=True),
    ),
    (
        ("Production companies", "Production company", "Production Co", "Studio", "Studios"),
        _list_field(("details", "production_companies"), companies=True),
    ),
    (("Budget",), _money("box_office", "budget")),
    (
        (
            "Gross US & Canada",
            "Gross US and Canada",
            "Gross domestic",
            "Gross USA",
            "Gross",
            "Box Office (Gross USA)",
        ),
        _money("box_office", "gross_us_canada"),
    ),
    (
        (
            "Opening weekend US & Canada",
            "Opening weekend US and Canada",
            "Opening weekend USA",
            "Opening weekend",
        ),
        _money("box_office", "opening_weekend_us_canada"),
    ),
    (
        ("Gross worldwide", "Worldwide gross", "Cumulative worldwide gross", "Box office"),
        _money("box_office", "gross_worldwide"),
    ),
    (("Runtime", "Running time"), _one(("tech_specs", "runtime_minutes"), values.runtime)),
    (("Color", "Colour"), _list_field(("tech_specs", "color"), names.colors)),
    (("Sound mix", "Sound mixes"), _list_field(("tech_specs", "sound_mix"), names.sound_mixes)),
    (("Aspect ratio", "Aspect ratios"), _one(("tech_specs", "aspect_ratio"), values.aspect_ratio)),
    (("Tagline", "Taglines"), _tagline),
    (("Director", "Directors", "Directed by"), _people_field("directors")),
    (
        ("Writer", "Writers", "Written by", "Screenplay by", "Story by", "Screenplay"),
        _people_field("writers"),
    ),
    (("Star", "Stars", "Starring"), _people_field("cast")),
    (("Producer", "Producers", "Produced by"), _crew("Producer")),
    (("Music by", "Composer", "Original music by"), _crew("Composer")),
    (("Cinematography", "Cinematographer", "Director of photography"), _crew("Cinematographer")),
    (("Edited by", "Editor", "Film editing by"), _crew("Editor")),
    (("IMDb",), _imdb),
    (
        (
            "No. of episodes",
            "No. of seasons",
            "Original network",
            "Network",
            "Created by",
            "Creator",
            "Creators",
        ),
        _television,
    ),
]
LABELS: Final = {name: field for spellings, field in _FIELDS for name in _labels(*spellings)}
_LABELS_LONGEST_FIRST: Final = sorted(LABELS, key=len, reverse=True)
