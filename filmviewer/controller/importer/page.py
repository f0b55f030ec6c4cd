"""A title page's text, line by line: its sections, labelled facts and lists, as a film's data.

The layout is that of a title page copied from a browser (the bundled film's
page): headings (Summaries, Details, Box office, Tech specs, Synopsis), then
``Label value`` lines or a label followed by a bulleted list. A saved page or
the clipboard's HTML arrives here as the same lines, its list items already
apart (see html.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, Final, NamedTuple

from filmviewer.controller.importer import names, values
from filmviewer.controller.importer.values import UnreadableError
from filmviewer.model.links import is_web_address
from filmviewer.model.problems import QT_TRANSLATE_NOOP, Message, Problem, message, problem


class Line(NamedTuple):
    """One line of a page."""

    number: int
    text: str
    bullet: bool = False
    links: tuple[tuple[str, str], ...] = ()
    """(text, address) of each link on the line, where the page was HTML."""


class Draft:
    """What has been read of a page so far: the film's data, and what was guessed or left out."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.warnings: list[Problem] = []
        self.recognised = False
        """Whether anything on the page is a title page's: a heading, a label, film data."""

    def warn(self, where: Message | str, what: str, **params: object) -> None:
        self.warnings.append(problem(where, what, **params))

    def put(self, path: tuple[str, ...], value: Any) -> None:
        """Set the value at ``path`` (a field, e.g. ("details", "genres")), keeping the first."""
        parent = self.data
        for key in path[:-1]:
            parent = parent.setdefault(key, {})
        parent.setdefault(path[-1], value)

    def has(self, *path: str) -> bool:
        parent: Any = self.data
        for key in path:
            if not isinstance(parent, dict) or key not in parent:
                return False
            parent = parent[key]
        return True


def at(line: Line, label: str = "", left_out: bool = False) -> Message:
    """Where on the page: ``line 12, “Budget”`` (HTML has no lines to count: ``“Budget”``)."""
    if not line.number:
        if left_out:
            return message(QT_TRANSLATE_NOOP("problems", "“{label}”, left out"), label=label)
        if label:
            return message(QT_TRANSLATE_NOOP("problems", "“{label}”"), label=label)
        return message(QT_TRANSLATE_NOOP("problems", "page"))
    if left_out:
        return message(
            QT_TRANSLATE_NOOP("problems", "line {line}, “{label}”, left out"),
            line=line.number,
            label=label,
        )
    if label:
        return message(
            QT_TRANSLATE_NOOP("problems", "line {line}, “{label}”"), line=line.number, label=label
        )
    return message(QT_TRANSLATE_NOOP("problems", "line {line}"), line=line.number)


# Reading the lines ------------------------------------------------------------------

_SPACES: Final = re.compile(r"[^\S\n]+")
_BULLET: Final = re.compile(r"^[•◦▪●·*\-–]\s+")
_HIDDEN_EMAIL: Final = re.compile(r"\[email\s+protected\]", re.IGNORECASE)
"""What a page shows where it hides an e-mail address from robots."""
DEBRIS: Final = frozenset(
    text.casefold()
    for text in (
        "All Filters",
        "See more",
        "See all",
        "Edit",
        "Add",
        "Learn more",
        "Back to top",
        "Top",
        "Share",
        "More",
        "Read all",
        "See full technical specs",
        "See full cast & crew",
        "Contribute to this page",
        "Suggest an edit or add missing content",
        "Sign in",
        "Menu",
        "Watchlist",
        "Add to Watchlist",
        "Helpful",
        "Spoilers",
    )
)
"""The page's own buttons and links, copied with its text."""


def lines_of(text: str) -> list[Line]:
    """The page's non-debris lines, spaces made plain (a copy is full of no-break spaces)."""
    found: list[Line] = []
    previous = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        cleaned = _HIDDEN_EMAIL.sub("", _SPACES.sub(" ", raw)).strip()
        bullet = _BULLET.match(cleaned)
        if bullet:
            cleaned = cleaned[bullet.end() :]
        if cleaned.casefold() in DEBRIS or (cleaned and cleaned == previous):
            continue  # a button, or a line the copy repeats
        previous = cleaned
        found.append(Line(number, cleaned, bool(bullet)))
    return found


