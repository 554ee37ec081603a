"""What the regex parser tells about a date rule before it runs, so that a window that cannot hold a match skips it.

Three facts, each read from the stdlib's own parse of the pattern (``re._parser``, private, hence the fallbacks
that prune nothing): the fewest characters a match spans, whether every match holds a digit, and a set of strings
one of which every match holds (a month's names, the relative phrases, the parts of a period). The pattern is
parsed once for all three: the rules' patterns are long (every month and phrase spelled out) and parsing one is
most of the recognizer's load.
"""

from __future__ import annotations

import re
from typing import Any

# the most strings a required set may hold: every spelling of a month, a relative phrase … is a few dozen; a product
# of optional parts grows past this and says little
_MOST_STRINGS = 3000


def parse(regex: re.Pattern[str]) -> Any | None:
    """The parsed pattern of ``regex``, or None where the parser is not there (then nothing is pruned)."""
    try:
        from re import _parser  # the stdlib's own regex parser (private, hence the fallback)

        return _parser.parse(regex.pattern, regex.flags)
    except Exception:  # any failure only means no pruning
        return None


def min_width(parsed: Any | None) -> int:
    """The fewest characters a match spans (look-arounds count for nothing); 0, which prunes nothing, where the
    parser is not there. Most windows are a lone number of a few characters, too short for most rules, so this
    spares most of the rules' runs."""
    try:
        return int(parsed.getwidth()[0])
    except Exception:  # any failure only means no pruning
        return 0


def needs_digit(parsed: Any | None) -> bool:
    """Whether every match holds a digit (a character ``\\d`` matches); False, which prunes nothing, where it cannot
    tell (look-arounds, back references …) or the parser is not there. Three windows in four hold no digit, and
    most of the rules (years, numeric and Hijri dates) need one."""
    try:
        from re import _constants

        return _sequence_needs_digit(parsed, _constants)
    except Exception:  # any failure only means no pruning
        return False


def _sequence_needs_digit(items, c) -> bool:
    """Whether a parsed sequence holds an item that always matches a digit."""
    for op, av in items:
        if op is c.LITERAL and chr(av).isdecimal():
            return True
        if op is c.IN and av and all(_digit_only(item, c) for item in av):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1 and _sequence_needs_digit(av[2], c):
            return True
        if op is c.SUBPATTERN and _sequence_needs_digit(av[-1], c):
            return True
        if op is c.BRANCH and all(_sequence_needs_digit(alternative, c) for alternative in av[1]):
            return True
    return False


def _digit_only(item, c) -> bool:
    """Whether a member of a character set matches digits only (a negated set has a NEGATE member: never)."""
    op, av = item
    if op is c.CATEGORY:
        return av is c.CATEGORY_DIGIT
    if op is c.LITERAL:
        return chr(av).isdecimal()
    if op is c.RANGE:
        return all(chr(code).isdecimal() for code in range(av[0], av[1] + 1))
    return False


def required_strings(parsed: Any | None) -> frozenset[str] | None:
    """Strings one of which every match holds, as its own characters (not in a look-around); None where there is
    no such set (or the parser is not there), which prunes nothing.

    Of the sets a pattern offers (each of its parts that every match goes through: a run of fixed text, an
    alternation of words, a group), the one whose shortest string is longest: a rule of months needs one of the
    months' names, a relative rule one of its phrases (its longest word each). A window that holds none of a
    rule's strings cannot hold a match of it; most windows hold a word of the grammar but none of most rules'.
    """
    if parsed is None or parsed.state.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants

        found = _required(parsed, _constants)
    except Exception:  # any failure only means no pruning
        return None
    return frozenset(found) if found and "" not in found else None


def _required(items, c) -> set[str]:
    """Strings one of which every match of a parsed sequence holds (a set holding "" when it cannot tell)."""
    offers: list[set[str]] = []
    run = {""}  # the fixed texts of the items since the last one that is not fixed, joined
    for op, av in items:
        fixed = _fixed(op, av, c)
        if fixed is not None:
            joined = {a + b for a in run for b in fixed}
            if len(joined) <= _MOST_STRINGS:
                run = joined
            else:
                offers.append(run)
                run = fixed
            continue
        offers.append(run)
        run = {""}
        inner = _required_of_item(op, av, c)
        if inner is not None:
            offers.append(inner)
    offers.append(run)
    return max(offers, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _required_of_item(op, av, c) -> set[str] | None:
    """What one item that is not fixed text requires: a group's, every alternative's, a repeated part's."""
    if op is c.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _required(av[-1], c)
    if op is c.ATOMIC_GROUP:
        return _required(av, c)
    if op is c.BRANCH:
        return set().union(*(_required(alternative, c) for alternative in av[1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(av[2], c)
    return None


def _fixed(op, av, c) -> set[str] | None:
    """The strings one parsed item matches when they are few and known (a letter, a set of letters, an alternation
    of words); a look-around or an anchor matches the empty string; None for anything else."""
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        return {chr(v) for o, v in av} if av and all(o is c.LITERAL for o, _ in av) else None
    if op is c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _fixed_sequence(av[-1], c)
    if op is c.BRANCH:
        alternatives = [_fixed_sequence(alternative, c) for alternative in av[1]]
        return None if None in alternatives else set().union(*alternatives)
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {""}
    return None


def _fixed_sequence(items, c) -> set[str] | None:
    """The strings a parsed sequence matches when each of its items is fixed and they are few; else None."""
    found = {""}
    for op, av in items:
        fixed = _fixed(op, av, c)
        if fixed is None:
            return None
        found = {a + b for a in found for b in fixed}
        if len(found) > _MOST_STRINGS:
            return None
    return found
