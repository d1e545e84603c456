"""The typesetting every document shares: Persian shaped and reordered, on ReportLab.

ReportLab draws glyphs left to right and does not shape Arabic script (its own shaping
needs a package that is not published), so text is set here in three steps:

1. break the text into lines in *logical* order (the order people type it), measuring
   each word as it will be drawn, shaped;
2. shape each line with arabic-reshaper: letters take their joined forms, and a ZWNJ
   keeps two letters apart exactly as typed (``می‌خواهم``);
3. reorder each line for display with python-bidi (the Unicode bidi algorithm, the
   base direction from the document's language), so that Persian mixed with Latin
   (car models, VINs) and numbers reads correctly. python-bidi's pure-Python
   algorithm is used: its faster Rust one does not mirror brackets (rule L4), which
   would print «(دقیقه)» as «)دقیقه(».

Lines are broken before they are reordered, never after, so a wrapped sentence goes on
where the reader expects it. The PDF holds real text: pdftotext and copy-paste give the
words back in logical order (Unicode NFKC folds the joined forms to plain letters).
"""

from __future__ import annotations

import functools
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

import arabic_reshaper
from bidi.algorithm import get_display
from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.labels import label as code_label
from desktop.models import calendar
from desktop.models.text import to_persian_digits
from desktop.paths import resources

CONTEXT = "Documents"
REGULAR = "Vazirmatn"
BOLD = "Vazirmatn-Bold"

INK = colors.HexColor("#1f2a36")
MUTED = colors.HexColor("#5b6775")
ACCENT = colors.HexColor("#0f6e6e")
RULE = colors.HexColor("#c9d1da")
SHADE = colors.HexColor("#eef3f5")
ALERT = colors.HexColor("#b3261e")
WHITE = colors.white

# Vazirmatn's ascent and descent, in em: a line needs about 1.6 em not to clip.
_ASCENT = 1.025
_DESCENT = 0.537
# Overrides and isolates in stored text are dropped (an override could print a name
# backwards); the marks and embeddings the documents add are kept for the algorithm.
_BIDI_CONTROLS = re.compile("[\u202d\u202e\u2066-\u2069]")
_EMBEDDINGS = re.compile("[\u200e\u200f\u202a-\u202c]")
_LRE, _PDF = "\u202a", "\u202c"
# Lines break at spaces and tabs, never at a no-break space (U+00A0), which keeps a
# plate («۱۲ ب ۳۴۵ - ایران ۶۷») or a name and its number on one line.
_SPACES = re.compile(r"[ \t]+")
NBSP = "\u00a0"


# -- fonts and shaping --------------------------------------------------------------------


