"""`X-Rate-Limit` parsing and pacing (Q7)."""

from __future__ import annotations

import dataclasses

import pytest

from app_store_connect._rate_limit import RateLimit


def test_q7_parses_apple_example() -> None:
    rate_limit = RateLimit.parse("user-hour-lim:3600;user-hour-rem:3121;")

    assert rate_limit is not None
    assert (rate_limit.limit, rate_limit.remaining) == (3600, 3121)
    assert dict(rate_limit.entries) == {"user-hour-lim": 3600, "user-hour-rem": 3121}


def test_q7_keeps_every_entry_including_minute_windows() -> None:
    header = "user-hour-lim:3600;user-hour-rem:3121;user-minute-lim:300;user-minute-rem:12"
    rate_limit = RateLimit.parse(header)

    assert rate_limit is not None
    assert rate_limit.entries["user-minute-lim"] == 300
    assert rate_limit.entries["user-minute-rem"] == 12


def test_q7_is_lenient_with_spacing_case_and_junk() -> None:
    header = " User-Hour-Lim : 3500 ;; broken; user-hour-rem:abc; x:1:2; user-hour-rem: 500 "
    rate_limit = RateLimit.parse(header)

    assert rate_limit is not None
    assert dict(rate_limit.entries) == {"user-hour-lim": 3500, "user-hour-rem": 500}


@pytest.mark.parametrize("header", [None, "", ";;", "nothing-here"])
def test_q7_no_entries_means_no_rate_limit(header: str | None) -> None:
    assert RateLimit.parse(header) is None


def test_rate_limit_is_immutable() -> None:
    rate_limit = RateLimit({"user-hour-lim": 10})

    with pytest.raises(dataclasses.FrozenInstanceError):
        rate_limit.entries = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        rate_limit.entries["user-hour-lim"] = 0  # type: ignore[index]
    assert hash(rate_limit) == hash(RateLimit({"user-hour-lim": 10}))


@pytest.mark.parametrize(
    ("header", "interval"),
    [
        ("user-hour-lim:3600;user-hour-rem:3000;", 0.0),  # plenty left
        ("user-hour-lim:3600;user-hour-rem:100;", 1.0),  # hour budget low: 3600 s / 3600
        ("user-hour-lim:3600;user-hour-rem:3000;user-minute-lim:300;user-minute-rem:5;", 0.2),
        ("user-hour-lim:1800;user-hour-rem:1;user-minute-lim:300;user-minute-rem:5;", 2.0),  # the larger
    ],
)
def test_q7_pacing_interval_spreads_requests_when_budget_is_low(header: str, interval: float) -> None:
    rate_limit = RateLimit.parse(header)

    assert rate_limit is not None
    assert rate_limit.pacing_interval(below=0.1) == pytest.approx(interval)


def test_str_round_trips() -> None:
    header = "user-hour-lim:3600;user-hour-rem:3121;"
    assert str(RateLimit.parse(header)) == header
