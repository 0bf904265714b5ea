"""Typed, validated arguments of `GET /v1/salesReports` and `GET /v1/financeReports` (Q12).

The valid combinations come from Apple's "Download Sales and Trends Reports" page, corrected
by what the live API does (Q12): the subscription family answers version `1_4` (the page still
says `1_3`) and has no "latest report" default, so it needs a date. Everything is checked
before a request is sent, and every error names the values that would work.
"""

# No `from __future__ import annotations` here: Python 3.11 reads `Required[...]` in a TypedDict
# only from evaluated annotations, and `_check_names` relies on `__required_keys__`.

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Required, TypedDict, TypeVar, Unpack

from ._errors import ReportArgumentError


class SalesReportType(StrEnum):
    """`filter[reportType]` of `GET /v1/salesReports`."""

    SALES = "SALES"
    PRE_ORDER = "PRE_ORDER"
    NEWSSTAND = "NEWSSTAND"
    SUBSCRIPTION = "SUBSCRIPTION"
    SUBSCRIPTION_EVENT = "SUBSCRIPTION_EVENT"
    SUBSCRIBER = "SUBSCRIBER"
    SUBSCRIPTION_OFFER_CODE_REDEMPTION = "SUBSCRIPTION_OFFER_CODE_REDEMPTION"
    INSTALLS = "INSTALLS"
    FIRST_ANNUAL = "FIRST_ANNUAL"
    WIN_BACK_ELIGIBILITY = "WIN_BACK_ELIGIBILITY"


class SalesReportSubType(StrEnum):
    """`filter[reportSubType]` of `GET /v1/salesReports`."""

    SUMMARY = "SUMMARY"
    DETAILED = "DETAILED"
    SUMMARY_INSTALL_TYPE = "SUMMARY_INSTALL_TYPE"
    SUMMARY_TERRITORY = "SUMMARY_TERRITORY"
    SUMMARY_CHANNEL = "SUMMARY_CHANNEL"


class Frequency(StrEnum):
    """`filter[frequency]` of `GET /v1/salesReports`."""

    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


class FinanceReportType(StrEnum):
    """`filter[reportType]` of `GET /v1/financeReports`."""

    FINANCIAL = "FINANCIAL"
    FINANCE_DETAIL = "FINANCE_DETAIL"


_T, _S, _F = SalesReportType, SalesReportSubType, Frequency
_ALL_FREQUENCIES = tuple(Frequency)
_SUBSCRIPTION_VERSIONS = ("1_3", "1_4")  # Q12: the live API names 1_4 as the latest; the docs say 1_3

_COMBINATIONS: dict[SalesReportType, dict[SalesReportSubType, dict[Frequency, tuple[str, ...]]]] = {
    _T.SALES: {_S.SUMMARY: dict.fromkeys(_ALL_FREQUENCIES, ("1_0",))},
    _T.PRE_ORDER: {_S.SUMMARY: dict.fromkeys(_ALL_FREQUENCIES, ("1_0",))},
    _T.NEWSSTAND: {_S.DETAILED: dict.fromkeys((_F.DAILY, _F.WEEKLY), ("1_0",))},
    _T.SUBSCRIPTION: {_S.SUMMARY: {_F.DAILY: _SUBSCRIPTION_VERSIONS}},
    _T.SUBSCRIPTION_EVENT: {_S.SUMMARY: {_F.DAILY: _SUBSCRIPTION_VERSIONS}},
    _T.SUBSCRIBER: {_S.DETAILED: {_F.DAILY: _SUBSCRIPTION_VERSIONS}},
    _T.SUBSCRIPTION_OFFER_CODE_REDEMPTION: {_S.SUMMARY: {_F.DAILY: ("1_0",)}},
    _T.WIN_BACK_ELIGIBILITY: {_S.SUMMARY: {_F.DAILY: ("1_0",)}},
    _T.FIRST_ANNUAL: {_S.DETAILED: {_F.DAILY: ("1_0",)}, _S.SUMMARY: {_F.YEARLY: ("1_0",)}},
    _T.INSTALLS: {
        _S.SUMMARY: {_F.MONTHLY: ("1_2",)},
        _S.DETAILED: {_F.MONTHLY: ("1_2",), _F.YEARLY: ("1_0", "1_1")},
        _S.SUMMARY_CHANNEL: {_F.YEARLY: ("1_0", "1_1")},
        _S.SUMMARY_INSTALL_TYPE: {_F.YEARLY: ("1_0", "1_1")},
        _S.SUMMARY_TERRITORY: {_F.YEARLY: ("1_0", "1_1")},
    },
}