@functools.cache
def register_fonts() -> None:
    """Embed Vazirmatn (regular and bold) once per process."""
    folder = resources() / "fonts"
    for name, file in ((REGULAR, "Vazirmatn-Regular.ttf"), (BOLD, "Vazirmatn-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


@functools.cache
def _fallbacks() -> dict[int, str]:
    """Joined forms the font lacks, mapped to their plain letters (drawn unjoined)."""
    register_fonts()
    covered: set[int] = set()
    for name in (REGULAR, BOLD):
        font: Any = pdfmetrics.getFont(name)
        covered |= set(font.face.charToGlyph)
    table: dict[int, str] = {}
    for cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        if cp in covered:
            continue
        plain = unicodedata.normalize("NFKC", chr(cp))
        if plain != chr(cp) and all(ord(ch) in covered for ch in plain):
            table[cp] = plain
    return table


def ltr(text: str) -> str:
    """``text`` kept left to right as one piece inside Persian: phone numbers, codes, VINs.

    Without it the bidi algorithm would print ``021-44556677`` after a Persian word as
    ``44556677-021`` (digits after Arabic letters are Arabic numbers; a hyphen splits them).
    """
    return f"{_LRE}{text}{_PDF}" if text else ""


def clean(text: str | None) -> str:
    """Text as stored, ready to shape: bidi overrides and isolates dropped."""
    text = unicodedata.normalize("NFC", text or "")
    # «هٔ» (heh + hamza above) as the one letter the reshaper knows how to join.
    text = text.replace("\u0647\u0654", "\u06c0")
    return _BIDI_CONTROLS.sub("", text)


_TOKEN = re.compile(r"\S+")
_LATIN = re.compile("[A-Za-z\u202a-\u202c]")
# Identifiers inside running text (a tracking code in a reply, a phone number): letters
# and digits joined by hyphens, which the bidi algorithm would otherwise take apart.
_HYPHENATED = re.compile(
    r"(?<![\w\u202a])[0-9A-Za-z\u06f0-\u06f9]+(?:-[0-9A-Za-z\u06f0-\u06f9]+)+(?![\w\u202c])"
)


def format_phone(number: str) -> str:
    """An Iranian phone number in its usual groups; anything else as it is."""
    if len(number) == 11 and number.isdigit() and number.startswith("09"):
        return f"{number[:4]} {number[4:7]} {number[7:]}"
    if len(number) == 11 and number.isdigit() and number.startswith("0"):
        return f"{number[:3]}-{number[3:]}"
    return number


def persian_digits(text: str) -> str:
    """Digits in Persian, except in words with Latin letters and in :func:`ltr` pieces.

    ``پژو 206`` becomes ``پژو ۲۰۶``; ``1420-P3227K``, ``BKR6E`` and codes stay as typed.
    """
    return _TOKEN.sub(lambda m: m[0] if _LATIN.search(m[0]) else to_persian_digits(m[0]), text)


def keep_identifiers(text: str) -> str:
    """Hyphenated identifiers in running text kept left to right (see :func:`ltr`)."""
    return _HYPHENATED.sub(lambda m: ltr(m[0]), text)


def base_is_rtl(text: str, rtl_document: bool) -> bool:
    """The base direction of a paragraph.

    In a Persian document: right to left unless the text has no right-to-left letter
    at all (a VIN, an English model name). In an English one: left to right unless it
    has no Latin letter at all (a Persian name, which keeps its brackets in place).
    """
    if rtl_document:
        return any(_is_rtl(ch) for ch in text)
    return any(_is_rtl(ch) for ch in text) and not any(
        unicodedata.bidirectional(ch) == "L" for ch in _EMBEDDINGS.sub("", text)
    )


@functools.lru_cache(maxsize=8192)
def shape(text: str) -> str:
    """Letters in their joined forms (logical order kept)."""
    if not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    shaped: str = arabic_reshaper.reshape(text)
    return shaped.translate(_fallbacks())


# The bidi algorithm drops ZWNJ (class BN, rule X9); a ZWNJ that follows a letter of
# Arabic script travels through it as a letter no Persian text uses, and comes back.
_ZWNJ = "\u200c"
_ZWNJ_STAND_IN = "\u08ac"


@functools.lru_cache(maxsize=4096)
def visual(text: str, rtl: bool) -> str:
    """One line as drawn: shaped, then reordered for display with the base direction."""
    shaped = shape(clean(text))
    if not any(_is_rtl(ch) for ch in shaped) and not rtl:
        return _EMBEDDINGS.sub("", shaped)
    if _ZWNJ in shaped:
        shaped = "".join(
            _ZWNJ_STAND_IN if ch == _ZWNJ and i and _is_rtl(shaped[i - 1]) else ch
            for i, ch in enumerate(shaped)
        )
    display = str(get_display(shaped, base_dir="R" if rtl else "L"))
    return _EMBEDDINGS.sub("", display).replace(_ZWNJ_STAND_IN, _ZWNJ)


def _is_rtl(ch: str) -> bool:
    return "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc"


@functools.lru_cache(maxsize=16384)
def width(text: str, font: str, size: float) -> float:
    """How wide ``text`` is drawn (shaped) in ``font`` at ``size`` points."""
    register_fonts()
    return float(pdfmetrics.stringWidth(_EMBEDDINGS.sub("", shape(text)), font, size))


def wrap(text: str, font: str, size: float, limit: float) -> list[str]:
    """Break text into lines no wider than ``limit``, in logical order.

    Explicit newlines start a new line; a word longer than a line is cut where it must.
    """
    lines: list[str] = []
    space = width(" ", font, size)
    for paragraph in clean(text).split("\n"):
        words = [w for w in _SPACES.split(paragraph.strip()) if w]
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            w = width(word, font, size)
            if w > limit:
                pieces = _cut(word, font, size, limit)
                if current:
                    lines.append(" ".join(current))
                lines.extend(pieces[:-1])
                current, used = [pieces[-1]], width(pieces[-1], font, size)
                continue
            if current and used + space + w > limit:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used = used + space + w if current else w
                current.append(word)
        lines.append(" ".join(current))
    return lines


def _cut(word: str, font: str, size: float, limit: float) -> list[str]:
    pieces: list[str] = []
    start = 0
    for end in range(1, len(word) + 1):
        if width(word[start:end], font, size) > limit and end - 1 > start:
            pieces.append(word[start : end - 1])
            start = end - 1
    pieces.append(word[start:])
    return pieces


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary and marked with an ellipsis."""
    text = " ".join(clean(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ،,.؛;") + "…"


# -- flowables ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """How a paragraph looks. ``align`` is relative to the reading direction."""

    size: float = 9.5
    bold: bool = False
    color: Any = INK
    align: str = "start"  # start | end | center
    leading: float = 1.6  # in em
    space_before: float = 0
    space_after: float = 0

    @property
    def font(self) -> str:
        return BOLD if self.bold else REGULAR

    def __call__(self, **changes: Any) -> Style:
        return replace(self, **changes)


BODY = Style()
SMALL = Style(size=8, color=MUTED)
LABEL = Style(size=8.5, color=MUTED)
STRONG = Style(bold=True)
TITLE = Style(size=14, bold=True, color=ACCENT)
HEADING = Style(size=10.5, bold=True, color=ACCENT, space_before=6, space_after=2)


class Para(Flowable):  # type: ignore[misc]
    """A paragraph of any script, broken in logical order and drawn line by line."""

    def __init__(self, text: str, style: Style, rtl: bool, lines: list[str] | None = None) -> None:
        super().__init__()
        if rtl:
            text = persian_digits(text)
        self.text = keep_identifiers(text)
        self.style = style
        self.rtl = rtl
        self.base_rtl = base_is_rtl(self.text, rtl)
        self._fixed = lines
        self._lines: list[str] = lines or []
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self.width = 0.0
        self.height = 0.0

    @property
    def _leading(self) -> float:
        return self.style.size * self.style.leading

    def _layout(self, avail: float) -> list[str]:
        if self._fixed is not None:
            return self._fixed
        return wrap(self.text, self.style.font, self.style.size, max(avail, 1.0))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._lines = self._layout(avail_width)
        self.width = avail_width
        self.height = len(self._lines) * self._leading
        return avail_width, self.height

    def minWidth(self) -> float:
        return max((width(w, self.style.font, self.style.size) for w in clean(self.text).split()), default=0)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # A table splitting a row passes the column's width, padding included: the lines
        # must stay those the cell was wrapped to, or the first part would overflow it.
        if self.width and self.width < avail_width:
            avail_width = self.width
        lines = self._layout(avail_width)
        fit = int(avail_height // self._leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        first = Para(self.text, replace(self.style, space_after=0), self.rtl, lines[:fit])
        rest = Para(self.text, replace(self.style, space_before=0), self.rtl, lines[fit:])
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        size = self.style.size
        canvas.setFont(self.style.font, size)
        canvas.setFillColor(self.style.color)
        pad = (self._leading - size * (_ASCENT + _DESCENT)) / 2
        align = self.style.align
        # A whole paragraph in the other script (a Persian complaint in an English
        # receipt) starts on its own side; single values stay in their column's line.
        direction = self.base_rtl if len(self._lines) > 1 else self.rtl
        if align != "center":
            at_right = (align == "start") == direction
            align = "right" if at_right else "left"
        for index, line in enumerate(self._lines):
            if not line:
                continue
            y = self.height - index * self._leading - pad - size * _ASCENT
            text = visual(line, self.base_rtl)
            if align == "right":
                canvas.drawRightString(self.width, y, text)
            elif align == "center":
                canvas.drawCentredString(self.width / 2, y, text)
            else:
                canvas.drawString(0, y, text)


class Rule(Flowable):  # type: ignore[misc]
    """A horizontal line across the frame."""

    def __init__(self, color: Any = RULE, thickness: float = 0.6, space: float = 4) -> None:
        super().__init__()
        self.color = color
        self.thickness = thickness
        self.spaceBefore = space
        self.spaceAfter = space
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.thickness

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


@functools.lru_cache(maxsize=64)
def _qr_matrix(value: str) -> tuple[tuple[bool, ...], ...]:
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(value)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code (error correction M, with its quiet zone) drawn as vector squares.

    The modules of a row are drawn as runs, so a code is a few dozen rectangles.
    """

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        matrix = _qr_matrix(self.value)
        cell = self.width / len(matrix)
        canvas = self.canv
        canvas.setFillColor(colors.black)
        for r, row in enumerate(matrix):
            y = self.height - (r + 1) * cell
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                canvas.rect(start * cell, y, (c - start) * cell, cell, stroke=0, fill=1)


def qr_code(value: str, size: float) -> QrCode:
    """A QR code of ``value``, ``size`` points wide."""
    return QrCode(value, size)


def picture(data: bytes, max_width: float, max_height: float, max_pixels: int = 900) -> Image:
    """An image from its bytes (JPEG, PNG, WebP ...), scaled down to fit, embedded as JPEG.

    Raises:
        ValueError: the bytes are not an image Pillow can read.
    """
    try:
        with PILImage.open(io.BytesIO(data)) as source:
            source.load()
            img = source.convert("RGB")
    except Exception as exc:  # Pillow raises several kinds for unreadable data
        raise ValueError("not an image") from exc
    img.thumbnail((max_pixels, max_pixels))
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=80)
    buffer.seek(0)
    scale = min(max_width / img.width, max_height / img.height)
    return Image(buffer, width=img.width * scale, height=img.height * scale)


# -- the document's language --------------------------------------------------------------


class Doc:
    """A document being written in one language: words, numbers, dates, paragraphs, tables."""

    def __init__(self, lang: str) -> None:
        register_fonts()
        self.lang = lang if lang in ("fa", "en") else "fa"
        self.rtl = self.lang == "fa"

    # words and numbers

    def tr(self, source: str, **params: Any) -> str:
        """A document text in this language; ``params`` are formatted into it."""
        text = translate(CONTEXT, source, self.lang)
        return text.format(**params) if params else text

    def label(self, kind: str, code: str | None) -> str:
        return code_label(kind, code, self.lang) if code else ""

    def digits(self, text: str) -> str:
        return calendar.digits(text, self.lang)

    def num(self, value: float, decimals: int = 0) -> str:
        return calendar.format_number(value, self.lang, decimals)

    def date(self, day: date | datetime | None, style: str = "short") -> str:
        return calendar.format_date(day, self.lang, style) if day else ""

    def datetime(self, moment: datetime | None, style: str = "short") -> str:
        return calendar.format_datetime(moment, self.lang, style) if moment else ""

    def phone(self, number: str) -> str:
        """A phone number grouped as people read it, in the language's digits, left to right.

        ``09121234567`` is printed ``0912 123 4567``; ``02144556677`` as ``021-44556677``.
        """
        return ltr(self.digits(format_phone(number)))

    def code(self, text: str) -> str:
        """An identifier (tracking code, VIN, reference) as stored, left to right.

        One with Persian letters in it (a letter number ``۱۴۰۵/ش/۳۴۲``) reads right to left.
        """
        return text if any(_is_rtl(ch) for ch in text) else ltr(text)

    # flowables

    def p(self, text: str, style: Style = BODY, **changes: Any) -> Para:
        return Para(text, style(**changes) if changes else style, self.rtl)

    def space(self, points: float) -> Spacer:
        return Spacer(1, points)

    def fields(
        self,
        pairs: Sequence[tuple[str, str]],
        total_width: float,
        label_share: float = 0.3,
        size: float = 9.5,
        value_bold: bool = False,
        valign: str = "MIDDLE",
    ) -> Table:
        """Label and value pairs, one per row, labels muted, nothing drawn around them.

        ``valign="TOP"`` for values that may run over many lines (see :meth:`table`).
        """
        rows = [
            [self.p(label, LABEL(size=size - 1)), self.p(value, BODY(size=size, bold=value_bold))]
            for label, value in pairs
            if value
        ]
        label_w = total_width * label_share
        return self.table(
            rows,
            [label_w, total_width - label_w],
            header=False,
            grid=False,
            zebra=False,
            padding=1.5,
            valign=valign,
        )

    def two_columns(
        self,
        first: Sequence[tuple[str, str]],
        second: Sequence[tuple[str, str]],
        total_width: float,
        label_share: float = 0.3,
        size: float = 9,
    ) -> Table:
        """Two blocks of :meth:`fields` side by side; ``first`` where reading starts."""
        half = total_width / 2
        cells: list[Any] = [
            self.fields(first, half - 4, label_share, size=size),
            self.fields(second, half - 4, label_share, size=size),
        ]
        if self.rtl:
            cells.reverse()
        grid = Table([cells], colWidths=[half, half])
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return grid

    def table(
        self,
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        header: bool = True,
        grid: bool = True,
        zebra: bool = True,
        padding: float = 3,
        aligns: Sequence[str] | None = None,
        size: float = 9,
        bold_rows: Sequence[int] = (),
        shaded_rows: Sequence[int] = (),
        shade: Any = SHADE,
        repeat_header: bool = True,
        valign: str = "MIDDLE",
    ) -> Table:
        """A table in reading order: in Persian the first column is on the right.

        Cells may be text (set as paragraphs, aligned per ``aligns``) or flowables. A row
        taller than the space left on a page is split between its lines. Tables of free
        text (a timeline, an inspector's answers) should be ``valign="TOP"``: ReportLab
        gives the rest of a split middle-aligned row half the whole row's height, blank.
        """
        count = len(widths)
        aligns = list(aligns or ["start"] * count)
        data: list[list[Any]] = []
        for r, row in enumerate(rows):
            cells: list[Any] = []
            for c, cell in enumerate(row):
                if isinstance(cell, str):
                    bold = (header and r == 0) or r in bold_rows
                    color = WHITE if header and r == 0 else INK
                    cells.append(self.p(cell, BODY(size=size, bold=bold, align=aligns[c], color=color)))
                else:
                    cells.append(cell)
            data.append(list(reversed(cells)) if self.rtl else cells)
        col_widths = list(reversed(widths)) if self.rtl else list(widths)
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), valign),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ("LEFTPADDING", (0, 0), (-1, -1), padding + 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding + 1),
        ]
        if grid:
            commands += [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ]
        if header and data:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
        if zebra:
            for r in range(1 if header else 0, len(data)):
                if (r - (1 if header else 0)) % 2 == 1:
                    commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f7f9fa")))
        for r in shaded_rows:
            commands.append(("BACKGROUND", (0, r), (-1, r), shade))
        table = Table(
            data,
            colWidths=col_widths,
            repeatRows=1 if header and repeat_header else 0,
            hAlign="RIGHT" if self.rtl else "LEFT",
            # A row taller than a page (a 4,000-character answer) is split between its
            # lines rather than refused: ReportLab raises LayoutError on a row it cannot place.
            splitInRow=1,
        )
        table.setStyle(TableStyle(commands))
        return table


