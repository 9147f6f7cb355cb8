"""Page furniture shared by every document: the two-pass numbered canvas (header, footer, "Sida X av Y"),
the document template with its table of contents and PDF outline, the cover, headings and tables."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from samverka.export.pdf import text as tx
from samverka.export.pdf.styles import ACCENT, FONT, FONT_BOLD, MUTED, NAVY, PALE, RULE, Styles

MM = 72 / 25.4
PAGE_W, PAGE_H = 595.2755905511812, 841.8897637795277  # A4
MARGIN_X = 22 * MM
MARGIN_TOP = 24 * MM
MARGIN_BOTTOM = 22 * MM
FRAME_W = PAGE_W - 2 * MARGIN_X
COVER_BAND = 62 * MM


@dataclass(frozen=True)
class PageInfo:
    """What every page repeats: the document kind, its title and ID, and the fixed creation date."""

    kind: str
    title: str
    document_id: str
    date: str
    draft: bool = False
    subject: str = ""


def _pdf_date(iso: str) -> str:
    digits = "".join(ch for ch in iso if ch.isdigit())[:14].ljust(14, "0")
    if not digits.strip("0"):
        digits = "20000101000000"
    return f"D:{digits}+00'00'"


def _fit(canvas: Any, text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def canvas_class(info: PageInfo) -> type:
    """A canvas that holds every page until save(), so each page can say "Sida X av Y" (two passes, one build)."""
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    stamp = _pdf_date(info.date)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            # Drawn at save(), when every page number is known: page -> callbacks, heading key -> page.
            self.deferred: dict[int, list[Any]] = {}
            self.heading_pages: dict[str, int] = {}
            self.setDateFormatter(lambda *_: stamp)
            self.setTitle(info.title)
            self.setSubject(info.subject or info.kind)
            self.setAuthor("Samverka")
            self.setCreator("Samverka")
            self.setProducer("Samverka (reportlab)")
            self.setKeywords(info.document_id)

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self._decorate(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, total: int) -> None:
            page = self._pageNumber
            self.saveState()
            if page == 1:
                self._cover_band()
            else:
                self._header()
            self._footer(page, total)
            self.restoreState()
            for callback in self.deferred.get(page, []):
                self.saveState()
                callback(self)
                self.restoreState()

        def _cover_band(self) -> None:
            self.setFillColor(colors.HexColor(NAVY))
            self.rect(0, PAGE_H - COVER_BAND, PAGE_W, COVER_BAND, stroke=0, fill=1)
            self.setFillColor(colors.HexColor(ACCENT))
            self.rect(0, PAGE_H - COVER_BAND - 2.2 * MM, PAGE_W, 2.2 * MM, stroke=0, fill=1)
            self.setFillColor(colors.white)
            self.setFont(FONT_BOLD, 11)
            self.drawString(MARGIN_X, PAGE_H - 22 * MM, info.kind.upper())
            self.setFont(FONT, 9)
            self.drawString(MARGIN_X, PAGE_H - 28 * MM, f"Dokument-ID {info.document_id}")
            if info.draft:
                self.setFont(FONT_BOLD, 10)
                self.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 22 * MM, "UTKAST")

        def _header(self) -> None:
            y = PAGE_H - 13 * MM
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor(MUTED))
            right = ("UTKAST · " if info.draft else "") + info.document_id
            self.drawRightString(PAGE_W - MARGIN_X, y, right)
            from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

            room = FRAME_W - stringWidth(right, FONT, 7.5) - 12
            title = info.title if info.kind.lower() in info.title.lower() else f"{info.kind} – {info.title}"
            self.drawString(MARGIN_X, y, _fit(self, tx.plain(title), FONT, 7.5, room))
            self.setStrokeColor(colors.HexColor(RULE))
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y - 2.5 * MM, PAGE_W - MARGIN_X, y - 2.5 * MM)

        def _footer(self, page: int, total: int) -> None:
            y = 11 * MM
            self.setStrokeColor(colors.HexColor(RULE))
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y + 4 * MM, PAGE_W - MARGIN_X, y + 4 * MM)
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor(MUTED))
            self.drawString(MARGIN_X, y, f"Dokument-ID: {info.document_id}")
            self.drawRightString(PAGE_W - MARGIN_X, y, f"Sida {page} av {total}")

    return NumberedCanvas


def make_doc(buffer: io.BytesIO, info: PageInfo) -> Any:
    """A document with a cover template (frame below the band) and a normal template, and outline hooks."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate  # noqa: PLC0415

    class SamverkaDoc(BaseDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab API
            entry = getattr(flowable, "_toc_entry", None)
            if entry is None:
                return
            level, label, key = entry
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(label, key, level=level, closed=level > 0)
            self.canv.heading_pages[key] = self.page

    doc = SamverkaDoc(
        buffer, pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=info.title, author="Samverka", subject=info.kind, creator="Samverka",
        invariant=1, pageCompression=1, initialFontName=FONT, initialFontSize=9.5,
    )
    body = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
    cover_top = PAGE_H - COVER_BAND - 14 * MM
    doc.addPageTemplates(
        [
            PageTemplate("cover", [Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, cover_top - MARGIN_BOTTOM, id="c")]),
            PageTemplate("normal", [Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, body, id="n")]),
        ]
    )
    return doc


