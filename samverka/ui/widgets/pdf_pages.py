"""PDF pages as images for a preview, drawn by PDFium (pypdfium2): form fields such as signature boxes included."""

from __future__ import annotations

from PySide6.QtGui import QImage


def render_pages(pdf: bytes, width: int, limit: int) -> tuple[list[QImage], int]:
    """The first `limit` pages `width` pixels wide, and the number of pages."""
    import pypdfium2 as pdfium  # loads on the first preview

    document = pdfium.PdfDocument(pdf)
    try:
        document.init_forms()  # so filled-in fields and signature appearances are drawn
        count = len(document)
        images: list[QImage] = []
        for index in range(min(count, limit)):
            page = document[index]
            page_width, _ = page.get_size()
            bitmap = page.render(scale=width / max(float(page_width), 1.0), rev_byteorder=True, prefer_bgrx=True,
                                 may_draw_forms=True)
            data = bytes(bitmap.buffer)
            image = QImage(data, int(bitmap.width), int(bitmap.height), int(bitmap.stride),
                           QImage.Format.Format_RGBX8888)
            images.append(image.copy())  # the copy owns its pixels; `data` may go
            bitmap.close()
            page.close()
        return images, count
    finally:
        document.close()