HEADINGS: Final = {
    "summaries": "summaries",
    "plot summaries": "summaries",
    "plot summary": "summaries",
    "summary": "summaries",
    "storyline": "summaries",
    "details": "details",
    "box office": "box_office",
    "tech specs": "tech_specs",
    "technical specs": "tech_specs",
    "technical specifications": "tech_specs",
    "synopsis": "synopsis",
}


def read_lines(lines: list[Line], draft: Draft, html: bool = False) -> None:
    """Read every section of the page into ``draft``.

    In HTML the lines before the first heading are the site's menus: only
    labelled facts are taken from them (the title is the page's heading).
    """
    sections: dict[str, list[Line]] = {"header": []}
    current = "header"
    for line in lines:
        heading = HEADINGS.get(line.text.casefold().rstrip(":"))
        if heading and not line.bullet:
            current = heading
            draft.recognised = True
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).append(line)
    header = sections.pop("header")
    for name, found in sections.items():
        if name == "summaries":
            _summaries(found, draft)
        elif name == "synopsis":
            _synopsis(found, draft)
        else:
            _facts(found, draft)
    if html:
        _facts([line for line in header if _label(line) is not None], draft)
    else:
        _header(header, draft)
    _cast_from_plot(draft)


# The header: title, year ----------------------------------------------------------

TITLE_YEAR: Final = re.compile(
    r"^(?P<title>.+?)\s*\((?:[^()]*?\s)?(?P<year>\d{4})(?:[–-]\d{0,4})?\)$"
)
_YEAR: Final = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
_ORIGINAL: Final = re.compile(r"^original title:?\s+(?P<title>.+)$", re.IGNORECASE)


def _header(lines: list[Line], draft: Draft) -> None:
    """The lines before the first heading: the title, the line under it, any labelled facts.

    Read after the sections, so that what they say in full (a rating with its
    system) wins over the header's short form.
    """
    lines = _past_menus(lines, draft)
    rest: list[Line] = []
    titled_here = False
    for line in lines:
        original = _ORIGINAL.match(line.text)
        facts = _header_facts(line, strict=False)
        if original:
            draft.put(("original_title",), original.group("title"))
        elif _label(line) is not None:
            rest.append(line)
        elif not titled_here and not line.bullet and not rest:
            titled_here = True
            titled = TITLE_YEAR.match(line.text)
            draft.put(("title",), titled.group("title") if titled else line.text)
            if titled:
                draft.put(("year",), int(titled.group("year")))
        elif not rest and facts is not None:
            for path, value in facts:
                draft.put(path, value)
        else:
            rest.append(line)
    _facts(rest, draft)


def _past_menus(lines: list[Line], draft: Draft) -> list[Line]:
    """The header from the title on: a copy of the whole page starts with the site's menus.

    The title is the line above the first line of year and runtime ("TV Movie
    · 1992 · TV-MA · 2h 52m", or such parts a line each); what is above the
    title is left out, and said.
    """
    facts_at = next(
        (
            number
            for number, line in enumerate(lines)
            if number and not line.bullet and _label(line) is None and _header_facts(line)
        ),
        None,
    )
    if facts_at is None:
        return lines
    title_at = facts_at - 1
    while title_at > 0 and (
        _ORIGINAL.match(lines[title_at].text) or _header_facts(lines[title_at]) is not None
    ):
        title_at -= 1
    if title_at > 0:
        draft.warn(
            at(lines[0]),
            QT_TRANSLATE_NOOP(
                "problems", "left out {count} lines above the title (the site's menus)"
            ),
            count=title_at,
        )
    return lines[title_at:]


_KINDS: Final = frozenset(
    {"movie", "tv movie", "tv special", "video", "short", "tv short", "tv mini series"}
)
_CERTIFICATE: Final = re.compile(r"[A-Z0-9]{1,5}(?:-[A-Z0-9]{1,5})?\+?")


