"""The question bank: themes, scales, items and option sets, validated when loaded.

A bank is read from a TOML file in ``resources/questionnaires/`` (or from the JSON
snapshot a round keeps). Every problem is reported as a :class:`BankError` that names
the file and the key, so a broken data file is found at once.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from apvdesk.core.bank_forms import FULL, OFF, THEME_FORMS, form_problem, themes_in_forms
from apvdesk.core.bank_reader import BankError, BankReader

SUPPORT_SOURCES = ("colleagues", "manager")
SUPPORT_KINDS = ("practical", "emotional", "professional")
# How a scale's light may be set beside its mean (see apvdesk.core.exposure).
ANY_EXPOSURE = "any_exposure"
LIGHT_RULES = (ANY_EXPOSURE,)
# Texts the kiosk and the paper form show, in every language of a shipped bank.
REQUIRED_TEXT_KEYS = (
    "kiosk_welcome",
    "choose_language",
    "choose_group",
    "instructions",
    "anonymity_note",
    "start",
    "next",
    "back",
    "submit",
    "progress",
    "ready_to_submit",
    "thank_you",
    "thank_you_detail",
    "paper_title",
    "paper_instructions",
    "paper_group",
    "paper_return",
)
# How a "does not apply to me" answer (items with ``not_applicable = true``) is recorded:
# like "don't know" (None), so it is scored like it. The one place to change it.
NOT_APPLICABLE_ANSWER: int | None = None


@dataclass(frozen=True)
class OptionSet:
    """The response options of an item, in printed order, with their points."""

    id: str
    points: tuple[int, ...]
    labels: Mapping[str, tuple[str, ...]]
    dont_know: Mapping[str, str]


@dataclass(frozen=True)
class Item:
    """One question: its text per language, its scale and how it is scored."""

    id: str
    scale_id: str
    option_set_id: str
    text: Mapping[str, str]
    reverse: bool = False
    source: str | None = None
    kind: str | None = None
    short: bool = False  # in its theme's short form
    not_applicable: bool = False  # offers "does not apply to me"


@dataclass(frozen=True)
class Scale:
    """A set of items scored together; ``high_is_good`` is False for demands.

    ``light_rule`` names how the light is set beside the mean (None: by the mean alone;
    ``"any_exposure"``: see :mod:`apvdesk.core.exposure`).
    """

    id: str
    theme_id: str
    name: Mapping[str, str]
    high_is_good: bool
    items: tuple[Item, ...]
    light_rule: str | None = None


@dataclass(frozen=True)
class Theme:
    """A group of scales, such as social support; a required theme is in every round."""

    id: str
    name: Mapping[str, str]
    scales: tuple[Scale, ...]
    required: bool = False
    default_form: str = FULL  # the form a new round asks: "full" or "short"


@dataclass(frozen=True)
class QuestionBank:
    """A versioned, validated bank of themes, scales, items and option sets."""

    id: str
    version: str
    languages: tuple[str, ...]
    option_sets: Mapping[str, OptionSet]
    themes: tuple[Theme, ...]
    raw: Mapping[str, Any]
    language_names: Mapping[str, str] = field(default_factory=dict)
    texts: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def text(self, key: str, lang: str) -> str:
        """Return a kiosk or paper-form text in ``lang`` (English, then the key, if missing)."""
        values = self.texts.get(key, {})
        return values.get(lang) or values.get("en") or key

    def with_themes(self, theme_ids: Iterable[str]) -> QuestionBank:
        """Return a bank holding only the given themes (and every required theme).

        A round stores this narrowed bank as its snapshot, so it asks and scores exactly
        the themes chosen for it.
        """
        wanted = set(theme_ids) | {t.id for t in self.themes if t.required}
        unknown = wanted - {t.id for t in self.themes}
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        raw = dict(self.raw)
        raw["themes"] = [t for t in self.raw["themes"] if t["id"] in wanted]
        return parse_bank(raw, "narrowed bank")

    def with_scales(self, scale_ids: Iterable[str]) -> QuestionBank:
        """Return a bank holding only the given scales, with their themes (a short round).

        A follow-up round asks just the scales behind the problems being followed up,
        whether or not their theme is otherwise required.
        """
        wanted = set(scale_ids)
        unknown = wanted - {s.id for s in self.scales}
        if unknown or not wanted:
            raise KeyError(", ".join(sorted(unknown)) or "no scales chosen")
        raw = dict(self.raw)
        themes = []
        for theme in self.raw["themes"]:
            scales = [scale for scale in theme["scales"] if scale["id"] in wanted]
            if scales:
                themes.append({**theme, "scales": scales})
        raw["themes"] = themes
        return parse_bank(raw, "narrowed bank")

    def with_forms(self, forms: Mapping[str, str]) -> QuestionBank:
        """Return a bank asking each theme in its form: "full", "short" (its short items) or "off".

        A theme not named is not asked, unless it is required: then it takes its default
        form. A required theme cannot be "off", and a theme without a short form cannot be
        "short" (ValueError); an unknown theme raises KeyError.
        """
        unknown = set(forms) - {t.id for t in self.themes}
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        chosen = {t.id: forms.get(t.id, t.default_form if t.required else OFF) for t in self.themes}
        for theme in self.themes:
            if chosen[theme.id] not in THEME_FORMS or theme.required and chosen[theme.id] == OFF:
                raise ValueError(f"theme {theme.id} cannot be asked {chosen[theme.id]!r}")
        raw = dict(self.raw)
        raw["themes"] = themes_in_forms(self.raw["themes"], chosen)
        if not raw["themes"]:
            raise ValueError("no theme is asked")
        return parse_bank(raw, "narrowed bank")

    @property
    def scales(self) -> tuple[Scale, ...]:
        return tuple(scale for theme in self.themes for scale in theme.scales)

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for scale in self.scales for item in scale.items)

    def scale(self, scale_id: str) -> Scale:
        """Return the scale with this id; raise KeyError if the bank has none."""
        for scale in self.scales:
            if scale.id == scale_id:
                return scale
        raise KeyError(scale_id)

    def theme_of(self, scale_id: str) -> Theme:
        """Return the theme that holds the scale."""
        for theme in self.themes:
            if any(scale.id == scale_id for scale in theme.scales):
                return theme
        raise KeyError(scale_id)

    def scale_and_theme_names(self, scale_id: str, lang: str) -> tuple[str, str]:
        """Return the names of a scale and of its theme in ``lang``, else in the first language they have.

        A scale the bank lacks is named by its id, with no theme name.
        """
        try:
            scale, theme = self.scale(scale_id), self.theme_of(scale_id)
        except KeyError:
            return scale_id, ""
        scale_name = scale.name.get(lang) or next(iter(scale.name.values()), scale_id)
        theme_name = theme.name.get(lang) or next(iter(theme.name.values()), "")
        return scale_name, theme_name

    def option_set(self, item: Item) -> OptionSet:
        return self.option_sets[item.option_set_id]

    def to_json(self) -> str:
        """Return the snapshot a round stores: the bank's source data as JSON."""
        return json.dumps(self.raw, ensure_ascii=False, sort_keys=True)


