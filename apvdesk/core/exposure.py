"""The light of an exposure scale: anyone who reports violence, threats or harassment counts.

A scale with ``light_rule = "any_exposure"`` (violence and threats, bullying and
harassment) asks whether something happened in the last 12 months. Its mean says how
much exposure there was on average, so one assault among many "No" answers would leave it
green. On such a scale the light is therefore set by who reports exposure too:

- a respondent *reports exposure* when their scale score is not the best possible one
  (0 where high is bad): at least one of the items they answered is not "No". "Don't
  know", "does not apply to me" and blanks are no report;
- nobody reports exposure: the light of the mean;
- someone does: at least yellow; red when the mean's light is red or when at least
  :data:`RED_SHARE` per cent of the respondents report exposure.

The share of unfavourable scores of such a scale is the share reporting exposure. Both
are worked out from the counted scores of the respondents with a score, exactly as the
mean is, so they are shown and withheld exactly as the mean (docs/scoring.md).
"""

from __future__ import annotations

from collections.abc import Mapping

from apvdesk.core.bank import ANY_EXPOSURE
from apvdesk.core.result_types import Light

__all__ = ["ANY_EXPOSURE", "RED_SHARE", "best_score", "exposed_count", "exposure_light"]
# From this per cent of the respondents reporting exposure, the light is red.
RED_SHARE = 10.0


def best_score(high_is_good: bool) -> float:
    """Return the best score a respondent can have on a scale: 100 where high is good, else 0."""
    return 100.0 if high_is_good else 0.0


def exposed_count(scores: Mapping[float, int], high_is_good: bool) -> int:
    """Return how many of the counted scores (``{score: how many}``) report exposure.

    A score reports exposure when it is not the best possible: on a scale where high is
    bad, a score above 0 (some answered item is not the "No" that scores 0).
    """
    best = best_score(high_is_good)
    return sum(count for score, count in scores.items() if score != best)


def exposure_light(mean_light: Light, exposed: int, n: int) -> Light:
    """Return the light of an exposure scale from its mean's light and who reports exposure.

    Args:
        mean_light: the light of the mean, as :func:`apvdesk.core.results.light_for` gives it.
        exposed: respondents reporting exposure (among the ``n`` with a score).
        n: respondents with a score on the scale.

    """
    if exposed <= 0 or n <= 0:
        return mean_light
    if mean_light is Light.RED or 100.0 * exposed >= RED_SHARE * n:
        return Light.RED
    return Light.YELLOW
