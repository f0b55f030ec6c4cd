"""Problems found in film files: where and what, as messages the interface can translate.

The model imports no Qt, so a message is kept as its English template and
parameters; ``str()`` gives the English, and the interface translates the
template (context ``problems``) before filling it in. Templates are marked
with ``QT_TRANSLATE_NOOP`` so that ``make translations`` finds them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from filmviewer.lazy import Pattern

CONTEXT = "problems"
"""The translation context of every template here and in the readers."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation; the translation happens where it is shown."""
    return text


_FIELD = Pattern(r"\{(\w+)\}")


class Message(NamedTuple):
    """An English template such as ``line {line}, column {column}`` and its parameters."""

    template: str
    params: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return self.render(self.template)

    def render(self, template: str) -> str:
        """Fill ``template`` (this message's, or a translation of it) with the parameters.

        Only ``{name}`` fields of known parameters are replaced: other braces
        are text, and a translation with a mistyped field cannot fail.
        """
        params = dict(self.params)
        return _FIELD.sub(lambda field: params.get(field.group(1), field.group()), template)


def message(template: str, **params: object) -> Message:
    """A Message; parameters are turned into text now, as English shows them."""
    return Message(template, tuple((name, str(value)) for name, value in params.items()))


class Problem(NamedTuple):
    """One thing wrong with a film file, or one thing a reader had to guess or leave out."""

    where: Message
    what: Message

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def problem(where: Message | str, what: str, **params: object) -> Problem:
    """A Problem whose ``what`` is the template ``what`` filled with ``params``.

    ``where`` is a Message, or a data path such as ``details.keywords[3]``,
    which is shown as it is.
    """
    place = where if isinstance(where, Message) else message("{path}", path=where)
    return Problem(place, message(what, **params))


def problem_to_list(problem: Problem) -> list[object]:
    """A problem as JSON-ready lists (for the caches that keep warnings)."""
    return [
        problem.where.template,
        [list(pair) for pair in problem.where.params],
        problem.what.template,
        [list(pair) for pair in problem.what.params],
    ]


def problem_from_list(item: object) -> Problem:
    """A problem from ``problem_to_list``'s lists; ValueError if ``item`` is not that shape."""
    if not isinstance(item, list) or len(item) != 4:
        raise ValueError("not a problem")
    where, where_params, what, what_params = item
    return Problem(_message_from(where, where_params), _message_from(what, what_params))


def _message_from(template: object, params: object) -> Message:
    if not isinstance(template, str) or not isinstance(params, list):
        raise ValueError("not a message")
    pairs = []
    for pair in params:
        if not (isinstance(pair, list) and len(pair) == 2):
            raise ValueError("not a parameter")
        name, value = pair
        if not (isinstance(name, str) and isinstance(value, str)):
            raise ValueError("not a parameter")
        pairs.append((name, value))
    return Message(template, tuple(pairs))


FILE = message(QT_TRANSLATE_NOOP("problems", "file"))
ENCODING = message(QT_TRANSLATE_NOOP("problems", "encoding"))
TOP_LEVEL = message(QT_TRANSLATE_NOOP("problems", "top level"))


def at_line(line: int, column: int) -> Message:
    return message(
        QT_TRANSLATE_NOOP("problems", "line {line}, column {column}"), line=line, column=column
    )


class FilmFileError(Exception):
    """A film file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path | str, problems: Iterable[Problem]) -> None:
        self.path = Path(path)
        self.problems = tuple(problems)
        self.stamp: object = None
        """The version of the file that was read and found wanting, when it could be read."""
        super().__init__("\n".join(str(problem) for problem in self.problems))
