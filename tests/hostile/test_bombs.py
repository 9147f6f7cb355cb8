"""Small files that unpack to gigabytes, or nest, or repeat without end, are refused within seconds and under
200 MB, each in a child process under RLIMIT_AS (a bomb that got through would fail there, not eat the machine).

The bombs are built here, never committed. Each run reports its cost (set SAMVERKA_BOMB_REPORT to collect them).
"""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_helpers import MEMORY_CEILING_MB, Run, digest, run_cli

from samverka.core.collaboration_service import new_collaboration
from samverka.core.json_io import export_json

LONG_HEADER = ["survey", "year", "area_code", "area_name", "item_code", "item_label_sv", "value_type", "value"]


@pytest.fixture
def collab(tmp_path: Path) -> Path:
    path = tmp_path / "mål.samverka"
    new_collaboration(path, name="Bombmål").close()
    return path


def _refused(run: Run, name: str, *, expect: str) -> None:
    print(run.report(name))
    assert not run.killed, f"{name}: not refused within the time limit"
    assert run.returncode == 1, f"{name}: exit {run.returncode}: {run.stderr[-1500:]}"
    assert expect in run.stderr, run.stderr[-1500:]
    assert run.stderr.count("\n") == 1 and len(run.stderr) < 600, "the refusal must be one short line"
    assert "Traceback" not in run.stderr
    assert run.peak_mb < MEMORY_CEILING_MB


def _import_survey(collab: Path, data: Path) -> Run:
    before = digest(collab)
    run = run_cli(["import-survey", str(collab), str(data)])
    assert digest(collab) == before
    return run


# --- XLSX ------------------------------------------------------------------------------------------------------

