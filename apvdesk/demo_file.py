"""Write the demo workplace to a file: the shipped bank and agenda, the demo, the store."""

from __future__ import annotations

from pathlib import Path

from apvdesk.banks import agenda_templates, shipped_bank
from apvdesk.core.demo import DEFAULT_NAME, DEFAULT_RESPONDENTS, make_demo
from apvdesk.store.workplace_store import WorkplaceStore


def write_demo(
    path: Path, respondents: int = DEFAULT_RESPONDENTS, seed: int = 1, name: str = DEFAULT_NAME
) -> int:
    """Create the demo workplace file at ``path``; return how many respondents it holds."""
    bank = shipped_bank()
    demo = make_demo(bank, respondents=respondents, seed=seed, name=name, agenda=agenda_templates())
    WorkplaceStore.create_demo(path, demo, bank).close()
    return len(demo.responses)