# Room a heading needs below it, or it moves to the next page (instead of keepWithNext, which would push a
# whole table that follows a heading onto the next page).
HEADING_ROOM = {"H1": 42 * MM, "H2": 30 * MM, "H3": 22 * MM}


def render(info: PageInfo, story: list[Any]) -> tuple[bytes, int]:
    """One layout pass: page numbers and the table of contents are filled in when the canvas saves."""
    from reportlab.platypus import CondPageBreak  # noqa: PLC0415

    flow: list[Any] = []
    for flowable in story:
        room = HEADING_ROOM.get(getattr(getattr(flowable, "style", None), "name", ""))
        if room and not (flow and isinstance(flow[-1], CondPageBreak)):
            flow.append(CondPageBreak(room))
        flow.append(flowable)
    buffer = io.BytesIO()
    doc = make_doc(buffer, info)
    doc.build(flow, canvasmaker=canvas_class(info))
    return buffer.getvalue(), int(doc.page)


TOC_LABEL_MAX = 110


class Headings:
    """Numbered headings that feed the table of contents and the PDF outline."""

    def __init__(self, st: Styles) -> None:
        self.st = st
        self._count = 0

    def _key(self, label: str) -> str:
        self._count += 1
        return f"h{self._count}-{hashlib.sha1(label.encode()).hexdigest()[:8]}"

    def h1(self, label: str) -> Any:
        return self._make(label, self.st.h1, 0)

    def h2(self, label: str) -> Any:
        return self._make(label, self.st.h2, 1)

    def h3(self, label: str, *, outline: bool = False) -> Any:
        from reportlab.platypus import Paragraph  # noqa: PLC0415

        if outline:
            return self._make(label, self.st.h3, 2)
        return Paragraph(tx.markup(label), self.st.h3)

    def _make(self, label: str, style: Any, level: int) -> Any:
        from reportlab.platypus import Paragraph  # noqa: PLC0415

        para = Paragraph(tx.markup(label), style)
        # The contents and the PDF outline show a shortened label: one line or two, whatever the user typed.
        short = " ".join(label.split())
        short = short if len(short) <= TOC_LABEL_MAX else short[: TOC_LABEL_MAX - 1] + "…"
        para._toc_entry = (level, short, self._key(label))
        return para


