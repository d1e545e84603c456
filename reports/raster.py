"""PDF pages to pixels with pdfium, one thread at a time.

pdfium is not thread-safe: two threads in it at once (a receipt rasterised for the
thermal printer while a bill is rendered for an office printer) can crash the process.
Every use goes through :data:`LOCK`, and every pdfium object is closed inside it, so no
finaliser runs later on another thread.
"""

from __future__ import annotations

import threading

import pypdfium2
from PIL import Image

LOCK = threading.Lock()


def render(
    pdf: bytes, scale: float, *, grayscale: bool = False, first_only: bool = False
) -> list[Image.Image]:
    """The pages of a PDF as Pillow images (``scale`` pixels per point)."""
    images: list[Image.Image] = []
    with LOCK:
        document = pypdfium2.PdfDocument(pdf)
        try:
            count = 1 if first_only else len(document)
            for index in range(count):
                page = document[index]
                try:
                    bitmap = page.render(scale=scale, grayscale=grayscale)
                    try:
                        images.append(bitmap.to_pil().copy())
                    finally:
                        bitmap.close()
                finally:
                    page.close()
        finally:
            document.close()
    return images


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
