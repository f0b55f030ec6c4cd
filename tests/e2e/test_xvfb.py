"""The app in a real X window (xcb, as Linux desktops run it), driven by real key presses."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.e2e.conftest import private_env
from tests.e2e.tools import need


def wait_for(check: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    """Poll another process's state until ``check`` holds, or fail after ``timeout``.

    The app answers key presses in its own time; the X clipboard has no way to
    say it has changed, so it is asked again every tenth of a second.
    """
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)


@pytest.fixture
def display() -> Iterator[str]:
    """A private X server; Xvfb chooses a free display number and tells it through a pipe."""
    xvfb = need("Xvfb")["Xvfb"]
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 30)
        assert ready, "Xvfb did not start"
        yield ":" + os.read(read, 32).decode().strip()
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
def test_a_real_window_answers_keys_and_quits_cleanly(display: str, tmp_path: Path) -> None:
    tools = need("xdotool", "xclip")
    env = private_env(
        tmp_path, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(tmp_path)
    )
    env.pop("CI", None)
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--no-crash-dialog"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    def xdotool(*args: str) -> str:
        return subprocess.run(
            [tools["xdotool"], *args], env=env, capture_output=True, text=True, timeout=30
        ).stdout.strip()

    def clipboard() -> str:
        return subprocess.run(
            [tools["xclip"], "-o", "-selection", "clipboard"],
            env=env,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout

    try:
        # --sync: xdotool waits until the window is there.
        window = xdotool("search", "--sync", "--name", "^Stalin — ").split()[0]
        xdotool("windowfocus", "--sync", window)
        # Ctrl+F from the Summaries tab, type, Esc back to the text with the match selected.
        xdotool("key", "ctrl+f")
        xdotool("type", "--delay", "20", "Trotsky")
        xdotool("key", "Escape")
        xdotool("key", "ctrl+c")
        wait_for(lambda: clipboard() == "Trotsky", "the found word on the clipboard")
        xdotool("key", "ctrl+q")
        _, errors = app.communicate(timeout=30)
        assert app.returncode == 0, errors
        assert "Traceback" not in errors
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate()


@pytest.mark.slow
def test_a_library_in_a_real_window(display: str, tmp_path: Path) -> None:
    """Open a folder, filter the list and choose a film, then search every plot and open one."""
    from tests.library_tree import make_tree

    tools = need("xdotool", "xclip")
    root = tmp_path / "films"
    make_tree(root)
    env = private_env(
        tmp_path, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(tmp_path)
    )
    env.pop("CI", None)
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--no-crash-dialog", str(root)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    def xdotool(*args: str) -> str:
        return subprocess.run(
            [tools["xdotool"], *args], env=env, capture_output=True, text=True, timeout=30
        ).stdout.strip()

    def shown(title: str) -> bool:
        return bool(xdotool("search", "--name", f"^{title} — "))

    def clipboard() -> str:
        return subprocess.run(
            [tools["xclip"], "-o", "-selection", "clipboard"],
            env=env,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout

    try:
        # The library opens with its first film, in title order.
        window = xdotool("search", "--sync", "--name", "^Amélie — ").split()[0]
        xdotool("windowfocus", "--sync", window)
        # Ctrl+L to the filter, a word, Return: the one film left is shown.
        xdotool("key", "ctrl+l")
        xdotool("type", "--delay", "20", "ferry")
        xdotool("key", "Return")
        wait_for(lambda: shown("The Night Ferry"), "the filtered film")
        # Alt+P searches every plot; Return opens the result at its match.
        xdotool("key", "ctrl+l")
        xdotool("key", "alt+p")
        xdotool("key", "ctrl+a")
        xdotool("type", "--delay", "20", "lenin")
        xdotool("key", "Return")
        wait_for(lambda: shown("Stalin"), "the film the plot search found")
        xdotool("key", "Escape")
        xdotool("key", "ctrl+c")
        wait_for(lambda: clipboard() == "Lenin", "the match selected in the synopsis")
        xdotool("key", "ctrl+q")
        _, errors = app.communicate(timeout=30)
        assert app.returncode == 0, errors
        assert "Traceback" not in errors
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate()
