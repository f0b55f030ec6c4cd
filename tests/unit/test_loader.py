"""Loading film files: readable problems with where and what, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmviewer.model.loader import MAX_FILE_BYTES, FilmFileError, load_film
from filmviewer.model.problems import message, problem


def problems(path: Path) -> list[str]:
    with pytest.raises(FilmFileError) as caught:
        load_film(path)
    assert caught.value.path == path
    return [str(problem) for problem in caught.value.problems]


def test_a_film_with_only_a_title_loads(film_file) -> None:
    film = load_film(film_file('{"title": "Untitled"}'))
    assert film.title == "Untitled"
    assert film.summaries == ()
    assert film.box_office.budget is None


def test_broken_json_names_line_and_column(film_file) -> None:
    path = film_file('{\n  "title": "x",\n  "year": 1992,,\n}')
    assert problems(path) == [
        "line 3, column 16: not valid JSON: a key in double quotes is missing here"
    ]


def test_wrong_field_type_names_its_path(film_file) -> None:
    path = film_file(
        json.dumps({"title": "x", "box_office": {"budget": {"amount": "lots", "currency": "USD"}}})
    )
    assert problems(path) == ["box_office.budget.amount: should be a whole number"]


def test_numbers_in_strings_are_not_coerced(film_file) -> None:
    path = film_file(json.dumps({"title": "x", "tech_specs": {"runtime_minutes": "172"}}))
    assert problems(path) == ["tech_specs.runtime_minutes: should be a whole number"]


def test_unknown_keys_are_rejected_with_their_path(film_file) -> None:
    path = film_file(json.dumps({"title": "x", "details": {"keywrods": ["a"]}}))
    assert problems(path) == [
        "details.keywrods: unknown key: the film format has no such field (check the spelling)"
    ]


def test_list_items_are_named_by_index(film_file) -> None:
    path = film_file(json.dumps({"title": "x", "summaries": [{"text": "a"}, {"text": " "}]}))
    assert problems(path) == [
        "summaries[1].text: must not be empty, or only spaces and invisible characters"
    ]


def test_every_problem_is_reported_not_just_the_first(film_file) -> None:
    path = film_file(json.dumps({"year": 0, "details": {"release_date": "1992-02-30"}}))
    found = problems(path)
    assert len(found) == 3
    assert found[0] == "title: required, but missing"
    assert found[1] == "year: should be at least 1870"
    assert found[2].startswith("details.release_date: should be a real date written YYYY-MM-DD")


def test_a_newer_format_is_named_first(film_file) -> None:
    path = film_file(json.dumps({"format_version": 3, "title": "x"}))
    assert problems(path)[0] == (
        "format_version: this file is in format 3; this Film Viewer reads format 2: "
        "a newer Film Viewer may open it"
    )


def test_files_over_the_size_cap_are_refused_unread(film_file) -> None:
    path = film_file(b" " * (MAX_FILE_BYTES + 1))
    assert problems(path) == ["file: is 16.0 MiB; film files may be at most 16 MiB"]


def test_utf8_with_a_byte_order_mark_is_accepted(film_file) -> None:
    assert load_film(film_file(b'\xef\xbb\xbf{"title": "Stalin"}')).title == "Stalin"


def test_invalid_utf8_names_its_place(film_file) -> None:
    path = film_file(b'{\n"title": "Sta\xfflin"}')
    assert problems(path) == ["line 2, column 14: not UTF-8 text (byte 0xff)"]


def test_a_missing_file(tmp_path: Path) -> None:
    assert problems(tmp_path / "nowhere.json") == ["file: no such file"]


def test_problem_reads_where_then_what() -> None:
    assert str(problem("year", "is {when}", when="too late")) == "year: is too late"


def test_a_translation_with_a_mistyped_field_still_reads() -> None:
    what = message("at most {limit} entries", limit="10,000")
    assert what.render("höchstens {limt} Einträge") == "höchstens {limt} Einträge"
    assert what.render("höchstens {limit} Einträge") == "höchstens 10,000 Einträge"


def test_a_duplicate_key_is_placed_in_its_own_object(film_file) -> None:
    text = (
        '{\n  "title": "x",\n  "details": {"keywords": ["a"]},\n'
        '  "box_office": {"budget": null, "budget": null}\n}'
    )
    assert problems(film_file(text)) == [
        'line 4, column 34: duplicate key "budget": a key may appear once per object'
    ]


def test_keys_repeated_in_different_objects_are_fine(film_file) -> None:
    text = '{"title": "x", "summaries": [{"text": "a"}, {"text": "b"}]}'
    assert load_film(film_file(text)).summaries[1].text == "b"


def test_a_nan_inside_a_string_is_text_and_the_real_one_is_placed(film_file) -> None:
    text = '{"title": "NaN \\" NaN", "tech_specs": {"aspect_ratio": NaN}}'
    assert problems(film_file(text)) == ["line 1, column 56: NaN is not a number JSON allows"]
