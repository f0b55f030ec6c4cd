"""The library's filter and plot search: what is typed above the list, parsed.

    stalin                    every word must start a word of the title, people,
                              genres, … or be the year
    title:stalin year:1992    fields narrow it: title genre keyword country language
                              company person, and year (one, or a range 1990..1999)
    company:"hbo films"       quotes make a phrase
    genre:"drama"             a genre, country or collection in quotes is that
                              whole value: not "Drama Comedy"

Matching ignores case and diacritics by the one folding rule (model.text),
as the index's text is folded. A field the filter does not know or a year
that is no year is a QueryError saying so, never a silently empty list.
A query becomes an FTS5 expression in which everything typed is quoted, so
nothing is taken as FTS5's own syntax.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from filmviewer.model.library_entry import FIELDS, WHOLE_VALUES, facet_key
from filmviewer.model.limits import FIRST_YEAR, LAST_YEAR
from filmviewer.model.problems import QT_TRANSLATE_NOOP, Message, message
from filmviewer.model.text import fold

YEARS: Final = (FIRST_YEAR, LAST_YEAR)


class QueryError(ValueError):
    """What is wrong with a filter, in words to show under it."""

    def __init__(self, why: Message) -> None:
        super().__init__(str(why))
        self.why = why


class Term(NamedTuple):
    field: str
    """A name of FIELDS, or "all"."""
    text: str
    """Folded."""


class Query(NamedTuple):
    terms: tuple[Term, ...] = ()
    years: tuple[tuple[int, int], ...] = ()
    """Each (first, last) the film's year must fall in."""
    errors: tuple[Message, ...] = ()
    """What could not be read (those parts are left out of the query)."""
    runtimes: tuple[tuple[int, int], ...] = ()
    """Each (shortest, longest) the film's running time, in minutes, must fall in."""
    values: tuple[tuple[str, str], ...] = ()
    """Each (kind, key of facet_key) a film must have as a whole value: a quoted genre,
    country or collection."""

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.years and not self.runtimes and not self.values


_TOKEN = re.compile(r'\s*(?:(\w+):)?(?:"([^"]*)"?|(\S*))', re.UNICODE)
_YEAR = re.compile(r"(\d{4})(\.\.(\d{4}))?")
_ALIASES: Final = {
    "genres": "genre",
    "keywords": "keyword",
    "countries": "country",
    "languages": "language",
    "companies": "company",
    "people": "person",
    "actor": "person",
    "director": "person",
    "writer": "person",
}


def parse(text: str) -> Query:
    """The query typed as ``text``; QueryError for an unknown field or a bad year."""
    query = read(text)
    if query.errors:
        raise QueryError(query.errors[0])
    return query


def read(text: str) -> Query:
    """The query typed as ``text``, what cannot be read left out of it and said in ``errors``.

    A list filtered as one types shows the films of what can be read, never a
    list emptied by a field still being typed.
    """
    terms: list[Term] = []
    years: list[tuple[int, int]] = []
    runtimes: list[tuple[int, int]] = []
    values: list[tuple[str, str]] = []
    errors: list[Message] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            break
        position = match.end()
        name, phrase, word = match.group(1), match.group(2), match.group(3)
        value = phrase if phrase is not None else (word or "")
        if name is None:
            if value.strip():
                terms.append(Term("all", fold(value)))
            continue
        field = _ALIASES.get(name.lower(), name.lower())
        try:
            if field == "year":
                if value.strip():
                    years.append(_years(value))
            elif field == "runtime":
                if value.strip():
                    runtimes.append(_runtimes(value))
            elif field in WHOLE_VALUES and phrase is not None:
                if facet_key(value):
                    values.append((field, facet_key(value)))
            elif field in FIELDS:
                if value.strip():
                    terms.append(Term(field, fold(value)))
            else:
                raise QueryError(
                    message(
                        QT_TRANSLATE_NOOP(
                            "query",
                            "no field “{name}”: try title, year, runtime, genre, keyword, "
                            "country, language, company, person or collection",
                        ),
                        name=name,
                    )
                )
        except QueryError as error:
            errors.append(error.why)
    return Query(tuple(terms), tuple(years), tuple(errors), tuple(runtimes), tuple(values))


def _years(value: str) -> tuple[int, int]:
    """``year:1994`` or ``year:1990..1999``."""
    return _range(
        value,
        _YEAR,
        QT_TRANSLATE_NOOP("query", "“{value}” is no year: write year:1994 or year:1990..1999"),
        QT_TRANSLATE_NOOP("query", "the years {first}..{last} run backwards"),
    )


_RUNTIME = re.compile(r"(\d{1,6})(\.\.(\d{1,6})?)?")
LONGEST: Final = 100_000
"""Minutes: the longest running time a film file may give."""