def load_bank_file(path: Path) -> QuestionBank:
    """Read and validate a TOML bank file, which must be complete (language names, texts)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise BankError(path.name, "(file)", f"cannot be read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise BankError(path.name, "(file)", f"is not valid TOML: {exc}") from exc
    return parse_bank(data, path.name, complete=True)


def load_bank_snapshot(text: str, source: str = "snapshot") -> QuestionBank:
    """Rebuild a bank from the JSON snapshot a round keeps."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BankError(source, "(snapshot)", f"is not valid JSON: {exc}") from exc
    return parse_bank(data, source)


def parse_bank(data: Mapping[str, Any], source: str, complete: bool = False) -> QuestionBank:
    """Validate bank data (as read from TOML or JSON) and build the bank.

    ``complete`` also requires every language's own name and every text in
    REQUIRED_TEXT_KEYS (a shipped bank must have them; an old round's snapshot may not).
    """
    r = BankReader(source)
    if not isinstance(data, Mapping):
        raise r.fail("(root)", "must be a table")
    head = r.get(data, "bank", "", dict)
    bank_id = r.get(head, "id", "bank", str)
    version = r.get(head, "version", "bank", str)
    languages = tuple(r.get(head, "languages", "bank", list))
    if not languages or not all(isinstance(lang, str) for lang in languages):
        raise r.fail("bank.languages", "must list at least one language code")

    option_sets = {}
    for set_id, raw_set in r.get(data, "option_sets", "", dict).items():
        path = f"option_sets.{set_id}"
        if not isinstance(raw_set, dict):
            raise r.fail(path, "must be a table")
        points = tuple(r.get(raw_set, "points", path, list))
        if len(points) < 2 or not all(isinstance(p, int) and 0 <= p <= 100 for p in points):
            raise r.fail(f"{path}.points", "must list at least two whole numbers from 0 to 100")
        labels_table = r.get(raw_set, "labels", path, dict)
        labels = {}
        for lang in languages:
            value = labels_table.get(lang)
            if not isinstance(value, list) or len(value) != len(points):
                raise r.fail(f"{path}.labels.{lang}", f"must list {len(points)} labels")
            if not all(isinstance(v, str) and v.strip() for v in value):
                raise r.fail(f"{path}.labels.{lang}", "has an empty label")
            labels[lang] = tuple(value)
        dont_know = r.texts(raw_set, "dont_know", path, languages)
        option_sets[set_id] = OptionSet(set_id, points, labels, dont_know)

    themes = []
    seen_ids: set[str] = set()
    for t_index, raw_theme in enumerate(r.get(data, "themes", "", list)):
        t_path = f"themes[{t_index}]"
        if not isinstance(raw_theme, dict):
            raise r.fail(t_path, "must be a table")
        theme_id = r.get(raw_theme, "id", t_path, str)
        t_path = f"themes.{theme_id}"
        scales = []
        for s_index, raw_scale in enumerate(r.get(raw_theme, "scales", t_path, list)):
            s_path = f"{t_path}.scales[{s_index}]"
            if not isinstance(raw_scale, dict):
                raise r.fail(s_path, "must be a table")
            scale_id = r.get(raw_scale, "id", s_path, str)
            s_path = f"{t_path}.scales.{scale_id}"
            if scale_id in seen_ids:
                raise r.fail(s_path, "id is used twice")
            seen_ids.add(scale_id)
            items = []
            for i_index, raw_item in enumerate(r.get(raw_scale, "items", s_path, list)):
                i_path = f"{s_path}.items[{i_index}]"
                if not isinstance(raw_item, dict):
                    raise r.fail(i_path, "must be a table")
                item_id = r.get(raw_item, "id", i_path, str)
                i_path = f"{s_path}.items.{item_id}"
                if item_id in seen_ids:
                    raise r.fail(i_path, "id is used twice")
                seen_ids.add(item_id)
                set_id = r.get(raw_item, "options", i_path, str)
                if set_id not in option_sets:
                    raise r.fail(f"{i_path}.options", f"names unknown option set {set_id!r}")
                source_ = r.get(raw_item, "source", i_path, str, None)
                if source_ is not None and source_ not in SUPPORT_SOURCES:
                    raise r.fail(f"{i_path}.source", f"must be one of {', '.join(SUPPORT_SOURCES)}")
                kind = r.get(raw_item, "kind", i_path, str, None)
                if kind is not None and kind not in SUPPORT_KINDS:
                    raise r.fail(f"{i_path}.kind", f"must be one of {', '.join(SUPPORT_KINDS)}")
                items.append(
                    Item(
                        id=item_id,
                        scale_id=scale_id,
                        option_set_id=set_id,
                        text=r.texts(raw_item, "text", i_path, languages),
                        reverse=r.get(raw_item, "reverse", i_path, bool, False),
                        source=source_,
                        kind=kind,
                        short=r.get(raw_item, "short", i_path, bool, False),
                        not_applicable=r.get(raw_item, "not_applicable", i_path, bool, False),
                    )
                )
            if len(items) < 2:
                raise r.fail(f"{s_path}.items", "a scale needs at least two items")
            light_rule = r.get(raw_scale, "light_rule", s_path, str, None)
            if light_rule is not None and light_rule not in LIGHT_RULES:
                raise r.fail(f"{s_path}.light_rule", f"must be one of {', '.join(LIGHT_RULES)}")
            scales.append(
                Scale(
                    id=scale_id,
                    theme_id=theme_id,
                    name=r.texts(raw_scale, "name", s_path, languages),
                    high_is_good=r.get(raw_scale, "high_is_good", s_path, bool),
                    items=tuple(items),
                    light_rule=light_rule,
                )
            )
        if not scales:
            raise r.fail(f"{t_path}.scales", "a theme needs at least one scale")
        required = r.get(raw_theme, "required", t_path, bool, False)
        default_form = r.get(raw_theme, "default_form", t_path, str, FULL)
        problem = form_problem(raw_theme)
        if problem is not None:
            raise r.fail(f"{t_path}.{problem[0]}", problem[1])
        name = r.texts(raw_theme, "name", t_path, languages)
        themes.append(Theme(theme_id, name, tuple(scales), required, default_form))
    if not themes:
        raise r.fail("themes", "the bank has no themes")

    language_names = {}
    if complete or "language_names" in head:
        language_names = r.texts(head, "language_names", "bank", languages)
    texts: dict[str, dict[str, str]] = {}
    raw_texts = r.get(data, "texts", "", dict, None if not complete else ...)
    for key in raw_texts or {}:
        texts[key] = r.texts(raw_texts, key, "texts", languages)
    if complete:
        offered = any(
            item.not_applicable for theme in themes for scale in theme.scales for item in scale.items
        )
        needed = ("not_applicable",) if offered else ()
        for key in (*REQUIRED_TEXT_KEYS, *needed):
            if key not in texts:
                raise r.fail(f"texts.{key}", "is missing")
    return QuestionBank(
        bank_id, version, languages, option_sets, tuple(themes), dict(data), language_names, texts
    )