def _xlsx(path: Path, members: dict[str, bytes | Callable[[zipfile.ZipFile, str], None]]) -> Path:
    """A minimal workbook; a member may be bytes or a function that streams itself into the zip."""
    base: dict[str, bytes | Callable[[zipfile.ZipFile, str], None]] = {
        "[Content_Types].xml": (
            b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            b'<Default Extension="xml" ContentType="application/xml"/>'
            b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument'
            b'.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
            b'"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            b'<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": _sheet([LONG_HEADER, ["PRS", "2024", "A1", "Ett", "Q1", "Fråga", "index", "2"]]),
    }
    base.update(members)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, content in base.items():
            if callable(content):
                content(archive, name)
            else:
                archive.writestr(name, content)
    return path


def _sheet(rows: list[list[str]]) -> bytes:
    body = "".join(
        f'<row r="{r}">' + "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in row) + "</row>"
        for r, row in enumerate(rows, start=1)
    )
    return (
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{body}</sheetData></worksheet>"
    ).encode()


def _streamed(head: bytes, repeat: bytes, times: int, tail: bytes) -> Callable[[zipfile.ZipFile, str], None]:
    def write(archive: zipfile.ZipFile, name: str) -> None:
        with archive.open(name, "w", force_zip64=True) as out:
            out.write(head)
            block = repeat * max(1, (1 << 20) // len(repeat))
            written = 0
            while written + len(block) <= times * len(repeat):
                out.write(block)
                written += len(block)
            out.write(repeat * ((times * len(repeat) - written) // len(repeat)))
            out.write(tail)

    return write


SHEET_HEAD = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              b'<sheetData><row r="1">')
SHEET_TAIL = b"</row></sheetData></worksheet>"


@pytest.mark.slow
def test_one_cell_of_1_5_gb(collab: Path, tmp_path: Path) -> None:
    """Seen: a 1.5 MB XLSX with one 1.5 GB cell took 5.4 GB and 2 min 16 s, and echoed the cell."""
    bomb = _xlsx(tmp_path / "cell.xlsx", {"xl/worksheets/sheet1.xml": _streamed(
        SHEET_HEAD + b'<c r="A1" t="inlineStr"><is><t>', b"A" * 1024, 1_500_000, b"</t></is></c>" + SHEET_TAIL)})
    assert bomb.stat().st_size < 3_000_000
    _refused(_import_survey(collab, bomb), "xlsx one 1.5 GB cell", expect="läses inte")


def test_one_cell_of_a_megabyte_of_varied_text(collab: Path, tmp_path: Path) -> None:
    """Below every zip limit (it hardly compresses), but no cell of a survey is a megabyte."""
    text = os.urandom(600_000).hex()
    bomb = _xlsx(tmp_path / "cell.xlsx", {"xl/worksheets/sheet1.xml": SHEET_HEAD
                                          + f'<c t="inlineStr"><is><t>{text}</t></is></c>'.encode() + SHEET_TAIL})
    _refused(_import_survey(collab, bomb), "xlsx 1.2 MB cell", expect="en cell (rad 1) är större än")


@pytest.mark.slow
def test_padded_workbook_xml(collab: Path, tmp_path: Path) -> None:
    """Seen: 3 MB of padded workbook.xml took 6.2 GB and ended in a traceback."""
    workbook = (b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')
    tail = b'<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    bomb = _xlsx(tmp_path / "padded.xlsx", {"xl/workbook.xml": _streamed(workbook, b" " * 1024, 3_000_000, tail)})
    assert bomb.stat().st_size < 6_000_000
    _refused(_import_survey(collab, bomb), "xlsx padded workbook.xml (3 GB)", expect="uppackad")


def test_row_of_five_million_cells(collab: Path, tmp_path: Path) -> None:
    """Seen: a 150 KB row of 5 M cells took 2.4 GB."""
    bomb = _xlsx(tmp_path / "row.xlsx", {"xl/worksheets/sheet1.xml": _streamed(
        SHEET_HEAD, b"<c/>", 5_000_000, SHEET_TAIL)})
    assert bomb.stat().st_size < 300_000
    _refused(_import_survey(collab, bomb), "xlsx row of 5 M cells", expect="läses inte")


def test_row_wider_than_excel(collab: Path, tmp_path: Path) -> None:
    cells = "".join(f'<c r="R1C{i}"><v>{i}</v></c>' for i in range(20_000)).encode()
    bomb = _xlsx(tmp_path / "wide.xlsx", {"xl/worksheets/sheet1.xml": SHEET_HEAD + cells + SHEET_TAIL})
    _refused(_import_survey(collab, bomb), "xlsx row of 20,000 cells", expect="rad 1 har fler än 16384 celler")


def _shared_strings(count: int, item: Callable[[int], bytes]) -> Callable[[zipfile.ZipFile, str], None]:
    def write(archive: zipfile.ZipFile, name: str) -> None:
        with archive.open(name, "w", force_zip64=True) as out:
            out.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            block = []
            for i in range(count):
                block.append(item(i))
                if len(block) == 100_000:
                    out.write(b"".join(block))
                    block = []
            out.write(b"".join(block) + b"</sst>")

    return write


@pytest.mark.slow
def test_thirty_million_shared_strings(collab: Path, tmp_path: Path) -> None:
    """Seen: 1.2 MB with 30 M shared strings was still running after 10 minutes."""
    strings = _shared_strings(30_000_000, lambda i: b"<si><t/></si>")
    bomb = _xlsx(tmp_path / "sst.xlsx", {"xl/sharedStrings.xml": strings})
    assert bomb.stat().st_size < 3_000_000
    _refused(_import_survey(collab, bomb), "xlsx 30 M shared strings", expect="läses inte")


@pytest.mark.slow
def test_more_shared_strings_than_any_survey(collab: Path, tmp_path: Path) -> None:
    """Varied strings (they compress like real text) past the count limit."""
    bomb = _xlsx(tmp_path / "sst.xlsx", {"xl/sharedStrings.xml": _shared_strings(
        2_100_000, lambda i: b"<si><t>%x</t></si>" % (i * 2654435761 % 4294967296))})
    _refused(_import_survey(collab, bomb), "xlsx 2.1 M varied shared strings", expect="delade texter")


def test_entity_expansion(collab: Path, tmp_path: Path) -> None:
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10) for i in range(1, 10)
    ) + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'
    bomb = _xlsx(tmp_path / "laughs.xlsx", {"xl/sharedStrings.xml": laughs})
    _refused(_import_survey(collab, bomb), "xlsx billion laughs", expect="(DTD)")


def test_too_many_members(collab: Path, tmp_path: Path) -> None:
    bomb = _xlsx(tmp_path / "many.xlsx", {f"xl/media/{i}.bin": b"" for i in range(5000)})
    _refused(_import_survey(collab, bomb), "xlsx 5000 members", expect="fler än 1000 delar")


@pytest.mark.parametrize("sheet", [
    b"<worksheet><sheetData><row><c><v>1</v></row></sheetData>",  # not well-formed
    b"\xff\xfe<\x00w\x00",  # not even text
    b"",
])
def test_malformed_sheet_xml(collab: Path, tmp_path: Path, sheet: bytes) -> None:
    bomb = _xlsx(tmp_path / "trasig.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    _refused(_import_survey(collab, bomb), "xlsx malformed sheet", expect="trasig.xlsx")


# --- JSON ------------------------------------------------------------------------------------------------------

def test_two_gigabyte_json_is_refused_before_reading(tmp_path: Path) -> None:
    """Seen: a 2 GB JSON file was read whole (4.2 GB) before being refused at its first byte."""
    bomb = tmp_path / "stor.json"
    with bomb.open("wb") as handle:
        handle.write(b'{"format": "samverka-collaboration"')
        handle.truncate(2 * 1024**3)  # sparse: costs no disk
    _refused(run_cli(["import-json", str(bomb), str(tmp_path / "ny.samverka")]), "json 2 GB", expect="högst 64 MB")
    assert not (tmp_path / "ny.samverka").exists()


def _document(tables: str) -> bytes:
    head = '{"format": "samverka-collaboration", "version": 1, "schema": "' + _head() + '", "tables": '
    return (head + tables + "}").encode()


def _head() -> str:
    from samverka.models.schema import HEAD_REVISION

    return HEAD_REVISION


def test_json_nested_100000_deep(tmp_path: Path) -> None:
    bomb = tmp_path / "djup.json"
    bomb.write_bytes(_document('{"person": [' + "[" * 100_000 + "]" * 100_000 + "]}"))
    _refused(run_cli(["import-json", str(bomb), str(tmp_path / "ny.samverka")]), "json nested 100,000 deep",
             expect="nästlade för djupt")
    assert not list(tmp_path.glob("*ny.samverka*"))


@pytest.mark.slow
def test_json_with_a_forty_megabyte_title(demo_db: object, tmp_path: Path) -> None:
    """Seen: a 300 MB title was imported, and the agreement export then ran past 5 minutes at 5 GB. Here the
    title fits under the file's size limit, so the field limit has to catch it."""
    document = json.loads(export_json(demo_db))  # type: ignore[arg-type]
    document["tables"]["collaboration"][0]["name"] = "Lund " * 8_000_000
    bomb = tmp_path / "titel.json"
    bomb.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    run = run_cli(["import-json", str(bomb), str(tmp_path / "ny.samverka")])
    _refused(run, "json 40 MB title", expect="rad 1 i tabellen collaboration är större än")
    assert not list(tmp_path.glob("*ny.samverka*"))


def test_json_title_longer_than_the_field_limit(demo_db: object, tmp_path: Path) -> None:
    document = json.loads(export_json(demo_db))  # type: ignore[arg-type]
    document["tables"]["collaboration"][0]["name"] = "Lund " * 3000
    bomb = tmp_path / "titel.json"
    bomb.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    run = run_cli(["import-json", str(bomb), str(tmp_path / "ny.samverka")])
    _refused(run, "json 15,000-character title", expect="fältet name har 15000 tecken, högst 10000")
    assert "Lund Lund Lund" not in run.stderr


# --- CSV -------------------------------------------------------------------------------------------------------

def test_csv_of_millions_of_tiny_lines(collab: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "rader.csv"
    bomb.write_bytes(",".join(LONG_HEADER).encode() + b"\n" + b"1\n" * 20_000_000)
    _refused(_import_survey(collab, bomb), "csv 20 M lines (40 MB)", expect="fler än 1000000 rader")


def test_csv_with_a_giant_field(collab: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "fält.csv"
    bomb.write_bytes(",".join(LONG_HEADER).encode() + b'\n"' + b"x" * 30_000_000 + b'"\n')
    _refused(_import_survey(collab, bomb), "csv 30 MB field", expect="fält.csv")


# --- image -----------------------------------------------------------------------------------------------------

def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(
        b"IEND", b"")


def test_signature_image_of_60000_by_60000_pixels(demo_path: Path, tmp_path: Path) -> None:
    agreement = tmp_path / "avtal.pdf"
    assert run_cli(["export", "agreement", str(demo_path), "-o", str(agreement)], timeout=120).returncode == 0
    bomb = tmp_path / "underskrift.png"
    bomb.write_bytes(_png(60_000, 60_000))
    run = run_cli(["sign", str(agreement), "--field", "Signatur1", "--self-signed", "--signer-name", "Anna",
                   "--image", str(bomb), "-o", str(tmp_path / "ut.pdf")], timeout=60)
    print(run.report("png 60000×60000"))
    assert run.returncode == 1 and "Underskriftsbilden" in run.stderr and "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1
    assert run.peak_mb < MEMORY_CEILING_MB
    assert not (tmp_path / "ut.pdf").exists()


def test_bomb_builders_make_what_they_say(tmp_path: Path) -> None:
    """The streamed members really unpack to what the tests claim (so a refusal is not an accident)."""
    path = _xlsx(tmp_path / "x.xlsx", {"xl/worksheets/sheet1.xml": _streamed(SHEET_HEAD, b"<c/>", 1000, SHEET_TAIL)})
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert sheet.count(b"<c/>") == 1000 and sheet.startswith(SHEET_HEAD) and sheet.endswith(SHEET_TAIL)
    assert io.BytesIO(sheet).getbuffer().nbytes == len(SHEET_HEAD) + 4000 + len(SHEET_TAIL)
