"""Financial reports (Q12): gzip TSV per fiscal month and region, with `Total_*` trailer lines."""

from __future__ import annotations

import csv
import gzip
import io

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sandbox_support import authorized

from app_store_connect.sandbox import Sandbox

FINANCE_HEADER = (
    "Start Date\tEnd Date\tUPC\tISRC/ISBN\tVendor Identifier\tQuantity\tPartner Share\t"
    "Extended Partner Share\t"
    "Partner Share Currency\tSales or Return\tApple Identifier\tArtist/Show/Developer/Author\tTitle\t"
    "Label/Studio/Network/Developer/Publisher\tGrid\tProduct Type Identifier\tISAN/Other Identifier\t"
    "Country Of Sale\tPre-order Flag\tPromo Code\tCustomer Price\tCustomer Currency"
)


def finance(client: httpx.Client, sandbox: Sandbox, **filters: str) -> httpx.Response:
    params = {
        "filter[vendorNumber]": sandbox.vendor_number,
        "filter[regionCode]": "ZZ",
        "filter[reportType]": "FINANCIAL",
        "filter[reportDate]": "2025-02",
    }
    params.update({f"filter[{name}]": value for name, value in filters.items()})
    return client.get("/v1/financeReports", params=params)


def rows_and_trailer(response: httpx.Response) -> tuple[list[dict[str, str]], list[str]]:
    """The data rows of a finance file and its trailer lines."""
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == "application/a-gzip"
    lines = gzip.decompress(response.content).decode().splitlines()
    assert lines[0] == FINANCE_HEADER
    body = [line for line in lines if not line.startswith("Total_")]
    return list(csv.DictReader(io.StringIO("\n".join(body)), delimiter="\t")), lines[len(body) :]


def test_financial_report_ends_with_totals_of_its_rows(sandbox: Sandbox, client: httpx.Client) -> None:
    rows, trailer = rows_and_trailer(finance(client, sandbox))

    assert rows and {(row["Start Date"], row["End Date"]) for row in rows} == {("02/01/2025", "02/28/2025")}
    assert {row["Product Type Identifier"] for row in rows} == {"IA1"}  # a free app earns nothing
    amount = sum(float(row["Extended Partner Share"]) for row in rows)
    units = sum(int(row["Quantity"]) for row in rows)
    assert trailer == [f"Total_Rows\t{len(rows)}", f"Total_Amount\t{amount:.2f}", f"Total_Units\t{units}"]
    assert all(
        float(row["Extended Partner Share"])
        == pytest.approx(int(row["Quantity"]) * float(row["Partner Share"]))
        for row in rows
    )
    assert finance(client, sandbox).content == finance(client, sandbox).content


def test_a_region_has_its_markets_and_detail_has_all(sandbox: Sandbox, client: httpx.Client) -> None:
    everywhere, _ = rows_and_trailer(finance(client, sandbox))
    europe, _ = rows_and_trailer(finance(client, sandbox, regionCode="EU"))
    detail, _ = rows_and_trailer(finance(client, sandbox, reportType="FINANCE_DETAIL", regionCode="Z1"))

    assert {row["Country Of Sale"] for row in europe} == {"DE"}
    assert europe == [row for row in everywhere if row["Country Of Sale"] == "DE"]
    assert detail == everywhere


@pytest.mark.parametrize(
    "filters",
    [
        {"reportDate": "2023-12"},  # before the account sold anything
        {"reportDate": "2099-01"},  # not over yet
        {"regionCode": "AU"},  # a region without sales
    ],
)
def test_a_month_without_data_answers_404_like_apple(
    sandbox: Sandbox, client: httpx.Client, filters: dict[str, str]
) -> None:
    response = finance(client, sandbox, **filters)

    assert response.status_code == 404
    assert response.json()["errors"][0]["detail"] == "There were no sales for the date specified."


@pytest.mark.parametrize(
    ("filters", "code", "parameter"),
    [
        ({"reportType": "FINANCE_DETAIL"}, "PARAMETER_ERROR.INVALID", "filter[regionCode]"),
        ({"regionCode": "Z1"}, "PARAMETER_ERROR.INVALID", "filter[regionCode]"),
        ({"regionCode": "Europe"}, "PARAMETER_ERROR.INVALID", "filter[regionCode]"),
        ({"reportType": "SALES"}, "PARAMETER_ERROR.INVALID", "filter[reportType]"),
        ({"reportDate": "2025-02-01"}, "PARAMETER_ERROR.INVALID", "filter[reportDate]"),
        ({"reportDate": "2025-13"}, "PARAMETER_ERROR.INVALID", "filter[reportDate]"),
        ({"reportDate": ""}, "PARAMETER_ERROR.REQUIRED", "filter[reportDate]"),
        ({"regionCode": ""}, "PARAMETER_ERROR.REQUIRED", "filter[regionCode]"),
        ({"vendorNumber": "1"}, "PARAMETER_ERROR.INVALID", "filter[vendorNumber]"),
        ({"frequency": "MONTHLY"}, "PARAMETER_ERROR.ILLEGAL", "filter[frequency]"),
    ],
)
def test_finance_parameters_are_validated_like_apple(
    sandbox: Sandbox, client: httpx.Client, filters: dict[str, str], code: str, parameter: str
) -> None:
    response = finance(client, sandbox, **filters)

    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert (error["code"], error["source"]) == (code, {"parameter": parameter})


def test_individual_keys_cannot_read_finance_reports(sandbox: Sandbox) -> None:
    pem = (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        .decode()
    )
    sandbox.register_key("INDIVIDUAL", pem, individual=True)

    with authorized(sandbox, key_pem=pem, kid="INDIVIDUAL", iss=None, sub="user") as individual:
        response = finance(individual, sandbox)

    assert response.status_code == 403
    assert response.json()["errors"][0]["code"] == "FORBIDDEN_ERROR"
