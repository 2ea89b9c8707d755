"""How apvdesk rounds a figure for display: halves up, and never across a traffic-light limit.

One rule for every table, chart label, PDF, workbook and text output (docs/scoring.md,
"Rounding"):

- Halves round up, away from zero: 62.5 → 63, 12.5 % → 13 %, 87.5 % → 88 % (Python's
  ``round`` and ``format`` round halves to even, 62.5 → 62, which readers take for an error).
- A mean beside a traffic light is printed whole unless the whole number would stand on
  the other side of a limit than the mean itself: then it keeps one decimal (two if one is
  not enough). A mean of 49.8 under "red below 50" prints as "49.8", never as a red "50".
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from apvdesk.core.results import light_for

MAX_MEAN_DECIMALS = 2


def round_half_up(value: float, decimals: int = 0) -> float:
    """Return ``value`` rounded to ``decimals`` places, halves away from zero (62.5 → 63).

    The value is first taken to 9 places, so that a mean such as 62.49999999999999 (a float
    that means 62.5) rounds as the 62.5 it stands for.
    """
    exact = Decimal(f"{value:.9f}")
    return float(exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def mean_decimals(mean: float, high_is_good: bool, green_from: float, red_below: float) -> int:
    """Return how many decimals a mean is printed with: 0, or more when 0 would cross a limit.

    The printed (rounded) mean always has the same light as the mean itself.
    """
    light = light_for(mean, high_is_good, green_from, red_below)
    for decimals in range(MAX_MEAN_DECIMALS + 1):
        if light_for(round_half_up(mean, decimals), high_is_good, green_from, red_below) == light:
            return decimals
    return MAX_MEAN_DECIMALS
