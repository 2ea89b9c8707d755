"""The Danish CVR number: the firm's registration number in the Central Business Register."""

from __future__ import annotations

CVR_DIGITS = 8


def is_cvr(text: str) -> bool:
    """Whether ``text`` is a CVR number: exactly eight digits 0-9, nothing else."""
    return len(text) == CVR_DIGITS and text.isascii() and text.isdigit()


def cvr_or_empty_is_valid(text: str) -> bool:
    """Whether ``text`` may be saved as a workplace's CVR: empty (not given) or a CVR number."""
    return text == "" or is_cvr(text)
