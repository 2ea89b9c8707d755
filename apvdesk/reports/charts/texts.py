"""The fixed texts of the charts, translated (lupdate context "ChartTexts")."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from apvdesk.core.results import Light, Withheld
from apvdesk.reports.charts.common import MIN_LABELLED_SHARE
from apvdesk.wording.formatting import format_number
from apvdesk.wording.i18n import Translator

_WHOLE: ContextVar[str] = ContextVar("chart_whole", default="")  # what group None is called


@contextmanager
def whole_named(name: str) -> Iterator[None]:
    """Call group None ``name`` (a site's, whose figures stand in for the workplace) while building."""
    token = _WHOLE.set(name)
    try:
        yield
    finally:
        _WHOLE.reset(token)


class ChartTexts:
    """The fixed texts of the charts, in one language (lupdate context "ChartTexts")."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._translator = Translator(lang)

    def tr(self, text: str) -> str:
        return self._translator.translate("ChartTexts", text)

    def workplace(self) -> str:
        return _WHOLE.get() or self.tr("Whole workplace")

    def withheld(self, reason: Withheld | None, threshold: int) -> str:
        if reason is Withheld.PROTECTS_OTHER_GROUP:
            return self.tr("withheld (protects a smaller group)")
        return self.tr("withheld (n < %1)").replace("%1", str(threshold))

    def high_is_heavy(self) -> str:
        return self.tr("high = heavy")

    def light_names(self) -> dict[Light, str]:
        return {
            Light.GREEN: self.tr("good"),
            Light.YELLOW: self.tr("keep an eye on"),
            Light.RED: self.tr("a problem"),
        }

    def profile_title(self) -> str:
        return self.tr("Theme profile")

    def mean_axis(self) -> str:
        return self.tr("Mean, 0–100")

    def profile_note(self, red_below: float, green_from: float) -> str:
        return (
            self.tr(
                "Dotted lines: the limits %1 and %2 of the traffic light; "
                "for demands, where high is heavy, they are mirrored."
            )
            .replace("%1", self.number(red_below))
            .replace("%2", self.number(green_from))
        )

    def number(self, value: float) -> str:
        """Return a limit such as 66.7 with the language's decimal sign (66,7 in Danish)."""
        return format_number(value, 1, lang=self.lang)

    def sources(self) -> dict[str, str]:
        return {"colleagues": self.tr("Colleagues"), "manager": self.tr("Nearest manager")}

    def kinds(self) -> dict[str, str]:
        return {
            "practical": self.tr("Practical"),
            "emotional": self.tr("Emotional"),
            "professional": self.tr("Professional"),
        }

    def matrix_title(self, name: str) -> str:
        return self.tr("Social support: %1").replace("%1", name)

    def matrix_scale(self) -> str:
        return self.tr("Mean points (high = much support)")

    def no_items(self) -> str:
        return self.tr("no items")

    def matrix_withheld(self, reason: Withheld | None, threshold: int) -> str:
        if reason is Withheld.PROTECTS_OTHER_GROUP:
            return self.tr("The support matrix is withheld so that a smaller group cannot be worked out.")
        return self.tr("The support matrix is withheld: fewer than %1 answers.").replace("%1", str(threshold))

    def map_title(self) -> str:
        return self.tr("Demands, influence and support")

    def strain_corner(self) -> str:
        return self.tr("High demands,\nlow influence")

    def strain_sentence(self) -> str:
        return self.tr(
            "Work with high demands, low influence and low support strains the most: "
            "a hollow triangle in the shaded corner calls for action first."
        )

    def split_caption(self) -> str:
        return self.tr(
            "The lines at 50 divide high from low: the same limit for every group and "
            "round, so the map can be compared over time. Groups withheld for anonymity are not shown."
        )

    def support_legend(self) -> str:
        return self.tr("Size: social support")

    def support_high(self) -> str:
        return self.tr("Support 50 or more")

    def support_low(self) -> str:
        return self.tr("Support below 50")

    def no_demands(self) -> str:
        return self.tr("This round does not ask about demands and influence.")

    def distribution_title(self, scale: str, group: str) -> str:
        return self.tr("Answers per question: %1 (%2)").replace("%1", scale).replace("%2", group)

    def distribution_axis(self) -> str:
        return self.tr("Share of the answers, per cent")

    def distribution_note(self) -> str:
        return self.tr(
            "Each bar is one question; n is the number who answered it. Blank answers are left out. "
            "Shares below %1 % are not printed."
        ).replace("%1", self.number(MIN_LABELLED_SHARE))

    def distribution_withheld(self, reason: Withheld | None, threshold: int) -> str:
        if reason is Withheld.PROTECTS_OTHER_GROUP:
            return self.tr("The answers are withheld so that a smaller group cannot be worked out.")
        if reason is Withheld.NO_ANSWERS:
            return self.tr("No answers yet.")
        return self.tr("The answers are withheld: fewer than %1 answers.").replace("%1", str(threshold))

    def dont_know(self) -> str:
        return self.tr("Don't know")

    def trend_title(self) -> str:
        return self.tr("Development across rounds")

    def one_round(self) -> str:
        return self.tr(
            "There is only one round with these questions so far. "
            "The development appears here when a later round has answers."
        )
