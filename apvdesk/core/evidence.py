"""The evidence behind a problem made from a result or an absence figure: numbers only.

The UI turns this into translated text (see ``apvdesk.ui.problem_from_evidence``); here are
only the figures, the groups and the seriousness and priority a new problem starts with.
A withheld figure is never evidence: it gives None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from apvdesk.core.absence import AbsenceLine
from apvdesk.core.model import Seriousness
from apvdesk.core.result_types import Light, ScaleResult

_SERIOUSNESS = {Light.RED: Seriousness.HIGH, Light.YELLOW: Seriousness.MEDIUM, Light.GREEN: Seriousness.LOW}
_PRIORITY = {Seriousness.HIGH: 1, Seriousness.MEDIUM: 2, Seriousness.LOW: 3}


def seriousness_from_light(light: Light | None) -> Seriousness:
    """Return the seriousness a problem starts with: red is high, yellow medium, green low."""
    return _SERIOUSNESS.get(light, Seriousness.MEDIUM) if light is not None else Seriousness.MEDIUM


def priority_for(seriousness: Seriousness) -> int:
    """Return the priority a new problem starts with (1 is the most urgent)."""
    return _PRIORITY[seriousness]


@dataclass(frozen=True)
class ResultEvidence:
    """A shown scale result as evidence: ``group_id`` None is the whole workplace."""

    scale_id: str
    group_id: int | None
    group_ids: list[int]
    n: int
    mean: float
    sd: float | None
    share_unfavourable: float | None
    light: Light | None
    seriousness: Seriousness
    priority: int


def result_evidence(result: ScaleResult, round_group_ids: Sequence[int]) -> ResultEvidence | None:
    """Return the evidence of a shown result, or None when it is withheld.

    The whole workplace's result concerns all of the round's groups (``round_group_ids``).
    """
    if not result.shown or result.mean is None:
        return None
    group_ids = list(round_group_ids) if result.group_id is None else [result.group_id]
    seriousness = seriousness_from_light(result.light)
    return ResultEvidence(
        scale_id=result.scale_id,
        group_id=result.group_id,
        group_ids=group_ids,
        n=result.n,
        mean=result.mean,
        sd=result.sd,
        share_unfavourable=result.share_unfavourable,
        light=result.light,
        seriousness=seriousness,
        priority=priority_for(seriousness),
    )


@dataclass(frozen=True)
class AbsenceEvidence:
    """A shown absence line as evidence; ``change`` in percentage points, when known."""

    group_id: int | None
    group_ids: list[int]
    label: str
    percentage: float
    absence_days: float
    employees: float
    working_days: int | None
    change: float | None
    previous_label: str | None
    seriousness: Seriousness
    priority: int


def absence_evidence(line: AbsenceLine, round_group_ids: Sequence[int]) -> AbsenceEvidence | None:
    """Return the evidence of a shown absence line, or None when its figures are withheld.

    It starts as a medium problem: absence has causes outside work too, so the people
    assessing it decide how serious it is.
    """
    if not line.shown or line.percentage is None or line.absence_days is None:
        return None
    group_ids = list(round_group_ids) if line.group_id is None else [line.group_id]
    seriousness = Seriousness.MEDIUM
    return AbsenceEvidence(
        group_id=line.group_id,
        group_ids=group_ids,
        label=line.label,
        percentage=line.percentage,
        absence_days=line.absence_days,
        employees=line.employees,
        working_days=line.working_days,
        change=line.change,
        previous_label=line.previous_label,
        seriousness=seriousness,
        priority=priority_for(seriousness),
    )
