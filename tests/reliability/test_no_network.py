"""The app and every command open no network socket.

Each command runs in its own process twice over: under an audit hook (sitecustomize: every socket created,
bound, connected or name looked up from Python) and under strace (every socket(), connect() and bind()
system call of the process and its threads and children, so C++ code such as Qt is covered too).

Allowed: AF_UNIX sockets (local inter-process communication; glibc's user-name lookup may ask nscd over one,
and the X11/D-Bus platform plugins use them; they cannot reach another machine) and AF_NETLINK (a channel to
the local kernel). Any AF_INET/AF_INET6/AF_PACKET socket, any connect/bind to an IP address, and any host name
lookup fail the test.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import samverka.cli as cli

pytestmark = pytest.mark.slow  # every command under strace: CI runs it, scripts/test.sh --slow too

SITECUSTOMIZE = textwrap.dedent('''
    import json, os, sys

    _LOG = os.environ.get("SAMVERKA_NET_LOG")
    _WATCH = {"socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
              "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto",
              "socket.sendmsg"}

    def _hook(event, args):
        if _LOG and event in _WATCH:
            detail = [repr(a) for a in args[1:]] if event == "socket.__new__" else [repr(a) for a in args]
            with open(_LOG, "a", encoding="utf-8") as handle:
                handle.write(json.dumps({"event": event, "args": detail, "pid": os.getpid()}) + "\\n")

    sys.addaudithook(_hook)
    if _LOG:  # proof that the watch was active in this process
        with open(_LOG, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"event": "watching", "args": [], "pid": os.getpid()}) + "\\n")
''')


def _usable_strace() -> str | None:
    """strace, if installed and allowed to trace here (some containers forbid ptrace): else the audit hook
    alone watches (Python-level sockets only)."""
    found = shutil.which("strace")
    if found is None:
        return None
    probe = subprocess.run([found, "-f", "-qq", "--seccomp-bpf", "-e", "trace=socket", "-o", os.devnull, "true"],
                           capture_output=True, check=False, timeout=30)
    return found if probe.returncode == 0 else None


STRACE = _usable_strace()
AF_UNIX = 1


def _allowed_python_event(record: dict[str, object]) -> bool:
    args = record["args"]
    assert isinstance(args, list)
    if record["event"] == "watching":
        return True
    if record["event"] == "socket.__new__":
        return bool(args) and args[0] in (str(AF_UNIX), "<AddressFamily.AF_UNIX: 1>")
    return False


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("nonet")
    (folder / "site").mkdir()
    (folder / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    (folder / "data").mkdir(mode=0o700)
    (folder / "enkat.csv").write_text(
        "survey,year,kommun,area_code,area_name,group,item_code,item_label_sv,value_type,value,breakdown,"
        "n_respondents,n_sent,response_rate,source\n"
        "PRS-trygghet,2023,Lund,LU01,Lunds innerstad,otrygghet,UTE_SEN_KVALL,Otrygg ute ensam sen kväll,"
        "share_pct,24.5,kvinnor,170,,,polisen.se\n",
        encoding="utf-8",
    )
    return folder


def run_watched(workspace: Path, argv: list[str], *, gui: bool = False) -> subprocess.CompletedProcess[str]:
    """Run `samverka ARGV` under the audit hook and strace; fail on any network use."""
    log = workspace / "net.jsonl"
    trace = workspace / "strace.txt"
    log.unlink(missing_ok=True)
    trace.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(workspace / "site"), os.environ.get("PYTHONPATH", "")]),
        "SAMVERKA_NET_LOG": str(log),
        "SAMVERKA_DATA_DIR": str(workspace / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-m", "samverka.cli", *argv]
    if gui:  # the app runs until its windows are closed: close them after a while
        command = [sys.executable, str(Path(__file__).with_name("run_app_briefly.py")), "2500", *argv]
    if STRACE:
        command = [STRACE, "-f", "-qq", "--seccomp-bpf", "-e", "trace=socket,connect,bind,sendto,sendmsg",
                   "-o", str(trace), *command]
    result = subprocess.run(command, cwd=workspace, env=env, capture_output=True, text=True, timeout=180,
                            check=False)
    python_events = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    assert any(event["event"] == "watching" for event in python_events), "the audit hook did not load"
    bad = [event for event in python_events if not _allowed_python_event(event)]
    assert not bad, f"samverka {' '.join(argv)} used the network from Python: {bad}"
    if STRACE:
        bad_calls = [line for line in trace.read_text().splitlines() if _network_syscall(line)]
        assert not bad_calls, f"samverka {' '.join(argv)} made network system calls: {bad_calls}"
    return result


def _network_syscall(line: str) -> bool:
    if re.search(r"\bsocket\((AF_INET|AF_INET6|AF_PACKET|PF_INET|PF_INET6)", line):
        return True
    return bool(re.search(r"\b(connect|bind|sendto|sendmsg)\(.*sa_family=AF_INET", line))


def test_the_hook_and_strace_catch_a_real_attempt(workspace: Path) -> None:
    """The watch itself works: a connection attempt to a closed local port is caught by both."""
    script = workspace / "probe.py"
    script.write_text("import socket\ns = socket.socket()\ntry:\n    s.connect(('127.0.0.1', 9))\n"
                      "except OSError:\n    pass\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(workspace / "site"), "SAMVERKA_NET_LOG": str(workspace / "probe.jsonl")}
    command = [sys.executable, str(script)]
    if STRACE:
        command = [STRACE, "-f", "-qq", "--seccomp-bpf", "-e", "trace=socket,connect",
                   "-o", str(workspace / "probe.txt"), *command]
    subprocess.run(command, env=env, check=True, timeout=60)
    events = [json.loads(line)["event"] for line in (workspace / "probe.jsonl").read_text().splitlines()]
    assert "socket.connect" in events
    if STRACE:
        assert any(_network_syscall(line) for line in (workspace / "probe.txt").read_text().splitlines())


def _commands() -> set[str]:
    return {name.rsplit("cmd_", 1)[1].replace("_", "-") for name in cli.COMMAND_MODULES
            if _exists(name)}


def _exists(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


# Each command as a user runs it, in order (later ones use the files earlier ones made). The second item is
# the exit codes that mean the command did its work.
SCENARIO: list[tuple[list[str], set[int]]] = [
    (["new", "ny.samverka", "--name", "Nätverkstest", "--kommun", "Lund"], {0}),
    (["demo", "demo.samverka"], {0}),
    (["info", "demo.samverka"], {0}),
    (["info", "--json", "demo.samverka"], {0}),
    (["check-pii", "demo.samverka"], {0, 1}),
    (["backup", "create", "demo.samverka"], {0}),
    (["backup", "list", "demo.samverka"], {0}),
    (["backup", "restore", "1", "demo.samverka"], {0}),
    (["import-survey", "--dry-run", "demo.samverka", "enkat.csv"], {0}),
    (["import-survey", "demo.samverka", "enkat.csv"], {0}),
    (["export", "agreement", "demo.samverka", "-o", "avtal.pdf"], {0}),
    (["export", "promise", "demo.samverka", "-o", "lofte.pdf"], {0}),
    (["export", "lagesbild", "demo.samverka", "-o", "lagesbild.pdf"], {0}),
    (["export", "report", "demo.samverka", "-o", "rapport.pdf"], {0}),
    (["export", "followup", "demo.samverka", "-o", "uppfoljning.pdf"], {0}),
    (["export", "actions", "demo.samverka", "-o", "atgarder.xlsx"], {0}),
    (["export", "actions", "demo.samverka", "-o", "atgarder.csv"], {0}),
    (["export", "json", "demo.samverka", "-o", "demo.json"], {0}),
    (["import-json", "demo.json", "kopia.samverka"], {0}),
    (["sign", "avtal.pdf", "--field", "Signatur1", "--self-signed", "--signer-name", "Anna Lindqvist",
      "-o", "signerat.pdf"], {0}),
    (["verify", "signerat.pdf"], {0, 1}),
    (["verify", "--json", "signerat.pdf"], {0, 1}),
]


def test_every_command_runs_without_network(workspace: Path) -> None:
    covered: set[str] = set()
    available = _commands()
    for argv, ok_codes in SCENARIO:
        if argv[0] not in available:
            continue
        result = run_watched(workspace, argv)
        assert result.returncode in ok_codes, f"samverka {' '.join(argv)}: {result.stderr[-2000:]}"
        covered.add(argv[0])
    for name in sorted(available - covered):  # a command added later: at least its start-up is checked
        run_watched(workspace, [name, "--help"])
    run_watched(workspace, ["--help"])
    run_watched(workspace, ["--version"])


@pytest.mark.parametrize("argv", [["--demo"], ["demo.samverka"], ["--read-only", "demo.samverka"]])
def test_the_app_runs_without_network(workspace: Path, argv: list[str]) -> None:
    if not (workspace / "demo.samverka").exists():
        subprocess.run([sys.executable, "-m", "samverka.cli", "demo", str(workspace / "demo.samverka")],
                       env={**os.environ, "SAMVERKA_DATA_DIR": str(workspace / "data")}, check=True, timeout=120)
    result = run_watched(workspace, argv, gui=True)
    assert result.returncode == 0, result.stderr[-2000:]
