"""The Qt binding in use does not corrupt Python's reference counts when signals are emitted.

PySide6 6.12.0 dropped one reference to ``True`` on every ``emit()``; after a few hundred
emits Python 3.11 aborts ("bool_dealloc"). pyproject.toml excludes it; this test catches a
release with the same fault before a user's kiosk session does.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    with_value = Signal(object)
    bare = Signal()

app = QCoreApplication([])
emitter = Emitter()
emitter.with_value.connect(lambda value: None)
emitter.bare.connect(lambda: None)
before = sys.getrefcount(True)
for i in range(300):
    emitter.with_value.emit(i)
    emitter.bare.emit()
print(sys.getrefcount(True) - before)
"""


def test_emitting_signals_keeps_reference_counts():
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert abs(int(run.stdout.strip())) < 10
