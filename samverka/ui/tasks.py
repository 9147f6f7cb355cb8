"""Background work: the one helper that runs a function on a worker thread and calls back on the GUI thread.

`run_task(parent, label, work, on_done)` runs `work(progress)` on Qt's thread pool. The work opens its own
connections (the services do, per call) and never touches widgets. If it takes longer than half a second a
window-modal progress dialog shows how far it has come, with a Cancel button: `progress(fraction)` raises
`samverka.core.progress.Cancelled` once Cancel was pressed, and a service that writes rolls its transaction
back, so a cancelled import leaves nothing. `on_done(result)` or `on_error(exception)` then runs on the GUI
thread; an error that is not a KnownError goes to the crash handler like any bug.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from samverka.core.progress import Cancelled, Progress, no_progress
from samverka.errors import KnownError

T = TypeVar("T")

SHOW_AFTER_MS = 500  # shorter work shows no dialog (it would only flicker)
_STEPS = 1000


class _Signals(QObject):
    progressed = Signal(int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QObject, Generic[T]):
    """One piece of background work and its progress dialog. Keep a reference until `done` is True (run_task
    keeps one on the parent)."""

    def __init__(self, parent: QWidget, label: str | None, work: Callable[[Progress], T],
                 on_done: Callable[[T], None], on_error: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.label = label
        self.work = work
        self.on_done = on_done
        self.on_error = on_error
        self.done = False
        self.cancel_requested = threading.Event()
        self.dialog: QProgressDialog | None = None
        self._value = 0
        self.signals = _Signals()
        self.signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)

    def start(self) -> None:
        if self.label is not None:  # work without a label is quiet: no dialog
            self._show_timer.start(SHOW_AFTER_MS)
        QThreadPool.globalInstance().start(_Runner(self))

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self.cancel_requested.set()

    # --- worker thread ---------------------------------------------------------------------------------
    def progress(self, fraction: float) -> None:
        if self.cancel_requested.is_set():
            raise Cancelled
        self.signals.progressed.emit(int(max(0.0, min(1.0, fraction)) * _STEPS))

    def run_work(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)

    # --- GUI thread ------------------------------------------------------------------------------------
    def _show_dialog(self) -> None:
        if self.done or self.label is None:
            return
        dialog = QProgressDialog(self.label, QCoreApplication.translate("Tasks", "Avbryt"), 0, _STEPS,
                                 self.parent_widget)
        dialog.setWindowTitle(self.label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(self._value)
        dialog.canceled.connect(self._cancel_pressed)
        dialog.show()
        self.dialog = dialog

    def _cancel_pressed(self) -> None:
        self.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("Tasks", "Avbryter…"))
            self.dialog.setCancelButton(None)  # no button: the work is stopping

    def _progressed(self, value: int) -> None:
        self._value = value
        if self.dialog is not None and not self.cancel_requested.is_set():
            self.dialog.setValue(value)

    def _close(self) -> None:
        self.done = True
        self._show_timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancel_pressed)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _finished(self, result: object) -> None:
        self._close()
        self.on_done(result)  # type: ignore[arg-type]
        self.deleteLater()

    def _failed(self, exc: object) -> None:
        self._close()
        assert isinstance(exc, BaseException)
        try:
            if self.on_error is not None and isinstance(exc, KnownError):
                self.on_error(exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            self.deleteLater()


class _Runner(QRunnable):
    def __init__(self, task: Task[Any]) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run_work()


def run_task(parent: QWidget, label: str | None, work: Callable[[Progress], T], on_done: Callable[[T], None],
             on_error: Callable[[BaseException], None] | None = None, *, in_background: bool = True) -> Task[T] | None:
    """Run `work(progress)` on a worker thread; see the module's docstring. Work known to be short
    (`in_background=False`: a small file) runs here and now, through the same callbacks. Without a `label` no
    dialog is shown (work nobody waits for)."""
    if not in_background:
        try:
            result = work(no_progress)
        except KnownError as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            on_done(result)
        return None
    task = Task(parent, label, work, on_done, on_error)
    task.start()
    return task
