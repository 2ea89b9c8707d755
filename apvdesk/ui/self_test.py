"""``apvdesk self-test kiosk FILE``: the kiosk's real path, run offscreen, for the bundle check.

A built program (tools/bundle_check.py) cannot click through the window, so this runs the
code a user's clicks run, on a file it may change: "Start kiosk mode…" on the latest
round (:func:`~apvdesk.ui.answer_collection.start_kiosk`, which reopens an ended
collection after its question and asks for a PIN when the round has none, hashing it),
then the kiosk's own PIN dialog, first with a wrong PIN (refused), then with the right one
(the kiosk is left). A timer answers the modal questions as the user would. Checked on
the way: the kiosk started and marked the file's lock, the wrong PIN kept it, the right
PIN closed it and cleared the mark, and the stored hash checks the PIN.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

STEP_MS = 50


def run_kiosk_self_test(path: Path, pin: str, new_pin: bool = False, seconds: float = 60.0) -> list[str]:
    """Start and leave the kiosk on ``path``'s latest round with ``pin``; return what went wrong.

    With ``new_pin`` the round's PIN is removed first, so starting the kiosk asks for one
    and ``pin`` is typed into that dialog (twice, as the user types it).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from apvdesk.core.pin import verify_pin
    from apvdesk.store.sqlite.files import lock_owner, open_workplace
    from apvdesk.ui.answer_collection import start_kiosk
    from apvdesk.ui.app import make_application
    from apvdesk.ui.dialogs.pin_dialog import SetPinDialog

    app, _settings = make_application("en")
    failures: list[str] = []
    answered: list[str] = []
    store = open_workplace(path)
    try:
        apv_round = store.latest_round()
        if apv_round is None or apv_round.id is None:
            return ["the file has no round"]
        round_id = apv_round.id
        if new_pin:
            apv_round.kiosk_pin_hash = None
            store.update_round(apv_round)

        def kiosk_marked(path: Path, round_id: int) -> bool:
            owner = lock_owner(path)
            return owner is not None and owner.kiosk_round == round_id

        def answer_modal() -> None:
            """Answer the question the kiosk's start asks, as the user would."""
            modal = QApplication.activeModalWidget()
            if isinstance(modal, SetPinDialog):
                modal.pin_edit.setText(pin)
                modal.repeat_edit.setText(pin)
                answered.append("PIN set")
                modal.accept()
            elif isinstance(modal, QMessageBox):
                yes = modal.button(QMessageBox.StandardButton.Yes)
                if yes is None:  # not the question to reopen the collection: a message nobody expected
                    failures.append(f"starting the kiosk said: {modal.text()}")
                    modal.done(0)
                    return
                answered.append("collection reopened")
                yes.click()

        driver = QTimer()
        driver.setInterval(STEP_MS)
        driver.timeout.connect(answer_modal)
        driver.start()
        parent = QWidget()
        closed: list[bool] = []
        kiosk = start_kiosk(parent, store, round_id, lambda: closed.append(True))
        driver.stop()
        if new_pin and "PIN set" not in answered:
            failures.append("starting the kiosk did not ask for a PIN")
        if kiosk is None:
            return [*failures, "the kiosk did not start"]
        if not kiosk_marked(path, round_id):
            failures.append("the file's lock does not say that a kiosk runs")

        kiosk.ask_pin()
        dialog = kiosk.pin_dialog
        if dialog is None:
            return [*failures, "the kiosk's PIN dialog did not open"]
        dialog.pin_edit.setText("9" * len(pin) if pin != "9" * len(pin) else "8" * len(pin))
        dialog.try_pin()
        app.processEvents()
        if closed or not kiosk.isVisible():
            failures.append("a wrong PIN left the kiosk")
        dialog.pin_edit.setText(pin)
        dialog.try_pin()
        deadline = time.monotonic() + seconds
        while not closed and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(STEP_MS / 1000)
        if not closed:
            failures.append(f"the PIN {pin} did not leave the kiosk")
        if kiosk_marked(path, round_id):
            failures.append("the file's lock still says that a kiosk runs")
        stored = store.round(round_id).kiosk_pin_hash or ""
        if not verify_pin(pin, stored):
            failures.append(f"the stored PIN hash does not check the PIN {pin}")
        parent.deleteLater()
        if not failures:
            print("; ".join([*answered, "kiosk started", "a wrong PIN refused", "left with the PIN"]))
    finally:
        store.close()
    return failures
