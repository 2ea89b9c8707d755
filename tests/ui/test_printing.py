"""Printing a finished PDF: pages, ranges, copies, progress, cancelling, errors and the dialog."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

A4_POINTS = (595.3, 841.9)


def make_pdf(pages: int = 2, size: tuple[float, float] = A4) -> bytes:
    """A PDF whose page n has a black square in a corner: top left on odd pages, bottom right on even."""
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=size)
    width, height = size
    for number in range(1, pages + 1):
        drawing.setFont("Helvetica", 24)
        drawing.drawString(width / 2 - 40, height / 2, f"Page {number}")
        if number % 2:
            drawing.rect(0, height * 0.75, width * 0.25, height * 0.25, stroke=0, fill=1)
        else:
            drawing.rect(width * 0.75, 0, width * 0.25, height * 0.25, stroke=0, fill=1)
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def make_filled_pdf(size: tuple[float, float]) -> bytes:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=size)
    drawing.rect(0, 0, size[0], size[1], stroke=0, fill=1)
    drawing.showPage()
    drawing.save()
    return buffer.getvalue()


@pytest.fixture
def pdf_printer(qapp, tmp_path: Path):
    """An A4 printer that writes a PDF file (read it back from ``printer.outputFileName()``)."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def printed(printer) -> PdfReader:
    return PdfReader(printer.outputFileName())


def is_dark_at(pdf_path: str, page_index: int, x: float, y: float) -> bool:
    """Whether the printed page is dark at (x, y): fractions of its width and height from the top left."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf_path)
    try:
        image = document[page_index].render(scale=0.25, grayscale=True).to_numpy()
    finally:
        document.close()
    rows, columns = image.shape[:2]
    return int(image.reshape(rows, columns, -1)[int(y * rows), int(x * columns), 0]) < 80


def test_every_page_is_printed_on_a4(pdf_printer):
    from apvdesk.ui.printing import print_pdf

    assert print_pdf(make_pdf(2), pdf_printer) == 2

    reader = printed(pdf_printer)
    assert len(reader.pages) == 2
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(A4_POINTS[0], abs=1)
        assert float(page.mediabox.height) == pytest.approx(A4_POINTS[1], abs=1)


def test_the_pages_are_drawn_upright_and_in_order(pdf_printer):
    from apvdesk.ui.printing import print_pdf

    print_pdf(make_pdf(2), pdf_printer)

    path = pdf_printer.outputFileName()
    assert is_dark_at(path, 0, 0.1, 0.1) and not is_dark_at(path, 0, 0.9, 0.9)
    assert is_dark_at(path, 1, 0.9, 0.9) and not is_dark_at(path, 1, 0.1, 0.1)


def test_a_page_range_prints_only_those_pages(pdf_printer):
    from apvdesk.ui.printing import print_pdf

    pdf_printer.setFromTo(2, 2)

    assert print_pdf(make_pdf(2), pdf_printer) == 1
    assert len(printed(pdf_printer).pages) == 1
    assert is_dark_at(pdf_printer.outputFileName(), 0, 0.9, 0.9)  # page 2's corner


def test_progress_is_told_each_page_and_the_total(pdf_printer):
    from apvdesk.ui.printing import print_pdf

    calls: list[tuple[int, int]] = []
    print_pdf(make_pdf(2), pdf_printer, progress=lambda number, total: calls.append((number, total)))

    assert calls == [(1, 2), (2, 2)]


def test_cancelling_after_the_first_page_stops(pdf_printer):
    from apvdesk.ui.printing import print_pdf

    calls: list[tuple[int, int]] = []
    count = print_pdf(
        make_pdf(3),
        pdf_printer,
        progress=lambda number, total: calls.append((number, total)),
        cancelled=lambda: len(calls) >= 1,
    )

    assert count == 1
    assert calls == [(1, 3)]
    assert (
        len(printed(pdf_printer).pages) == 1
    )  # Qt's PDF writer cannot abort a job: it keeps what was painted


def test_a_broken_pdf_raises_a_clear_error_and_prints_nothing(pdf_printer):
    from apvdesk.ui.printing import UnreadablePdf, print_pdf

    with pytest.raises(UnreadablePdf, match="could not be read"):
        print_pdf(b"not a pdf", pdf_printer)
    assert not Path(pdf_printer.outputFileName()).exists()


def test_a_printer_that_cannot_start_raises(pdf_printer, tmp_path: Path):
    from apvdesk.ui.printing import PrinterFailed, print_pdf

    pdf_printer.setOutputFileName(str(tmp_path / "no such folder" / "printed.pdf"))

    with pytest.raises(PrinterFailed):
        print_pdf(make_pdf(1), pdf_printer)


def test_a_landscape_page_is_turned_to_fill_portrait_paper(pdf_printer):
    from apvdesk.ui.printing import print_pdf

    print_pdf(make_filled_pdf(landscape(A4)), pdf_printer)

    path = pdf_printer.outputFileName()
    page = printed(pdf_printer).pages[0]
    assert float(page.mediabox.height) > float(page.mediabox.width)
    # fitted without turning, a landscape page would leave the top and bottom of the sheet white
    assert is_dark_at(path, 0, 0.5, 0.05) and is_dark_at(path, 0, 0.5, 0.95)


def test_pages_follow_order_and_copies_the_printer_cannot_make(pdf_printer):
    from PySide6.QtPrintSupport import QPrinter

    from apvdesk.ui.printing import pages_to_print

    assert pages_to_print(3, pdf_printer) == [0, 1, 2]
    pdf_printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert pages_to_print(3, pdf_printer) == [2, 1, 0]
    pdf_printer.setPageOrder(QPrinter.PageOrder.FirstPageFirst)

    assert not pdf_printer.supportsMultipleCopies()  # Qt's PDF writer: copies are painted here
    pdf_printer.setCopyCount(2)
    pdf_printer.setCollateCopies(True)
    assert pages_to_print(2, pdf_printer) == [0, 1, 0, 1]
    pdf_printer.setCollateCopies(False)
    assert pages_to_print(2, pdf_printer) == [0, 0, 1, 1]


def test_copies_are_printed(pdf_printer):
    from apvdesk.ui.printing import print_pdf

    pdf_printer.setCopyCount(2)
    pdf_printer.setCollateCopies(True)

    assert print_pdf(make_pdf(2), pdf_printer) == 4
    assert len(printed(pdf_printer).pages) == 4


# ---- the dialog ------------------------------------------------------------------------------


@pytest.fixture
def dialog_answers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make QPrintDialog.exec return the answers given, in turn, without showing anything."""
    from PySide6.QtPrintSupport import QPrintDialog

    answers: list[int] = []

    def exec_(dialog):
        assert dialog.minPage() == 1
        return answers.pop(0)

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return answers