def _header_facts(line: Line, strict: bool = True) -> list[tuple[tuple[str, ...], Any]] | None:
    """What a line such as ``TV Movie · 1992 · TV-MA · 2h 52m`` under the title says.

    Its year, runtime and certificate, as (path, value); a kind such as TV
    Movie (films have no field for it) is passed over. None where the line is
    something else: any other part, or (if ``strict``, as when looking for
    the title) neither a year nor a runtime.
    """
    parts = [part for part in re.split(r"\s*[·•|]\s*", line.text) if part]
    if not parts or len(line.text) > 80:
        return None
    found: list[tuple[tuple[str, ...], Any]] = []
    kinds = 0
    for part in parts:
        kind_and_year = re.fullmatch(r"(?P<kind>[A-Za-z][A-Za-z ]*?)\s+(?P<year>\d{4})", part)
        if kind_and_year and kind_and_year.group("kind").casefold() in _KINDS:
            part = kind_and_year.group("year")
        if _YEAR.fullmatch(part):
            found.append((("year",), int(part)))
        elif part.casefold() in _KINDS:
            kinds += 1
        elif _CERTIFICATE.fullmatch(part):
            found.append((("details", "rating"), {"certificate": part}))
        else:
            try:
                found.append((("tech_specs", "runtime_minutes"), values.runtime(part)))
            except UnreadableError:
                return None
    if kinds and not found:
        return []  # "TV Movie" on a line of its own: passed over
    if strict and not any(path[0] in ("year", "tech_specs") for path, _value in found):
        return None
    return found


# Summaries and synopsis ----------------------------------------------------------------

_AUTHOR: Final = re.compile(r"\s*[—―]\s*(?P<author>[^\s—―][^—―]{0,79})$")


def _summaries(lines: list[Line], draft: Draft) -> None:
    summaries: list[dict[str, Any]] = []
    for line in lines:
        if not line.text:
            continue
        text, author = _signed(line.text)
        if author and not text and summaries and "author" not in summaries[-1]:
            summaries[-1]["author"] = author  # the signature on a line of its own
            continue
        summary: dict[str, Any] = {"text": text}
        if author:
            summary["author"] = author
        summaries.append(summary)
    # A title page's first summary, short and unsigned, is its outline.
    if summaries and "author" not in summaries[0] and len(summaries[0]["text"]) <= 300:
        summaries[0]["outline"] = True
    if summaries:
        draft.put(("summaries",), summaries)


_SENTENCE_END: Final = tuple('.!?…"”’)')


def _signed(line: str) -> tuple[str, str]:
    """(the summary, its author) where the line ends in a signature, ``…death.—Jwelch5742``.

    A dash in the prose is no signature: what follows it is one only after a
    finished sentence, and it is a name (a few words, not a sentence).
    """
    author = _AUTHOR.search(line)
    if not author:
        return line, ""
    text, name = line[: author.start()].rstrip(), author.group("author").strip()
    if text and not text.endswith(_SENTENCE_END):
        return line, ""
    if name.endswith((".", "!", "?")) or len(name.split()) > 5:
        return line, ""
    return text, name


def _synopsis(lines: list[Line], draft: Draft) -> None:
    paragraphs = [line.text for line in lines if line.text]
    if paragraphs:
        draft.put(("synopsis",), "\n\n".join(paragraphs))


_NAME_WORD: Final = r"[A-Z][\w'’.\-]*"
_CREDIT: Final = re.compile(
    rf"(?P<role>(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})\s+\((?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\)"
)
_NOT_ROLES: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "so",
        "then",
        "when",
        "while",
        "after",
        "before",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "over",
        "since",
        "though",
        "through",
        "to",
        "under",
        "until",
        "upon",
        "with",
        "without",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "one",
        "two",
        "three",
    ]
)


def _cast_from_plot(draft: Draft) -> None:
    """The cast a plot names the way title pages do: ``Vladimir Lenin (Maximilian Schell)``.

    In the order they are first named, summaries before the synopsis; an actor
    named twice keeps the first role.
    """
    if draft.has("people", "cast"):
        return
    texts = [summary["text"] for summary in draft.data.get("summaries", [])]
    texts.append(draft.data.get("synopsis", ""))
    cast: dict[str, str] = {}
    for text in texts:
        for credit in _CREDIT.finditer(text):
            words = credit.group("role").split()
            while words and words[0].casefold() in _NOT_ROLES:
                words.pop(0)
            if words:
                cast.setdefault(credit.group("name"), " ".join(words))
    if cast:
        draft.put(("people", "cast"), [{"name": name, "role": role} for name, role in cast.items()])


# Labelled facts -----------------------------------------------------------------------


