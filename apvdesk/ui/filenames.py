"""File names made from what the user typed."""

from __future__ import annotations


def safe_file_stem(name: str) -> str:
    """Turn a workplace name into a file name that works on Windows and Linux."""
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name).strip(" .")
    return cleaned or "apvdesk"
