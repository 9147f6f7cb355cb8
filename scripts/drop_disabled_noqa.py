"""Remove `# noqa` codes of ruff rules the project does not enable (they silence nothing and mislead the reader).

    python scripts/drop_disabled_noqa.py [PATH ...]     (default: samverka benchmarks scripts tests)

An explanation after the codes ("# noqa: PLC0415 - loads on first use") is kept as a plain comment. The enabled
rule families are read from [tool.ruff.lint] select in pyproject.toml. Alembic migrations are left alone.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOQA = re.compile(r"\s*# noqa: ([A-Z0-9, ]+?)(?:\s+-\s+(.*))?$")


def enabled_families() -> tuple[str, ...]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return tuple(config["tool"]["ruff"]["lint"]["select"])


def is_enabled(code: str, families: tuple[str, ...]) -> bool:
    match = re.fullmatch(r"([A-Z]+)\d+", code)
    return match is not None and match.group(1) in families


def clean_line(line: str, families: tuple[str, ...]) -> str:
    match = NOQA.search(line)
    if match is None:
        return line
    codes = [c.strip() for c in match.group(1).split(",") if c.strip()]
    kept = [c for c in codes if is_enabled(c, families)]
    if kept == codes:
        return line
    head, note = line[: match.start()], match.group(2)
    if kept:
        return f"{head}  # noqa: {', '.join(kept)}" + (f" - {note}" if note else "")
    return f"{head}  # {note}" if note else head.rstrip()


def main(paths: list[str]) -> int:
    families = enabled_families()
    changed = 0
    for root in paths or ["samverka", "benchmarks", "scripts", "tests"]:
        for path in sorted((ROOT / root).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            new = "\n".join(clean_line(line, families) for line in text.split("\n"))
            if new != text:
                path.write_text(new, encoding="utf-8")
                changed += 1
                print(path.relative_to(ROOT))
    print(f"{changed} file(s) changed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
