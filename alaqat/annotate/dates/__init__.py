"""Temporal expressions in every regional Arabic style, normalized to EDTF, with offsets into the original."""

from alaqat.annotate.dates.recognizer import DateRecognizer, find_dates

__all__ = ["DateRecognizer", "find_dates"]
