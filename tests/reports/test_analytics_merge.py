"""Merging analytics instances (Q11): restated days count once, from the latest processing date."""

from __future__ import annotations

import datetime as dt

import pytest

from app_store_connect.reports import ReportFormatError, Row, merge_instances


def _row(day: str, territory: str, counts: int, processed: str) -> Row:
    return {"Date": day, "Territory": territory, "Counts": str(counts), "Processing Date": processed}


def _total(rows: list[Row]) -> int:
    return sum(int(row["Counts"]) for row in rows)


def test_q11_two_instances_restating_a_date_total_the_latest_not_the_sum() -> None:
    older = [_row("2025-01-07", "FR", 590, "2025-01-08"), _row("2025-01-07", "SG", 16, "2025-01-08")]
    newer = [_row("2025-01-07", "FR", 600, "2025-01-09"), _row("2025-01-07", "SG", 17, "2025-01-09")]

    merged = merge_instances([("2025-01-09", newer), ("2025-01-08", older)])

    assert _total(merged) == 617
    assert _total(older) + _total(newer) == 1223
    assert merged == newer


def test_q11_days_only_in_the_older_instance_are_kept() -> None:
    older = [_row("2025-01-06", "FR", 5, "2025-01-08"), _row("2025-01-07", "FR", 1, "2025-01-08")]
    newer = [_row("2025-01-07", "FR", 2, "2025-01-09"), _row("2025-01-08", "FR", 3, "2025-01-09")]

    merged = merge_instances([(dt.date(2025, 1, 8), older), (dt.date(2025, 1, 9), newer)])

    assert [(row["Date"], row["Counts"]) for row in merged] == [
        ("2025-01-06", "5"),
        ("2025-01-07", "2"),
        ("2025-01-08", "3"),
    ]


def test_q11_a_restated_date_replaces_the_whole_set_of_rows() -> None:
    older = [_row("2025-01-07", "FR", 10, "2025-01-08"), _row("2025-01-07", "MX", 4, "2025-01-08")]
    newer = [_row("2025-01-07", "FR", 12, "2025-01-09")]

    merged = merge_instances([("2025-01-08", older), ("2025-01-09", newer)])

    assert merged == newer


def test_q11_duplicate_instances_with_the_same_processing_date_count_once() -> None:
    rows = [_row("2025-01-07", "FR", 590, "2025-01-08")]

    merged = merge_instances([("2025-01-08", rows), ("2025-01-08", list(rows))])

    assert _total(merged) == 590


def test_rows_of_one_instance_for_the_same_date_all_count() -> None:
    rows = [_row("2025-01-07", "FR", 1, "x"), _row("2025-01-07", "FR", 2, "x")]

    assert _total(merge_instances([("2025-01-08", rows)])) == 3


def test_missing_date_column_is_explained() -> None:
    with pytest.raises(ReportFormatError, match=r"no 'Date' column .* pass date_field="):
        merge_instances([("2025-01-08", [{"Day": "2025-01-07"}])])


def test_other_date_column_name() -> None:
    merged = merge_instances(
        [("2", [{"Day": "a", "n": "1"}]), ("1", [{"Day": "a", "n": "2"}])], date_field="Day"
    )

    assert merged == [{"Day": "a", "n": "1"}]
