"""Print a finished PDF on the printer the user picks in Qt's print dialog.

PySide6-Essentials has no QtPdf, so pypdfium2 renders each page of the PDF to an image and
QPainter draws the image onto the ``QPrinter``, fitted to the printable area. Printing
runs on the GUI thread one page at a time (QPainter on a QPrinter must), with a
cancellable progress box that gets its events between pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument, PdfPage

# Pages are rendered at the printer's resolution, but never finer than this: an A4 page at
# 300 dpi is 2480 x 3508 pixels, about 35 MB as an image, and prints sharply.
MAX_DPI = 300

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class UnreadablePdf(ValueError):
    """The bytes to print are not a PDF that PDFium can read."""


class PrinterFailed(RuntimeError):
    """The printer did not take the job: it could not start, or refused a new page."""


def _open_pdf(pdf: bytes) -> PdfDocument:
    """Open ``pdf`` with PDFium, turning its error into :class:`UnreadablePdf`."""
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError as error:
        raise UnreadablePdf(f"The PDF to print could not be read ({error}).") from error


def pdf_page_count(pdf: bytes) -> int:
    """Return the number of pages in ``pdf``; raise :class:`UnreadablePdf` if it cannot be read."""
    document = _open_pdf(pdf)
    try:
        return len(document)
    finally:
        document.close()


def pages_to_print(page_count: int, printer: QPrinter) -> list[int]:
    """Return the 0-based indexes of the pages to paint, in the order to paint them.

    Follows the printer's page ranges (empty means all pages) and page order. Copies are
    left to the printer when it can make them; otherwise they are painted here, the whole
    set again when collated, each page again in turn when not.
    """
    ranges = printer.pageRanges()
    pages = [index for index in range(page_count) if ranges.isEmpty() or ranges.contains(index + 1)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [index for index in pages for _ in range(copies)]


def _paint_page(painter: QPainter, page: PdfPage, area: QRectF, resolution: int) -> None:
    """Draw ``page`` as large as fits in ``area`` (device pixels), centred, keeping its shape.

    A landscape page on portrait paper (or the other way round) is turned a quarter so it
    fills the sheet. The image has one pixel per printer dot up to :data:`MAX_DPI`.
    """
    width, height = page.get_size()  # points
    turn = (width > height) != (area.width() > area.height())
    if turn:
        width, height = height, width
    dots_per_point = min(area.width() / width, area.height() / height)
    pixels_per_point = dots_per_point * min(resolution, MAX_DPI) / resolution
    bitmap = page.render(
        scale=pixels_per_point, rotation=90 if turn else 0, prefer_bgrx=True, rev_byteorder=True
    )
    try:
        # The image borrows the bitmap's memory; the painter is done with it before close().
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        )
        target = QRectF(0, 0, width * dots_per_point, height * dots_per_point)
        target.moveCenter(area.center())
        painter.drawImage(target, image)
    finally:
        bitmap.close()


def _paint_pages(
    document: PdfDocument,
    pages: list[int],
    printer: QPrinter,
    painter: QPainter,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    """Paint ``pages`` of ``document`` with a started ``painter``; return how many were painted."""
    import pypdfium2

    area = QRectF(0, 0, printer.width(), printer.height())  # the printable area, in dots
    painted = 0
    for number, index in enumerate(pages, start=1):
        if cancelled is not None and cancelled():
            printer.abort()  # drops the job where the driver can; PDF and CUPS print what is painted
            break
        if progress is not None:
            progress(number, len(pages))
        if number > 1 and not printer.newPage():
            raise PrinterFailed(f"The printer {printer.printerName()!r} refused page {number}.")
        try:
            page = document[index]
            try:
                _paint_page(painter, page, area, printer.resolution())
            finally:
                page.close()
        except pypdfium2.PdfiumError as error:
            raise UnreadablePdf(f"Page {index + 1} of the PDF could not be read ({error}).") from error
        painted += 1
    return painted


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Print the pages of ``pdf`` on ``printer``, set up beforehand (no dialogs here).

    Args:
        pdf: the whole PDF file.
        printer: a printer set up by the caller or the print dialog; its page ranges, page
            order, copies and collation are followed (see :func:`pages_to_print`).
        progress: called as ``progress(number, total)`` before each page is painted.
        cancelled: asked before each page; when it returns True printing stops, and the job
            is aborted where the printer driver allows it.

    Returns:
        The number of pages painted.

    Raises:
        UnreadablePdf: ``pdf`` is not a PDF that can be read.
        PrinterFailed: the printer could not start the job or take a page.

    """
    document = _open_pdf(pdf)
    try:
        pages = pages_to_print(len(document), printer)
        if not pages:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterFailed(f"The printer {printer.printerName()!r} could not start the print job.")
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        try:
            painted = _paint_pages(document, pages, printer, painter, progress, cancelled)
        except BaseException:
            painter.end()
            raise
        if not painter.end() and printer.printerState() != QPrinter.PrinterState.Aborted:
            raise PrinterFailed(f"The printer {printer.printerName()!r} could not finish the print job.")
        return painted
    finally:
        document.close()


