"""Reading a question bank's source data: typed access that names the dotted key of every problem."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apvdesk.core.languages import lacking_language


class BankError(ValueError):
    """A question bank file is invalid; the message names the file and the key."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        super().__init__(f"{source}: {key}: {problem}")
        self.source = source
        self.key = key
        self.problem = problem


class BankReader:
    """Typed access to nested dicts that reports the dotted key of every problem."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, problem: str) -> BankError:
        return BankError(self.source, key, problem)

    def get(self, data: Mapping[str, Any], key: str, path: str, kind: type, default: Any = ...):
        if key not in data:
            if default is ...:
                raise self.fail(f"{path}.{key}".lstrip("."), "is missing")
            return default
        value = data[key]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            raise self.fail(
                f"{path}.{key}".lstrip("."), f"must be {kind.__name__}, not {type(value).__name__}"
            )
        return value

    def texts(self, data: Mapping[str, Any], key: str, path: str, languages: tuple[str, ...]):
        table = self.get(data, key, path, dict)
        lacking = lacking_language(table, languages)
        if lacking is not None:
            raise self.fail(f"{path}.{key}.{lacking}", "text is missing or empty")
        return {lang: table[lang] for lang in languages}
