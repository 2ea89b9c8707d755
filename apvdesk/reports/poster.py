"""The break-room poster: one A4 page with the APV's main problems, its actions and whom to ask.

The poster is printed in Danish or English, optionally with a second language (English,
Polish, Romanian or Ukrainian) on the same page: every fixed heading and label appears in
both languages, while the user's own texts (problems, actions, names) are shown once, as
written. The fixed texts come from ``resources/poster/texts.toml`` rather than Qt's
translation system: the UI catalogue has only Danish, and the poster speaks to employees
in their own language, as the questionnaire does (see ``apvdesk.core.poster``).

The poster is always exactly one page: when there is a lot of text, every type size and
space shrinks step by step until it fits (:mod:`apvdesk.reports.poster_fit`). Its parts
are laid out by :mod:`apvdesk.reports.poster_layout` and :mod:`apvdesk.reports.poster_cards`.
"""

from __future__ import annotations

import tomllib
from functools import cache

from apvdesk.core.bank import QuestionBank
from apvdesk.core.languages import PROGRAM_LANGUAGES, SECOND_LANGUAGES
from apvdesk.core.poster import PosterContent, PosterTexts, parse_poster_texts
from apvdesk.platform.paths import resource
from apvdesk.reports.pdf_document import DocumentInfo, build_one_page_pdf, titled
from apvdesk.reports.poster_fit import lay_out
from apvdesk.reports.poster_layout import PosterLayout


@cache
def shipped_poster_texts() -> PosterTexts:
    """Return the poster's fixed texts from ``resources/poster/texts.toml`` (validated).

    Raises:
        PosterTextsError: The file is invalid (a ValueError naming the key).
        OSError: The file cannot be read.

    """
    path = resource("poster", "texts.toml")
    return parse_poster_texts(tomllib.loads(path.read_text(encoding="utf-8")), path.name)


def check_poster_languages(lang: str, second_lang: str | None) -> None:
    """Raise ValueError unless ``lang`` and ``second_lang`` are a pair the poster can print."""
    if lang not in PROGRAM_LANGUAGES:
        raise ValueError(f"the poster's language must be one of {', '.join(PROGRAM_LANGUAGES)}, not {lang!r}")
    if second_lang is None:
        return
    if second_lang not in SECOND_LANGUAGES:
        raise ValueError(
            f"the poster's second language must be one of {', '.join(SECOND_LANGUAGES)}, not {second_lang!r}"
        )
    if second_lang == lang:
        raise ValueError(f"the poster's second language must differ from its first ({lang!r})")


def build_poster_pdf(
    content: PosterContent,
    texts: PosterTexts,
    lang: str = "da",
    second_lang: str | None = None,
    bank: QuestionBank | None = None,
) -> bytes:
    """Lay out the poster as a one-page A4 PDF with embedded DejaVu fonts.

    To print a plan's poster: ``build_poster_pdf(poster_content(plan, today=today),
    shipped_poster_texts(), lang, second_lang, plan.bank)``.

    Args:
        content: What the poster shows, from :func:`apvdesk.core.poster.poster_content`.
        texts: The fixed texts, e.g. :func:`shipped_poster_texts`.
        lang: ``"da"`` (default) or ``"en"``: the poster's main language.
        second_lang: ``"en"``, ``"pl"``, ``"ro"`` or ``"uk"`` (not ``lang``) to print every
            fixed text in a second language as well, or ``None``.
        bank: A bank to look up scale names that ``content`` lacks in a language, if any.

    Returns:
        The PDF file's bytes, always exactly one page; save them with ``write_atomically``.

    Raises:
        ValueError: ``lang`` or ``second_lang`` is not one the poster can print.

    """
    check_poster_languages(lang, second_lang)
    info = DocumentInfo(
        title=titled(texts.text("document_title", lang), content.workplace_name),
        author=content.workplace_name,
        subject=content.round_title,
        lang=lang,
    )
    return build_one_page_pdf(
        info,
        lambda canvas: lay_out(
            canvas, lambda scale: PosterLayout(content, texts, lang, second_lang, bank, scale)
        ),
    )
