"""Financial reports: `GET /v1/financeReports` answers gzip TSV (`application/a-gzip`) like Apple (Q12).

One report per fiscal month (taken here as the calendar month) and region: `ZZ` is every region at
once, a region code just its markets, and FINANCE_DETAIL exists only for region `Z1` (it is served in
the FINANCIAL columns). Only in-app purchases earn proceeds, so a free app has no rows. The file ends
with `Total_Rows`, `Total_Amount` and `Total_Units` lines; blanks are empty, as in Apple's files.
"""

from __future__ import annotations

import re
from datetime import date

from ._context import Context
from ._http import Request, Response, parameter_invalid
from ._routing import Router
from ._sales import (
    FREE_APP,
    MARKETS,
    Market,
    available_period,
    check_choice,
    gzip_tsv,
    products,
    report_filters,
    units,
)
from ._store import Resource

FINANCE_COLUMNS = (
    "Start Date",
    "End Date",
    "UPC",
    "ISRC/ISBN",
    "Vendor Identifier",
    "Quantity",
    "Partner Share",
    "Extended Partner Share",
    "Partner Share Currency",
    "Sales or Return",
    "Apple Identifier",
    "Artist/Show/Developer/Author",
    "Title",
    "Label/Studio/Network/Developer/Publisher",
    "Grid",
    "Product Type Identifier",
    "ISAN/Other Identifier",
    "Country Of Sale",
    "Pre-order Flag",
    "Promo Code",
    "Customer Price",
    "Customer Currency",
)
FINANCE_REPORT_TYPES = ("FINANCIAL", "FINANCE_DETAIL")
ALL_REGIONS = "ZZ"
DETAIL_REGION = "Z1"
REGIONS = {"US": "US", "GB": "GB", "DE": "EU", "JP": "JP"}
"""The financial report region of each sandbox market's country."""
_FILTERS = ("vendorNumber", "regionCode", "reportType", "reportDate")


class Finance:
    """The financial reports of an account with vendor number `vendor_number`."""

    def __init__(self, vendor_number: str) -> None:
        self.vendor_number = vendor_number

    def install(self, router: Router) -> None:
        """Add `GET /v1/financeReports`."""
        router.add("GET", "/v1/financeReports", self._finance_reports)

    def _finance_reports(self, context: Context, request: Request, params: dict[str, str]) -> Response:
        filters = report_filters(request, self.vendor_number, _FILTERS, required=_FILTERS)
        check_choice("reportType", filters["reportType"], FINANCE_REPORT_TYPES)
        region = _region(filters["reportType"], filters["regionCode"])
        begin, end = available_period(context, "MONTHLY", filters["reportDate"])
        markets = [market for market in MARKETS if region in (ALL_REGIONS, DETAIL_REGION, REGIONS[market[0]])]
        rows = [row for app in context.store.all("apps") for row in _rows(context, app, markets, begin, end)]
        return gzip_tsv(FINANCE_COLUMNS, rows, _trailer(rows))


def _region(report_type: str, region: str) -> str:
    """The region asked for: Z1 exactly for FINANCE_DETAIL, else a two-letter code such as ZZ, US or EU."""
    wants_detail = report_type == "FINANCE_DETAIL"
    if wants_detail != (region == DETAIL_REGION) or not re.fullmatch(r"[A-Z0-9]{2}", region):
        needed = f"'{DETAIL_REGION}'" if wants_detail else f"a region code other than '{DETAIL_REGION}'"
        detail = f"The region code '{region}' is invalid; {report_type} reports take {needed}."
        raise parameter_invalid("filter[regionCode]", detail)
    return region


def _rows(context: Context, app: Resource, markets: list[Market], begin: date, end: date) -> list[list[str]]:
    """One row per in-app purchase and market of `markets` that sold in the month."""
    rows = []
    for product, kind, _parent in products(context, app):
        if kind == FREE_APP:
            continue
        for country, currency, price, proceeds in markets:
            sold = units(context, product, country, begin, end)
            if sold == 0:
                continue
            rows.append(
                [
                    f"{begin:%m/%d/%Y}",
                    f"{end:%m/%d/%Y}",
                    "",
                    "",
                    product.attributes["productId"],
                    str(sold),
                    f"{proceeds:.2f}",
                    f"{sold * proceeds:.2f}",
                    currency,
                    "S",
                    product.id,
                    "Example Labs",
                    product.attributes["name"],
                    "",
                    "",
                    kind,
                    "",
                    country,
                    "",
                    "",
                    f"{price:.2f}",
                    currency,
                ]
            )
    return rows


def _trailer(rows: list[list[str]]) -> tuple[str, ...]:
    quantity = FINANCE_COLUMNS.index("Quantity")
    extended = FINANCE_COLUMNS.index("Extended Partner Share")
    return (
        f"Total_Rows\t{len(rows)}",
        f"Total_Amount\t{sum(float(row[extended]) for row in rows):.2f}",
        f"Total_Units\t{sum(int(row[quantity]) for row in rows)}",
    )
