"""The command line: --check, --schema, --screenshot, --version, and the entry points."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from filmviewer import __version__
from tests.conftest import BUNDLED, ROOT


def no_traceback(process) -> None:
    assert "Traceback" not in process.stderr
    assert "Traceback" not in process.stdout


def test_check_a_good_file(run) -> None:
    process = run("--check", BUNDLED)
    assert (process.returncode, process.stdout) == (0, f"{BUNDLED}: ok\n")


def test_check_reports_each_problem_of_each_file(run, film_file) -> None:
    good = film_file('{"title": "Fine"}', "good.json")
    broken = film_file('{"title": "x",\n "year": }', "broken.json")
    wrong = film_file(
        json.dumps({"title": "", "box_office": {"budget": {"amount": "1", "currency": "USD"}}}),
        "wrong.json",
    )
    process = run("--check", good, broken, wrong)
    assert process.returncode == 1
    assert process.stdout.splitlines() == [
        f"{good}: ok",
        f"{broken}: line 2, column 10: not valid JSON: a value is missing here",
        f"{wrong}: title: must not be empty, or only spaces and invisible characters",
        f"{wrong}: box_office.budget.amount: should be a whole number",
    ]
    no_traceback(process)


def test_check_a_missing_file_and_a_folder(run, tmp_path: Path) -> None:
    process = run("--check", tmp_path / "missing.json", tmp_path)
    assert process.returncode == 1
    assert process.stdout.splitlines() == [
        f"{tmp_path / 'missing.json'}: file: no such file",
        f"{tmp_path}: holds no film files (.json or .nfo)",
    ]


@pytest.mark.parametrize(
    "args", [("--check",), ("--tab", "nowhere"), ("--size", "big"), ("--check", "a", "--schema")]
)
def test_usage_errors_exit_2(run, args) -> None:
    process = run(*args)
    assert process.returncode == 2
    assert process.stderr.startswith("usage: filmviewer")
    no_traceback(process)


def test_schema_describes_the_format(run) -> None:
    process = run("--schema")
    assert process.returncode == 0
    schema = json.loads(process.stdout)
    assert schema["required"] == ["title"]
    assert schema["additionalProperties"] is False
    assert "format_version" in schema["properties"]
    budget = schema["$defs"]["Money"]["properties"]["amount"]
    assert budget["description"]
    for name, definition in [("Film", schema), *schema["$defs"].items()]:
        for field, spec in definition["properties"].items():
            assert spec.get("description"), f"{name}.{field} has no description"


def test_version(run) -> None:
    process = run("--version")
    assert (process.returncode, process.stdout) == (0, f"filmviewer {__version__}\n")


def test_help_names_every_mode(run) -> None:
    process = run("--help")
    assert process.returncode == 0
    options = ("--check", "--schema", "--screenshot", "--tab", "--size", "--version", "--export")
    for option in (*options, "--format", "--output", "--find", "--no-crash-dialog"):
        assert option in process.stdout


def test_screenshot_renders_the_chosen_tab(run, tmp_path: Path) -> None:
    out = tmp_path / "details.png"
    process = run("--screenshot", out, "--tab", "details", "--size", "800x600")
    assert process.returncode == 0, process.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)
    # Not a blank frame: the picture holds text, so more than a few colours.
    colours = {image.pixel(x, y) for x in range(0, 800, 7) for y in range(0, 600, 7)}
    assert len(colours) > 5


def test_screenshot_of_a_bad_file_shows_the_problem_and_exits_1(run, tmp_path, film_file):
    bad = film_file("[1, 2]", "list.json")
    out = tmp_path / "problem.png"
    process = run("--screenshot", out, bad)
    assert process.returncode == 1
    assert process.stderr.splitlines()[:2] == [
        f"filmviewer: cannot open {bad}:",
        "top level: expected an object describing a film, found an array",
    ]
    assert out.exists()
    no_traceback(process)


@pytest.mark.parametrize(
    "entry",
    [
        (sys.executable, "-m", "filmviewer"),
        (sys.executable, str(ROOT / "main.py")),
        (str(Path(sys.executable).parent / "filmviewer"),),
    ],
    ids=["python -m filmviewer", "python main.py", "filmviewer"],
)
def test_every_entry_point_runs(run, entry) -> None:
    process = run("--check", BUNDLED, entry=entry)
    assert (process.returncode, process.stdout) == (0, f"{BUNDLED}: ok\n")


def test_screenshot_with_the_find_bar(run, tmp_path: Path) -> None:
    out = tmp_path / "find.png"
    plain = tmp_path / "plain.png"
    assert run("--screenshot", out, "--tab", "synopsis", "--find", "Lenin").returncode == 0
    assert run("--screenshot", plain, "--tab", "synopsis").returncode == 0
    found, unfound = QImage(str(out)), QImage(str(plain))
    assert found.size() == unfound.size()
    # The bar takes the bottom rows, and the highlights change the text's pixels.
    bottom = found.height() - 10
    assert any(found.pixel(x, bottom) != unfound.pixel(x, bottom) for x in range(found.width()))


def test_export_to_a_file_and_to_standard_output(run, tmp_path: Path) -> None:
    out = tmp_path / "details.md"
    process = run("--export", "details", "--format", "markdown", "-o", out)
    assert (process.returncode, process.stdout) == (0, "")
    assert out.read_text(encoding="utf-8").startswith(
        "## Details — Stalin (1992)\n\n- **Keywords:**"
    )
    process = run("--export", "tech-specs")
    assert process.returncode == 0
    assert process.stdout.startswith("Stalin (1992) — Tech Specs\n\nRuntime:")


def test_export_of_a_bad_file_says_why(run, film_file) -> None:
    bad = film_file('{"title": 5}', "bad.json")
    process = run("--export", "all", bad)
    assert process.returncode == 1
    assert process.stdout == ""
    assert process.stderr.splitlines() == [
        f"filmviewer: cannot open {bad}:",
        "title: should be text in double quotes",
    ]
    no_traceback(process)


def test_export_options_need_export(run) -> None:
    process = run("--format", "json")
    assert process.returncode == 2
    assert "--format and --output go with --export" in process.stderr


def test_a_screenshot_leaves_the_users_settings_alone(run, tmp_path: Path, film_file) -> None:
    other = film_file('{"title": "Other"}', "other.json")
    assert run("--screenshot", tmp_path / "a.png", "--tab", "synopsis", other).returncode == 0
    assert not (tmp_path / "config" / "filmviewer").exists()


def test_without_a_display_it_says_so(run) -> None:
    process = run(unset=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    assert process.returncode == 1
    assert process.stderr.startswith("filmviewer: no display to open a window on")
    no_traceback(process)


def test_check_escapes_what_a_file_name_could_do_to_a_terminal(run, tmp_path: Path) -> None:
    forged = tmp_path / "a\nfilm.json: ok\n\x1b]0;owned\x07\x1b[2J.json"
    forged.write_text('{"title": 1}', encoding="utf-8")
    process = run("--check", forged)
    assert process.returncode == 1
    assert process.stdout == (
        f"{tmp_path}/a\\nfilm.json: ok\\n\\x1b]0;owned\\x07\\x1b[2J.json: "
        "title: should be text in double quotes\n"
    )
    assert "\x1b" not in process.stdout


def test_check_a_name_that_is_not_utf8(run, tmp_path: Path) -> None:
    import os

    name = os.fsencode(tmp_path) + b"/caf\xe9.json"
    with open(name, "w", encoding="utf-8") as file:
        file.write('{"title": "Café"}')
    process = run("--check", os.fsdecode(name), env={"PYTHONIOENCODING": "utf-8"})
    assert (process.returncode, process.stdout) == (0, f"{tmp_path}/caf\\xe9.json: ok\n")
    no_traceback(process)


@pytest.fixture
def huge_number(film_file) -> Path:
    return film_file('{"title": "x", "year": ' + "1" * 5000 + "}", "digits.json")


def test_a_number_past_pythons_limit_is_a_problem_in_every_mode(run, huge_number, tmp_path) -> None:
    expected = "line 1, column 24: a number of 5,000 digits; no value in a film file is that long"
    check = run("--check", huge_number)
    assert (check.returncode, check.stdout) == (1, f"{huge_number}: {expected}\n")
    export = run("--export", "all", huge_number)
    assert export.returncode == 1
    assert export.stderr.splitlines()[1] == expected
    shot = run("--screenshot", tmp_path / "shot.png", huge_number)
    assert shot.returncode == 1
    assert expected in shot.stderr
    for process in (check, export, shot):
        no_traceback(process)


def test_text_with_terminal_escapes_never_reaches_the_terminal(run, film_file) -> None:
    escaped = film_file(json.dumps({"title": "x", "synopsis": "a\u001b[2Jb"}), "esc.json")
    export = run("--export", "synopsis", escaped)
    assert export.returncode == 1
    assert "\x1b" not in export.stdout + export.stderr
    assert export.stderr.splitlines()[1] == (
        "synopsis: holds U+001B (ESCAPE) at character 2, which film text may not hold"
    )


def test_qt_s_own_options_are_taken_as_every_qt_application_takes_them(run, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    shots = {}
    for name, options in {
        "plain": (),
        "reversed": ("-reverse",),
        "windows": ("-style", "Windows", "--reverse"),
        "windows=": ("-style=Windows", "-reverse"),
    }.items():
        out = tmp_path / f"{name}.png"
        process = run(*options, "--screenshot", out, "--size", "700x400")
        assert process.returncode == 0, process.stderr
        shots[name] = QImage(str(out))
    # Right to left, the menu bar's first menu (File) is at the right edge.
    assert shots["plain"].copy(0, 0, 60, 20) != shots["reversed"].copy(0, 0, 60, 20)
    assert shots["windows"] == shots["windows="]  # "-style X" and "-style=X" alike
    assert shots["windows"] != shots["reversed"]  # another style


def test_qt_s_options_are_told_from_film_viewer_s_arguments() -> None:
    from filmviewer.commands.arguments import split_qt_options

    assert split_qt_options(
        ["-style", "Fusion", "--tab", "cast", "-reverse", "--platform=xcb", "film.json"]
    ) == (["--tab", "cast", "film.json"], ["-style", "Fusion", "-reverse", "-platform=xcb"])
    # After "--", a file whose name looks like an option is a file.
    assert split_qt_options(["--", "-reverse"]) == (["--", "-reverse"], [])
    assert split_qt_options(["--style-guide.json"]) == (["--style-guide.json"], [])


@pytest.mark.parametrize(
    "args",
    [
        ("--export", "all", "--format", "json"),
        ("--schema",),
        ("--check", "DATA", "DATA", "DATA"),
        ("--list", "LIBRARY"),
        ("--import", "PAGE"),
    ],
)
def test_a_headless_command_piped_into_head_ends_quietly(tmp_path: Path, args) -> None:
    import subprocess
    import sys

    from tests.conftest import BUNDLED, ROOT
    from tests.e2e.conftest import private_env
    from tests.library_tree import make_many

    library = tmp_path / "library"
    make_many(library, 30)
    page = ROOT / "tests" / "data" / "stalin-1992-title-page.txt"
    out = tmp_path / "imported.json"
    replaced = {"DATA": str(BUNDLED), "LIBRARY": str(library), "PAGE": str(page)}
    command = [sys.executable, str(ROOT / "main.py"), *(replaced.get(a, a) for a in args)]
    if args[0] == "--import":
        command += ["--title", "Stalin", "--year", "1992"]  # to standard output: no -o
    env = private_env(tmp_path)
    # `COMMAND | head -c 1`: the reader takes a byte and goes.
    process = subprocess.Popen(
        f"{' '.join(map(repr, command))} | head -c 1 >/dev/null; echo ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    stdout, stderr = process.communicate(timeout=120)
    # An import still names what it read doubtfully; nothing else may be said.
    said = [line for line in stderr.splitlines() if not line.startswith("warning: ")]
    assert said == []
    assert stdout.strip() in ("0", "141")
    logs = list((tmp_path / "state").rglob("crash.log"))
    assert all("BrokenPipeError" not in log.read_text(encoding="utf-8") for log in logs)
    assert not out.exists()
