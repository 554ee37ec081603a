"""What a passage carries from sentence to sentence (the pair of states it is about, its topic, its last speaker),
worked out only for the sentences that need it.

The extractor reads the pair, the topic and the speaker only where a sentence has a trigger, which most sentences
of press have not; yet each is the value of the last sentence before that told one. Working each value out for
every sentence, in order, was a good part of the events stage. A ``LookBack`` instead looks back from a sentence
that asks, sentence by sentence, to the first that tells a value (or ends the passage), and remembers the answer,
so that the next question looks back no further than this one: each sentence's value is worked out at most once,
and only for the sentences between two that ask. The answer is the one the sentence-by-sentence reading gives,
provided ``value(j)`` does not depend on when it is asked (the extractor's are pure functions of the sentence).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


def _never(_: int) -> bool:
    return False


class LookBack(Generic[T]):
    """The value carried into sentence ``k``, as a loop over the sentences would leave it::

        carried = None
        for j in range(k):
            if stops(j):
                carried = None
            carried = value(j) or carried

    asked for ``k`` in increasing order (an earlier ``k`` than the last asked is not supported)."""

    def __init__(self, value: Callable[[int], T | None], stops: Callable[[int], bool] = _never) -> None:
        self._value = value
        self._stops = stops
        self._upto = 0  # sentences before this one are accounted for in ``_carried``
        self._carried: T | None = None

    def before(self, k: int) -> T | None:
        """The value carried into sentence ``k`` (``k`` itself not read)."""
        carried = self._carried
        for j in range(k - 1, self._upto - 1, -1):
            told = self._value(j)
            if told:
                carried = told
                break
            if self._stops(j):
                carried = None
                break
        if k > self._upto:
            self._upto, self._carried = k, carried
        return carried
