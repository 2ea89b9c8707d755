"""The Danish catalogue is complete and up to date with the source; placeholders survive."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.update_translations import TS_FILES, update

PLACEHOLDER = re.compile(r"%\d")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_danish_text_is_translated():
    [ts] = TS_FILES
    unfinished = []
    for context, source, message in messages(ts):
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            unfinished.append(f"{context}: {source}")
    assert not unfinished, "untranslated Danish texts:\n" + "\n".join(unfinished)


def test_placeholders_are_kept_in_translations():
    [ts] = TS_FILES
    for context, source, message in messages(ts):
        text = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (context, source)


def test_catalogue_holds_every_text_in_the_source(tmp_path: Path):
    """lupdate over the source finds nothing the committed catalogue lacks."""
    [ts] = TS_FILES
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    update([copy])
    before = {(c, s) for c, s, _ in messages(ts)}
    after = {(c, s) for c, s, _ in messages(copy)}
    assert after - before == set(), f"run 'make translations-update' and translate: {sorted(after - before)}"
    assert before - after == set(), f"texts no longer in the source: {sorted(before - after)}"
