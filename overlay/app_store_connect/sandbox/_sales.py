"""Sales and Trends reports: `GET /v1/salesReports` answers gzip TSV (`application/a-gzip`) like Apple (Q12).

Only the SALES SUMMARY report has rows; other valid report kinds answer "no sales". Blanks are a single
space and Developer Proceeds is per unit, as in Apple's files.
"""

from __future__ import annotations

import gzip
import re
from datetime import date, timedelta

from ._context import Context
from ._http import (
    ApiError,
    Request,
    Response,
    forbidden,
    parameter_illegal,
    parameter_invalid,
    parameter_required,
)
from ._routing import Router
from ._seed import ACCOUNT_START, stable_int
from ._store import Resource

SALES_COLUMNS = (
    "Provider",
    "Provider Country",
    "SKU",
    "Developer",
    "Title",
    "Version",
    "Product Type Identifier",
    "Units",
    "Developer Proceeds",
    "Begin Date",
    "End Date",
    "Customer Currency",
    "Country Code",
    "Currency of Proceeds",
    "Apple Identifier",
    "Customer Price",
    "Promo Code",
    "Parent Identifier",
    "Subscription",
    "Period",
    "Category",
    "CMB",
    "Device",
    "Supported Platforms",
    "Proceeds Reason",
    "Preserved Pricing",
    "Client",
    "Order Type",
)
REPORT_TYPES = (
    "SALES",
    "PRE_ORDER",
    "NEWSSTAND",
    "SUBSCRIPTION",
    "SUBSCRIPTION_EVENT",
    "SUBSCRIBER",
    "SUBSCRIPTION_OFFER_CODE_REDEMPTION",
    "INSTALLS",
    "FIRST_ANNUAL",
    "WIN_BACK_ELIGIBILITY",
)
REPORT_SUB_TYPES = ("SUMMARY", "DETAILED", "SUMMARY_INSTALL_TYPE", "SUMMARY_TERRITORY", "SUMMARY_CHANNEL")
SALES_VERSIONS = ("1_0", "1_1")
NO_SALES = "There were no sales for the date specified."
_DATE_FORMATS = {
    "DAILY": (r"\d{4}-\d{2}-\d{2}", "YYYY-MM-DD"),
    "WEEKLY": (r"\d{4}-\d{2}-\d{2}", "YYYY-MM-DD"),
    "MONTHLY": (r"\d{4}-\d{2}", "YYYY-MM"),
    "YEARLY": (r"\d{4}", "YYYY"),
}
_FILTERS = ("vendorNumber", "reportType", "reportSubType", "frequency", "reportDate", "version")
_MARKETS = (
    ("US", "USD", 0.99, 0.70),
    ("GB", "GBP", 0.99, 0.66),
    ("DE", "EUR", 1.09, 0.76),
    ("JP", "JPY", 160, 112),
)


class Sales:
    """The sales reports of an account with vendor number `vendor_number`."""

    def __init__(self, vendor_number: str) -> None:
        self.vendor_number = vendor_number

    def install(self, router: Router) -> None:
        """Add `GET /v1/salesReports`."""
        router.add("GET", "/v1/salesReports", self._sales_reports)

    def _sales_reports(self, context: Context, request: Request, params: dict[str, str]) -> Response:
        if request.principal is not None and request.principal.individual:
            raise forbidden()  # Auth facts: individual keys cannot use sales and finance reports
        filters = _filters(request)
        if filters["vendorNumber"] != self.vendor_number:
            raise parameter_invalid(
                "filter[vendorNumber]", "The vendor number you have specified is invalid."
            )
        _check_choice("reportType", filters["reportType"], REPORT_TYPES)
        _check_choice("reportSubType", filters["reportSubType"], REPORT_SUB_TYPES)
        frequency = filters["frequency"]
        _check_choice("frequency", frequency, tuple(_DATE_FORMATS))
        if (filters["reportType"], filters["reportSubType"]) != ("SALES", "SUMMARY"):
            raise _no_sales()
        version = filters.get("version", SALES_VERSIONS[0])
        if version not in SALES_VERSIONS:
            raise parameter_invalid(
                "filter[version]",
                "The version parameter you have specified is invalid. "
                f"The latest version for this report is {SALES_VERSIONS[-1]}.",
            )
        yesterday = context.clock.today() - timedelta(days=1)
        begin, end = _period(frequency, filters.get("reportDate"), yesterday)
        if begin < ACCOUNT_START or end > yesterday:
            raise _no_sales()
        apps = context.store.all("apps")
        rows = [row for app in apps for row in _rows(context, app, begin, end)]
        if not rows:
            raise _no_sales()
        lines = ["\t".join(SALES_COLUMNS), *("\t".join(row) for row in rows)]
        return Response(200, gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0), "application/a-gzip")