Field = Callable[[Draft, Line, str, list[Line]], None]
"""Reads a label's value (on its line, or the lines after it) into the draft."""


def _label(line: Line) -> tuple[str, str, Field] | None:
    """(label as written, the value after it, its field) where ``line`` starts with a label."""
    if line.bullet:
        return None
    folded = line.text.casefold()
    for label in _LABELS_LONGEST_FIRST:
        if folded.startswith(label) and (len(folded) == len(label) or folded[len(label)] in " :"):
            value = line.text[len(label) :].lstrip(" :")
            return line.text[: len(label)], value, LABELS[label]
    return None


def _facts(lines: list[Line], draft: Draft) -> None:
    """``Label value`` lines, and labels followed by their list."""
    index = 0
    while index < len(lines):
        line = lines[index]
        labelled = _label(line)
        index += 1
        if labelled is None:
            if line.text:
                draft.warn(
                    at(line),
                    QT_TRANSLATE_NOOP(
                        "problems", "left out: “{value}” is not something a film file holds"
                    ),
                    value=_excerpt(line.text),
                )
            continue
        draft.recognised = True
        _label_text, value, field = labelled
        items: list[Line] = []
        while index < len(lines) and lines[index].bullet:
            items.append(lines[index])
            index += 1
        if not value and not items and index < len(lines) and _label(lines[index]) is None:
            items.append(lines[index])  # the value on a line of its own
            index += 1
        if value or items:
            field(draft, line, value, items)


