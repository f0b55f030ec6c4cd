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


class Session:
    """The app running in a real X window, driven by xdotool, its clipboard read by xclip."""

    def __init__(self, display: str, home: Path, *arguments: str) -> None:
        self.tools = need("xdotool", "xclip")
        self.env = private_env(
            home, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(home)
        )
        self.env.pop("CI", None)
        self.app = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--no-crash-dialog", *arguments],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def xdotool(self, *args: str) -> str:
        return subprocess.run(
            [self.tools["xdotool"], *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout.strip()

    def clipboard(self) -> str:
        return subprocess.run(
            [self.tools["xclip"], "-o", "-selection", "clipboard"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout

    def shown(self, title: str) -> bool:
        """True if a window shows the film ``title``."""
        return bool(self.xdotool("search", "--name", f"^{title} — "))

    def focus(self, title: str) -> None:
        # --sync: xdotool waits until the window is there.
        window = self.xdotool("search", "--sync", "--name", f"^{title} — ").split()[0]
        self.xdotool("windowfocus", "--sync", window)

    def quit(self) -> None:
        """Ctrl+Q: the app must end by itself, cleanly."""
        self.xdotool("key", "ctrl+q")
        _, errors = self.app.communicate(timeout=30)
        assert self.app.returncode == 0, errors
        assert "Traceback" not in errors

    def close(self) -> None:
        if self.app.poll() is None:
            self.app.kill()
        self.app.communicate()


@pytest.fixture
def session(display: str, tmp_path: Path) -> Iterator[Callable[..., Session]]:
    started: list[Session] = []

    def start(*arguments: str) -> Session:
        started.append(Session(display, tmp_path, *arguments))
        return started[-1]

    yield start
    for running in started:
        running.close()


@pytest.mark.slow
def test_a_real_window_answers_keys_and_quits_cleanly(session) -> None:
    app = session()
    app.focus("Stalin")
    # Ctrl+F from the Summaries tab, type, Esc back to the text with the match selected.
    app.xdotool("key", "ctrl+f")
    app.xdotool("type", "--delay", "20", "Trotsky")
    app.xdotool("key", "Escape")
    app.xdotool("key", "ctrl+c")
    wait_for(lambda: app.clipboard() == "Trotsky", "the found word on the clipboard")
    app.quit()


@pytest.mark.slow
def test_a_library_in_a_real_window(session, tmp_path: Path) -> None:
    """Open a folder, filter the list and choose a film, then search every plot and open one."""
    from tests.library_tree import make_tree

    root = tmp_path / "films"
    make_tree(root)
    app = session(str(root))
    # The library opens with its first film, in title order.
    app.focus("Amélie")
    # Ctrl+L to the filter, a word, Return: the one film left is shown.
    app.xdotool("key", "ctrl+l")
    app.xdotool("type", "--delay", "20", "ferry")
    app.xdotool("key", "Return")
    wait_for(lambda: app.shown("The Night Ferry"), "the filtered film")
    # Alt+P searches every plot; Return opens the result at its match.
    app.xdotool("key", "ctrl+l")
    app.xdotool("key", "alt+p")
    app.xdotool("key", "ctrl+a")
    app.xdotool("type", "--delay", "20", "lenin")
    app.xdotool("key", "Return")
    wait_for(lambda: app.shown("Stalin"), "the film the plot search found")
    app.xdotool("key", "Escape")
    app.xdotool("key", "ctrl+c")
    wait_for(lambda: app.clipboard() == "Lenin", "the match selected in the synopsis")
    app.quit()


@pytest.mark.slow
def test_importing_a_copied_page_in_a_real_window(session, tmp_path: Path) -> None:
    """A title page on the X clipboard: Ctrl+Shift+V shows its film, Ctrl+S saves it."""
    page = ROOT / "tests" / "data" / "pages" / "glass-orchard.txt"
    app = session()
    app.focus("Stalin")
    # xclip keeps serving the clipboard from a process of its own.
    subprocess.run(
        [app.tools["xclip"], "-selection", "clipboard", "-i", str(page)],
        env=app.env,
        check=True,
        timeout=10,
    )
    app.xdotool("key", "ctrl+shift+v")
    app.focus("The Glass Orchard")
    assert app.shown("The Glass Orchard — Not saved")
    saved = tmp_path / "the-glass-orchard-2019.json"
    app.xdotool("key", "ctrl+s")
    window = app.xdotool("search", "--sync", "--name", "^Save Film As").split()[0]
    app.xdotool("windowfocus", "--sync", window)
    app.xdotool("key", "ctrl+a")
    app.xdotool("type", "--delay", "10", str(saved))
    app.xdotool("key", "Return")
    wait_for(lambda: app.shown("The Glass Orchard — the-glass-orchard-2019.json"), "the saved film")
    checked = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--check", str(saved)],
        env={**app.env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.stdout == f"{saved}: ok\n"
    app.focus("The Glass Orchard")  # back from the dialog: nothing unsaved, it quits
    app.quit()


@pytest.mark.slow
def test_the_librarys_keys_in_a_real_window(session, tmp_path: Path) -> None:
    """Open Folder… to another library, then Ctrl+L, Alt+P, arrows through plot results
    (the keyboard kept in the field), and F1 listing all of them."""
    from tests.library_tree import make_tree

    first, second = tmp_path / "films", tmp_path / "more films"
    make_tree(first)
    make_tree(second)
    # The second library has no Amélie: its first film is another.
    (second / "Sea" / "Amélie – “Fabuleux” (2001).json").unlink()
    app = session(str(first))
    app.focus("Amélie")
    app.xdotool("key", "ctrl+shift+o")
    dialog = app.xdotool("search", "--sync", "--name", "^Open Library Folder").split()[0]
    app.xdotool("windowfocus", "--sync", dialog)
    app.xdotool("key", "ctrl+a")
    app.xdotool("type", "--delay", "10", str(second))
    app.xdotool("key", "Return")
    wait_for(lambda: not app.xdotool("search", "--name", "^Open Library Folder"), "the dialog")
    app.focus("Odd Name")
    # Ctrl+L reaches the filter of the library now open: what is typed filters it.
    app.xdotool("key", "ctrl+l")
    app.xdotool("type", "--delay", "20", "ferry")
    app.xdotool("key", "Return")
    wait_for(lambda: app.shown("The Night Ferry"), "the filtered film")
    # Alt+P and a word: Down shows the film that holds it, and the keys stay in the
    # library's field.
    app.xdotool("key", "alt+p")
    app.xdotool("key", "ctrl+a")
    app.xdotool("type", "--delay", "20", "lenin")
    time.sleep(0.5)  # the search runs a moment after the last key
    app.xdotool("key", "Down")
    wait_for(lambda: app.shown("Stalin"), "the film the plot search found")
    app.xdotool("type", "x")  # into the library's field: the find bar's would be replaced
    app.xdotool("key", "ctrl+a")
    app.xdotool("key", "ctrl+c")
    wait_for(lambda: app.clipboard() == "leninx", "the keyboard still in the library's field")
    # F1 lists the library's keys.
    app.xdotool("key", "F1")
    shortcuts = app.xdotool("search", "--sync", "--name", "^Keyboard Shortcuts").split()[0]
    app.xdotool("windowfocus", "--sync", shortcuts)
    app.xdotool("key", "Escape")
    wait_for(lambda: not app.xdotool("search", "--name", "^Keyboard Shortcuts"), "F1 closed")
    app.focus("Stalin")
    app.quit()
