"""Fact merging: the linear merge chooses exactly what a plain search of every earlier group would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from alaqat.store import edtf
from alaqat.store.facts import Claim, _Agreement, merge

DATES = ["1994", "1994-09", "1994-09-25", "1994-09-28", "1994-09-25/1994-09-28", "1994-10", "1995", "1995-22",
         "199X", "1995~", "2003/..", "../1994", "XXXX-09-25", "XXXX-09", "XXXX-12-16", "1993-12-16", "1993",
         "not-a-date", None, "1992-05", "1992-05-28", "1992", "2001-21"]


def reference_groups(claims: list[Claim]) -> list[list[str]]:
    """The grouping merge() must produce: every earlier group searched, latest first."""
    groups: list[tuple[_Agreement, list[Claim]]] = []
    undated = []
    for claim in sorted(claims, key=lambda c: (edtf.sort_key(c.date), c.event_id)):
        if not claim.date:
            undated.append(claim)
            continue
        for agreement, group in reversed(groups):
            if agreement.accepts(claim.date):
                agreement.add(claim.date)
                group.append(claim)
                break
        else:
            agreement = _Agreement()
            agreement.add(claim.date)
            groups.append((agreement, [claim]))
    plain = [group for _, group in groups]
    if undated:
        if len(plain) == 1:
            plain[0].extend(undated)
        else:
            plain.append(undated)
    return sorted(sorted(c.event_id for c in group) for group in plain)


def claim(number: int, value: str | None) -> Claim:
    return Claim(f"d#{number:03d}", "d", value, None, "asserted", (0, 1), "", {"visitor_state": "KZ"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATES), min_size=1, max_size=40))
def test_linear_merge_groups_like_the_exhaustive_search(values):
    claims = [claim(i, v) for i, v in enumerate(values)]
    facts = merge("talks|x", "talks", claims)  # talks: no stay of several days joins their groups afterwards
    assert sorted(sorted(c.event_id for c in f.claims) for f in facts) == reference_groups(claims)
    assert len({f.id for f in facts}) == len(facts)  # ids never collide within a key


def test_many_distinct_days_merge_fast_enough_to_finish():
    claims = [claim(i, f"{1990 + i % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(3000)]
    assert len(merge("talks|x", "talks", claims)) == len({c.date for c in claims})


def test_a_visit_told_on_the_days_it_lasted_is_one_fact_from_its_first_day_to_its_last():
    """Papers tell a visit on each of its days (arrival, talks, departure) and each reads its أمس from its own
    date: days at most two apart make one stay of up to a week; a day further off, a coarser date that cannot
    be placed, or talks on consecutive days stay apart."""
    days = ["2015-07-23", "2015-07-24", "2015-07-26", "2015-07-27", "2015-08-10", "2006"]
    facts = merge("visit|x", "visit", [claim(i, d) for i, d in enumerate(days)])
    assert sorted((f.date, len(f.claims)) for f in facts) == [
        ("2006", 1), ("2015-07-23/2015-07-27", 4), ("2015-08-10", 1)]
    far = merge("visit|x", "visit", [claim(i, f"2015-07-{day:02d}") for i, day in enumerate(range(1, 13))])
    assert [f.date for f in far] == ["2015-07-01/2015-07-08", "2015-07-09/2015-07-12"]
    talks = merge("talks|x", "talks", [claim(i, d) for i, d in enumerate(days)])
    assert len(talks) == len(days)