# -- pages --------------------------------------------------------------------------------


A4 = (210 * mm, 297 * mm)
A5 = (148 * mm, 210 * mm)
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm


@dataclass(frozen=True)
class Meta:
    """What the PDF says about itself, and the line printed at the foot of every page."""

    title: str
    author: str = ""
    subject: str = ""
    footer: str = ""


def _numbered_canvas(doc: Doc, meta: Meta, margin: float) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Holds each page until the end, to print "page x of y" on every one."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            page_w, _ = self._pagesize
            y = margin * 0.45
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(margin, y + 9, page_w - margin, y + 9)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            pages = doc.tr(
                QT_TRANSLATE_NOOP("Documents", "Page {page} of {pages}"),
                page=doc.digits(str(number)),
                pages=doc.digits(str(total)),
            )
            footer = persian_digits(meta.footer) if doc.rtl else meta.footer
            left, right = (pages, footer) if doc.rtl else (footer, pages)
            if left:
                self.drawString(margin, y, visual(left, base_is_rtl(left, doc.rtl)))
            if right:
                self.drawRightString(page_w - margin, y, visual(right, base_is_rtl(right, doc.rtl)))

    return NumberedCanvas


def render(
    doc: Doc,
    story: list[Flowable],
    meta: Meta,
    *,
    pagesize: tuple[float, float] = A4,
    margin: float = 14 * mm,
    roll: bool = False,
) -> bytes:
    """Lay out ``story`` on pages and return the PDF.

    With ``roll`` the page is a strip of thermal paper ``pagesize[0]`` wide and exactly
    as long as its content; otherwise pages of ``pagesize`` with numbered footers.
    """
    buffer = io.BytesIO()
    if roll:
        margin = ROLL_MARGIN
        frame_w = pagesize[0] - 2 * margin
        height = sum(_height(f, frame_w) for f in story) + 2 * margin + 2
        pagesize = (pagesize[0], height)
    bottom = margin if roll else margin + 6 * mm
    frame = Frame(
        margin,
        bottom,
        pagesize[0] - 2 * margin,
        pagesize[1] - margin - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator="Pishkhan",
        lang="fa-IR" if doc.lang == "fa" else "en",
        direction="R2L" if doc.rtl else None,
        invariant=1,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=bottom,
    )
    if roll:
        template.build(story)
    else:
        template.build(story, canvasmaker=_numbered_canvas(doc, meta, margin))
    return buffer.getvalue()


def _height(flowable: Flowable, frame_width: float) -> float:
    _, h = flowable.wrap(frame_width, 10**6)
    return float(h + flowable.getSpaceBefore() + flowable.getSpaceAfter())
