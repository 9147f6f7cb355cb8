"""Run `samverka ARGV` as the real app and close its windows after MS milliseconds, as a user closing it would.

    python tests/reliability/run_app_briefly.py MS ARGV...
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from samverka.cli import main

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(int(sys.argv[1]), QApplication.closeAllWindows)
    sys.exit(main(sys.argv[2:]))