_NEEDS_DATE = frozenset(
    {
        _T.SUBSCRIPTION,
        _T.SUBSCRIPTION_EVENT,
        _T.SUBSCRIBER,
        _T.SUBSCRIPTION_OFFER_CODE_REDEMPTION,
        _T.WIN_BACK_ELIGIBILITY,
    }
)
"""Q12: omitting the date gives 404 "no sales" for these types instead of the latest report."""

_DATE_FORMATS = {
    _F.DAILY: ("YYYY-MM-DD", "%Y-%m-%d", re.compile(r"\d{4}-\d{2}-\d{2}")),
    _F.WEEKLY: ("YYYY-MM-DD", "%Y-%m-%d", re.compile(r"\d{4}-\d{2}-\d{2}")),
    _F.MONTHLY: ("YYYY-MM", "%Y-%m", re.compile(r"\d{4}-\d{2}")),
    _F.YEARLY: ("YYYY", "%Y", re.compile(r"\d{4}")),
}

FINANCE_DETAIL_REGION = "Z1"
"""Q12: the FINANCE_DETAIL report exists only for region `Z1`."""
CONSOLIDATED_REGION = "ZZ"
"""All regions in one FINANCIAL report."""
_REGION = re.compile(r"[A-Z0-9]{2}")


@dataclass(frozen=True)
class SalesReportQuery:
    """A validated `GET /v1/salesReports` request; `params()` gives its query string."""

    vendor_number: str
    report_type: SalesReportType
    report_sub_type: SalesReportSubType
    frequency: Frequency
    version: str
    report_date: str | None = None

    def params(self) -> dict[str, str]:
        """The query parameters, as Apple names them."""
        params = {
            "filter[vendorNumber]": self.vendor_number,
            "filter[reportType]": self.report_type.value,
            "filter[reportSubType]": self.report_sub_type.value,
            "filter[frequency]": self.frequency.value,
            "filter[version]": self.version,
        }
        if self.report_date is not None:
            params["filter[reportDate]"] = self.report_date
        return params


@dataclass(frozen=True)
class FinanceReportQuery:
    """A validated `GET /v1/financeReports` request; `params()` gives its query string."""

    vendor_number: str
    report_type: FinanceReportType
    region_code: str
    report_date: str

    def params(self) -> dict[str, str]:
        """The query parameters, as Apple names them."""
        return {
            "filter[vendorNumber]": self.vendor_number,
            "filter[reportType]": self.report_type.value,
            "filter[regionCode]": self.region_code,
            "filter[reportDate]": self.report_date,
        }


_E = TypeVar("_E", bound=StrEnum)
_K = TypeVar("_K")


def _names(values: Iterable[object]) -> str:
    return ", ".join(str(value) for value in values)


def _choose(kind: type[_E], value: _E | str, what: str) -> _E:
    try:
        return kind(value)
    except ValueError:
        raise ReportArgumentError(f"{what} {value!r} is not one of {_names(kind)}") from None


def _default_or_fail(options: Mapping[_K, object], given: _K | None, what: str, context: str) -> _K:
    """The given option if valid, else the only option, else an error naming the valid ones."""
    if given is None:
        if len(options) == 1:
            return next(iter(options))
        raise ReportArgumentError(f"{context} need {what}: one of {_names(options)}")
    if given not in options:
        raise ReportArgumentError(f"{context} do not take {what} {given}; valid: {_names(options)}")
    return given


def _vendor(vendor_number: str | int) -> str:
    text = str(vendor_number).strip()
    if not text.isdigit():
        raise ReportArgumentError(
            f"vendor_number {vendor_number!r} is not a vendor number: copy the digits shown under your "
            "legal entity name in App Store Connect > Payments and Financial Reports (e.g. '85123456')"
        )
    return text


def _report_date(value: dt.date | str, frequency: Frequency) -> str:
    shape, fmt, pattern = _DATE_FORMATS[frequency]
    if isinstance(value, dt.date):
        return value.strftime(fmt)
    try:
        if pattern.fullmatch(value):
            dt.datetime.strptime(value, fmt)
            return value
    except ValueError:
        pass
    raise ReportArgumentError(
        f"{frequency} reports take report_date as {shape} (or a datetime.date), got {value!r}"
    )


class SalesReportArguments(TypedDict, total=False):
    """The keyword arguments naming a sales report (`sales_report_query`, `sales_report`)."""

    vendor_number: Required[str | int]
    report_type: Required[SalesReportType | str]
    report_sub_type: SalesReportSubType | str | None
    frequency: Frequency | str | None
    report_date: dt.date | str | None
    version: str | None


class FinanceReportArguments(TypedDict, total=False):
    """The keyword arguments naming a finance report (`finance_report_query`, `finance_report`)."""

    vendor_number: Required[str | int]
    report_date: Required[dt.date | str]
    report_type: FinanceReportType | str
    region_code: str | None


