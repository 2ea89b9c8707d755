"""One person's answering session in kiosk mode, the pauses that hide it, and the PIN attempts.

Nobody sees another person's answers: after a short pause without input the kiosk covers
them (:class:`IdleGuard`), and once covered, an earlier answer is kept but no longer
shown (:meth:`KioskSession.conceal`); a long pause throws them away.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from apvdesk.core.bank import NOT_APPLICABLE_ANSWER, QuestionBank
from apvdesk.core.model import Response
from apvdesk.core.pin import lockout_seconds, verify_pin

# The highest digit a key press can choose; options beyond it are reached by touch or Tab.
MAX_DIGIT = 9
# After this long without input the answers on screen are covered ("continue" or "start over")...
COVER_AFTER_S = 60.0
# ...and after this long they are thrown away and the kiosk is ready for the next person.
DISCARD_AFTER_S = 180.0
# The kiosk texts of the cover, in the shipped question bank in every language (an older
# round's bank snapshot may lack them; the kiosk then takes the shipped bank's).
COVER_TEXT_KEYS = ("cover_title", "cover_text", "cover_continue", "cover_start_over", "answer_hidden")


class Special(Enum):
    """An answer that is not one of the options (besides "don't know", which is None)."""

    NOT_APPLICABLE = "not applicable"


# "Does not apply to me": kept apart while the person answers, stored as NOT_APPLICABLE_ANSWER.
NOT_APPLICABLE = Special.NOT_APPLICABLE
Answer = int | None | Special


@dataclass(frozen=True)
class KioskQuestion:
    """A question as the kiosk shows it, already in the respondent's language.

    ``not_applicable`` is the label of "does not apply to me", empty when it is not offered.
    """

    item_id: str
    text: str
    options: tuple[str, ...]
    dont_know: str
    not_applicable: str = ""

    @property
    def dont_know_digit(self) -> int:
        """Return the digit for "don't know": the one after the last option (0 if that is >9)."""
        return dont_know_digit(len(self.options))

    @property
    def not_applicable_digit(self) -> int | None:
        """Return the digit for "does not apply to me", the one after "don't know" (None: none)."""
        digit = len(self.options) + 2
        return digit if self.not_applicable and digit <= MAX_DIGIT else None


def dont_know_digit(option_count: int) -> int:
    """Return the key digit that answers "don't know" when there are ``option_count`` options.

    The rule the kiosk shows on its buttons: options are 1..n and "don't know" is n+1,
    so the digits run on down the screen. With nine or more options it is 0.
    """
    return option_count + 1 if option_count + 1 <= MAX_DIGIT else 0


def kiosk_languages(bank: QuestionBank, round_languages: Sequence[str]) -> list[str]:
    """Return the languages to offer: the round's (in its order) that the bank has.

    A round that names no languages offers every language of the bank.
    """
    wanted = list(round_languages) or list(bank.languages)
    return [lang for lang in dict.fromkeys(wanted) if lang in bank.languages]


def questions_in(bank: QuestionBank, lang: str) -> tuple[KioskQuestion, ...]:
    """Return every item of the bank as a kiosk question in ``lang``, in bank order."""
    questions = []
    for item in bank.items:
        options = bank.option_set(item)
        not_applicable = bank.text("not_applicable", lang) if item.not_applicable else ""
        labels = tuple(options.labels[lang])
        questions.append(
            KioskQuestion(item.id, item.text[lang], labels, options.dont_know[lang], not_applicable)
        )
    return tuple(questions)


class KioskSession:
    """One respondent's pass through the questionnaire: position, answers, going back.

    The position runs from 0 (the first question) to ``len(questions)``, which is the
    confirm step after the last question. Nothing is stored until :meth:`response` is
    taken and saved by the caller.
    """

    def __init__(self, bank: QuestionBank, language: str, group_id: int) -> None:
        if language not in bank.languages:
            raise ValueError(f"the question bank has no language {language!r}")
        self.language = language
        self.group_id = group_id
        self.questions = questions_in(bank, language)
        if not self.questions:
            raise ValueError("the question bank has no questions")
        self.position = 0
        self.answers: dict[str, Answer] = {}
        self._concealed: set[str] = set()

    def change(self, bank: QuestionBank, language: str, group_id: int) -> None:
        """Switch language or group after going back; the answers given so far are kept."""
        if language not in bank.languages:
            raise ValueError(f"the question bank has no language {language!r}")
        questions = questions_in(bank, language)
        if [q.item_id for q in questions] != [q.item_id for q in self.questions]:
            raise ValueError("the questions differ; start a new session")
        self.language = language
        self.group_id = group_id
        self.questions = questions

    @property
    def count(self) -> int:
        return len(self.questions)

    @property
    def at_confirm(self) -> bool:
        """Whether every question is behind the respondent and only sending remains."""
        return self.position >= self.count

    @property
    def current(self) -> KioskQuestion:
        """Return the question on screen; raise IndexError on the confirm step."""
        if self.at_confirm:
            raise IndexError("no question on the confirm step")
        return self.questions[self.position]

    def progress(self) -> tuple[int, int]:
        """Return (number of the current question counted from 1, number of questions)."""
        return min(self.position + 1, self.count), self.count

    def is_answered(self, item_id: str | None = None) -> bool:
        """Return whether a question (the current one by default) has an answer, "don't know" too."""
        return (item_id or self.current.item_id) in self.answers

    def answer_of(self, item_id: str | None = None) -> Answer:
        """Return the chosen option index (None: "don't know"); raise KeyError if unanswered."""
        return self.answers[item_id or self.current.item_id]

    def answer(self, option: Answer) -> None:
        """Answer the current question: an option index, None ("don't know") or NOT_APPLICABLE."""
        question = self.current
        if option is NOT_APPLICABLE:
            if not question.not_applicable:
                raise ValueError(f'{question.item_id} offers no "does not apply to me"')
        elif option is not None and not (isinstance(option, int) and 0 <= option < len(question.options)):
            raise ValueError(f"option {option} is out of range for {question.item_id}")
        self.answers[question.item_id] = option
        self._concealed.discard(question.item_id)

    def conceal(self) -> None:
        """Hide every answer given so far from the screen; they stay in the response.

        Called when the answers have been covered after a pause: whoever continues may be
        someone else, who must not read them. Answering a question again shows the new answer.
        """
        self._concealed.update(self.answers)

    def is_concealed(self, item_id: str | None = None) -> bool:
        """Return whether a question (the current one by default) has an answer that is not shown."""
        return (item_id or self.current.item_id) in self._concealed

    def shown_answer(self, item_id: str | None = None) -> Answer | bool:
        """Return the answer to show: as :meth:`answer` takes it, or False for none.

        A concealed answer shows as none (False), although it is kept.
        """
        item = item_id or self.current.item_id
        if item not in self.answers or item in self._concealed:
            return False
        return self.answers[item]

    def answer_digit(self, digit: int) -> bool:
        """Answer the current question by a typed digit; return False if the digit means nothing.

        Digits 1..n choose the options in printed order; :func:`dont_know_digit` answers
        "don't know", and the digit after it "does not apply to me" where it is offered.
        """
        if self.at_confirm:
            return False
        question = self.current
        if digit == question.dont_know_digit:
            self.answer(None)
            return True
        if digit == question.not_applicable_digit:
            self.answer(NOT_APPLICABLE)
            return True
        if 1 <= digit <= min(len(question.options), MAX_DIGIT):
            self.answer(digit - 1)
            return True
        return False

    def go_next(self) -> bool:
        """Move to the next question (or the confirm step) if the current one is answered."""
        if self.at_confirm or not self.is_answered():
            return False
        self.position += 1
        return True

    def go_back(self) -> bool:
        """Move to the previous question; return False on the first question."""
        if self.position == 0:
            return False
        self.position -= 1
        return True

    def complete(self) -> bool:
        """Return whether every question has an answer."""
        return all(q.item_id in self.answers for q in self.questions)

    def response(self, answered_on: dt.date) -> Response:
        """Return the anonymous response to store: group, language, date and answers only."""
        if not self.complete():
            raise ValueError("not every question is answered yet")
        if isinstance(answered_on, dt.datetime):  # keep the time of day out of the file
            answered_on = answered_on.date()
        answers = {
            item: NOT_APPLICABLE_ANSWER if answer is NOT_APPLICABLE else answer
            for item, answer in self.answers.items()
        }
        return Response(self.group_id, self.language, answered_on, answers)


class PinAttempts:
    """Counts wrong PINs and says how long the next attempt must wait.

    Kept by the kiosk window for as long as it is open, so closing and reopening the PIN
    dialog does not reset the wait. ``clock`` returns seconds (``time.monotonic``).
    """

    def __init__(self, pin_hash: str, clock: Callable[[], float]) -> None:
        self._pin_hash = pin_hash
        self._clock = clock
        self.failed = 0
        self._locked_until = 0.0

    def wait_seconds(self) -> int:
        """Return the whole seconds left before a PIN may be tried again (0 = now)."""
        left = self._locked_until - self._clock()
        return max(0, int(left + 0.999))

    def try_pin(self, pin: str) -> bool:
        """Check a PIN; a wrong one counts and may start a wait. Refused while waiting."""
        if self.wait_seconds():
            return False
        if verify_pin(pin, self._pin_hash):
            self.failed = 0
            self._locked_until = 0.0
            return True
        self.failed += 1
        self._locked_until = self._clock() + lockout_seconds(self.failed)
        return False


class IdleStep(Enum):
    """What a pause without input calls for now."""

    WAIT = "wait"
    COVER = "cover"  # hide the person's answers behind "continue" or "start over"
    DISCARD = "discard"  # throw them away and start afresh for the next person


class IdleGuard:
    """Times the pauses without input: when to cover a person's answers, when to throw them away.

    ``clock`` returns seconds (``time.monotonic``). The kiosk calls :meth:`input` for
    every key, tap and mouse move, except on the cover itself: whatever is done there
    other than "continue" does not keep the answers alive. The cover never comes later
    than the discard.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        cover_after_s: float = COVER_AFTER_S,
        discard_after_s: float = DISCARD_AFTER_S,
    ) -> None:
        self._clock = clock
        self.discard_after_s = discard_after_s
        self.cover_after_s = min(cover_after_s, discard_after_s)
        self._last_input = clock()

    def input(self) -> None:
        """Note input from someone at the kiosk: the pause starts again."""
        self._last_input = self._clock()

    def idle_seconds(self) -> float:
        """Return how long there has been no input."""
        return self._clock() - self._last_input

    def step(self, *, personal: bool, covered: bool) -> IdleStep:
        """Return what to do now.

        ``personal`` is whether anything a person chose (an answer, their group or
        language) is on or behind the screen; ``covered`` whether it is covered already.
        A long pause calls for DISCARD even with nothing personal, to return to the
        first screen and close a forgotten PIN dialog.
        """
        idle = self.idle_seconds()
        if idle >= self.discard_after_s:
            return IdleStep.DISCARD
        if personal and not covered and idle >= self.cover_after_s:
            return IdleStep.COVER
        return IdleStep.WAIT

    def seconds_to_next_step(self, *, personal: bool, covered: bool) -> float:
        """Return the seconds until :meth:`step` may call for something (0 if it does now)."""
        due = self.cover_after_s if personal and not covered else self.discard_after_s
        return max(0.0, due - self.idle_seconds())
