"""Copy and export formats: a film, a section or one value as text, Markdown, HTML and JSON.

One renderer per format, all reading the same FilmDocument, so what is copied
reads as what is shown. The clipboard gets every flavour at once; ``--export``
writes exactly one of them. Each flavour escapes for the reader that will
parse it: HTML entities for HTML, backslashes for Markdown (CommonMark, as
Qt's own reader and GitHub read it).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from filmviewer.controller.document import FilmDocument
from filmviewer.controller.presentation import (
    FilmSheet,
    Row,
    Section,
    nothing_listed,
    paragraphs,
)
from filmviewer.controller.sections import DATA_KEYS, SECTIONS
from filmviewer.i18n import plural, translate
from filmviewer.lazy import Pattern

__all__ = ["ALL", "FORMATS", "SECTIONS", "Copy", "render"]

ALL = "all"
FORMATS = ("text", "markdown", "json", "html")

MIME_TYPES = {
    "text": "text/plain",
    "markdown": "text/markdown",
    "html": "text/html",
    "json": "application/json",
}


@dataclass(frozen=True)
class Copy:
    """What one copy puts on the clipboard: text per MIME type, and what to tell the user."""

    flavours: dict[str, str]
    message: str


def render(document: FilmDocument, section: str, format: str) -> str:
    """``section`` (a name of SECTIONS, or ``all``) of ``document`` in ``format``."""
    renderer: Callable[[FilmDocument, str], str] = {
        "text": _text,
        "markdown": _markdown,
        "html": _html,
        "json": _json,
    }[format]
    return renderer(document, section)


def copy_section(document: FilmDocument, section: str) -> Copy:
    """Every flavour of a section (or ``all``), and a message: "Copied Details (9 fields)"."""
    flavours = {MIME_TYPES[format]: render(document, section, format) for format in FORMATS}
    return Copy(flavours, section_message(document.sheet, section))


def copy_text(text: str) -> Copy:
    """Text as it is shown (a selection, a paragraph): plain, escaped HTML, escaped Markdown."""
    lines = text.split("\n")
    flavours = {
        "text/plain": text,
        "text/html": "<br>".join(html.escape(line) for line in lines),
        "text/markdown": "  \n".join(_md(line) for line in lines),
    }
    return Copy(flavours, translate("export", "Copied “{value}”").format(value=_shorten(text)))


def copy_value(row: Row, index: int) -> Copy:
    """One value of a row, with its address or role where it has one."""
    flavours = {
        "text/plain": _value_text(row, index),
        "text/html": _value_html(row, index),
        "text/markdown": _value_md(row, index),
    }
    message = translate("export", "Copied “{value}”").format(value=_shorten(row.values[index]))
    return Copy(flavours, message)


def copy_values(values: Sequence[tuple[Row, int]]) -> Copy:
    """Several values (a selection), one per line."""
    flavours = {
        "text/plain": "\n".join(_value_text(row, i) for row, i in values),
        "text/html": "<br>".join(_value_html(row, i) for row, i in values),
        "text/markdown": "  \n".join(_value_md(row, i) for row, i in values),
    }
    message = plural("export", "Copied %Ln value(s)", len(values))
    return Copy(flavours, message)


def copy_row(row: Row) -> Copy:
    """A labelled fact as one line: ``Countries of origin: United States, Russia, Hungary``."""
    indexes = range(len(row.values))
    separator = _separator(row)
    flavours = {
        "text/plain": f"{row.label}: {separator.join(_value_text(row, i) for i in indexes)}",
        "text/html": f"<b>{html.escape(row.label)}:</b> "
        + html.escape(separator).join(_value_html(row, i) for i in indexes),
        "text/markdown": f"**{_md(row.label)}:** "
        + _md(separator).join(_value_md(row, i) for i in indexes),
    }
    return Copy(flavours, translate("export", "Copied {label}").format(label=row.label))


def copy_list(row: Row, one_per_line: bool) -> Copy:
    """The values of a row as one comma-separated line, or one per line."""
    indexes = range(len(row.values))
    if one_per_line:
        flavours = {
            "text/plain": "\n".join(_value_text(row, i) for i in indexes),
            "text/html": "<br>".join(_value_html(row, i) for i in indexes),
            "text/markdown": "  \n".join(_value_md(row, i) for i in indexes),
        }
    else:
        separator = _separator(row)
        flavours = {
            "text/plain": separator.join(_value_text(row, i) for i in indexes),
            "text/html": html.escape(separator).join(_value_html(row, i) for i in indexes),
            "text/markdown": _md(separator).join(_value_md(row, i) for i in indexes),
        }
    return Copy(flavours, translate("export", "Copied {label}").format(label=row.label))


def summary_text(text: str, author: str | None) -> str:
    """A summary with its attribution, as the Summaries tab shows it."""
    body = "\n\n".join(paragraphs(text))
    return f"{body}\n\N{EM DASH} {author}" if author else body


# One value in each format --------------------------------------------------


def _value_text(row: Row, index: int) -> str:
    value, note, link = row.values[index], row.note(index), row.link(index)
    if note:
        value = f"{value} ({note})"
    return f"{value} <{link}>" if link else value


def _value_md(row: Row, index: int) -> str:
    value, note, link = _md(row.values[index]), row.note(index), row.link(index)
    if link:
        value = f"[{value}](<{_md_destination(link)}>)"
    return f"{value} ({_md(note)})" if note else value


def _value_html(row: Row, index: int) -> str:
    value, note, link = html.escape(row.values[index]), row.note(index), row.link(index)
    if link:
        value = f'<a href="{html.escape(link, quote=True)}">{value}</a>'
    return f"{value} ({html.escape(note)})" if note else value


# Plain text ---------------------------------------------------------------


def _text(document: FilmDocument, section: str) -> str:
    sheet = document.sheet
    if section != ALL:
        heading = f"{sheet.heading} \N{EM DASH} {_title(section)}"
        return f"{heading}\n\n{_text_body(sheet, section)}\n"
    parts = [sheet.heading, *([sheet.subtitle] if sheet.subtitle else [])]
    blocks = ["\n".join(parts)]
    for name in SECTIONS:
        title = _title(name)
        blocks.append(f"{title}\n{'=' * len(title)}\n\n{_text_body(sheet, name)}")
    return "\n\n".join(blocks) + "\n"


def _text_body(sheet: FilmSheet, section: str) -> str:
    if section == "summaries":
        if not sheet.summaries:
            return nothing_listed("summaries")
        return "\n\n".join(summary_text(s.text, s.author) for s in sheet.summaries)
    if section == "synopsis":
        return "\n\n".join(paragraphs(sheet.synopsis)) or nothing_listed("synopsis")
    fields = _section(sheet, section)
    rows = fields.listed()
    if not rows:
        return nothing_listed(fields.key)
    width = max(len(row.label) for row in rows) + 2
    lines = []
    for row in rows:
        first, *rest = (_value_text(row, i) for i in range(len(row.values)))
        lines.append(f"{row.label + ':':<{width}}{first}")
        lines.extend(" " * width + value for value in rest)
    return "\n".join(lines)


# Markdown -----------------------------------------------------------------


def _markdown(document: FilmDocument, section: str) -> str:
    sheet = document.sheet
    if section != ALL:
        heading = f"## {_md(_title(section))} \N{EM DASH} {_md(sheet.heading)}"
        return f"{heading}\n\n{_markdown_body(sheet, section)}\n"
    blocks = [f"# {_md(sheet.heading)}"]
    if sheet.subtitle:
        blocks.append(_md(sheet.subtitle))
    blocks += [f"## {_md(_title(name))}\n\n{_markdown_body(sheet, name)}" for name in SECTIONS]
    return "\n\n".join(blocks) + "\n"


def _markdown_body(sheet: FilmSheet, section: str) -> str:
    if section == "summaries":
        if not sheet.summaries:
            return _md(nothing_listed("summaries"))
        return "\n\n".join(
            "\n>\n".join(f"> {_md(p)}" for p in paragraphs(s.text))
            + (f"  \n> \N{EM DASH} {_md(s.author)}" if s.author else "")
            for s in sheet.summaries
        )
    if section == "synopsis":
        text = "\n\n".join(_md(p) for p in paragraphs(sheet.synopsis))
        return text or _md(nothing_listed("synopsis"))
    fields = _section(sheet, section)
    rows = fields.listed()
    if not rows:
        return _md(nothing_listed(fields.key))
    lines = []
    for row in rows:
        if len(row.values) == 1:
            lines.append(f"- **{_md(row.label)}:** {_value_md(row, 0)}")
        else:
            lines.append(f"- **{_md(row.label)}:**")
            lines.extend(f"  - {_value_md(row, i)}" for i in range(len(row.values)))
    return "\n".join(lines)


_MD_SPECIAL = Pattern(r"([\\`*_\[\]<>|~&!])")
_MD_LINE_START = Pattern(r"^(\s*\d*)([#+\-=>]|(?<=\d)[.)])")


def _md(text: str) -> str:
    """Text that a Markdown reader shows literally: its markup characters escaped.

    "&" is escaped too: "&amp;" would otherwise be read as an entity and shown as "&".
    """
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    # Only punctuation can be escaped: "1. x" becomes "1\. x", "# x" becomes "\# x".
    return _MD_LINE_START.sub(r"\1\\\2", escaped)


def _md_destination(url: str) -> str:
    """An address for a ``<…>`` link destination, where only "<", ">" and "\\" need care."""
    return url.replace("\\", "%5C").replace("<", "%3C").replace(">", "%3E")


# HTML ---------------------------------------------------------------------


def _html(document: FilmDocument, section: str) -> str:
    sheet = document.sheet
    if section != ALL:
        title = f"{sheet.heading} \N{EM DASH} {_title(section)}"
        body = f"<h2>{html.escape(title)}</h2>\n{_html_body(sheet, section)}"
    else:
        title = sheet.heading
        parts = [f"<h1>{html.escape(title)}</h1>"]
        if sheet.subtitle:
            parts.append(f"<p>{html.escape(sheet.subtitle)}</p>")
        for name in SECTIONS:
            parts.append(f"<h2>{html.escape(_title(name))}</h2>\n{_html_body(sheet, name)}")
        body = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n<body>\n{body}\n</body></html>\n"
    )


def _html_body(sheet: FilmSheet, section: str) -> str:
    if section == "summaries":
        if not sheet.summaries:
            return f"<p>{html.escape(nothing_listed('summaries'))}</p>"
        return "\n".join(
            "<blockquote>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(s.text))
            + (f"<p>\N{EM DASH} {html.escape(s.author)}</p>" if s.author else "")
            + "</blockquote>"
            for s in sheet.summaries
        )
    if section == "synopsis":
        shown: Sequence[str] = paragraphs(sheet.synopsis) or (nothing_listed("synopsis"),)
        return "\n".join(f"<p>{html.escape(p)}</p>" for p in shown)
    fields = _section(sheet, section)
    rows = fields.listed()
    if not rows:
        return f"<p>{html.escape(nothing_listed(fields.key))}</p>"
    cells = "\n".join(
        '<tr><th scope="row" style="text-align:left;vertical-align:top;padding-right:1em">'
        f"{html.escape(row.label)}</th><td>"
        + "<br>".join(_value_html(row, i) for i in range(len(row.values)))
        + "</td></tr>"
        for row in rows
    )
    return f"<table>\n{cells}\n</table>"


# JSON ---------------------------------------------------------------------


def _json(document: FilmDocument, section: str) -> str:
    """The film file format itself: the whole film, or its title, year and one section."""
    data = document.data
    if section == ALL:
        chosen: dict[str, Any] = data
    else:
        chosen = {key: data[key] for key in ("format_version", "title", "year") if key in data}
        for key in DATA_KEYS[section]:
            if key in data:
                chosen[key] = data[key]
    return json.dumps(chosen, ensure_ascii=False, indent=2) + "\n"


# Shared -------------------------------------------------------------------


def _section(sheet: FilmSheet, section: str) -> Section:
    """The labelled-facts section named ``section`` (details, cast, box-office or tech-specs)."""
    sections = {
        "details": sheet.details,
        "cast": sheet.cast,
        "box-office": sheet.box_office,
        "tech-specs": sheet.tech_specs,
    }
    return sections[section]


def _title(section: str) -> str:
    titles = {
        "summaries": translate("export", "Summaries"),
        "details": translate("export", "Details"),
        "cast": translate("export", "Cast & Crew"),
        "box-office": translate("export", "Box Office"),
        "tech-specs": translate("export", "Tech Specs"),
        "synopsis": translate("export", "Synopsis"),
    }
    return titles[section]


def section_message(sheet: FilmSheet, section: str) -> str:
    """What the status bar says after a section is copied: "Copied Details (9 fields)"."""
    if section == ALL:
        return translate("export", "Copied all details of {film}").format(film=sheet.heading)
    if section == "summaries":
        text = plural("export", "Copied {section} (%Ln summaries)", len(sheet.summaries))
    elif section == "synopsis":
        paragraph_count = len(paragraphs(sheet.synopsis))
        text = plural("export", "Copied {section} (%Ln paragraphs)", paragraph_count)
    else:
        field_count = len(_section(sheet, section).listed())
        text = plural("export", "Copied {section} (%Ln fields)", field_count)
    return text.format(section=_title(section))


def _separator(row: Row) -> str:
    # "The Kremlin, Moscow, Russia" is one place: lists holding commas join with semicolons.
    return "; " if any("," in value for value in row.values) else ", "


def _shorten(text: str, limit: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# Many films (a library's selection) -----------------------------------------


FILM_COLUMNS = ("title", "year", "runtime", "genres", "directors", "file")


def film_rows(films: Sequence[tuple[str, dict[str, Any]]]) -> list[list[str]]:
    """Each (file, film data) as the cells of a table row, in FILM_COLUMNS' order."""
    rows = []
    for file, data in films:
        details = data.get("details", {})
        people = data.get("people", {})
        runtime = data.get("tech_specs", {}).get("runtime_minutes")
        rows.append(
            [
                str(data.get("title", "")),
                str(data.get("year", "")),
                str(runtime) if runtime else "",
                ", ".join(details.get("genres", [])),
                ", ".join(people.get("directors", [])),
                file,
            ]
        )
    return rows


