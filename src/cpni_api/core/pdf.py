"""The service's PDF documents (the annual certification, ADR 0041; the breach agency report, ADR 0051): one
page setup for all, laid out by fpdf2 in DejaVu Sans, the TrueType font matplotlib ships (so every fresh
install has it), embedded and subset with a ToUnicode map so the text can be extracted and searched. Glyphs
DejaVu lacks (CJK, for instance) come from the fallback fonts given that exist (`CPNI_PDF_FALLBACK_FONTS`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib
from fpdf import FPDF, FontFace, XPos, YPos
from fpdf.enums import MethodReturnValue

FONT = "DejaVu"
_FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
_REGULAR, _BOLD = _FONT_DIR / "DejaVuSans.ttf", _FONT_DIR / "DejaVuSans-Bold.ttf"
HEADINGS = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))
BLANK_VALUE = "(none)"
_LINE_HEIGHT, _PADDING = 4.6, 1
# fpdf2 cannot split a table row across pages: one cell taller than a page (a 20,000-character summary, or a
# short text of many lines) raised, and the filing was a 500 (found by fuzzing, ADR 0036). A cell shows at
# most this many lines, a third of a page; the JSON document keeps every text whole.
MOST_LINES_IN_A_CELL = 24
CUT_NOTICE = "… (cut here; the JSON document has the whole text)"


class Document(FPDF):
    """US Letter, millimetres, DejaVu Sans with fallbacks, a footer with `footer_text` and page numbers."""

    def __init__(self, fallback_fonts: Sequence[str]) -> None:
        super().__init__(format="letter", unit="mm")
        self.footer_text = ""
        self.add_font(FONT, "", _REGULAR)
        self.add_font(FONT, "B", _BOLD)
        fallbacks = []
        for index, path in enumerate(fallback_fonts):
            if path.lower().endswith(".ttf") and Path(path).is_file():
                name = f"fallback{index}"
                self.add_font(name, "", path)
                fallbacks.append(name)
        if fallbacks:
            self.set_fallback_fonts(fallbacks, exact_match=False)
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(20, 18, 20)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.cell(0, 5, f"{self.footer_text}   Page {self.page_no()} of {{nb}}", align="C")

    def heading(self, text: str, size: int = 13) -> None:
        self.set_font(FONT, "B", size)
        self.multi_cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def paragraph(self, text: str, size: float = 10, gap: float = 2) -> None:
        self.set_font(FONT, "", size)
        self.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(gap)

    def field(
        self, label: str, value: str | None, *, blank: str = BLANK_VALUE, label_width: int = 62
    ) -> None:
        self.set_font(FONT, "B", 10)
        self.cell(label_width, 6, label)
        self.set_font(FONT, "", 10)
        self.multi_cell(0, 6, value or blank, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def grid(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[int],
        *,
        blank: str = BLANK_VALUE,
    ) -> None:
        self.set_font(FONT, "", 8.5)
        columns = [self.epw * width / sum(widths) for width in widths]
        with self.table(
            col_widths=widths, headings_style=HEADINGS, line_height=_LINE_HEIGHT, padding=_PADDING
        ) as grid:
            grid.row(list(headers))
            for row in rows:
                shown = [blank if value is None or value == "" else str(value) for value in row]
                grid.row([self._fitted(text, width) for text, width in zip(shown, columns, strict=True)])
        self.ln(3)

    def _fitted(self, text: str, width: float) -> str:
        """`text` as it fits in a table cell `width` wide: whole up to MOST_LINES_IN_A_CELL lines, else its
        first lines and the cut notice."""

        def lines(of: str) -> list[str]:
            wrapped = self.multi_cell(
                width - 2 * _PADDING, _LINE_HEIGHT, of, dry_run=True, output=MethodReturnValue.LINES
            )
            assert isinstance(wrapped, list)  # output=LINES asks for the lines alone
            return [str(line) for line in wrapped]

        wrapped = lines(text)
        if len(wrapped) <= MOST_LINES_IN_A_CELL:
            return text
        kept = wrapped[: MOST_LINES_IN_A_CELL - len(lines(CUT_NOTICE))]
        return "\n".join([*kept, CUT_NOTICE])
