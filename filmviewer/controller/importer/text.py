"""A title page's text, line by line: its sections, labelled facts and lists, as a film's data.

The layout is that of a title page copied from a browser (the bundled film's
page): headings (Summaries, Details, Box office, Tech specs, Synopsis), then
``Label value`` lines or a label followed by a bulleted list. A saved page or
the clipboard's HTML arrives here as the same lines (see html.py), its
headings marked with their level and its list items apart.

Only what sits under a heading this reader knows is read, and from the
lines above the first one only the title, the line under it and labelled
facts: a page's trivia, goofs, reviews, menus and "More like this" are
left out, and counted in one warning.
"""

from __future__ import annotations

import re
from typing import Any, Final

from filmviewer.controller.importer import labels, values
from filmviewer.controller.importer.draft import Draft, Line, at, excerpt
from filmviewer.controller.importer.found import NAME, ORIGINAL, PAGE, keep_summary
from filmviewer.controller.importer.values import UnreadableError
from filmviewer.model.problems import QT_TRANSLATE_NOOP

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
        "Plot summary",
        "Plot summary | Plot synopsis",
        "Plot Summary | Plot Synopsis",
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
        if is_debris(cleaned) or (cleaned and cleaned == previous):
            continue  # a button, or a line the copy repeats
        previous = cleaned
        found.append(Line(number, cleaned, bool(bullet)))
    return found


def is_debris(text: str) -> bool:
    """A page's button or link: "See more", "Edit", "View content advisory »"."""
    folded = text.casefold()
    return folded in DEBRIS or (text.endswith("»") and _LINK_WORD.match(text) is not None)


_LINK_WORD: Final = re.compile(r"(?:See|View|Show|Add|Back|Edit|More|Go|Read)\b", re.IGNORECASE)


HEADINGS: Final = {
    "summaries": "summaries",
    "plot summaries": "summaries",
    "plot summary": "summaries",
    "summary": "summaries",
    "storyline": "storyline",
    "movie info": "storyline",
    "details": "details",
    "company credits": "details",
    "box office": "box_office",
    "tech specs": "tech_specs",
    "technical specs": "tech_specs",
    "technical specifications": "tech_specs",
    "synopsis": "synopsis",
    "plot": "synopsis",
    "cast": "cast",
    "tomatometer": "tomatometerallcritics",
    "audience score": "tomatometerallaudience",
}
"""The sections a title page's text has, by their headings (after ``heading_key``)."""

_HEADING_NOISE: Final = re.compile(r"\s*\[\s*edit\s*\]\s*$|\s*\d[\d.,]*[KkMm]?\s*$|:$")


def heading_key(text: str) -> str:
    """A heading as the table knows it: "Plot [ edit ]" is "plot", "Top cast30" is "top cast"."""
    return _HEADING_NOISE.sub("", text.strip()).strip().casefold()


def read_lines(lines: list[Line], draft: Draft) -> None:
    """Read every known section of the page into ``draft``; the rest is left out."""
    header, sections = _sections(lines, draft)
    for name, found in sections:
        if name in ("summaries", "storyline"):
            _summaries(found, draft, outline=name == "summaries")
        elif name == "synopsis":
            _synopsis(found, draft)
        elif name == "cast":
            _cast_list(found, draft)
        elif name.startswith("tomatometer"):
            _score_box(found, draft, name)
        else:
            labels.facts(found, draft)
    _header(header, draft)
    _cast_from_plot(draft)