def para(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph  # noqa: PLC0415

    return Paragraph(tx.markup(text), style)


def body_paragraphs(text: str, st: Styles, *, empty: str = "") -> list[Any]:
    from reportlab.platypus import Paragraph  # noqa: PLC0415

    blocks = tx.paragraphs(text)
    if not blocks and empty:
        return [Paragraph(tx.markup(empty), st.muted)]
    return [Paragraph(block, st.body) for block in blocks]


def bullets(items: Sequence[str], st: Styles) -> list[Any]:
    from reportlab.platypus import Paragraph  # noqa: PLC0415

    return [Paragraph(tx.markup(item), st.bullet, bulletText="•") for item in items if item.strip()]


class Plain(str):
    """A short table cell drawn as plain lines (no wrapping, no markup): much cheaper than a Paragraph."""


def fits_plain(text: str, font: str, size: float, width: float) -> str | None:
    """The text as a plain cell string when it fits on its lines unwrapped (far cheaper than a Paragraph)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    lines = [tx.plain(line) for line in text.replace("\r\n", "\n").split("\n")]
    if all(stringWidth(line, font, size) <= width for line in lines):
        return "\n".join(lines)
    return None


def table(
    header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float], st: Styles,
    *, bold_first: bool = False,
) -> Any:
    """A data table that repeats its header on every page and splits between rows."""
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: PLC0415

    scale = FRAME_W / sum(widths) if sum(widths) > FRAME_W else 1.0
    col_widths = [w * scale for w in widths]
    size = st.cell.fontSize

    def cell(value: Any, col: int, style: Any) -> Any:
        if isinstance(value, Plain):
            return "\n".join(tx.plain(line) for line in value.split("\n"))
        if isinstance(value, str):
            plain = fits_plain(value, style.fontName, size, col_widths[col] - 8.5)
            return plain if plain is not None else Paragraph(tx.markup(value), style)
        return value

    data = [[cell(h, col, st.head_cell) for col, h in enumerate(header)]]
    for row in rows:
        data.append([cell(v, col, st.cell_bold if bold_first and col == 0 else st.cell) for col, v in enumerate(row)])
    # splitInRow: a row taller than a page (a very long text) splits instead of stopping the build.
    result = Table(data, colWidths=col_widths, repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT")
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor(NAVY)),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), st.cell.leading),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(PALE)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.HexColor(NAVY)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor(RULE)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if bold_first:
        commands.append(("FONTNAME", (0, 1), (0, -1), FONT_BOLD))
    result.setStyle(TableStyle(commands))
    return result


def facts(
    rows: Sequence[tuple[str, str]], st: Styles, *, label_width: float = 38 * MM, large: bool = False
) -> Any:
    """A two-column label/value block (cover metadata, meeting facts)."""
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.lib.styles import ParagraphStyle  # noqa: PLC0415
    from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: PLC0415

    key_style, value_style = st.cell_bold, st.cell
    if large:
        key_style = ParagraphStyle("fact_key", parent=st.cell_bold, fontSize=9, leading=12.5)
        value_style = ParagraphStyle("fact_value", parent=st.cell, fontSize=9, leading=12.5)
    value_width = FRAME_W - label_width - 7

    def value_cell(text: str) -> Any:
        plain = fits_plain(text or "–", FONT, value_style.fontSize, value_width)
        return plain if plain is not None else Paragraph(tx.markup(text or "–"), value_style)

    data = [[fits_plain(k, FONT_BOLD, key_style.fontSize, label_width - 7) or Paragraph(tx.markup(k), key_style),
             value_cell(v)] for k, v in rows]
    result = Table(data, colWidths=[label_width, FRAME_W - label_width], hAlign="LEFT", splitInRow=1)
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (0, -1), FONT_BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), value_style.fontSize),
                ("LEADING", (0, 0), (-1, -1), value_style.leading),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor(RULE)),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return result


def cover(
    kind: str, title: str, subtitle: str, meta: Sequence[tuple[str, str]], st: Styles, note: str = ""
) -> list[Any]:
    """The first page: the title block under the band, then the facts; the rest starts on the next page."""
    from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer  # noqa: PLC0415

    flow: list[Any] = [
        NextPageTemplate("normal"),
        Paragraph(tx.markup(title), st.title),
    ]
    if subtitle:
        flow.append(Paragraph(tx.markup(subtitle), st.subtitle))
    flow += [Spacer(1, 16 * MM), facts(meta, st, large=True)]
    if note:
        flow += [Spacer(1, 12 * MM), Paragraph(tx.markup(note), st.muted)]
    flow.append(PageBreak())
    return flow


TOC_DETAIL_LIMIT = 45


def toc_page(st: Styles, story: Sequence[Any]) -> list[Any]:
    """The contents page; call it with the finished story (the headings it lists)."""
    from reportlab.platypus import PageBreak, Paragraph  # noqa: PLC0415

    entries = [entry for entry in _entries(story) if entry[0] < 2]
    if len(entries) > TOC_DETAIL_LIMIT:
        entries = [entry for entry in entries if entry[0] == 0]
    return [Paragraph("Innehåll", st.h1), _toc_class()(entries, st), PageBreak()]


def _entries(flowables: Sequence[Any]) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    for flowable in flowables:
        entry = getattr(flowable, "_toc_entry", None)
        if entry is not None:
            found.append(entry)
        inner = getattr(flowable, "_content", None)
        if isinstance(inner, list):
            found += _entries(inner)
    return found


def _toc_class() -> type:
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.platypus import Flowable, Paragraph  # noqa: PLC0415

    class DeferredContents(Flowable):  # type: ignore[misc]
        """A table of contents laid out now and drawn at save time, when the heading pages are known.

        This keeps the build to one pass (reportlab's own TOC needs two or three full builds).
        """

        NUMBER_W = 28.0

        def __init__(self, entries: list[tuple[int, str, str]], st: Styles) -> None:
            super().__init__()
            self.entries = entries
            self.st = st
            self._lines: list[tuple[Any, float, float, str, str, int]] = []

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            self._lines = []
            y = 0.0
            for level, label, key in self.entries:
                style = self.st.toc_levels[min(level, 1)]
                para = Paragraph(tx.markup(label), style)
                _, h = para.wrap(avail_width - self.NUMBER_W - style.leftIndent - 8, avail_height)
                y += h + style.spaceAfter
                self._lines.append((para, y, h, key, style.fontName, level))
            self.height = y
            return avail_width, y

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            self.wrap(avail_width, avail_height)
            fits = [i for i, line in enumerate(self._lines) if line[1] <= avail_height]
            if not fits or len(fits) == len(self.entries):
                return []
            cut = fits[-1] + 1
            return [DeferredContents(self.entries[:cut], self.st), DeferredContents(self.entries[cut:], self.st)]

        def draw(self) -> None:
            canvas = self.canv
            origin = canvas.absolutePosition(0, 0)
            lines = list(self._lines)
            width, height = self.width, self.height

            def paint(target: Any) -> None:
                for para, bottom, h, key, font, level in lines:
                    style = self.st.toc_levels[min(level, 1)]
                    x = origin[0] + style.leftIndent
                    y = origin[1] + height - bottom
                    para.drawOn(target, x, y)
                    page = target.heading_pages.get(key)
                    base = y + h - style.leading + (style.leading - style.fontSize) / 2 + 1
                    target.setFont(font, style.fontSize)
                    target.setFillColor(style.textColor)
                    target.drawRightString(origin[0] + width, base, str(page or ""))
                    last = para.blPara.lines[-1] if para.blPara.lines else None
                    extra = last[0] if isinstance(last, tuple) else getattr(last, "extraSpace", 0)
                    start = x + para.width - extra + 6
                    end = origin[0] + width - self.NUMBER_W + 4
                    if start < end:
                        target.setStrokeColor(colors.HexColor(RULE))
                        target.setDash(0.6, 2.4)
                        target.setLineWidth(0.6)
                        target.line(start, base + 1, end, base + 1)
                        target.setDash()

            canvas.deferred.setdefault(canvas.getPageNumber(), []).append(paint)

    return DeferredContents
