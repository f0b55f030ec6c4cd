"""The copy and export renderers: escaping proven by parsing back, JSON by the model."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import QLocale

from filmviewer.controller import export
from filmviewer.controller.document import FilmDocument, load_document
from filmviewer.model.film import Film
from tests.conftest import BUNDLED

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
MARKUP = '<img src="file:///etc/passwd"><a href="https://example.org">click</a><b>bold</b> & co'
ENTITY = "Tom &amp; Jerry &eacute; &#65;"


@pytest.fixture(scope="module")
def stalin() -> FilmDocument:
    return load_document(BUNDLED, US)


@pytest.fixture
def hostile(film_file) -> FilmDocument:
    film = {
        "title": MARKUP,
        "year": 1992,
        "summaries": [{"text": MARKUP, "author": MARKUP}],
        "details": {
            "keywords": [MARKUP, "*stars* _under_ [link](x) # hash | pipe", ENTITY],
            "official_sites": [
                {"name": MARKUP, "url": 'https://example.org/?q="><script>x</script>'}
            ],
        },
        "tech_specs": {"sound_mix": [MARKUP, ENTITY]},
        "synopsis": f"{MARKUP}\n\n# Not a heading\n\n1. not a list\n\n{ENTITY}",
    }
    return load_document(film_file(json.dumps(film)), US)


class _Reader(HTMLParser):
    """Collects the elements and the text an HTML document really has."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def read_html(document: str) -> _Reader:
    reader = _Reader()
    reader.feed(document)
    reader.close()
    return reader


@pytest.mark.parametrize("section", [*export.SECTIONS, export.ALL])
def test_html_escapes_every_value(hostile: FilmDocument, section: str) -> None:
    html = export.render(hostile, section, "html")
    reader = read_html(html)
    assert not {"img", "b", "script"} & set(reader.tags)
    # The film's title heads every section; the data's markup is text in each.
    assert any(MARKUP in text for text in reader.text)
    if section in ("details", export.ALL):
        assert reader.tags.count("a") == 1  # the site's own link, and no other
        assert 'href="https://example.org/?q=&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in html
    if section in ("details", "tech-specs", "synopsis", export.ALL):
        assert any(ENTITY in text for text in reader.text)


@pytest.mark.parametrize("section", ["details", "tech-specs", "synopsis", export.ALL])
def test_markdown_reads_back_as_the_same_text(qapp, hostile: FilmDocument, section: str) -> None:
    from PySide6.QtGui import QTextDocument

    read = QTextDocument()
    read.setMarkdown(export.render(hostile, section, "markdown"))
    shown = read.toPlainText()
    # Qt's own reader (as GitHub's) shows every value as it is: no entity, tag or link made.
    assert ENTITY in shown
    assert MARKUP in shown


def test_html_has_headed_sections_and_tables(stalin: FilmDocument) -> None:
    reader = read_html(export.render(stalin, export.ALL, "html"))
    assert reader.tags.count("h2") == 6
    assert "table" in reader.tags
    assert "Magyar Televízió Müvelödési Föszerkesztöség (MTV) (I)" in reader.text


@pytest.mark.parametrize("section", [*export.SECTIONS, export.ALL])
def test_json_is_a_valid_film_file(stalin: FilmDocument, section: str) -> None:
    text = export.render(stalin, section, "json")
    film = Film.model_validate_json(text)
    assert film.title == "Stalin"
    full = Film.model_validate_json(BUNDLED.read_text(encoding="utf-8"))
    if section in ("details", export.ALL):
        assert film.details == full.details
    if section in ("synopsis", export.ALL):
        assert film.synopsis == full.synopsis


def test_markdown_escapes_markup(hostile: FilmDocument) -> None:
    markdown = export.render(hostile, export.ALL, "markdown")
    assert "\\<b\\>bold\\</b\\>" in markdown
    assert "\\*stars\\* \\_under\\_ \\[link\\](x) # hash \\| pipe" in markdown
    assert "\n\\# Not a heading\n" in markdown
    assert "\n1\\. not a list\n" in markdown


def test_text_aligns_labels_and_keeps_lists(stalin: FilmDocument) -> None:
    text = export.render(stalin, "details", "text")
    lines = text.split("\n")
    assert lines[:3] == ["Stalin (1992) — Details", "", "Keywords:             brutality"]
    assert lines[3] == " " * 22 + "american actor playing foreigner"
    assert "Release date:         November 20, 1992" in lines
    assert text.endswith("Mark Carliner Productions\n")


def test_text_of_summaries_keeps_attribution(stalin: FilmDocument) -> None:
    text = export.render(stalin, "summaries", "text")
    assert text.endswith("downfall and death.\n— Jwelch5742\n")
    assert text.count("\n\n") == 3


def test_a_title_only_film_says_nothing_is_listed(film_file) -> None:
    document = load_document(film_file('{"title": "Bare"}'), US)
    assert export.render(document, "box-office", "text") == (
        "Bare — Box Office\n\nNo box office figures listed for this film.\n"
    )
    assert json.loads(export.render(document, "details", "json")) == {
        "format_version": 2,
        "title": "Bare",
    }
    assert export.copy_section(document, "summaries").message == "Copied Summaries (0 summaries)"


def test_a_row_with_commas_in_its_values_joins_with_semicolons(film_file) -> None:
    film = {"title": "x", "details": {"filming_locations": ["Moscow, Russia", "Budapest"]}}
    document = load_document(film_file(json.dumps(film)), US)
    row = next(r for r in document.sheet.details.rows if r.key == "filming_locations")
    assert export.copy_row(row).flavours["text/plain"] == (
        "Filming locations: Moscow, Russia; Budapest"
    )
    assert export.copy_list(row, one_per_line=True).flavours["text/plain"] == (
        "Moscow, Russia\nBudapest"
    )


def test_messages_count_what_was_copied(stalin: FilmDocument) -> None:
    assert export.copy_section(stalin, "details").message == "Copied Details (9 fields)"
    assert export.copy_section(stalin, "summaries").message == "Copied Summaries (3 summaries)"
    assert export.copy_section(stalin, "synopsis").message == "Copied Synopsis (9 paragraphs)"
    assert export.copy_text("x" * 100).message == f"Copied “{'x' * 39}…”"


def test_a_value_copy_escapes_html(stalin: FilmDocument) -> None:
    flavours = export.copy_text(MARKUP).flavours
    assert flavours["text/plain"] == MARKUP
    assert not {"img", "a", "b"} & set(read_html(flavours["text/html"]).tags)
    assert "".join(read_html(flavours["text/html"]).text) == MARKUP
