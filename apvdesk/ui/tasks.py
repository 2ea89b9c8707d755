"""Run long work off the GUI thread and deliver its result back on the GUI thread.

Modelled on Picard's ``run_task``: the function runs in the global QThreadPool; its
result or exception is emitted through a QObject living in the GUI thread. Workers never
touch widgets. Work that the user may stop takes a :class:`CancelToken`.

While background work runs, the objects that existed when it started are kept out of
Python's garbage collector (``gc.freeze``): the work allocates a lot, and a full
collection of every object of the program (modules, Qt wrappers, the results of a
round) holds the interpreter lock for 50-120 ms, which stalls the GUI thread as well.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Cancelled(Exception):
    """The work stopped early because the user cancelled it."""


class CancelToken:
    """Lets the GUI thread stop background work at its next safe point.

    The work calls :meth:`raise_if_cancelled` between steps (or passes the token, which
    is callable, as a ``should_stop`` hook), and :meth:`commit` right before the step that
    cannot be undone (replacing a file, storing answers). Once committed, :meth:`cancel`
    returns False: it is too late, and the work's result will arrive as usual.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._committed = False

    def cancel(self) -> bool:
        """Ask the work to stop; return False when it has already committed its result."""
        with self._lock:
            if self._committed:
                return False
            self._cancelled = True
            return True

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` has succeeded."""
        return self._cancelled

    def __call__(self) -> bool:
        """Return :attr:`cancelled` (so the token serves as a ``should_stop`` hook)."""
        return self._cancelled

    def raise_if_cancelled(self) -> None:
        """Raise :class:`Cancelled` when the work has been cancelled."""
        if self._cancelled:
            raise Cancelled

    def commit(self) -> None:
        """Mark the point of no return; raise :class:`Cancelled` when cancelled before it."""
        with self._lock:
            if self._cancelled:
                raise Cancelled
            self._committed = True


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, the slots run on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        owner: QObject | None,
        token: CancelToken | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._owner = owner
        self._token = token
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    def _take_callback(self, done: bool) -> Callable[[Any], None] | None:
        """Return the callback to call now, or None when it is to be skipped; forget both.

        The callbacks (closures over widgets) are dropped here, on the GUI thread: the
        worker may hold the last reference to this relay, and a widget whose last
        reference goes in a worker thread would be deleted there.
        """
        callback = self._on_done if done else self._on_error
        owner_gone = self._owner is not None and not shiboken6.isValid(self._owner)
        skipped = owner_gone or (self._token is not None and self._token.cancelled)
        self._on_done = self._on_error = _ignore
        self._owner = None
        _task_ended()
        _live.discard(self)
        return None if skipped else callback

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        callback = self._take_callback(done=True)
        if callback is not None:
            callback(result)

    @Slot(object)
    def _deliver_error(self, exc: Exception) -> None:
        callback = self._take_callback(done=False)
        if callback is not None:
            callback(exc)


def _ignore(_value: Any) -> None:
    """Stands for a callback already called."""


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._func = func
        self._relay = relay

    def run(self) -> None:
        func, self._func = self._func, _nothing  # the work's closure is not kept after it ran
        try:
            result = func()
        except Exception as exc:  # delivered to the GUI thread, which decides what to show
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.finished, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        """Emit the outcome; when the program closed meanwhile (the relay is gone), drop it.

        At exit Python lets go of the relays while work may still run; its result is then
        for nobody, and emitting it would print a traceback from the worker thread.
        """
        try:
            signal.emit(value)
        except RuntimeError:  # "Signal source has been deleted"
            pass


def _nothing() -> None:
    """Stands for work already done."""


_live: set[_Relay] = set()
_running = 0  # tasks started and not yet delivered; changed on the GUI thread only


def _task_started() -> None:
    global _running
    if _running == 0:
        gc.freeze()  # the objects alive now are not scanned by collections during the work
    _running += 1


def _task_ended() -> None:
    global _running
    _running -= 1
    if _running == 0:
        gc.unfreeze()  # collected as usual again from now on


def run_task(
    func: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    owner: QObject | None = None,
    token: CancelToken | None = None,
) -> None:
    """Run ``func`` in the thread pool; call ``on_done(result)`` or ``on_error(exc)`` after.

    Both callbacks run on the GUI thread, and are skipped when ``owner`` (the widget
    that asked) has been deleted meanwhile, e.g. by a change of language, or when
    ``token`` has been cancelled (the caller has already shown that it stopped).
    """
    relay = _Relay(on_done, on_error, owner, token)
    _live.add(relay)
    _task_started()
    QThreadPool.globalInstance().start(_Task(func, relay))


T = TypeVar("T")


def run_with_progress(parent: Any, text: str, work: Callable[[], T]) -> T:
    """Run ``work`` in the thread pool behind a busy indicator; return its result (or raise its error).

    For work the user waits on (working out a round's results, merging a collection):
    the window keeps painting meanwhile, and the indicator shows after 300 ms.
    """
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    loop = QEventLoop()
    result: list[T] = []
    failure: list[Exception] = []

    def done(value: T) -> None:
        result.append(value)
        loop.quit()

    def failed(exc: Exception) -> None:
        failure.append(exc)
        loop.quit()

    run_task(work, done, failed)
    loop.exec()
    progress.close()
    progress.deleteLater()
    if failure:
        raise failure[0]
    return result[0]


def wait_for_tasks(msecs: int = 10000) -> bool:
    """Wait until every background task has finished (used at exit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
