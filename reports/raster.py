"""PDF pages to pixels with pdfium, one thread at a time.

pdfium is not thread-safe: two threads in it at once (a receipt rasterised for the
thermal printer while a bill is rendered for an office printer) can crash the process.
Every use goes through :data:`LOCK`, and every pdfium object is closed inside it, so no
finaliser runs later on another thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pypdfium2
from PIL import Image

LOCK = threading.Lock()


def render(
    pdf: bytes, scale: float, *, grayscale: bool = False, first_only: bool = False
) -> list[Image.Image]:
    """The pages of a PDF as Pillow images (``scale`` pixels per point), all at once.

    For a long document prefer :func:`pages`, which holds one page at a time.
    """
    if first_only:
        return [render_page(pdf, 0, scale, grayscale=grayscale)]
    return list(pages(pdf, scale, grayscale=grayscale))


def pages(pdf: bytes, scale: float, *, grayscale: bool = False) -> Iterator[Image.Image]:
    """The pages of a PDF as Pillow images, each rendered only when it is asked for.

    A page at 300 dpi is about 26 MB: printing a long document holds one page, not all
    (nothing here keeps a page once it is handed over). The lock is taken per page,
    never held between two pages, so the receipt printer is not kept waiting.
    """
    for index in range(page_count(pdf)):
        yield render_page(pdf, index, scale, grayscale=grayscale)


def render_page(pdf: bytes, index: int, scale: float, *, grayscale: bool = False) -> Image.Image:
    """Page ``index`` (from 0) of a PDF as a Pillow image (``scale`` pixels per point)."""
    with LOCK:
        document = pypdfium2.PdfDocument(pdf)
        try:
            page = document[index]
            try:
                bitmap = page.render(scale=scale, grayscale=grayscale)
                try:
                    image: Image.Image = bitmap.to_pil().copy()
                    return image
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()


def page_count(pdf: bytes) -> int:
    """How many pages a PDF has."""
    with LOCK:
        document = pypdfium2.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's width and height in points."""
    sizes = []
    with LOCK:
        document = pypdfium2.PdfDocument(pdf)
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    width, height = page.get_size()
                    sizes.append((float(width), float(height)))
                finally:
                    page.close()
        finally:
            document.close()
    return sizes
