"""Every expectation the real files' source projects hold that a film can hold, met or
decided otherwise (tests/fidelity.py lists them, and prints the README's table)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from tests.conftest import real
from tests.fidelity import EXPECTATIONS, SAME, Expect, result


@pytest.fixture(autouse=True)
def _app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


@pytest.mark.parametrize(
    "expect",
    EXPECTATIONS,
    ids=[f"{e.kind}: {e.file.split('/')[-1][:40]}: {e.what}" for e in EXPECTATIONS],
)
def test_the_source_projects_expectation(expect: Expect) -> None:
    real(expect.file)  # the corpus beside the checkout
    found = result(expect)
    if expect.ours is SAME:
        assert found == expect.expected
    else:
        assert found == expect.ours, expect.why
        assert found != expect.expected


def test_the_readmes_table_is_the_one_the_script_prints() -> None:
    from tests.conftest import ROOT
    from tests.fidelity import table

    real("SOURCES.md")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert table() in readme, "run 'python -m tests.fidelity' and put its table in the README"