@pytest.fixture
def parent(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_accepting_the_dialog_prints_the_document(parent, pdf_printer, dialog_answers, no_modals):
    from PySide6.QtGui import QPageLayout
    from PySide6.QtWidgets import QDialog

    from apvdesk.ui.printing import ask_and_print

    dialog_answers.append(QDialog.DialogCode.Accepted.value)

    assert ask_and_print(parent, make_pdf(2), "Handlingsplan 2025", printer=pdf_printer) is True

    assert no_modals == []
    assert pdf_printer.docName() == "Handlingsplan 2025"
    assert pdf_printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    assert len(printed(pdf_printer).pages) == 2


def test_the_dialog_offers_exactly_the_pages_of_the_document(parent, pdf_printer, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    from apvdesk.ui.printing import ask_and_print

    offered: list[tuple[int, int]] = []

    def exec_(dialog):
        offered.append((dialog.minPage(), dialog.maxPage()))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    ask_and_print(parent, make_pdf(3), "Plakat", printer=pdf_printer)

    assert offered == [(1, 3)]


def test_rejecting_the_dialog_prints_nothing(parent, pdf_printer, dialog_answers, no_modals):
    from PySide6.QtWidgets import QDialog

    from apvdesk.ui.printing import ask_and_print

    dialog_answers.append(QDialog.DialogCode.Rejected.value)

    assert ask_and_print(parent, make_pdf(2), "Handlingsplan", printer=pdf_printer) is False

    assert no_modals == []
    assert not Path(pdf_printer.outputFileName()).exists()


def test_a_broken_pdf_gives_one_message_and_no_dialog(parent, pdf_printer, dialog_answers, no_modals):
    from apvdesk.ui.printing import Printing, ask_and_print

    assert ask_and_print(parent, b"not a pdf", "Handlingsplan", printer=pdf_printer) is False

    assert no_modals == [(Printing().tr("Could not print"), Printing().unreadable_text())]
    assert not Path(pdf_printer.outputFileName()).exists()


def test_a_failing_printer_gives_one_message_saying_what_to_do(
    parent, pdf_printer, dialog_answers, no_modals, tmp_path: Path
):
    from PySide6.QtWidgets import QDialog

    from apvdesk.ui.printing import Printing, ask_and_print

    pdf_printer.setOutputFileName(str(tmp_path / "no such folder" / "printed.pdf"))
    dialog_answers.append(QDialog.DialogCode.Accepted.value)

    assert ask_and_print(parent, make_pdf(2), "Handlingsplan", printer=pdf_printer) is False

    assert no_modals == [(Printing().tr("Could not print"), Printing().printer_failed_text())]


def test_cancelling_the_progress_box_reports_not_printed(parent, pdf_printer, dialog_answers, monkeypatch):
    from PySide6.QtWidgets import QDialog, QProgressDialog

    from apvdesk.ui.printing import Printing, ask_and_print

    labels: list[str] = []
    show_label = QProgressDialog.setLabelText

    def show_and_press_cancel(box, text):
        labels.append(text)
        show_label(box, text)
        box.cancel()  # the user presses Cancel while page 1 prints

    monkeypatch.setattr(QProgressDialog, "setLabelText", show_and_press_cancel)
    dialog_answers.append(QDialog.DialogCode.Accepted.value)

    assert ask_and_print(parent, make_pdf(3), "Handlingsplan", printer=pdf_printer) is False

    assert labels == [Printing().progress_text(1, 3)]
    assert len(printed(pdf_printer).pages) == 1
