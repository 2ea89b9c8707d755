"""Where :mod:`apvdesk.store.content_fault` was: its names, for the callers that still import them here."""

from apvdesk.store.content_fault import (
    ContentChange,
    ContentFault,
    Fault,
    Unreadable,
    decode_text,
    show_range,
    show_value,
)

__all__ = ["ContentChange", "ContentFault", "Fault", "Unreadable", "decode_text", "show_range", "show_value"]
