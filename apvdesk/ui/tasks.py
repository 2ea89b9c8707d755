"""Run long work off the GUI thread and deliver its result back on the GUI thread.

Modelled on Picard's ``run_task``: the function runs in the global QThreadPool; its
result or exception is emitted through a QObject living in the GUI thread. Workers never
touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, the slots run on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None], owner: QObject | None
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._owner = owner
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    def _owner_gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        _live.discard(self)
        if not self._owner_gone():
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: Exception) -> None:
        _live.discard(self)
        if not self._owner_gone():
            self._on_error(exc)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._func = func
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._func()
        except Exception as exc:  # delivered to the GUI thread, which decides what to show
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


_live: set[_Relay] = set()


def run_task(
    func: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    owner: QObject | None = None,
) -> None:
    """Run ``func`` in the thread pool; call ``on_done(result)`` or ``on_error(exc)`` after.

    Both callbacks run on the GUI thread, and are skipped when ``owner`` (the widget
    that asked) has been deleted meanwhile, e.g. by a change of language.
    """
    relay = _Relay(on_done, on_error, owner)
    _live.add(relay)
    QThreadPool.globalInstance().start(_Task(func, relay))


def wait_for_tasks(msecs: int = 10000) -> bool:
    """Wait until every background task has finished (used at exit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