def _excerpt(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unreadable(draft: Draft, line: Line, label: str, error: UnreadableError, value: str) -> None:
    draft.warn(at(line, label, left_out=True), str(error), value=_excerpt(value))


def _items(
    known: Callable[[], values.KnownNames] | None, companies: bool = False
) -> Callable[[Draft, Line, str, list[Line]], list[str]]:
    """A list's items: one per bullet, or split from one line by known names."""

    def read(draft: Draft, line: Line, value: str, items: list[Line]) -> list[str]:
        found = [item.text for item in items if item.text]
        if not value:
            return found
        label = line.text[: len(line.text) - len(value)].strip(" :")
        if companies:
            split = values.split_companies(value)
            if len(split) > 1:
                draft.warn(
                    at(line, label),
                    QT_TRANSLATE_NOOP(
                        "problems",
                        "the names are run together on one line; split where a word such as "
                        "Films or Productions ends a name: {names}",
                    ),
                    names=" | ".join(split),
                )
            else:
                _maybe_several(draft, line, label, value)
            return split + found
        known_split = known().split(value) if known else [value]
        if known_split is None:
            draft.warn(
                at(line, label),
                QT_TRANSLATE_NOOP(
                    "problems",
                    "the list is run together on one line and not all of it is a known name; "
                    "kept as one item: “{value}”",
                ),
                value=_excerpt(value),
            )
            known_split = [value]
        return known_split + found

    return read


def _maybe_several(draft: Draft, line: Line, label: str, value: str) -> None:
    """Say so where a plural label's line holds one name of several words: maybe several names."""
    if label.casefold().endswith("s") and len(value.split()) > 1:
        draft.warn(
            at(line, label),
            QT_TRANSLATE_NOOP(
                "problems",
                "kept as one name, though the page may run several together on this line: "
                "“{value}”",
            ),
            value=_excerpt(value),
        )


def _list_field(
    path: tuple[str, ...],
    known: Callable[[], values.KnownNames] | None = None,
    companies: bool = False,
) -> Field:
    items = _items(known, companies)

    def read(draft: Draft, line: Line, value: str, lines: list[Line]) -> None:
        found = items(draft, line, value, lines)
        if found:
            draft.put(path, found)

    return read


def _release_date(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
    text = value or (items[0].text if items else "")
    label = _label_of(line, value)
    try:
        dated = values.date(text)
    except UnreadableError as error:
        _unreadable(draft, line, label, error, text)
        return
    if dated.date is not None:
        draft.put(("details", "release_date"), dated.date.isoformat())
    else:
        draft.warn(
            at(line, label),
            QT_TRANSLATE_NOOP(
                "problems", "only a year, {year}: the year is kept, a release date needs the day"
            ),
            year=dated.year,
        )
        draft.put(("year",), dated.year)
    if dated.place:
        draft.warn(
            at(line, label),
            QT_TRANSLATE_NOOP(
                "problems",
                "left out the country “{place}”: a film file keeps the first release's date only",
            ),
            place=dated.place,
        )


_RATING_LABEL: Final = re.compile(r"\((?P<system>[^()]+)\)")


def _rating(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
    certificate = value or (items[0].text if items else "")
    system = _RATING_LABEL.search(_label_of(line, value))
    written = re.match(r"\((?P<system>[^()]+)\)\s*", certificate)  # "Rating (FSK) 12"
    if not system and written:
        system, certificate = written, certificate[written.end() :]
    rating = {"certificate": certificate}
    if system:
        rating["system"] = system.group("system")
    draft.put(("details", "rating"), rating)


def _sites(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
    sites: list[dict[str, str]] = []
    for source in ([line] if value else []) + items:
        if source.links:
            for name, url in source.links:
                site = {"name": name or url}
                if is_web_address(url):
                    site["url"] = url
                else:
                    draft.warn(
                        at(source, _label_of(line, value)),
                        QT_TRANSLATE_NOOP(
                            "problems", "left out the address “{url}”: only http and https open"
                        ),
                        url=_excerpt(url),
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


def _money(*path: str) -> Callable[[Draft, Line, str, list[Line]], None]:
    def read(draft: Draft, line: Line, value: str, items: list[Line]) -> None:
        texts = [value] if value else []
        texts += [item.text for item in items]
        label = _label_of(line, value)
        try:
            found = values.money(texts[0])
        except UnreadableError as error:
            _unreadable(draft, line, label, error, texts[0])
            return
        amount = {"amount": found.amount, "currency": found.currency}
        if found.estimated:
            draft.warn(
                at(line, label),
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
                except UnreadableError as error:
                    _unreadable(draft, line, label, error, when)
                else:
                    if dated.date is not None:
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


def _label_of(line: Line, value: str) -> str:
    return line.text[: len(line.text) - len(value)].strip(" :") if value else line.text.strip(" :")


def _labels(*spellings: str) -> Iterator[str]:
    yield from (spelling.casefold() for spelling in spellings)


_FIELDS: Final[list[tuple[tuple[str, ...], Field]]] = [
    (("Keywords", "Keyword", "Plot keywords"), _list_field(("details", "keywords"))),
    (("Genres", "Genre"), _list_field(("details", "genres"), names.genres)),
    (
        ("Release date", "Release dates", "Released"),
        _release_date,
    ),
    (
        ("Motion Picture Rating (MPA)", "Motion Picture Rating", "Certificate", "Rated", "Rating"),
        _rating,
    ),
    (
        ("Countries of origin", "Country of origin", "Countries", "Country"),
        _list_field(("details", "countries_of_origin"), names.countries),
    ),
    (("Official sites", "Official site"), _sites),
    (
        ("Languages", "Language", "Spoken languages"),
        _list_field(("details", "languages"), names.languages),
    ),
    (("Filming locations", "Filming location"), _list_field(("details", "filming_locations"))),
    (
        ("Production companies", "Production company"),
        _list_field(("details", "production_companies"), companies=True),
    ),
    (("Budget",), _money("box_office", "budget")),
    (
        ("Gross US & Canada", "Gross US and Canada", "Gross domestic"),
        _money("box_office", "gross_us_canada"),
    ),
    (
        ("Opening weekend US & Canada", "Opening weekend US and Canada", "Opening weekend"),
        _money("box_office", "opening_weekend_us_canada"),
    ),
    (
        ("Gross worldwide", "Worldwide gross", "Cumulative worldwide gross"),
        _money("box_office", "gross_worldwide"),
    ),
    (("Runtime", "Running time"), _one(("tech_specs", "runtime_minutes"), values.runtime)),
    (("Color", "Colour"), _list_field(("tech_specs", "color"), names.colors)),
    (("Sound mix", "Sound mixes"), _list_field(("tech_specs", "sound_mix"), names.sound_mixes)),
    (("Aspect ratio", "Aspect ratios"), _one(("tech_specs", "aspect_ratio"), values.aspect_ratio)),
]
LABELS: Final = {label: field for spellings, field in _FIELDS for label in _labels(*spellings)}
_LABELS_LONGEST_FIRST: Final = sorted(LABELS, key=len, reverse=True)
