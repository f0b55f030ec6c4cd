"""Garbage collection on the GUI thread, and what the app sets aside once it settles."""

from __future__ import annotations

import gc
import weakref

import pytest

from filmviewer.ui import garbage
from filmviewer.ui.garbage import GarbageCollector


class Node:
    """An object in a reference cycle: only the collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector(qapp):
    made = GarbageCollector(qapp)
    yield made
    made.stop()
    made.deleteLater()


def test_settling_frees_what_died_and_sets_the_living_aside(collector) -> None:
    alive, gone = Node(), Node()
    kept, dead = weakref.ref(alive), weakref.ref(gone)
    del gone
    garbage.settle()
    collector.collect()  # the timer's tick
    assert dead() is None
    assert gc.get_freeze_count() > 0
    assert not gc.isenabled()  # still collected on the GUI thread only
    del alive
    gc.collect()  # an ordinary collection leaves what was set aside alone
    assert kept() is not None
    garbage.settle()
    collector.collect()
    assert kept() is not None


def test_unsettling_gives_everything_back_to_collection(collector) -> None:
    node = Node()
    dead = weakref.ref(node)
    garbage.settle()
    collector.collect()
    del node
    garbage.unsettle()
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert dead() is None


def test_stopping_gives_collection_back_to_python(collector) -> None:
    garbage.settle()
    collector.collect()
    collector.stop()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    garbage.settle()  # no collector any more: nothing to do
    assert gc.get_freeze_count() == 0