def film_headings() -> list[str]:
    return [
        translate("export", "Title"),
        translate("export", "Year"),
        translate("export", "Runtime (min)"),
        translate("export", "Genres"),
        translate("export", "Directors"),
        translate("export", "File"),
    ]


def render_films(films: Sequence[tuple[str, dict[str, Any]]], format: str) -> str:
    """Films as a table: TSV ("text"), Markdown or HTML; or a JSON array of film files."""
    if format == "json":
        return json.dumps([data for _file, data in films], ensure_ascii=False, indent=2) + "\n"
    headings, rows = film_headings(), film_rows(films)
    if format == "markdown":
        lines = [
            "| " + " | ".join(_md_cell(cell) for cell in headings) + " |",
            "|" + "---|" * len(headings),
        ]
        lines += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in rows]
        return "\n".join(lines) + "\n"
    if format == "html":
        head = "".join(f"<th>{html.escape(cell)}</th>" for cell in headings)
        body = "\n".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
            for row in rows
        )
        return f"<table>\n<tr>{head}</tr>\n{body}\n</table>\n"
    # Tab-separated: pastes into a spreadsheet as columns.
    return "\n".join("\t".join(_tsv_cell(cell) for cell in row) for row in [headings, *rows]) + "\n"


def copy_films(films: Sequence[tuple[str, dict[str, Any]]]) -> Copy:
    """Several films as a table in every flavour, and as a JSON array of film files."""
    flavours = {MIME_TYPES[format]: render_films(films, format) for format in FORMATS}
    count = len(films)
    message = plural("export", "Copied %Ln film(s)", count)
    return Copy(flavours, message)


def _md_cell(text: str) -> str:
    return _md(text).replace("|", "\\|")


def _tsv_cell(text: str) -> str:
    return " ".join(text.split())
