"""The command line speaks the user's language, tells how to open the window, pays only for the command that
runs, ends quietly when its reader goes away, and never overwrites a file unless told to."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samverka.cli import main
from samverka.core.overview import COUNT_LABELS


def _run(*args: str, lang: str = "sv", **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SAMVERKA_LANG": lang}
    return subprocess.run([sys.executable, "-m", "samverka.cli", *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False, **kwargs)  # type: ignore[call-overload]


def test_help_is_swedish_and_shows_how_to_open_the_window() -> None:
    done = _run("--help")
    assert done.returncode == 0
    out = done.stdout
    assert out.startswith("användning: samverka [FIL | ADRESS] [--demo]")
    assert "samverka --demo" in out and "samverka FIL" in out
    assert "flaggor:" in out and "kommandon:" in out and "visa den här hjälpen och avsluta" in out
    assert "usage:" not in out and "show this help" not in out


def test_help_in_english_with_lang_en() -> None:
    done = _run("--lang", "en", "--help")
    assert done.stdout.startswith("usage: samverka [FILE | URL] [--demo]")
    assert "samverka --demo" in done.stdout and "options:" in done.stdout and "commands:" in done.stdout
    assert "användning" not in done.stdout and "visa " not in done.stdout


@pytest.mark.parametrize(("args", "sv", "en"), [
    (["info"], "samverka info: fel: följande argument saknas: FIL",
     "samverka info: error: the following arguments are required: FILE"),
    (["inof", "x.samverka"], "ogiltigt val: 'inof'", "invalid choice: 'inof'"),
    (["new", "x.samverka", "--name", "X", "--start", "2026-13-01"], "”2026-13-01” är inget datum; skriv ÅÅÅÅ-MM-DD",
     "“2026-13-01” is not a date; write YYYY-MM-DD"),
    (["info", "x.samverka", "--nej"], "okända argument: --nej", "unrecognized arguments: --nej"),
])
def test_usage_errors_in_swedish_and_english(args: list[str], sv: str, en: str) -> None:
    swedish = _run(*args)
    assert swedish.returncode == 2
    assert sv in swedish.stderr and "användning:" in swedish.stderr and "usage:" not in swedish.stderr
    english = _run("--lang", "en", *args)
    assert english.returncode == 2
    assert en in english.stderr and "usage:" in english.stderr


def test_help_loads_no_command_implementation() -> None:
    """The parser is built from the commands' argument lists alone: no database layer, services or exporters."""
    probe = ("import sys, contextlib, io\nfrom samverka.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             "    try:\n        main(['--help'])\n    except SystemExit:\n        pass\n"
             "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic', 'samverka.core.',"
             " 'samverka.models.', 'samverka.export', 'samverka.workflow', 'PySide6', 'openpyxl')) and "
             "m != 'samverka.core.export_formats'))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "[]"


def test_info_counts_are_named_in_the_chosen_language(demo_path: Path) -> None:
    swedish = _run("info", str(demo_path)).stdout
    english = _run("--lang", "en", "info", str(demo_path)).stdout
    for key, (sv, en) in COUNT_LABELS.items():
        assert f"    {sv}: " in swedish, key
        assert f"    {en}: " in english, key
        if sv != en:
            assert f"    {en}: " not in swedish, key
    assert "Antal:" in swedish and "Counts:" not in swedish and "Counts:" in english


def test_info_json_counts_every_labelled_count(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(demo_path), "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)["counts"]) == set(COUNT_LABELS)


def test_a_closed_pipe_ends_quietly(demo_path: Path) -> None:
    """`samverka info FILE | head`: the reader is gone before the first line; no traceback, no crash log."""
    env = {**os.environ, "SAMVERKA_LANG": "sv"}
    child = subprocess.Popen([sys.executable, "-m", "samverka.cli", "info", str(demo_path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    err = child.stderr.read().decode()
    code = child.wait(timeout=120)
    assert code == 141
    assert err == ""
    logs = Path(os.environ["SAMVERKA_DATA_DIR"]) / "logs"
    assert not list(logs.glob("crash-*")) if logs.exists() else True


def test_a_closed_pipe_during_help_ends_quietly() -> None:
    child = subprocess.Popen([sys.executable, "-m", "samverka.cli", "--help"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    assert child.stderr.read() == b""
    assert child.wait(timeout=60) in (0, 141)  # argparse itself ignores a failed write of its help


def test_export_keeps_an_existing_file_unless_forced(demo_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.csv"
    out.write_text("mitt eget arbete\n", encoding="utf-8")
    assert main(["export", "actions", str(demo_path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "finns redan" in err and "--force" in err
    assert out.read_text(encoding="utf-8") == "mitt eget arbete\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left behind
    assert main(["export", "actions", str(demo_path), "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8") != "mitt eget arbete\n"


def test_export_in_english_says_so_in_english(demo_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.csv"
    out.write_bytes(b"x")
    assert main(["--lang", "en", "export", "actions", str(demo_path), "-o", str(out)]) == 1
    assert "already exists and was not changed" in capsys.readouterr().err


def test_write_without_overwrite_keeps_a_file_made_meanwhile(tmp_path: Path) -> None:
    """The check before the work is not the only guard: a file that appears while the export is built is kept."""
    from samverka.errors import KnownError
    from samverka.export.files import _publish_new

    temp = tmp_path / ".new.tmp"
    temp.write_bytes(b"new")
    target = tmp_path / "made-meanwhile.csv"
    target.write_bytes(b"theirs")
    with pytest.raises(KnownError):
        _publish_new(temp, target)
    assert target.read_bytes() == b"theirs"