def _runtimes(value: str) -> tuple[int, int]:
    """``runtime:90`` (90 minutes), ``runtime:90..119`` or ``runtime:180..`` (or longer)."""
    return _range(
        value,
        _RUNTIME,
        QT_TRANSLATE_NOOP(
            "query",
            "“{value}” is no running time: write runtime:90..119 or runtime:180.. (minutes)",
        ),
        QT_TRANSLATE_NOOP("query", "the running times {first}..{last} run backwards"),
        open_end=LONGEST,
    )


def _range(
    value: str, pattern: re.Pattern[str], unreadable: str, backwards: str, open_end: int = 0
) -> tuple[int, int]:
    """(first, last) of ``value``, one number or ``first..last`` as ``pattern`` (groups: the
    first, the ``..`` part, the last) reads it; a missing last is ``open_end``. QueryError
    with ``unreadable`` or ``backwards`` (templates of the "query" context) otherwise."""
    match = pattern.fullmatch(value.strip())
    if match is None:
        raise QueryError(message(unreadable, value=value))
    first = int(match.group(1))
    if match.group(2) is None:
        return first, first
    last = int(match.group(3)) if match.group(3) else open_end
    if first > last:
        raise QueryError(message(backwards, first=first, last=last))
    return first, last


def runtime_term(shortest: int, longest: int | None) -> str:
    """What to type in the filter for the films running ``shortest`` to ``longest`` minutes
    (None: or longer)."""
    return f"runtime:{shortest}..{'' if longest is None else longest}"


def facet_term(field: str, value: str) -> str:
    """What to type in the filter for the films with ``value`` in ``field``: a phrase."""
    words = " ".join(value.replace('"', " ").split())
    return f'{field}:"{words}"'


def decade_term(decade: int) -> str:
    """What to type in the filter for the films of the decade starting in ``decade``."""
    return f"year:{decade}..{decade + 9}"


def _term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?:^|\s)" + re.escape(term) + r"(?=\s|$)", re.IGNORECASE)


def holds(text: str, term: str) -> bool:
    """Whether the filter ``text`` holds ``term`` on its own, in any case (as the filter
    ignores case: ``genre:"drama"`` is ``genre:"Drama"``)."""
    return _term_pattern(term).search(text) is not None


def toggled(text: str, term: str) -> str:
    """The filter ``text`` with ``term`` taken out where it stands in it already, else added
    at its end: choosing a value again undoes the choice, and the rest stays as typed."""
    if holds(text, term):
        return " ".join(_term_pattern(term).sub(" ", text).split())
    stripped = text.strip()
    return f"{stripped} {term}" if stripped else term


def keys_match(query: Query) -> str | None:
    """The FTS5 expression of the query's words over the index's keys: each a word prefix (or
    a phrase whose last word is one), in its field's column; None if it has no words."""
    parts = []
    for term in query.terms:
        words = _words(term.text)
        if not words:
            continue
        phrase = '"' + " ".join(words) + '"*'
        parts.append(phrase if term.field == "all" else f"{term.field} : {phrase}")
    return " ".join(parts) or None


def title_start_match(text: str) -> str | None:
    """The FTS5 expression over the keys for titles that start with ``text``'s words (the
    last a prefix), as typing a title's first letters looks for them; None without words."""
    words = _words(fold(text))
    return f'title : ^ "{" ".join(words)}"*' if words else None


def plot_query(text: str) -> str:
    """An FTS5 query for plot search: words, "exact phrases" and prefix* kept, the rest quoted,
    folded as the plot index is.

    Every part is quoted, so nothing the user types is taken as FTS5 syntax
    (AND, NEAR, a column filter); "" if there is nothing to look for.
    """
    parts = []
    for match in re.finditer(r'"([^"]*)"?|(\S+)', fold(text)):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            words = _words(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        assert word is not None
        prefix = word.endswith("*")
        words = _words(word)
        if not words:
            continue
        quoted = '"' + " ".join(words) + '"'
        parts.append(quoted + "*" if prefix else quoted)
    return " ".join(parts)


def plain_words(text: str) -> str:
    """What to put in the find bar for a plot search: its first word or phrase, as typed."""
    match = re.search(r'"([^"]+)"|([^\s"*]+)', text)
    if match is None:
        return ""
    return (match.group(1) or match.group(2) or "").strip()


def plot_words(text: str) -> list[tuple[str, bool]]:
    """The words a plot search looks for, folded, each with whether it is a prefix ("strang*")."""
    found = []
    for match in re.finditer(r'"([^"]*)"?|(\S+)', fold(text)):
        phrase, word = match.group(1), match.group(2)
        words = _words(phrase if phrase is not None else word or "")
        prefix = phrase is None and bool(word) and word.endswith("*")
        found += [(each, prefix and number == len(words) - 1) for number, each in enumerate(words)]
    return found


def _words(text: str) -> list[str]:
    """The words FTS5's tokenizer makes of ``text`` (runs of letters and digits)."""
    return re.findall(r"[^\W_]+", text)
