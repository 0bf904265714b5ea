"""Sales and Trends reports: `GET /v1/salesReports` answers gzip TSV (`application/a-gzip`) like Apple (Q12).

Only the SALES SUMMARY report has rows; other valid report kinds answer "no sales". Blanks are a single
space and Developer Proceeds is per unit, as in Apple's files. Financial reports (`_finance.py`) share
the filters, periods, products, markets and body helpers.
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
FREE_APP = "1F"
"""Product Type Identifier of a free app: it earns no proceeds."""
NO_SALES = "There were no sales for the date specified."
_DATE_FORMATS = {
    "DAILY": (r"\d{4}-\d{2}-\d{2}", "YYYY-MM-DD"),
    "WEEKLY": (r"\d{4}-\d{2}-\d{2}", "YYYY-MM-DD"),
    "MONTHLY": (r"\d{4}-\d{2}", "YYYY-MM"),
    "YEARLY": (r"\d{4}", "YYYY"),
}
_FILTERS = ("vendorNumber", "reportType", "reportSubType", "frequency", "reportDate", "version")
Market = tuple[str, str, float, float]
"""Country, currency, customer price and developer proceeds per unit."""
MARKETS: tuple[Market, ...] = (
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
        filters = report_filters(request, self.vendor_number, _FILTERS, required=_FILTERS[:4])
        check_choice("reportType", filters["reportType"], REPORT_TYPES)
        check_choice("reportSubType", filters["reportSubType"], REPORT_SUB_TYPES)
        frequency = filters["frequency"]
        check_choice("frequency", frequency, tuple(_DATE_FORMATS))
        if (filters["reportType"], filters["reportSubType"]) != ("SALES", "SUMMARY"):
            raise no_sales()
        version = filters.get("version", SALES_VERSIONS[0])
        if version not in SALES_VERSIONS:
            raise parameter_invalid(
                "filter[version]",
                "The version parameter you have specified is invalid. "
                f"The latest version for this report is {SALES_VERSIONS[-1]}.",
            )
        begin, end = available_period(context, frequency, filters.get("reportDate"))
        rows = [row for app in context.store.all("apps") for row in _rows(context, app, begin, end)]
        return gzip_tsv(SALES_COLUMNS, rows)


def report_filters(
    request: Request, vendor_number: str, names: tuple[str, ...], *, required: tuple[str, ...]
) -> dict[str, str]:
    """The `filter[...]` parameters of a sales or finance report, by name, once the key may read them.

    Individual keys are refused (Auth facts); parameters not in `names`, missing `required` ones and
    another vendor's number are Apple's PARAMETER_ERRORs.
    """
    if request.principal is not None and request.principal.individual:
        raise forbidden()  # Auth facts: individual keys cannot use sales and finance reports
    filters: dict[str, str] = {}
    for name, value in request.params:
        key = name.removeprefix("filter[").removesuffix("]")
        if name != f"filter[{key}]" or key not in names:
            raise parameter_illegal(name)
        filters[key] = value
    for key in required:
        if not filters.get(key):
            raise parameter_required(f"filter[{key}]")
    if filters["vendorNumber"] != vendor_number:
        raise parameter_invalid("filter[vendorNumber]", "The vendor number you have specified is invalid.")
    return filters


def check_choice(key: str, value: str, allowed: tuple[str, ...]) -> None:
    """Refuse `filter[key]` unless its value is one of `allowed`."""
    if value not in allowed:
        raise parameter_invalid(f"filter[{key}]", f"'{value}' is not a valid value for 'filter[{key}]'")


def available_period(context: Context, frequency: str, report_date: str | None) -> tuple[date, date]:
    """The first and last day of the report asked for; "no sales" unless the account had sold by then
    and the period is over."""
    yesterday = context.clock.today() - timedelta(days=1)
    begin, end = _period(frequency, report_date, yesterday)
    if begin < ACCOUNT_START or end > yesterday:
        raise no_sales()
    return begin, end


def gzip_tsv(columns: tuple[str, ...], rows: list[list[str]], trailer: tuple[str, ...] = ()) -> Response:
    """Apple's report body: gzip tab-separated text, header first, `trailer` lines last; no rows: no sales."""
    if not rows:
        raise no_sales()
    lines = ["\t".join(columns), *("\t".join(row) for row in rows), *trailer]
    return Response(200, gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0), "application/a-gzip")


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


def products(context: Context, app: Resource) -> list[tuple[Resource, str, str]]:
    """The app (free) and up to three of its in-app purchases, with product type and parent SKU."""
    return [(app, FREE_APP, "")] + [
        (iap, "IA1", app.attributes["sku"]) for iap in context.store.where("inAppPurchases", app=app.id)[:3]
    ]


def units(context: Context, product: Resource, country: str, begin: date, end: date) -> int:
    """Units of `product` sold in `country` from `begin` to `end`: deterministic per day and seed."""
    return sum(
        stable_int(context.settings.seed, product.id, country, begin + timedelta(days=offset)) % 7
        for offset in range((end - begin).days + 1)
    )


def _rows(context: Context, app: Resource, begin: date, end: date) -> list[list[str]]:
    """One row per product and market that sold in the period."""
    rows = []
    for product, kind, parent in products(context, app):
        for country, currency, price, proceeds in MARKETS:
            sold = units(context, product, country, begin, end)
            if sold == 0:
                continue
            free = kind == FREE_APP
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
                    str(sold),
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


def no_sales() -> ApiError:
    """Apple's 404 for a report without rows (Q12)."""
    return ApiError(404, "NOT_FOUND", "The specified resource does not exist", NO_SALES)