def _sections(lines: list[Line], draft: Draft) -> tuple[list[Line], list[tuple[str, list[Line]]]]:
    """The header (the lines before the first known section) and each known section's lines.

    In copied text a heading is a line of its own; in HTML it is an <h1>–<h6>,
    and a section runs to the next heading of its level or above. A known
    heading starts its section wherever it stands; inside a section, a deeper
    heading is a label ("Country:") or a part of it ("Fictional characters"
    under "Cast"); any other heading opens a part that is left out.
    """
    header: list[Line] = []
    sections: list[tuple[str, list[Line]]] = []
    current: list[Line] | None = header
    level = 0  # the current section's heading level (HTML)
    skipping = 0  # the level of the heading whose part is being left out (HTML)
    title = ""
    for line in lines:
        if draft.html and line.heading:
            key = HEADINGS.get(heading_key(line.text))
            if key is not None:  # a known section starts wherever it stands
                current, level, skipping = [], line.heading, 0
                sections.append((key, current))
                draft.recognised = True
                continue
            if skipping and line.heading > skipping:
                draft.leave_out(line)
                continue
            skipping = 0
            if line.heading == 1 and not title:
                # The page's title: what stood above it is the site's menus.
                title = line.text
                draft.titles.setdefault(PAGE, title)
                draft.left_out.extend(above.text for above in header)
                header.clear()
                current, level = header, 1
                continue
            if line.heading == 1 and line.text == title:
                continue  # the title shown again
            if current is not None and line.heading > level:
                if labels.label(line) is not None:
                    current.append(line._replace(heading=0))  # IMDb's "Country:" headings
                    continue
                if current is not header:
                    draft.leave_out(line)  # a part of a known section: "Fictional characters"
                    continue
            if current is not None and line.heading <= level:
                current = None
            skipping = line.heading
            if line.text:
                draft.skipped.append(line.text)
            continue
        if not draft.html and not line.bullet:
            key = HEADINGS.get(heading_key(line.text))
            if key is not None and len(line.text) < 40:
                current = []
                sections.append((key, current))
                draft.recognised = True
                continue
        if skipping or current is None:
            draft.leave_out(line)
        else:
            current.append(line)
    if draft.html and not title:
        # Without a title heading, the lines before the first section are the site's menus
        # (and what is labelled among them).
        kept = [line for line in header if labels.label(line) is not None]
        draft.left_out.extend(line.text for line in header if labels.label(line) is None)
        header = kept
    return header, sections


# The header: title, year, the people -------------------------------------------------

TITLE_YEAR: Final = re.compile(
    r"^(?P<title>.+?)\s*\((?:[^()]*?\s)?(?P<year>\d{4})(?:\s*[–-]\s*\d{0,4})?\s*\)$"
)
_YEAR: Final = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
_ORIGINAL: Final = re.compile(
    r"^(?:original title:?\s+(?P<title>.+)|(?P<before>.+?)\s*\(original title\))$",
    re.IGNORECASE,
)


def _header(lines: list[Line], draft: Draft) -> None:
    """The lines before the first heading: the title, the line under it, the people, facts.

    Read after the sections, so that what they say in full (a rating with its
    system) wins over the header's short form. A line of prose is no title:
    a copy that starts at the plot gives its outline there, and asks for the
    title.
    """
    if not draft.html:
        lines = _past_menus(lines, draft)
    first = lines[0] if lines else None
    labelled, lines = labels.split_facts(lines)
    rest: list[Line] = []
    for line in lines:
        original = _ORIGINAL.match(line.text)
        facts = _header_facts(line, strict=False)
        if original:
            draft.titles.setdefault(ORIGINAL, original.group("title") or original.group("before"))
        elif is_prose(line.text):
            if draft.html:
                draft.leave_out(line)
            else:
                add_summary(draft, line.text, outline=True)
        elif line is first and not draft.html and not line.bullet and facts is None:
            titled = TITLE_YEAR.match(line.text)
            draft.titles.setdefault(NAME, titled.group("title") if titled else line.text)
            if titled:
                draft.put(("year",), int(titled.group("year")))
        elif not rest and facts is not None:
            for path, value in facts:
                draft.put(path, value)
        else:
            rest.append(line)
    labels.facts(labelled + rest, draft)


def is_prose(text: str) -> bool:
    """A sentence or more of running text, never a title: many words, or a sentence's end."""
    words = len(text.split())
    return words > 14 or (words >= 5 and text.rstrip().endswith((".", "!", "?", "…")))


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
            if number and not line.bullet and labels.label(line) is None and _header_facts(line)
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
                "problems", "lines above the title (the site's menus), left out: {count}"
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
_WRITTEN_BY: Final = re.compile(r"^(?:—\s*)?written by\s+(?P<author>.{1,80})$", re.IGNORECASE)
_SIGNED_BY: Final = re.compile(r"\s+(?:—\s*)?Written by\s+(?P<author>[^.!?]{1,60})$")
"""IMDb's older signature, after the summary on its line: "…island. Written by Nick Riganas"."""


