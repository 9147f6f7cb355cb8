"""Refresh resources/i18n/samverka_en.ts from the UI sources, keeping every finished translation, then
compile it to samverka_en.qm with pyside6-lrelease.

    .venv/bin/python scripts/update_translations.py [--no-compile] [--check]

The strings are found by reading the Python syntax tree (pyside6-lupdate misses aliases such as
`N = QT_TRANSLATE_NOOP` and module helpers `def tr(text): return QCoreApplication.translate("Ctx", text)`):
  self.tr("…") / QT_TR_NOOP("…")                 context = the enclosing class
  QCoreApplication.translate("Ctx", "…")          context = "Ctx" (a module-level string constant also works)
  QT_TRANSLATE_NOOP("Ctx", "…"), its aliases and N("Ctx", "…") from samverka.ui.models.columns
  calls of a module function that returns QCoreApplication.translate("Ctx", <its parameter>)
  tr("Ctx", "…") where tr is a local alias of QCoreApplication.translate
Translate new strings in the .ts (pyside6-linguist, or by hand: fill <translation>, drop type="unfinished").
--check exits 1 if a string has no finished translation.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "samverka_en.ts"
Key = tuple[str, str]


def _literal(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class Extractor(ast.NodeVisitor):
    def __init__(self, tree: ast.Module) -> None:
        self.found: list[Key] = []
        self.classes: list[str] = []
        self.constants: dict[str, str] = {}
        self.noop_aliases = {"QT_TRANSLATE_NOOP", "N"}  # N: samverka.ui.models.columns.N, a typed no-op
        self.helpers: dict[str, str] = {}  # function name -> context
        for node in tree.body:
            self._module_level(node)

    def _module_level(self, node: ast.stmt) -> None:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                self.constants[name] = node.value.value
            if isinstance(node.value, ast.Name) and node.value.id in self.noop_aliases:
                self.noop_aliases.add(name)
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name == "QT_TRANSLATE_NOOP" and alias.asname:
                    self.noop_aliases.add(alias.asname)
        if isinstance(node, ast.FunctionDef) and node.args.args:
            param = node.args.args[0].arg
            for sub in ast.walk(node):
                if (isinstance(sub, ast.Call) and _callee(sub) == "translate" and len(sub.args) >= 2
                        and isinstance(sub.args[1], ast.Name) and sub.args[1].id == param):
                    context = _literal(sub.args[0], self.constants)
                    if context is not None:
                        self.helpers[node.name] = context

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # ast API
        name = _callee(node)
        args = node.args
        if (name == "tr" and isinstance(node.func, ast.Name) and len(args) >= 2
                and _literal(args[0], self.constants) is not None and _literal(args[1], {}) is not None):
            # tr = QCoreApplication.translate; tr("Ctx", "text")
            self.found.append((_literal(args[0], self.constants) or "", _literal(args[1], {}) or ""))
        elif name in ("tr", "QT_TR_NOOP") and isinstance(node.func, ast.Attribute | ast.Name) and args:
            text = _literal(args[0], {})
            if isinstance(node.func, ast.Name) and name in self.helpers:
                if text is not None:
                    self.found.append((self.helpers[name], text))
            elif text is not None and self.classes:
                self.found.append((self.classes[-1], text))
        elif name in self.helpers and isinstance(node.func, ast.Name) and args:
            text = _literal(args[0], {})
            if text is not None:
                self.found.append((self.helpers[name], text))
        elif (name == "translate" or name in self.noop_aliases) and len(args) >= 2:
            context, text = _literal(args[0], self.constants), _literal(args[1], {})
            if context is not None and text is not None:
                self.found.append((context, text))
        self.generic_visit(node)


def extract(paths: list[Path]) -> list[Key]:
    keys: list[Key] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        extractor = Extractor(tree)
        extractor.visit(tree)
        keys.extend(extractor.found)
    return list(dict.fromkeys(keys))


def read_existing(path: Path) -> dict[Key, str]:
    if not path.exists():
        return {}
    done: dict[Key, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.text and node.get("type") is None:
                done[(name, message.findtext("source") or "")] = node.text
    return done


def write_ts(path: Path, keys: list[Key], done: dict[Key, str]) -> None:
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="sv_SE")
    for context in sorted({c for c, _ in keys}):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for _, source in sorted((k for k in keys if k[0] == context), key=lambda k: k[1]):
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            if (context, source) in done:
                translation.text = done[(context, source)]
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; install PySide6 in this environment")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-compile", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    keys = extract(sorted((ROOT / "samverka" / "ui").rglob("*.py")))
    done = read_existing(TS)
    write_ts(TS, keys, done)
    missing = [k for k in keys if k not in done]
    print(f"{len(keys)} strings, {len(missing)} without translation -> {TS.relative_to(ROOT)}")
    if not args.no_compile:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
