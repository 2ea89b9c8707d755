"""Making a collection file from a workplace round, and merging one back (all or nothing, exactly once)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from apvdesk.core.model import Group
from apvdesk.store.collection.errors import (
    CollectionOfAnotherRound,
    CollectionRoundClosed,
    NotACollectionFile,
)
from apvdesk.store.collection.file import (
    check_sheet,
    holding,
    read_header,
    read_sheets,
    wipe_answers,
    write_collection,
)
from apvdesk.store.refusals import CollectionMerged

if TYPE_CHECKING:
    from apvdesk.store.service import WorkplaceService


@dataclass(frozen=True)
class MergeOutcome:
    """How a merge went: the sheets added, and those in the file that were added before.

    ``merged_before``: the file held sheets and every one was added before (nothing new);
    a file with no sheets at all has ``added == already == 0`` and is not merged before.
    """

    added: int
    merged_before: bool = False
    round_id: int | None = None
    already: int = 0


def groups_at_site(groups: list[Group], site_id: int | None) -> list[Group]:
    """Return the groups that answer at a site: its own and those of the workplace as a whole.

    A group without a site (``site_id`` None) works everywhere, so it is offered at every
    site. ``site_id`` None: every group.
    """
    if site_id is None:
        return list(groups)
    return [g for g in groups if g.site_id in (site_id, None)]


def collect(store: WorkplaceService, round_id: int, path: Path, site_id: int | None = None) -> str:
    """Write a collection file for the round at ``path``; return its id.

    It holds the round's questionnaire snapshot, its groups (with ``site_id``: those of
    that site and those of the workplace as a whole, :func:`groups_at_site`) and the kiosk
    PIN's hash.
    """
    apv_round = store.round(round_id)
    if store.answers_discarded_on(round_id) is not None:
        raise CollectionRoundClosed(path, "the round's answers were deleted")
    return write_collection(
        path,
        workplace_key=store.collection_key(),
        round_id=round_id,
        bank=store.round_bank(round_id),
        groups=groups_at_site(store.round_groups(round_id), site_id),
        languages=apv_round.languages,
        threshold=apv_round.anonymity_threshold,
        pin_hash=apv_round.kiosk_pin_hash,
    )


def merge_collection(store: WorkplaceService, path: Path) -> MergeOutcome:
    """Add the collection file's new sheets to its round in one transaction: each sheet exactly once.

    A sheet keeps its random id from the collection file, so a sheet added before is never
    added again, and sheets collected after an earlier merge come in at the next one. A
    collection file counts languages, not one sheet's language; the new sheets' languages
    are its counts less those merged from it before (kept per collection in the workplace
    file, sealed with the collection's id: apvdesk.store.collection.sealing).

    Raises CollectionOfAnotherRound (another workplace, a round not in the file, or a
    questionnaire that differs from the round's), InvalidCollectedSheet (a sheet that does
    not fit the round) and NotACollectionFile (counts that do not add up) before anything
    is written. The collection file is only read.
    """
    header = read_header(path)
    if header.workplace_key != store.known_collection_key():
        raise CollectionOfAnotherRound(path, "another workplace")
    try:
        store.round(header.round_id)  # KeyError when the round is not in this file
    except KeyError:
        raise CollectionOfAnotherRound(path, "no such round") from None
    if store.answers_discarded_on(header.round_id) is not None:
        raise CollectionRoundClosed(path, "the round's answers were deleted")
    bank = store.round_bank(header.round_id)
    if bank.to_json() != header.bank_snapshot:
        raise CollectionOfAnotherRound(path, "another questionnaire")
    sheets, languages = read_sheets(path)
    if not sheets:  # nothing recorded: the answers collected into it later can still come in
        return MergeOutcome(0, round_id=header.round_id)
    group_ids = {g.id for g in store.round_groups(header.round_id) if g.id is not None}
    for sheet in sheets:
        check_sheet(path, sheet, group_ids, bank)
    stored, merged = store.merged_before(header.collection_id, [s.id for s in sheets if s.id])
    new = [sheet for sheet in sheets if sheet.id not in stored]
    if not new:
        return MergeOutcome(0, merged_before=True, round_id=header.round_id, already=len(stored))
    if merged is None:
        raise NotACollectionFile(path, "damaged: the languages merged before cannot be read")
    waiting = {language: count - merged.get(language, 0) for language, count in languages.items()}
    if any(count < 0 for count in waiting.values()) or set(merged) - set(languages):
        raise NotACollectionFile(path, "damaged: fewer languages counted than merged before")
    spoken = [language for language, count in sorted(waiting.items()) for _ in range(count)]
    if len(spoken) != len(new):  # the counts must account for every new sheet
        raise NotACollectionFile(path, "damaged: the language counts do not match the sheets")
    for sheet, language in zip(new, spoken, strict=True):
        sheet.language = language  # only counted per round, as for any sheet
    try:
        added = store.add_responses(header.round_id, new, merged_collection=header.collection_id)
    except CollectionMerged:  # stored meanwhile by another merge of the same file
        return MergeOutcome(0, merged_before=True, round_id=header.round_id, already=len(sheets))
    return MergeOutcome(added, round_id=header.round_id, already=len(stored))


def wipe_merged(store: WorkplaceService, path: Path) -> bool:
    """Wipe the collection file's answers, but only while every sheet in it is in the workplace file.

    The file's lock is held from the check to the wipe, so a sheet collected after the
    merge (a kiosk still running on it) is never wiped unmerged: then nothing is wiped and
    False is returned; merge again first.
    """
    with holding(path):
        header = read_header(path)
        sheets, _languages = read_sheets(path)
        stored, _merged = store.merged_before(header.collection_id, [s.id for s in sheets if s.id])
        if any(sheet.id not in stored for sheet in sheets):
            return False
        wipe_answers(path)
    return True
