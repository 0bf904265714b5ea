"""The ConsumptionRequest builder refuses what Apple would refuse, before sending (Apple's
"ConsumptionRequest", "consumptionPercentage" and "refundPreference" pages)."""

from __future__ import annotations

import pytest
from appstoreserverlibrary.models.DeliveryStatus import DeliveryStatus
from appstoreserverlibrary.models.RefundPreference import RefundPreference

from app_store_connect import ConfigurationError
from app_store_connect.server import AsyncServerClient, Consumption, InvalidConsumptionError, ServerClient
from app_store_connect.server.sandbox import ServerSandbox


def _consumption(**changes: object) -> Consumption:
    fields: dict[str, object] = {
        "customer_consented": True,
        "delivery_status": "DELIVERED",
        "sample_content_provided": True,
    }
    return Consumption(**{**fields, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"customer_consented": False}, "customer_consented must be True"),
        ({"delivery_status": "LOST"}, "delivery_status 'LOST' is not one of Apple's values: DELIVERED, "),
        ({"sample_content_provided": "yes"}, "sample_content_provided must be True or False"),
        ({"consumption_percentage": 100_001}, "outside 0..100000"),
        ({"consumption_percentage": 50.5}, "must be an integer of milliunits"),
        ({"consumption_percentage": True}, "must be an integer of milliunits"),
        (
            {"delivery_status": "UNDELIVERED_OTHER", "consumption_percentage": 10},
            "must be 0 when delivery_status",
        ),
        ({"product_type": "AUTO_RENEWABLE", "consumption_percentage": 0}, "auto-renewable subscription"),
        ({"refund_preference": "GRANT_PRORATED"}, "GRANT_PRORATED needs a consumption_percentage"),
        ({"refund_preference": "GRANT_PRORATED", "consumption_percentage": 100_000}, "strictly between"),
        ({"refund_preference": "MAYBE"}, "refund_preference 'MAYBE' is not one of Apple's values"),
        ({"product_type": "SUBSCRIPTION"}, "product_type 'SUBSCRIPTION'"),
    ],
)
def test_each_rule_is_checked_before_sending(changes: dict[str, object], problem: str) -> None:
    with pytest.raises(InvalidConsumptionError, match="not sent") as caught:
        _consumption(**changes).to_request()
    assert problem in str(caught.value)
    assert isinstance(caught.value, ConfigurationError)


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"consumption_percentage": 0, "delivery_status": "UNDELIVERED_SERVER_OUTAGE"},
        {"refund_preference": "GRANT_PRORATED", "consumption_percentage": 67_932},
        {"refund_preference": RefundPreference.GRANT_PRORATED, "product_type": "AUTO_RENEWABLE"},
        {"delivery_status": DeliveryStatus.DELIVERED, "consumption_percentage": 100_000},
    ],
)
def test_what_apple_allows_is_built(changes: dict[str, object]) -> None:
    assert _consumption(**changes).problems() == []
    request = _consumption(**changes).to_request()
    assert request.customerConsented is True
    assert request.rawDeliveryStatus in {status.value for status in DeliveryStatus}


def test_every_problem_is_listed_at_once() -> None:
    problems = _consumption(
        customer_consented=False, delivery_status="?", consumption_percentage=-1
    ).problems()
    assert len(problems) == 3


def test_the_request_goes_once_with_apples_field_names(client: ServerClient, stand_in: ServerSandbox) -> None:
    transaction_id = stand_in.transaction_ids("sandbox")[3]
    info = _consumption(
        consumption_percentage=25_000, refund_preference="GRANT_PRORATED", sample_content_provided=False
    )
    client.send_consumption(transaction_id, info)
    assert stand_in.consumption[transaction_id] == {
        "customerConsented": True,
        "sampleContentProvided": False,
        "deliveryStatus": "DELIVERED",
        "consumptionPercentage": 25_000,
        "refundPreference": "GRANT_PRORATED",
    }
    assert [r.path for r in stand_in.requests if r.method == "PUT"] == [
        f"/inApps/v2/transactions/consumption/{transaction_id}"
    ]


def test_an_invalid_request_sends_nothing(client: ServerClient, stand_in: ServerSandbox) -> None:
    with pytest.raises(InvalidConsumptionError):
        client.send_consumption(
            stand_in.transaction_ids("sandbox")[0], _consumption(customer_consented=False)
        )
    assert stand_in.requests == []


@pytest.mark.anyio
async def test_async_send(async_client: AsyncServerClient, stand_in: ServerSandbox) -> None:
    transaction_id = stand_in.transaction_ids("sandbox")[1]
    await async_client.send_consumption(transaction_id, _consumption())
    assert stand_in.consumption[transaction_id]["deliveryStatus"] == "DELIVERED"