def _summaries(lines: list[Line], draft: Draft, outline: bool) -> None:
    """A section of summaries: each line of prose one, signed where a signature follows; labels
    under it (a storyline's genres, taglines) are facts, and the rest is left out.

    Under a Summaries heading, the first summary, short and unsigned, is the outline; a
    storyline is a summary of its own.
    """
    facts, other = labels.split_facts(lines)
    summaries: list[dict[str, Any]] = []
    for line in other:
        if not line.text:
            continue
        written_by = _WRITTEN_BY.match(line.text)
        text, author = _signed(line.text)
        if (written_by or (author and not text)) and summaries and "author" not in summaries[-1]:
            summaries[-1]["author"] = written_by.group("author") if written_by else author
            continue  # the signature on a line of its own
        if draft.html and not is_prose(text):
            draft.leave_out(line)
            continue
        summary: dict[str, Any] = {"text": text}
        if author:
            summary["author"] = author
        summaries.append(summary)
    # A title page's first summary, short and unsigned, is its outline.
    if outline and summaries and "author" not in summaries[0] and len(summaries[0]["text"]) <= 300:
        summaries[0]["outline"] = True
    for summary in summaries:
        _keep(draft, summary)
    labels.facts(facts, draft)


def add_summary(draft: Draft, text: str, outline: bool = False) -> None:
    """A summary found outside a summaries section: the plot a copy starts with, a storyline
    glued to a credit line."""
    prose, author = _signed(text)
    summary: dict[str, Any] = {"text": prose}
    if author:
        summary["author"] = author
    elif outline and len(prose) <= 300:
        summary["outline"] = True
    _keep(draft, summary)


def _keep(draft: Draft, summary: dict[str, Any]) -> None:
    keep_summary(draft.data.setdefault("summaries", []), summary)


_SENTENCE_END: Final = tuple('.!?…"”’)')


def _signed(line: str) -> tuple[str, str]:
    """(the summary, its author) where the line ends in a signature, ``…death.—Jwelch5742``.

    A dash in the prose is no signature: what follows it is one only after a
    finished sentence, and it is a name (a few words, not a sentence).
    """
    signed = _SIGNED_BY.search(line)
    if signed and line[: signed.start()].rstrip().endswith(_SENTENCE_END):
        return line[: signed.start()].rstrip(), signed.group("author").strip()
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
    paragraphs = []
    for line in lines:
        if not line.text:
            continue
        if draft.html and len(line.text.split()) < 3:
            draft.leave_out(line)  # a caption, a button
            continue
        paragraphs.append(line.text)
    if paragraphs:
        draft.put(("synopsis",), "\n\n".join(paragraphs))


# Cast ---------------------------------------------------------------------------------

_AS_ROLE: Final = re.compile(r"^(?P<name>[^,()]{2,80}?)\s+as\s+(?P<role>.+)$")


def _cast_list(lines: list[Line], draft: Draft) -> None:
    """An encyclopedia's cast list: "Jay Baruchel as Hiccup, the chief of Berk"."""
    cast = []
    for line in lines:
        credit = _AS_ROLE.match(line.text)
        if not credit:
            draft.leave_out(line)
            continue
        role = re.split(r",\s|;\s|:\s|\s[–—-]\s", values.without_citations(credit.group("role")))[0]
        cast.append({"name": credit.group("name").strip(), "role": role.strip()})
    if cast:
        # The cast list, with roles, says more than the names a "Starring" line gave.
        draft.data.setdefault("people", {})["cast"] = cast


# Scores ------------------------------------------------------------------------------

_PERCENT: Final = re.compile(r"^(?P<value>\d{1,3})\s*%")
_COUNTED: Final = re.compile(
    r"^(?:Reviews Counted|User Ratings|Ratings):\s*(?P<count>[\d,.]+)", re.IGNORECASE
)


def _score_box(lines: list[Line], draft: Draft, source: str) -> None:
    """A Rotten Tomatoes score box: "97%", "User Ratings: 103,672" (the first score is all
    critics' or all users')."""
    score: dict[str, Any] = {}
    for line in lines:
        percent = _PERCENT.match(line.text)
        counted = _COUNTED.match(line.text)
        if percent and "value" not in score:
            score = {"source": source, "value": float(percent.group("value")), "scale": 100.0}
        elif counted and score and "votes" not in score:
            score["votes"] = int(re.sub(r"\D", "", counted.group("count")))
    if score:
        draft.data.setdefault("scores", []).append(score)


# The cast a plot names -----------------------------------------------------------------

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


def left_out_warning(draft: Draft) -> None:
    """One line for all the page text that is no film fact, with an example."""
    count = len(draft.left_out)
    if not count:
        return
    example = draft.skipped[0] if draft.skipped else draft.left_out[0]
    draft.warn(
        "page",
        QT_TRANSLATE_NOOP(
            "problems",
            "lines of page text that are not film facts, left out: {count}, e.g. “{example}”",
        ),
        count=f"{count:,}",
        example=excerpt(" ".join(example.split())),
    )
