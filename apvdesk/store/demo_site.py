"""The demo's customer site in the store: its ids put in place, its answers merged as from another PC.

Also the reason the demo gives for dismissing a finding: the linen room has its own.

In the demo (:mod:`apvdesk.core.demo`) a group's, a problem's and an action's ``site_id``
is an index in the demo's sites; :func:`placed` gives the object with the stored site's id.

The demo's linen room at the nursing home answered on a laptop there: a collection file is
written for the round, the sheets are added to it, and it is merged into the workplace
file (:mod:`apvdesk.store.collection`), as any collection is. The file lives in a temporary
folder that is removed afterwards; the workplace file keeps only what any merge leaves:
the sheets and the collection's id in ``merged_collection``.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from apvdesk.core.bank import QuestionBank
from apvdesk.core.findings import Finding
from apvdesk.core.model import Action, Group, Problem, Response
from apvdesk.store.collection.file import add_sheets
from apvdesk.store.collection.merging import collect, merge_collection

if TYPE_CHECKING:
    from apvdesk.core.demo import DemoWorkplace
    from apvdesk.store.service import WorkplaceService

OnSite = TypeVar("OnSite", Group, Problem, Action)


def placed(item: OnSite, site_ids: Sequence[int | None]) -> OnSite:
    """Return ``item`` with its site index replaced by the stored site's id (unchanged without a site)."""
    if item.site_id is None:
        return item
    return dataclasses.replace(item, site_id=site_ids[item.site_id])


def merge_collected(
    store: WorkplaceService, round_id: int, sheets: Iterable[Response], bank: QuestionBank
) -> int:
    """Collect ``sheets`` (stored group ids) in a collection file of the round, merge it; return how many."""
    with tempfile.TemporaryDirectory(prefix="apvdesk-demo-") as folder:
        path = Path(folder) / "laerkehoej.apvcollect"
        collect(store, round_id, path)
        add_sheets(path, sheets, bank)
        return merge_collection(store, path).added


def dismissal_reason(demo: DemoWorkplace, group_ids: Sequence[int], finding: Finding) -> str | None:
    """Return the demo's reason for dismissing a finding: its group's own for the scale, else the scale's."""
    scale = finding.scale_id or ""
    own: dict[str, str] = {}
    if finding.group_id is not None and finding.group_id in group_ids:
        own = demo.group_dismissal_reasons.get(list(group_ids).index(finding.group_id), {})
    return own.get(scale) or demo.dismissal_reasons.get(scale)
