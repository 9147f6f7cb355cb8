import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
from samverka.cli import main  # noqa: E402

raise SystemExit(main())