def _filters(request: Request) -> dict[str, str]:
    filters: dict[str, str] = {}
    for name, value in request.params:
        key = name.removeprefix("filter[").removesuffix("]")
        if name != f"filter[{key}]" or key not in _FILTERS:
            raise parameter_illegal(name)
        filters[key] = value
    for key in _FILTERS[:4]:
        if not filters.get(key):
            raise parameter_required(f"filter[{key}]")
    return filters


def _check_choice(key: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise parameter_invalid(f"filter[{key}]", f"'{value}' is not a valid value for 'filter[{key}]'")


def _period(frequency: str, report_date: str | None, yesterday: date) -> tuple[date, date]:
    """The first and last day a report covers; without a date, the latest complete period."""
    pattern, shape = _DATE_FORMATS[frequency]
    if report_date is None:
        day = yesterday if frequency == "DAILY" else _period_start(frequency, yesterday) - timedelta(days=1)
    elif not re.fullmatch(pattern, report_date):
        raise parameter_invalid(
            "filter[reportDate]",
            f"The report date '{report_date}' is invalid; {frequency} reports take {shape}.",
        )
    else:
        try:
            day = date.fromisoformat(report_date + {"MONTHLY": "-01", "YEARLY": "-01-01"}.get(frequency, ""))
        except ValueError:
            raise parameter_invalid(
                "filter[reportDate]", f"The report date '{report_date}' is invalid."
            ) from None
    start = _period_start(frequency, day)
    if frequency == "DAILY":
        return start, start
    if frequency == "WEEKLY":
        return start, start + timedelta(days=6)
    if frequency == "MONTHLY":
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, following - timedelta(days=1)
    return start, date(start.year, 12, 31)


def _period_start(frequency: str, day: date) -> date:
    if frequency == "WEEKLY":
        return day - timedelta(days=day.weekday())  # weeks run Monday to Sunday
    if frequency == "MONTHLY":
        return day.replace(day=1)
    if frequency == "YEARLY":
        return day.replace(month=1, day=1)
    return day


def _rows(context: Context, app: Resource, begin: date, end: date) -> list[list[str]]:
    """One row per product and market that sold in the period; units are deterministic per day."""
    products = [(app, "1F", "")] + [
        (iap, "IA1", app.attributes["sku"]) for iap in context.store.where("inAppPurchases", app=app.id)[:3]
    ]
    days = (end - begin).days + 1
    rows = []
    for product, kind, parent in products:
        for country, currency, price, proceeds in _MARKETS:
            units = sum(
                stable_int(context.settings.seed, product.id, country, begin + timedelta(days=offset)) % 7
                for offset in range(days)
            )
            if units == 0:
                continue
            free = kind == "1F"
            title = product.attributes["name"]
            sku = product.attributes.get("sku") or product.attributes["productId"]
            rows.append(
                [
                    "APPLE",
                    "US",
                    sku,
                    "Example Labs",
                    title,
                    "2.1" if free else " ",
                    kind,
                    str(units),
                    f"{0 if free else proceeds:.2f}",
                    f"{begin:%m/%d/%Y}",
                    f"{end:%m/%d/%Y}",
                    currency,
                    country,
                    currency,
                    product.id,
                    f"{0 if free else price:.2f}",
                    " ",
                    parent or " ",
                    " ",
                    " ",
                    "Navigation",
                    " ",
                    "iPhone",
                    "iOS",
                    " ",
                    " ",
                    " ",
                    " ",
                ]
            )
    return rows


def _no_sales() -> ApiError:
    return ApiError(404, "NOT_FOUND", "The specified resource does not exist", NO_SALES)
