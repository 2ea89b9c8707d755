"""Write the demo workplace to a file: the shipped bank and agenda, the demo, the store."""

from __future__ import annotations

from pathlib import Path

from apvdesk.app.resources import agenda_templates, shipped_bank
from apvdesk.core.demo import DEFAULT_NAME, DEFAULT_RESPONDENTS, make_demo
from apvdesk.core.pin import hash_pin
from apvdesk.store.sqlite.files import holding_lock
from apvdesk.store.workplace_store import WorkplaceStore


def write_demo(
    path: Path,
    respondents: int = DEFAULT_RESPONDENTS,
    seed: int = 1,
    name: str = DEFAULT_NAME,
    kiosk_pin: str | None = None,
) -> int:
    """Create the demo workplace file at ``path``; return how many respondents it holds.

    With ``kiosk_pin`` (``apvdesk demo`` gives DEMO_KIOSK_PIN and prints it) the round's
    kiosk can be left with that PIN; without one, starting the kiosk asks for a PIN first,
    as for any round (the window's example workplace: the user chooses, so knows, the PIN).

    A file already at ``path`` is replaced, unless another copy of apvdesk has it open:
    the file's lock is taken for the time of the writing, as for any writer.

    Raises:
        FileInUse: Another copy of apvdesk has the file open (or left its lock behind).
        CannotWrite: The file cannot be written there.

    """
    bank = shipped_bank()
    demo = make_demo(bank, respondents=respondents, seed=seed, name=name, agenda=agenda_templates())
    if kiosk_pin is not None:
        demo.round.kiosk_pin_hash = hash_pin(kiosk_pin)
    with holding_lock(path):  # in a folder apvdesk may not write in, creating the file says so
        WorkplaceStore.create_demo(path, demo, bank).close()
    return len(demo.responses) + len(demo.collected)
