"""Child process of test_kill.py: an endless stream of edits to one file, each announced and acknowledged.

Protocol on stdout, one line each, flushed:
    READY                      the file is open for writing
    WILL {"op": ..., ...}      the effect the next edit will have (new / set / del)
    ACK [id]                   that edit is committed (the id of a new row)
The parent kills this process with SIGKILL at a random moment and checks the file.
Usage: kill_child.py FILE services|undo SEED, or kill_child.py serve (a fork server, see serve()).
"""

from __future__ import annotations

import json
import random
import sys
from typing import Any

from samverka.core import crud
from samverka.core.collaboration_service import open_collaboration
from samverka.dto import OrganisationRow

ALPHABET = "abcåäöÅÄÖ éü ß漢字 مرحبا 🙂 \u200f-–\n"
Value = tuple[str, str]


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def random_text(rng: random.Random) -> str:
    size = rng.choice((0, 5, 40, 300, 3000))
    return "".join(rng.choice(ALPHABET) for _ in range(size))


def will(op: str, entity_id: int | None = None, value: Value | None = None) -> None:
    say("WILL " + json.dumps({"op": op, "id": entity_id, "value": value}, ensure_ascii=False))


class ServiceEditor:
    """Edits through the core services, as the command line and importers do."""

    def __init__(self, db: Any, rng: random.Random) -> None:
        self.db = db
        self.rng = rng
        self.rows: dict[int, Value] = {
            row.id: (row.name, row.responsibilities) for row in crud.list_rows(db, "organisation")
        }
        self.serial = len(self.rows)

    def step(self) -> None:
        roll = self.rng.random()
        if roll < 0.4 or len(self.rows) < 5:
            self.create()
        elif roll < 0.85:
            self.update(self.rng.choice(sorted(self.rows)))
        else:
            self.delete(self.rng.choice(sorted(self.rows)))

    def new_value(self) -> Value:
        self.serial += 1
        return (f"org-{self.serial}-{self.rng.randrange(10**6)}", random_text(self.rng))

    def create(self) -> None:
        value = self.new_value()
        will("new", None, value)
        new_id, _ = crud.create(self.db, "organisation", {"name": value[0], "responsibilities": value[1]})
        self.rows[new_id] = value
        say(f"ACK {new_id}")

    def update(self, entity_id: int) -> None:
        old = self.rows[entity_id]
        value = (old[0], random_text(self.rng))
        will("set", entity_id, value)
        crud.update(self.db, "organisation", entity_id, {"responsibilities": value[1]},
                    expected={"responsibilities": old[1]})
        self.rows[entity_id] = value
        say("ACK")

    def delete(self, entity_id: int) -> None:
        will("del", entity_id)
        crud.delete_row(self.db, "organisation", entity_id)
        del self.rows[entity_id]
        say("ACK")


class UndoEditor(ServiceEditor):
    """Edits through the GUI's undo commands, with undo and redo mixed in."""

    def __init__(self, db: Any, rng: random.Random) -> None:
        super().__init__(db, rng)
        from samverka.ui.context import make_context  # noqa: PLC0415
        from samverka.ui.undo import CreateCommand, DeleteCommand, UpdateCommand  # noqa: PLC0415

        self.ctx = make_context(db)
        self.kinds = (CreateCommand, DeleteCommand, UpdateCommand)
        self.removed: dict[int, Value] = {}

    def step(self) -> None:
        stack = self.ctx.undo.stack
        roll = self.rng.random()
        if roll < 0.15 and stack.canUndo():
            self.undo_or_redo(stack.command(stack.index() - 1), undoing=True)
        elif roll < 0.25 and stack.canRedo():
            self.undo_or_redo(stack.command(stack.index()), undoing=False)
        else:
            super().step()

    def create(self) -> None:
        value = self.new_value()
        will("new", None, value)
        new_id = self.ctx.undo.create(OrganisationRow, name=value[0], responsibilities=value[1]).entity_id
        assert new_id is not None
        self.rows[new_id] = value
        say(f"ACK {new_id}")

    def update(self, entity_id: int) -> None:
        old = self.rows[entity_id]
        value = (old[0], random_text(self.rng))
        will("set", entity_id, value)
        assert self.ctx.undo.update(OrganisationRow, entity_id, responsibilities=value[1],
                                    expected={"responsibilities": old[1]})
        self.rows[entity_id] = value
        say("ACK")

    def delete(self, entity_id: int) -> None:
        will("del", entity_id)
        assert self.ctx.undo.delete(OrganisationRow, entity_id)
        self.removed[entity_id] = self.rows.pop(entity_id)
        say("ACK")

    def undo_or_redo(self, command: Any, *, undoing: bool) -> None:
        create, delete, update = self.kinds
        stack = self.ctx.undo.stack
        if isinstance(command, update):
            fields = command.old if undoing else command.new
            value = (self.rows[command.entity_id][0], fields["responsibilities"])
            self.announce_set(command.entity_id, value)
        elif isinstance(command, create) and undoing or isinstance(command, delete) and not undoing:
            will("del", command.entity_id)
            self.removed[command.entity_id] = self.rows.pop(command.entity_id)
        else:
            self.announce_set(command.entity_id, self.removed.pop(command.entity_id))
        stack.undo() if undoing else stack.redo()
        say("ACK")

    def announce_set(self, entity_id: int, value: Value) -> None:
        will("set", entity_id, value)
        self.rows[entity_id] = value


def run(path: str, mode: str, seed: int) -> None:
    if mode == "undo":
        from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

        app = QGuiApplication(["kill_child", "-platform", "offscreen"])  # noqa: F841 - lives until the kill
    db = open_collaboration(path, require_write=True)
    rng = random.Random(seed)
    editor = UndoEditor(db, rng) if mode == "undo" else ServiceEditor(db, rng)
    say("READY")
    while True:
        editor.step()


def serve() -> None:
    """A fork server: import everything once, then fork one editing child per request line.

    Request on stdin: "FILE MODE SEED OUTFILE"; reply on stdout: the child's pid. The child writes its
    protocol lines to OUTFILE (each line one write(), so what it acknowledged survives its kill).
    """
    import os  # noqa: PLC0415
    import signal  # noqa: PLC0415

    import PySide6.QtGui  # noqa: F401, PLC0415 - imported before forking, the app object after

    import samverka.core.backups  # noqa: F401, PLC0415
    import samverka.core.locking  # noqa: F401, PLC0415
    import samverka.core.pii  # noqa: F401, PLC0415 - the undo commands' personal-data check
    import samverka.models.orm  # noqa: F401, PLC0415 - the ORM loads at the first write otherwise
    import samverka.ui.context  # noqa: F401, PLC0415

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    for request in sys.stdin:
        path, mode, seed, outfile = request.split()
        pid = os.fork()
        if pid == 0:
            fd = os.open(outfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            sys.stdout = os.fdopen(fd, "w", buffering=1, encoding="utf-8")
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            try:
                run(path, mode, int(seed))
            finally:
                os._exit(3)
        print(pid, flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        serve()
    else:
        run(sys.argv[1], sys.argv[2], int(sys.argv[3]))