def _check_names(
    arguments: Mapping[str, object], what: str, required: frozenset[str], optional: frozenset[str]
) -> None:
    """Typed callers are checked by mypy; this catches a misspelt keyword that would silently be ignored."""
    unknown = sorted(set(arguments) - required - optional)
    missing = sorted(required - set(arguments))
    if unknown or missing:
        problem = f"unknown argument {', '.join(unknown)}" if unknown else f"missing {', '.join(missing)}"
        raise ReportArgumentError(f"{problem}: a {what} takes {', '.join(sorted(required | optional))}")


def sales_report_query(**arguments: Unpack[SalesReportArguments]) -> SalesReportQuery:
    """Validate sales report arguments and fill the per-type defaults (sub type, frequency, version).

    Omitted values default to the only valid choice, DAILY when it is valid, and the newest
    known version. `report_date` is `YYYY-MM-DD` (DAILY, WEEKLY), `YYYY-MM` (MONTHLY) or
    `YYYY` (YEARLY); a `datetime.date` is formatted for you. Without a date Apple sends its
    latest report, which the subscription family does not support (Q12).
    """
    _check_names(
        arguments,
        "sales report",
        SalesReportArguments.__required_keys__,
        SalesReportArguments.__optional_keys__,
    )
    report_sub_type = arguments.get("report_sub_type")
    frequency = arguments.get("frequency")
    report_date = arguments.get("report_date")
    version = arguments.get("version")
    kind = _choose(SalesReportType, arguments["report_type"], "report_type")
    sub_types = _COMBINATIONS[kind]
    sub_type = _default_or_fail(
        sub_types,
        None if report_sub_type is None else _choose(SalesReportSubType, report_sub_type, "report_sub_type"),
        "report_sub_type",
        f"{kind} reports",
    )
    frequencies = sub_types[sub_type]
    chosen_frequency = None if frequency is None else _choose(Frequency, frequency, "frequency")
    if chosen_frequency is None and Frequency.DAILY in frequencies:
        chosen_frequency = Frequency.DAILY
    context = f"{kind} {sub_type} reports"
    chosen_frequency = _default_or_fail(frequencies, chosen_frequency, "frequency", context)
    versions = frequencies[chosen_frequency]
    if version is None:
        version = versions[-1]
    elif version not in versions:
        raise ReportArgumentError(
            f"{context} at {chosen_frequency} frequency come in version {_names(versions)}, not {version!r}"
        )
    if report_date is None and kind in _NEEDS_DATE:
        raise ReportArgumentError(
            f"{kind} reports need a report_date: Apple has no 'latest' default for them "
            "and answers 'no sales' without one (Q12)"
        )
    return SalesReportQuery(
        vendor_number=_vendor(arguments["vendor_number"]),
        report_type=kind,
        report_sub_type=sub_type,
        frequency=chosen_frequency,
        version=version,
        report_date=None if report_date is None else _report_date(report_date, chosen_frequency),
    )


def finance_report_query(**arguments: Unpack[FinanceReportArguments]) -> FinanceReportQuery:
    """Validate finance report arguments: `report_date` is an Apple fiscal month, `YYYY-MM`.

    `report_type` defaults to FINANCIAL; `region_code` defaults to `ZZ` (all regions,
    consolidated) for FINANCIAL and must be `Z1` for FINANCE_DETAIL (Q12).
    """
    _check_names(
        arguments,
        "finance report",
        FinanceReportArguments.__required_keys__,
        FinanceReportArguments.__optional_keys__,
    )
    region_code = arguments.get("region_code")
    kind = _choose(
        FinanceReportType, arguments.get("report_type", FinanceReportType.FINANCIAL), "report_type"
    )
    if kind is FinanceReportType.FINANCE_DETAIL:
        region = region_code or FINANCE_DETAIL_REGION
        if region != FINANCE_DETAIL_REGION:
            raise ReportArgumentError(
                f"FINANCE_DETAIL reports exist only for region_code {FINANCE_DETAIL_REGION!r}, "
                f"not {region!r} (Q12)"
            )
    else:
        region = region_code or CONSOLIDATED_REGION
        if not _REGION.fullmatch(region) or region == FINANCE_DETAIL_REGION:
            raise ReportArgumentError(
                f"region_code {region!r} is not a FINANCIAL report region: use a two-letter code "
                "from Apple's 'Financial report regions and currencies' (e.g. 'US', 'EU', 'JP') "
                f"or {CONSOLIDATED_REGION!r} for all regions; {FINANCE_DETAIL_REGION!r} is for FINANCE_DETAIL"
            )
    return FinanceReportQuery(
        vendor_number=_vendor(arguments["vendor_number"]),
        report_type=kind,
        region_code=region,
        report_date=_report_date(arguments["report_date"], Frequency.MONTHLY),
    )
