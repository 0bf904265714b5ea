"""Merge analytics report instances without double counting restated days (Q11)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from ._decode import Row
from ._errors import ReportFormatError

DATE_FIELD = "Date"


def merge_instances(
    instances: Iterable[tuple[dt.date | str, Iterable[Row]]], *, date_field: str = DATE_FIELD
) -> list[Row]:
    """Combine instances' rows so each date's rows come from the latest processing date only.

    Q11: every instance restates the last few days, so summing instances counts a day 4-6
    times. Apple's rule ("Data Completeness and Corrections") is that a newer instance
    replaces the whole set of rows of each date it contains; so for every (date, dimensions)
    the row kept is the one processed last, and a row the newer instance no longer has is
    dropped rather than kept from an older one. Instances with equal processing dates
    (duplicate ONGOING instances, Q11) do not add up either: the one given last wins.
    `instances` are `(processingDate, rows)` pairs; the result is ordered by date.
    """
    best: dict[str, tuple[tuple[str, int], list[Row]]] = {}
    for index, (processing_date, rows) in enumerate(instances):
        rank = (_iso(processing_date), index)
        for row in rows:
            day = _date_of(row, date_field)
            kept = best.get(day)
            if kept is None or kept[0] < rank:
                best[day] = (rank, [row])
            elif kept[0] == rank:
                kept[1].append(row)
    return [row for day in sorted(best) for row in best[day][1]]


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
