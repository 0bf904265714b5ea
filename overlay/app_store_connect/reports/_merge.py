"""Merge analytics report instances without double counting restated days (Q11)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

from ._errors import ReportFormatError

DATE_FIELD = "Date"

R = TypeVar("R", bound=Mapping[str, str])
"""A row: a report's `Row`, or any mapping of field names to values."""


class InstanceMerger(Generic[R]):
    """Combine instances' rows so each date's rows come from the latest processing date only.

    Q11: every instance restates the last few days, so summing instances counts a day 4-6
    times. Apple's rule ("Data Completeness and Corrections") is that a newer instance
    replaces the whole set of rows of each date it contains; so for every (date, dimensions)
    the row kept is the one processed last, and a row the newer instance no longer has is
    dropped rather than kept from an older one. Instances with equal processing dates
    (duplicate ONGOING instances, Q11) do not add up either: the instance added last wins.
    """

    def __init__(self, *, date_field: str = DATE_FIELD) -> None:
        self._date_field = date_field
        self._order: dict[str, int] = {}
        self._best: dict[str, tuple[tuple[str, int], list[R]]] = {}

    def add(self, instance: str, processing_date: dt.date | str, rows: Iterable[R]) -> None:
        """Take rows of one instance; call again with the same `instance` for each of its segments."""
        rank = (_iso(processing_date), self._order.setdefault(instance, len(self._order)))
        for row in rows:
            day = _date_of(row, self._date_field)
            kept = self._best.get(day)
            if kept is None or kept[0] < rank:
                self._best[day] = (rank, [row])
            elif kept[0] == rank:
                kept[1].append(row)

    def rows(self) -> list[R]:
        """The merged rows, ordered by date."""
        return [row for day in sorted(self._best) for row in self._best[day][1]]


def merge_instances(
    instances: Iterable[tuple[dt.date | str, Iterable[R]]], *, date_field: str = DATE_FIELD
) -> list[R]:
    """Merge `(processingDate, rows)` pairs, one per instance, without double counting (Q11).

    See `InstanceMerger`; among instances with the same processing date the one given last wins.
    """
    merger: InstanceMerger[R] = InstanceMerger(date_field=date_field)
    for index, (processing_date, rows) in enumerate(instances):
        merger.add(str(index), processing_date, rows)
    return merger.rows()


def _iso(value: dt.date | str) -> str:
    return value.isoformat() if isinstance(value, dt.date) else value


def _date_of(row: Mapping[str, str], date_field: str) -> str:
    try:
        return row[date_field]
    except KeyError:
        raise ReportFormatError(
            f"an analytics row has no {date_field!r} column (columns: {', '.join(row)}); "
            "pass date_field= with the name of the report's date column"
        ) from None
