"""From a matched date rule to EDTF values: one handler per rule family of ``lang/ar/dates/rules.tsv``.

A handler returns ``Piece`` values in normalized-text coordinates, or nothing to reject the match (an
impossible day, a quantity that only looked like a year). EDTF conventions for parts of periods are stated
in ``rules.tsv`` and ``words.tsv``: early/mid/late of a year are approximate four-month intervals (its halves,
like its quarters, exact), of a month ten-day intervals, of a decade ``1990~/1993~``, ``1995~`` and ``1997~/1999~``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from alaqat.annotate.dates.seasons import season_year
from alaqat.annotate.dates.vocab import Vocabulary

PART_OF_YEAR = {"early": ("01", "04"), "mid": ("05", "08"), "late": ("09", "12"), "first_half": ("01", "06"),
                "second_half": ("07", "12")}
_HALVES = frozenset({"first_half", "second_half"})
PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "first_half": (1, 15), "second_half": (16, 31)}
PART_OF_DECADE = {"early": "{d}0~/{d}3~", "mid": "{d}5~", "late": "{d}7~/{d}9~", "first_half": "{d}0~/{d}4~",
                  "second_half": "{d}5~/{d}9~"}
TWO_DIGIT_PIVOT = 30


@dataclass
class Piece:
    start: int
    end: int
    value: str
    granularity: str
    basis: str = "explicit"


@dataclass
class Context:
    vocab: Vocabulary
    text: str  # normalized
    doc_date: date | None
    anchor: str | None  # nearest explicit value before, for narrative expressions
    day: str | None = None  # the last day named before (any basis), which a chronicle's weekdays go on from
    day_end: int = -1  # where it ends in the text


Handler = Callable[[re.Match[str], Context], list[Piece]]


_PAST = ("الماضي", "المنصرم")  # the words that put a named month or day before the paper's date
_NEXT = ("المقبل", "القادم")  # and after it
_CURRENT = ("الجاري", "الحالي")  # and in the paper's own month or year


def _num(vocab: Vocabulary, surface: str) -> int:
    surface = " ".join(surface.split())
    digits = surface.removeprefix("ال").strip()  # في الـ20 من أغسطس: the article of a day in digits
    return int(digits) if digits.isdigit() else vocab.ordinals[surface]


def _month(vocab: Vocabulary, surface: str) -> int:
    """The month a (possibly double) month group names: its first name decides."""
    words = " ".join(surface.replace("/", " / ").replace("(", " ( ").replace(")", " ) ").split())
    for size in range(len(words), 0, -1):
        head = words[:size].strip()
        if head in vocab.months:
            return vocab.months[head]
    raise KeyError(surface)


def _ymd(year: int | None, month: int, day: int) -> str | None:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}" if day <= (29 if month == 2 else calendar.monthrange(2001, month)[1]) \
            else None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _year(m: re.Match[str], group: str = "y") -> int | None:
    value = m.groupdict().get(group)
    return int(value) if value else None


def _nearest_year(month: int, day_of_month: int, today: date) -> int | None:
    """The year of a day and month a dated paper gives without one (في 14 يوليو): the one nearest its date."""
    best = None
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            gap = abs((date(year, month, day_of_month) - today).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def _nearest_month_year(month: int, today: date) -> int:
    """The year of a month a dated paper names alone (زار إيران في فبراير، يزورها في سبتمبر): the one nearest its
    date, the earlier of two as near (a paper of July 2015: February is 2015's, September 2015's, January 2015's)."""
    here = today.year * 12 + today.month
    return min((today.year - 1, today.year, today.year + 1), key=lambda y: (abs(y * 12 + month - here), y))


def _relative_year(rel: str | None, month: int, ctx: Context, day_of_month: int | None = None
                   ) -> tuple[int | None, str]:
    """The year of a month named with الجاري / الماضي / المقبل, from the document date. A day of the paper's own
    month is the last such day or the next: 14 يوليو الماضي in a paper of 24 July 2015 is ten days back (the
    nuclear agreement's), 28 يوليو المقبل four days on; the month alone (يوليو الماضي) is a year away."""
    if not rel:
        return None, "explicit"
    if ctx.doc_date is None:
        return None, "document"
    today = ctx.doc_date
    if rel in _CURRENT:
        return today.year, "document"
    this_month = month == today.month and day_of_month is not None
    if rel in _PAST:
        before = month < today.month or (this_month and day_of_month < today.day)
        return (today.year if before else today.year - 1), "document"
    after = month > today.month or (this_month and day_of_month > today.day)
    return (today.year if after else today.year + 1), "document"


HIJRI_NUMERIC_YEARS = range(1300, 1500)  # 18/8/1436: a year no Gregorian date written so has is a Hijri one


def numeric(m: re.Match[str], ctx: Context) -> list[Piece]:
    day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
    if month > 12 and day <= 12:  # mm/dd/yyyy
        day, month = month, day
    if year in HIJRI_NUMERIC_YEARS:  # Saudi press dates in the Hijri calendar, with or without هـ
        converted = _hijri(year, month, day)
        return [Piece(m.start(), m.end(), converted.isoformat(), "day")] if converted else []
    value = _ymd(year, month, day)
    return [Piece(m.start(), m.end(), value, "day")] if value else []


def numeric_day_list(m: re.Match[str], ctx: Context) -> list[Piece]:
    year, month = int(m["y"]), int(m["m"])
    first, second = _ymd(year, month, int(m["d1"])), _ymd(year, month, int(m["d"]))
    if not first or not second:
        return []
    return [Piece(m.start(), m.end("d1"), first, "day"), Piece(m.start("d"), m.end(), second, "day")]


def day(m: re.Match[str], ctx: Context) -> list[Piece]:
    month = _month(ctx.vocab, m["m"])
    year, basis = _year(m), "explicit"
    if year is None:
        year, basis = _relative_year(m.groupdict().get("rel"), month, ctx, _num(ctx.vocab, m["d"]))
    if year is None and ctx.doc_date is not None and not m.groupdict().get("rel"):
        year, basis = _nearest_year(month, _num(ctx.vocab, m["d"]), ctx.doc_date), "document"
    value = _ymd(year, month, _num(ctx.vocab, m["d"]))
    return [Piece(m.start(), m.end(), value, "day", basis)] if value else []


def day_of_relative_month(m: re.Match[str], ctx: Context) -> list[Piece]:
    """A day of a month told relative to the paper (في 14 من الشهر الجاري، العاشر من الشهر الماضي): the month is
    the paper's, or the one before or after it; with no paper's date it is no date at all. The rule's RELMONTH
    macro admits only the relative phrases of a month (14 من العام الماضي is no day)."""
    phrase = ctx.vocab.relative[" ".join(m["r"].split())]
    if ctx.doc_date is None:
        return []
    month_index = ctx.doc_date.year * 12 + ctx.doc_date.month - 1 + phrase.offset
    value = _ymd(month_index // 12, month_index % 12 + 1, _num(ctx.vocab, m["d"]))
    return [Piece(m.start(), m.end(), value, "day", "document")] if value else []


def day_of_the_papers_month(m: re.Match[str], ctx: Context) -> list[Piece]:
    """A day of the month the paper is dated in, the month left unsaid (في 29 الحالي، يوم 12 الجاري)."""
    if ctx.doc_date is None:
        return []
    value = _ymd(ctx.doc_date.year, ctx.doc_date.month, _num(ctx.vocab, m["d"]))
    return [Piece(m.start(), m.end(), value, "day", "document")] if value else []


def day_range(m: re.Match[str], ctx: Context) -> list[Piece]:
    month, year = _month(ctx.vocab, m["m"]), _year(m)
    first, last = _num(ctx.vocab, m["d1"]), _num(ctx.vocab, m["d2"])
    year, basis = _range_year(year, month, first, ctx)
    a, b = _ymd(year, month, first), _ymd(year, month, last)
    if not a or not b or last <= first:
        return []
    return [Piece(m.start(), m.end(), f"{a}/{b}", "interval", basis)]


def day_month_range(m: re.Match[str], ctx: Context) -> list[Piece]:
    first_month, first_day = _month(ctx.vocab, m["m1"]), _num(ctx.vocab, m["d1"])
    year, basis = _range_year(_year(m), first_month, first_day, ctx)
    a = _ymd(year, first_month, first_day)
    b = _ymd(year, _month(ctx.vocab, m["m2"]), _num(ctx.vocab, m["d2"]))
    if not a or not b or b <= a:
        return []
    return [Piece(m.start(), m.end(), f"{a}/{b}", "interval", basis)]


def _range_year(year: int | None, month: int, day: int, ctx: Context) -> tuple[int | None, str]:
    """A range of days with no year (في السابع والثامن من يوليو) is, like a single day, the nearest one to a dated
    paper's date."""
    if year is not None:
        return year, "explicit"
    if ctx.doc_date is None:
        return None, "explicit"
    return _nearest_year(month, day, ctx.doc_date), "document"


def month(m: re.Match[str], ctx: Context) -> list[Piece]:
    number = _month(ctx.vocab, m["m"])
    year, basis = _year(m), "explicit"
    if year is None:
        year, basis = _relative_year(m.groupdict().get("rel"), number, ctx)
    value = f"{year:04d}-{number:02d}" if year else f"XXXX-{number:02d}"
    return [Piece(m.start(), m.end(), value, "month", basis)]


def month_bare(m: re.Match[str], ctx: Context) -> list[Piece]:
    """A month with no year (في سبتمبر، خلال شهر فبراير): in a dated paper, the nearest such month. Its
    granularity says "named_month" so that the event's tense can move it a year (زار … في سبتمبر in July is last
    September; يزور … في فبراير is next February)."""
    number = _month(ctx.vocab, m["m"])
    if ctx.doc_date is None:
        return [Piece(m.start(), m.end(), f"XXXX-{number:02d}", "month")]
    year = _nearest_month_year(number, ctx.doc_date)
    return [Piece(m.start(), m.end(), f"{year:04d}-{number:02d}", "named_month", "document")]


def part_month(m: re.Match[str], ctx: Context) -> list[Piece]:
    number, year = _month(ctx.vocab, m["m"]), _year(m)
    part = ctx.vocab.words["part"][" ".join(m["p"].split())]
    basis = "explicit"
    if year is None and ctx.doc_date is not None:  # أواخر سبتمبر in a dated paper: the nearest September
        year, basis = _nearest_month_year(number, ctx.doc_date), "document"
    y = f"{year:04d}" if year else "XXXX"
    return [Piece(m.start(), m.end(), _part_of_month(y, number, part), "part", basis)]


def _part_of_month(year: str, month: int, part: str) -> str:
    """Early, mid or late in a month is the month (أواخر مارس: 2015-03), as readers annotating real press wrote it
    fourteen times of fifteen in the press gold's dev split (a Hijri month's end once as its last days): the writer
    names the month and only leans towards a part of it, whose bounds nobody draws. A half of a month is a span the
    calendar draws (النصف الثاني من ديسمبر: the 16th to the 31st), kept approximate as a writer's half may be loose."""
    period = f"{year}-{month:02d}"
    if part not in _HALVES:
        return period
    lo, hi = PART_OF_MONTH[part]
    # a month's last day (30 September; February 28 when the year is unknown)
    hi = min(hi, calendar.monthrange(int(year) if year != "XXXX" else 2001, month)[1])
    return _part_interval(period, f"{lo:02d}", f"{hi:02d}")


def _part_interval(period: str, lo: str, hi: str) -> str:
    """A part of a month or a year as EDTF, with approximate bounds: a writer's "second half of December" may
    cover a visit of the 13th (a half is kept approximate like early, mid and late)."""
    return f"{period}-{lo}~/{period}-{hi}~"


def _part_of_year(year: str, part: str) -> str:
    """Early, mid or late in a year are approximate four-month spans; a half of a year is as exact as a quarter
    is (النصف الثاني من 2016: July to December 2016), since the calendar, not the writer, draws its bounds."""
    lo, hi = PART_OF_YEAR[part]
    if part in _HALVES:
        return f"{year}-{lo}/{year}-{hi}"
    return _part_interval(year, lo, hi)


def part_year(m: re.Match[str], ctx: Context) -> list[Piece]:
    part = ctx.vocab.words["part"][" ".join(m["p"].split())]
    return [Piece(m.start(), m.end(), _part_of_year(m["y"], part), "part")]


def part_relative(m: re.Match[str], ctx: Context) -> list[Piece]:
    """Early, mid or late in the paper's month or year or the one before or after it (أواخر الشهر الماضي،
    مطلع العام المقبل): the part of the period the relative phrase names, against the document date."""
    phrase = ctx.vocab.relative[" ".join(m["r"].split())]
    if ctx.doc_date is None:
        return []
    part = ctx.vocab.words["part"][" ".join(m["p"].split())]
    period, _ = _shift(ctx.doc_date, phrase.unit, phrase.offset)
    if phrase.unit == "month":
        year, month = period.split("-")
        value = _part_of_month(year, int(month), part)
    else:
        value = _part_of_year(period, part)
    return [Piece(m.start(), m.end(), value, "part", "document")]


def season(m: re.Match[str], ctx: Context) -> list[Piece]:
    code = ctx.vocab.words["season"][" ".join(m["s"].split())]
    return [Piece(m.start(), m.end(), f"{m['y']}-{code}", "season")]


def season_relative(m: re.Match[str], ctx: Context) -> list[Piece]:
    """هذا الصيف، الخريف المقبل، الشتاء الماضي: a season of the year the document's date says; one named alone
    only after في (في الخريف), as "named_season", so that the event's tense can choose its year."""
    if ctx.doc_date is None:
        return []
    code = int(ctx.vocab.words["season_def"][" ".join(m["s"].split())])
    rel = m["rel"]
    if rel in _PAST:
        when = "past"
    elif rel in ("المقبل", "القادم"):
        when = "future"
    elif rel or m["this"]:
        when = "this"
    elif _word_before(m, ctx) == "في":
        year = season_year(code, ctx.doc_date, "this")
        return [Piece(m.start(), m.end(), f"{year:04d}-{code}", "named_season", "document")]
    else:
        return []  # حرارة الصيف: a season named alone is no date
    return [Piece(m.start(), m.end(), f"{season_year(code, ctx.doc_date, when):04d}-{code}", "season", "document")]


def quarter(m: re.Match[str], ctx: Context) -> list[Piece]:
    return [Piece(m.start(), m.end(), _quarter_of(m["y"], m, ctx), "quarter")]


def _quarter_of(year: str, m: re.Match[str], ctx: Context) -> str:
    """The months of the quarter the match's ``q`` group names, in ``year``, as an EDTF interval."""
    q = int(ctx.vocab.words["quarter"][" ".join(m["q"].split())])
    first, last = 3 * q - 2, 3 * q
    return f"{year}-{first:02d}/{year}-{last:02d}"


def quarter_relative(m: re.Match[str], ctx: Context) -> list[Piece]:
    """A quarter of the paper's year or the one before or after it (الربع الأخير من العام الجاري), against the
    document date. A quarter of a month is no phrase of the language: there only the month is read."""
    phrase = ctx.vocab.relative[" ".join(m["r"].split())]
    if ctx.doc_date is None:
        return []
    year, granularity = _shift(ctx.doc_date, phrase.unit, phrase.offset)
    if phrase.unit != "year":
        return [Piece(m.start("r"), m.end("r"), year, granularity, "document")]
    return [Piece(m.start(), m.end(), _quarter_of(year, m, ctx), "quarter", "document")]


def decade(m: re.Match[str], ctx: Context) -> list[Piece]:
    number = ctx.vocab.decades[" ".join(m["dec"].split())]
    century = 19
    if m.groupdict().get("c"):
        c = " ".join(m["c"].split())
        century = int(ctx.vocab.words["century_prev"].get(c) or ctx.vocab.words["century_this"].get(c) or 19)
    prefix = f"{century}{number}"
    part = m.groupdict().get("p")
    if part:
        template = PART_OF_DECADE[ctx.vocab.words["part"][" ".join(part.split())]]
        return [Piece(m.start(), m.end(), template.format(d=prefix), "decade")]
    return [Piece(m.start(), m.end(), f"{prefix}X", "decade")]


def year_list(m: re.Match[str], ctx: Context) -> list[Piece]:
    return [Piece(m.start(), m.end("y1"), m["y1"], "year"), Piece(m.start("y2"), m.end(), m["y2"], "year")]


def year_range(m: re.Match[str], ctx: Context) -> list[Piece]:
    a, b = int(m["y1"]), int(m["y2"])
    if b <= a:
        return []
    return [Piece(m.start(), m.end(), f"{a}/{b}", "interval")]


def year_present(m: re.Match[str], ctx: Context) -> list[Piece]:
    return [Piece(m.start(), m.end(), f"{m['y1']}/..", "interval")]


def year(m: re.Match[str], ctx: Context) -> list[Piece]:
    return [Piece(m.start(), m.end(), m["y"], "year")]


def year_two_digit(m: re.Match[str], ctx: Context) -> list[Piece]:
    short = int(m["y"])
    full = 1900 + short if short >= TWO_DIGIT_PIVOT else 2000 + short
    return [Piece(m.start(), m.end(), str(full), "year")]


_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\-]*$")
_TEEN = re.compile(r"\s+عشر(?![^\W_])")


def _word_after(m: re.Match[str], ctx: Context) -> str:
    """The word right after a match ("" when a number, a sign or the end comes first)."""
    after = _WORD_AFTER.match(ctx.text, m.end())
    return after.group(1) if after else ""


def _word_before(m: re.Match[str], ctx: Context, reach: int = 20) -> str:
    """The word right before a match, within ``reach`` characters ("" when none)."""
    before = _WORD_BEFORE.search(ctx.text, max(0, m.start() - reach), m.start())
    return before.group(1) if before else ""


def year_bare(m: re.Match[str], ctx: Context) -> list[Piece]:
    """A bare four-digit number is a year unless a quantity word follows or a code word precedes it."""
    after = _word_after(m, ctx)
    if after in ctx.vocab.quantity_after:
        return []
    if after and after.endswith(ctx.vocab.accusative_endings) and after not in ctx.vocab.adverbs:
        return []
    if _word_before(m, ctx) in ctx.vocab.code_before:
        return []
    if m.start() > 0 and ctx.text[m.start() - 1] in ".,:":  # 3.1994, 12,1994 are numbers
        return []
    return [Piece(m.start(), m.end(), m["y"], "year")]


def _hijri(y: int, mo: int, d: int) -> date | None:
    from hijridate import Hijri

    try:
        return Hijri(y, mo, d).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _hijri_month_span(y: int, mo: int) -> tuple[date, date] | None:
    from hijridate import Hijri

    try:
        first = Hijri(y, mo, 1)
        return first.to_gregorian(), Hijri(y, mo, first.month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None


def hijri_day(m: re.Match[str], ctx: Context) -> list[Piece]:
    g = _hijri(int(m["y"]), ctx.vocab.hijri_months[" ".join(m["m"].split())], _num(ctx.vocab, m["d"]))
    return [Piece(m.start(), m.end(), g.isoformat(), "day")] if g else []


def hijri_day_near(m: re.Match[str], ctx: Context) -> list[Piece]:
    """A Hijri day a dated paper gives without its year (في 16 من رجب الماضي، يبدأ الدوام في 15 شوال): of the
    paper's Hijri year with الجاري, the last such day before the paper with الماضي, the next one with المقبل, else
    the one nearest the paper's date. A paper with no date gives no year to count from, so no date."""
    from hijridate import Gregorian

    if ctx.doc_date is None:
        return []
    month, day_of_month = ctx.vocab.hijri_months[" ".join(m["m"].split())], _num(ctx.vocab, m["d"])
    today = ctx.doc_date
    this_year = Gregorian(today.year, today.month, today.day).to_hijri().year
    days = {y: g for y in (this_year - 1, this_year, this_year + 1) if (g := _hijri(y, month, day_of_month))}
    rel = m.groupdict().get("rel")
    if rel in _CURRENT:
        chosen = days.get(this_year)
    elif rel in _PAST:
        chosen = max((g for g in days.values() if g < today), default=None)
    elif rel in _NEXT:
        chosen = min((g for g in days.values() if g > today), default=None)
    else:
        chosen = min(days.values(), key=lambda g: abs((g - today).days), default=None)
    return [Piece(m.start(), m.end(), chosen.isoformat(), "day", "document")] if chosen else []


def hijri_month(m: re.Match[str], ctx: Context) -> list[Piece]:
    span = _hijri_month_span(int(m["y"]), ctx.vocab.hijri_months[" ".join(m["m"].split())])
    return [Piece(m.start(), m.end(), f"{span[0].isoformat()}/{span[1].isoformat()}", "month")] if span else []


def hijri_year(m: re.Match[str], ctx: Context) -> list[Piece]:
    first, last = _hijri_month_span(int(m["y"]), 1), _hijri_month_span(int(m["y"]), 12)
    if not first or not last:
        return []
    return [Piece(m.start(), m.end(), f"{first[0].isoformat()}/{last[1].isoformat()}", "year")]


FEW_DAYS = 7  # the most days "a few days ago" (قبل أيام) reaches back
FEW_WEEKS = 4  # the most weeks "a few weeks ago" (منذ بضعة أسابيع) reaches back


def _shift(anchor: date, unit: str, offset: int) -> tuple[str, str]:
    if unit == "day":
        return (anchor + timedelta(days=offset)).isoformat(), "day"
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=offset)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "week"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    if unit == "recent":
        return f"{anchor.year:04d}-{anchor.month:02d}~", "month"
    if unit == "soon":
        # قريبا: some time from the paper's day on, no end said (يزور الوفد أوسلو قريبا: 2015-07-27/..)
        return f"{anchor.isoformat()}/..", "day"
    if unit in ("days_ago", "weeks_ago"):
        # قبل أيام: a few days before the paper, in its month; early in a month it may be the month before (and so
        # for منذ بضعة أسابيع, a few weeks back)
        earliest = anchor - timedelta(days=FEW_DAYS if unit == "days_ago" else FEW_WEEKS * 7)
        if (earliest.year, earliest.month) == (anchor.year, anchor.month):
            return f"{anchor.year:04d}-{anchor.month:02d}", "month"
        return f"{earliest.year:04d}-{earliest.month:02d}/{anchor.year:04d}-{anchor.month:02d}", "month"
    return f"{anchor.year + offset:04d}", "year"


def _anchor_date(value: str | None) -> tuple[date, str] | None:
    """A date and its granularity from an explicit EDTF value, for narrative anchoring."""
    if not value:
        return None
    head = value.split("/")[0].rstrip("~?")
    parts = head.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        return None
    y = int(parts[0])
    mo = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() and int(parts[1]) <= 12 else None
    return date(y, mo or 1, 1), "month" if mo else "year"


def relative(m: re.Match[str], ctx: Context) -> list[Piece]:
    phrase = ctx.vocab.relative[" ".join(m["r"].split())]
    if phrase.basis == "document" and phrase.unit == "day" and phrase.offset == 0 and _today_is_not_a_date(m, ctx):
        return []
    if phrase.unit == "soon" and _word_after(m, ctx) == "من":
        return []  # يقع المعبر قريبا من الحدود: near the border, not soon
    if phrase.basis == "narrative":
        anchored = _anchor_date(ctx.anchor)
        if anchored and (phrase.unit == "year" or anchored[1] == "month"):
            value, granularity = _shift(anchored[0], phrase.unit, phrase.offset)
            return [Piece(m.start(), m.end(), value, granularity, "narrative")]
        if ctx.doc_date is None:
            return []
        value, granularity = _shift(ctx.doc_date, phrase.unit, phrase.offset)
        return [Piece(m.start(), m.end(), value, granularity, "document")]
    if ctx.doc_date is None:
        return []
    value, granularity = _shift(ctx.doc_date, phrase.unit, phrase.offset)
    return [Piece(m.start(), m.end(), value, granularity, "document")]


def span(m: re.Match[str], ctx: Context) -> list[Piece]:
    """The last or next N units from the document date (خلال السنوات الخمس الماضية: 2010/2015 in 2015): an
    interval at the unit's granularity, so a figure told for "the past five years" is dated by them. A plural
    with no number (الأيام الماضية) is too vague to date."""
    counted = _span_count(m, ctx.vocab.words)
    if ctx.doc_date is None or counted is None:
        return []
    unit, count = counted
    future = m["rel"] in ctx.vocab.words.get("span_future", {})
    today = ctx.doc_date
    if unit in ("year", "decade"):
        years = count * (10 if unit == "decade" else 1)
        other_year = f"{today.year + (years if future else -years):04d}"
        ends = (str(today.year), other_year) if future else (other_year, str(today.year))
        return [Piece(m.start(), m.end(), "/".join(ends), "year", "document")]
    if unit == "month":
        now = _shift(today, "month", 0)[0]
        other = _shift(today, "month", count if future else -count)[0]
        ends = (now, other) if future else (other, now)
        return [Piece(m.start(), m.end(), "/".join(ends), "month", "document")]
    other_day = today + timedelta(days=(count * (7 if unit == "week" else 1)) * (1 if future else -1))
    ends = (today.isoformat(), other_day.isoformat()) if future else (other_day.isoformat(), today.isoformat())
    return [Piece(m.start(), m.end(), "/".join(ends), "day", "document")]


def _counted_unit(m: re.Match[str], ctx: Context) -> tuple[str, int] | None:
    """(unit, N) of a span counted back or on from the paper (قبل 13 عاما، بعد أسبوع، بعد يومين): a dual or a
    singular says its own count (يومين: 2, أسبوع: 1) and takes no number; any other unit needs one."""
    unit, *fixed = ctx.vocab.words["ago_unit"][" ".join(m["u"].split())].split()
    number = m.groupdict().get("n")
    if fixed:
        return None if number is not None else (unit, int(fixed[0]))
    if number is None:
        return None
    bare = number.removeprefix("ال")
    return unit, int(bare) if bare.isdigit() else int(ctx.vocab.words["span_count"][bare])


def ago(m: re.Match[str], ctx: Context) -> list[Piece]:
    """قبل 13 عاما، قبل نحو عامين، قبل ثلاثة أشهر: that long before the document date. Years and months so counted
    are approximate (2002~: thirteen years before 2015 need not be thirteen to the day); weeks are that week,
    days the day."""
    if ctx.doc_date is None:
        return []
    counted = _counted_unit(m, ctx)
    if counted is None:
        return []
    unit, count = counted
    today = ctx.doc_date
    if unit == "year":
        return [Piece(m.start(), m.end(), f"{today.year - count:04d}~", "year", "document")]
    value, granularity = _shift(today, unit, -count)
    return [Piece(m.start(), m.end(), value + ("~" if unit == "month" else ""), granularity, "document")]


def ahead(m: re.Match[str], ctx: Context) -> list[Piece]:
    """بعد أسبوع، بعد يومين، بعد ثلاثة أشهر (with no من after: بعد أسبوع من الاتفاق counts from another act): that
    long after the document date, the mirror of ``ago``; a week on is a day about seven on (يصل الوفد إلى نيروبي بعد
    أسبوع: 2015-07-28~ in a paper of the 21st), as the gold dates it; months and years so counted are approximate.
    Not after و or ف: وبعد يومين وصل … goes on from the story's last act, not from the paper's day."""
    if ctx.doc_date is None or ctx.text[max(0, m.start() - 1):m.start()] in ("و", "ف"):
        return []
    counted = _counted_unit(m, ctx)
    if counted is None:
        return []
    unit, count = counted
    today = ctx.doc_date
    if unit == "year":
        return [Piece(m.start(), m.end(), f"{today.year + count:04d}~", "year", "document")]
    if unit == "month":
        return [Piece(m.start(), m.end(), _shift(today, "month", count)[0] + "~", "month", "document")]
    days = count * (7 if unit == "week" else 1)
    value = (today + timedelta(days=days)).isoformat() + ("~" if unit == "week" else "")
    return [Piece(m.start(), m.end(), value, "day", "document")]


def _span_count(m: re.Match[str], words: dict[str, dict[str, str]]) -> tuple[str, int] | None:
    """(unit, N) of a counted span: a dual (العامين) is two; a plural needs its number (السنوات الخمس، الـ10 سنوات)."""
    unit_word, number = " ".join(m["u"].split()), m.groupdict().get("n")
    dual = words.get("span_dual", {}).get(unit_word)
    if dual is not None:
        return (dual, 2) if number is None else None
    if number is None or unit_word not in words.get("span_unit", {}):
        return None
    bare = number.removeprefix("ال")
    count = int(bare) if bare.isdigit() else int(words["span_count"][bare])
    return (words["span_unit"][unit_word], count) if 2 <= count <= 60 else None


def _today_is_not_a_date(m: re.Match[str], ctx: Context) -> bool:
    """اليوم in اليوم الدولي (the international day) or حتى اليوم (until today) is no date of an event."""
    if _word_after(m, ctx) in ctx.vocab.words.get("today_adjective", {}):
        return True
    return _word_before(m, ctx) in ctx.vocab.words.get("today_not_after", {})


def weekday(m: re.Match[str], ctx: Context) -> list[Piece]:
    if ctx.doc_date is None:
        return []
    target = ctx.vocab.weekdays[" ".join(m["w"].split())]
    today = ctx.doc_date
    groups = m.groupdict()
    if groups.get("rel") is None:
        return _bare_weekday(m, ctx, target, today)
    if m["rel"] in _PAST:
        delta = (today.weekday() - target) % 7 or 7
        # a paper is dated the day after it is written: its yesterday is the writer's today, which he calls أمس or
        # اليوم, never "last Tuesday" (الثلاثاء الماضي in Wednesday's paper is the Tuesday of the week before)
        found = today - timedelta(days=delta + 7 if delta == 1 else delta)
    else:
        delta = (target - today.weekday()) % 7 or 7
        found = today + timedelta(days=delta)
    return [Piece(m.start(), m.end(), found.isoformat(), "day", "document")]


def weekday_range(m: re.Match[str], ctx: Context) -> list[Piece]:
    """من الأحد الماضي حتى الثلاثاء: the first weekday read as one alone, the last the next such day after it.
    A bare first weekday keeps the granularity "weekday", so that a visit told in the future moves both ends."""
    first = weekday(m, ctx)
    if len(first) != 1:
        return first
    start = date.fromisoformat(first[0].value)
    end = start + timedelta(days=(ctx.vocab.weekdays[" ".join(m["w2"].split())] - start.weekday()) % 7 or 7)
    return [Piece(m.start(), m.end(), f"{start.isoformat()}/{end.isoformat()}", first[0].granularity, "document")]


def relative_weekday(m: re.Match[str], ctx: Context) -> list[Piece]:
    """أمس الاثنين، اليوم (الخميس): the weekday names the day; the relative word only says which week. A paper's
    date is often the day after it was written, so the weekday nearest the relative day wins."""
    pieces = relative(m, ctx)
    if len(pieces) != 1 or pieces[0].granularity != "day":
        return pieces
    said = date.fromisoformat(pieces[0].value)
    target = ctx.vocab.weekdays[" ".join(m["w"].split())]
    shift = (target - said.weekday() + 3) % 7 - 3
    found = said + timedelta(days=shift)
    # yesterday and today are never after the paper's day (أمس الجمعة in a Wednesday paper is the Friday before,
    # though the Friday after is nearer to the day before; اليوم الأحد in a Friday paper is the Sunday the story was
    # written, before the paper printed it); tomorrow may fall before it, in a story the paper printed late
    if ctx.doc_date is not None and said <= ctx.doc_date < found:
        found -= timedelta(days=7)
    # … and the day after tomorrow named by its weekday is never before the paper's day (بعد غد الاثنين in a Tuesday
    # paper is the Monday after, as the guide reads a weekday told in the future)
    if ctx.doc_date is not None and said > ctx.doc_date + timedelta(days=1) and found < ctx.doc_date:
        found += timedelta(days=7)
    return [Piece(m.start(), m.end(), found.isoformat(), "day", "document")]


def _ambiguous_weekday_is_a_day(m: re.Match[str], ctx: Context) -> bool:
    words = ctx.vocab.words
    word_before = _word_before(m, ctx, 12)
    if word_before in words.get("time_of_day", {}):
        return True
    blockers = words.get("weekday_not_after", {})
    if word_before in blockers or (word_before[1:] in blockers and word_before[:1] in "وفبلك"):
        return False
    return not (_TEEN.match(ctx.text, m.end()) or _word_after(m, ctx) in words.get("weekday_not_before", {}))


def _bare_weekday(m: re.Match[str], ctx: Context, target: int, today: date) -> list[Piece]:
    """A weekday alone (التقيا الثلاثاء): the last such day on or before the document date. Its granularity says
    "weekday" so that an event told in the future tense can take the next one instead. الاثنين، الأحد and
    الجمعة are also "the two", "the one" and Friday prayer; in news they are mostly days (أعلن الاثنين، وصل
    الجمعة), so alone they count unless a preposition or a noun before them (بين الاثنين، صلاة الجمعة) or عشر
    after them (الأحد عشر) gives them the other sense."""
    word = " ".join(m["w"].split())
    ambiguous = m.groupdict().get("yawm") is None and word in ctx.vocab.words.get("weekday_ambiguous", {})
    if ambiguous and not _ambiguous_weekday_is_a_day(m, ctx):
        return []
    narrative = _narrative_weekday(m, ctx, target, today)
    if narrative is not None:
        return [narrative]
    found = today - timedelta(days=(today.weekday() - target) % 7)
    return [Piece(m.start(), m.end(), found.isoformat(), "weekday", "document")]


NARRATIVE_REACH = 600  # characters after a dated day in which a weekday alone goes on from it
MIN_CHRONICLE_YEAR = 1800  # a Hijri year (1436) is not a Gregorian day to count from
NARRATIVE_AGE = 7  # days before the document date a dated day must lie to be a narrative's, not the news week's


def _narrative_weekday(m: re.Match[str], ctx: Context, target: int, today: date) -> Piece | None:
    """وفي يوم السبت 7 مارس … وفي يوم الاثنين رأس: in a dated chronicle (a day weeks before the paper's date,
    a few lines back) a weekday alone is the next such day after that day (9 March), not one of the paper's
    week. It then dates what follows in turn."""
    if ctx.day is None or m.start() - ctx.day_end > NARRATIVE_REACH or m.groupdict().get("yawm") is None:
        return None  # a chronicle says يوم الثلاثاء; فجر الجمعة in news is the paper's week
    try:
        anchor = date.fromisoformat(ctx.day)
    except ValueError:
        return None
    if (today - anchor).days <= NARRATIVE_AGE or anchor.year < MIN_CHRONICLE_YEAR:
        return None
    found = anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
    if found > today:
        return None
    return Piece(m.start(), m.end(), found.isoformat(), "day", "narrative")


HANDLERS: dict[str, Handler] = {
    name: fn for name, fn in globals().items()
    if callable(fn) and not name.startswith("_") and getattr(fn, "__module__", "") == __name__
    and name not in ("Piece", "Context")
}
