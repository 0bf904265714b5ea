"""Key roles: a team key registered with App Store Connect roles gets Apple's refusals (403, and the 405
users report for analytics report requests, Q10)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sandbox_support import authorized

from app_store_connect.sandbox import Sandbox


@pytest.fixture(scope="module")
def shared() -> Iterator[Sandbox]:
    with Sandbox(fast=True) as running:
        yield running


def client_with_roles(sandbox: Sandbox, *roles: str) -> httpx.Client:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    key_id = f"ROLE{'_'.join(roles)}"[:10]
    sandbox.register_key(key_id, pem, roles=roles)
    return authorized(sandbox, key_pem=pem, kid=key_id)


def report_request(app: str) -> dict[str, object]:
    return {
        "data": {
            "type": "analyticsReportRequests",
            "attributes": {"accessType": "ONE_TIME_SNAPSHOT"},
            "relationships": {"app": {"data": {"type": "apps", "id": app}}},
        }
    }


FINANCE_PARAMS = {
    "filter[vendorNumber]": "",
    "filter[regionCode]": "ZZ",
    "filter[reportType]": "FINANCIAL",
    "filter[reportDate]": "2024-02",
}


def test_a_developer_key_cannot_read_finance_or_sales_reports(shared: Sandbox) -> None:
    params = {**FINANCE_PARAMS, "filter[vendorNumber]": shared.vendor_number}
    with client_with_roles(shared, "DEVELOPER") as developer, client_with_roles(shared, "FINANCE") as finance:
        refused = developer.get("/v1/financeReports", params=params)
        assert refused.status_code == 403
        assert refused.json()["errors"][0]["code"] == "FORBIDDEN_ERROR"
        assert developer.get("/v1/salesReports").status_code == 403
        assert developer.get(f"/v1/apps/{shared.app_ids[0]}/analyticsReportRequests").status_code == 403
        assert finance.get("/v1/financeReports", params=params).status_code == 200
        assert developer.get("/v1/apps").status_code == 200


def test_analytics_report_requests_need_an_admin_key(shared: Sandbox) -> None:
    body = report_request(shared.app_ids[1])
    with client_with_roles(shared, "SALES") as sales, client_with_roles(shared, "DEVELOPER") as developer:
        not_allowed = sales.post("/v1/analyticsReportRequests", json=body)  # Q10: the 405 users report
        assert not_allowed.status_code == 405
        assert not_allowed.json()["errors"][0]["code"] == "METHOD_NOT_ALLOWED"
        assert developer.post("/v1/analyticsReportRequests", json=body).status_code == 403
    with authorized(shared) as admin:
        assert admin.post("/v1/analyticsReportRequests", json=body).status_code == 201


def test_writes_follow_the_role(shared: Sandbox) -> None:
    app = shared.app_ids[2]
    group = {
        "data": {
            "type": "betaGroups",
            "attributes": {"name": "QA"},
            "relationships": {"app": {"data": {"type": "apps", "id": app}}},
        }
    }
    rename = {"data": {"type": "apps", "id": app, "attributes": {"primaryLocale": "fr-FR"}}}
    with (
        client_with_roles(shared, "DEVELOPER") as developer,
        client_with_roles(shared, "APP_MANAGER") as manager,
    ):
        assert developer.post("/v1/betaGroups", json=group).status_code == 201
        assert developer.patch(f"/v1/apps/{app}", json=rename).status_code == 403
        assert manager.patch(f"/v1/apps/{app}", json=rename).status_code == 200
        invitation = {"data": {"type": "userInvitations", "attributes": {}}}
        assert manager.post("/v1/userInvitations", json=invitation).status_code == 403
    with client_with_roles(shared, "MARKETING") as marketing:
        assert marketing.post("/v1/betaGroups", json=group).status_code == 403


def test_an_unknown_role_is_refused_at_registration(shared: Sandbox) -> None:
    with pytest.raises(ValueError, match="unknown role"):
        shared.register_key("X", shared.private_key_pem, roles=("OWNER",))