def prepare_printer(printer: QPrinter, title: str) -> None:
    """Set ``printer`` to A4 portrait with the smallest margins it allows, named ``title``."""
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    layout = printer.pageLayout()
    printer.setPageMargins(layout.minimumMargins(), layout.units())


class Printing:
    """The print dialog, the progress box and the messages, translated in context ``Printing``."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("Printing", text)

    def ask_and_print(self, parent: QWidget, pdf: bytes, title: str, printer: QPrinter | None = None) -> bool:
        """Ask for a printer and print ``pdf`` on it; see :func:`ask_and_print`."""
        try:
            page_count = pdf_page_count(pdf)
        except UnreadablePdf:
            self._warn(parent, self.unreadable_text())
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, title)
        dialog = QPrintDialog(printer, parent)
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(option.PrintSelection, False)
        dialog.setOption(option.PrintCurrentPage, False)
        dialog.setOption(option.PrintPageRange, True)
        dialog.setOption(option.PrintCollateCopies, True)
        dialog.setMinMax(1, page_count)
        if QDialog.DialogCode(dialog.exec()) != QDialog.DialogCode.Accepted:
            return False
        return self._print_with_progress(parent, pdf, printer)

    def _print_with_progress(self, parent: QWidget, pdf: bytes, printer: QPrinter) -> bool:
        """Print with a modal, cancellable progress box; return True when every page went out."""
        box = QProgressDialog(parent)
        box.setWindowTitle(self.tr("Printing"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(0)
        box.setAutoClose(False)
        box.setAutoReset(False)

        def show_progress(number: int, total: int) -> None:
            box.setMaximum(total)
            box.setLabelText(self.progress_text(number, total))
            box.setValue(number - 1)
            QApplication.processEvents()

        problem: str | None = None
        painted = 0
        try:
            painted = print_pdf(pdf, printer, show_progress, box.wasCanceled)
        except UnreadablePdf:
            problem = self.unreadable_text()
        except PrinterFailed:
            problem = self.printer_failed_text()
        finally:
            cancelled = box.wasCanceled()
            box.close()
            box.deleteLater()
        if problem is not None:
            self._warn(parent, problem)
            return False
        return painted > 0 and not cancelled

    def progress_text(self, number: int, total: int) -> str:
        """Return "Printing page <number> of <total>…" in the user's language."""
        text = self.tr("Printing page %1 of %2…")
        return text.replace("%1", str(number)).replace("%2", str(total))

    def unreadable_text(self) -> str:
        """Return the message for a PDF that could not be read."""
        return self.tr(
            "apvdesk could not read the document it made for printing. "
            "Save the PDF and print it from there, and please report the problem."
        )

    def printer_failed_text(self) -> str:
        """Return the message for a printer that did not take the job."""
        return self.tr(
            "The printer did not accept the document. Check that the printer is switched on "
            "and try again, or save the PDF and print it from there."
        )

    def _warn(self, parent: QWidget, text: str) -> None:
        QMessageBox.warning(parent, self.tr("Could not print"), text)


def ask_and_print(parent: QWidget, pdf: bytes, title: str, printer: QPrinter | None = None) -> bool:
    """Let the user pick a printer in Qt's print dialog and print ``pdf`` on it.

    The printer starts as A4 portrait with the document named ``title``. Pages go out
    one at a time under a progress box the user can cancel. A PDF that cannot be read
    or a printer that fails gives one message box saying what to do.

    Args:
        parent: the window the dialogs belong to.
        pdf: the whole PDF file.
        title: the document's name in the printer's queue.
        printer: the printer to set up and print on; a new high-resolution one if None
            (tests pass one that writes a PDF file).

    Returns:
        True when the pages were printed; False when the user cancelled or printing failed.

    """
    return Printing().ask_and_print(parent, pdf, title, printer)
