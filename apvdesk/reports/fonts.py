"""The embedded Unicode fonts every apvdesk PDF uses (DejaVu Sans), registered once."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from apvdesk.platform.paths import resource

FAMILY = "DejaVuSans"
"""The family name to use in paragraph styles; ``<b>`` maps to the bold face."""
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans regular and bold with reportlab, with a family mapping.

    Safe to call any number of times, from any thread. There is no italic face in
    ``resources/fonts``, so italic maps to the upright faces rather than to a
    built-in (non-embedded) font.

    Raises:
        FileNotFoundError: A font file is missing from the resources folder.

    """
    global _registered
    with _lock:
        if _registered:
            return
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in known:
                path = resource("fonts", filename)
                if not path.is_file():
                    raise FileNotFoundError(f"font file missing: {path}")
                pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, REGULAR)
        addMapping(FAMILY, 1, 1, BOLD)
        _registered = True
