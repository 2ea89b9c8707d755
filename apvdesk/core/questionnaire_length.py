"""What a round's questionnaire asks and how long it takes: its themes' forms, its notes, its time.

The expected time is an estimate for someone who reads slowly in a second language
(docs/questionnaire.md, "How long it takes"): the words they read at
:data:`WORDS_PER_MINUTE`, plus :data:`SECONDS_PER_ANSWER` for each question.
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from apvdesk.core.bank import QuestionBank, Theme
from apvdesk.core.bank_forms import FULL, OFF, SHORT

# A slow reader in a second language: fluent adults read about 240 words a minute
# silently in their own language; readers of a second language at an everyday level, and
# weak readers, read at half of that or less.
WORDS_PER_MINUTE = 100
# Looking over the answers, deciding and pressing one (or crossing a box).
SECONDS_PER_ANSWER = 6
# The texts everyone reads once before the questions.
ONCE_TEXT_KEYS = ("instructions", "anonymity_note")
# The theme of sensitive questions, and the note shown once before its first question.
SENSITIVE_THEME = "violence_harassment"
SENSITIVE_INTRO_KEY = "sensitive_intro"
NOT_APPLICABLE_KEY = "not_applicable"
EXPECTED_TIME_KEY = "expected_time"


def has_short_form(theme: Theme) -> bool:
    """Return whether the theme has a short form that differs from the full one."""
    flags = [item.short for scale in theme.scales for item in scale.items]
    return any(flags) and not all(flags)


def default_forms(bank: QuestionBank) -> dict[str, str]:
    """Return the form each theme of ``bank`` is asked in by default (a new round)."""
    return {theme.id: theme.default_form if has_short_form(theme) else FULL for theme in bank.themes}


def forms_of(asked: QuestionBank, bank: QuestionBank) -> dict[str, str]:
    """Return the form in which a round's bank ``asked`` holds each theme of ``bank``.

    A theme ``asked`` lacks is OFF; one that holds exactly the theme's short items is
    SHORT; any other (also one from another version of the bank) is FULL.
    """
    asked_items = {theme.id: {i.id for s in theme.scales for i in s.items} for theme in asked.themes}
    forms = {}
    for theme in bank.themes:
        if theme.id not in asked_items:
            forms[theme.id] = OFF
            continue
        short = {i.id for s in theme.scales for i in s.items if i.short}
        forms[theme.id] = SHORT if has_short_form(theme) and asked_items[theme.id] == short else FULL
    return forms


def intro_keys(bank: QuestionBank) -> dict[str, str]:
    """Return {item id: text key} for the notes shown once, just before an item.

    The note of sensitive questions (``sensitive_intro``) comes before the first item of
    the violence and harassment theme, when the round asks it.
    """
    for theme in bank.themes:
        if theme.id == SENSITIVE_THEME and theme.scales and theme.scales[0].items:
            return {theme.scales[0].items[0].id: SENSITIVE_INTRO_KEY}
    return {}


def _words(text: str) -> int:
    return len(text.split())


def reading_words(bank: QuestionBank, lang: str) -> int:
    """Return the words someone reads answering ``bank`` in ``lang``.

    The texts read once (instructions, the anonymity note, any note before a theme); each
    question; and the answers' labels ("don't know" and "does not apply to me" with them)
    whenever they differ from the previous question's. A text the bank lacks counts 0.
    """
    once = [*ONCE_TEXT_KEYS, *intro_keys(bank).values()]
    words = sum(_words(bank.texts[key].get(lang, "")) for key in once if key in bank.texts)
    not_applicable = bank.texts.get(NOT_APPLICABLE_KEY, {}).get(lang, "")
    previous: tuple[str, ...] = ()
    for item in bank.items:
        options = bank.option_set(item)
        labels = (*options.labels[lang], options.dont_know[lang])
        if item.not_applicable:
            labels += (not_applicable,)
        if labels != previous:
            words += sum(_words(label) for label in labels)
            previous = labels
        words += _words(item.text[lang])
    return words


def answering_seconds(bank: QuestionBank, lang: str) -> Fraction:
    """Return the estimated seconds (exact) a slow reader needs to answer ``bank`` in ``lang``."""
    return Fraction(reading_words(bank, lang) * 60, WORDS_PER_MINUTE) + len(bank.items) * SECONDS_PER_ANSWER


def expected_minutes(bank: QuestionBank, languages: Iterable[str] = ()) -> int:
    """Return the whole minutes a slow reader needs, in the slowest of ``languages``.

    ``languages`` are the ones the round offers (all the bank's when none are given;
    those the bank lacks are ignored). Halves round up; never less than one minute.
    """
    wanted = [lang for lang in languages if lang in bank.languages] or list(bank.languages)
    seconds = max(answering_seconds(bank, lang) for lang in wanted)
    return max(1, int(seconds / 60 + Fraction(1, 2)))
