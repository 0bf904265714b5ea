"""`included` resolution: one index per page, one lookup per relationship, models and raw JSON alike."""

from __future__ import annotations

from typing import Any

import pytest

from app_store_connect._included import Included
from app_store_connect._page import Page
from app_store_connect_api.models.in_app_purchase_localization import InAppPurchaseLocalization
from app_store_connect_api.models.in_app_purchases_v2_response import InAppPurchasesV2Response

IAP = "6740000001"


def document() -> dict[str, Any]:
    """An inAppPurchasesV2 page with `include=inAppPurchaseLocalizations,appStoreReviewScreenshot`."""
    return {
        "data": [
            {
                "type": "inAppPurchases",
                "id": IAP,
                "relationships": {
                    "inAppPurchaseLocalizations": {
                        "data": [
                            {"type": "inAppPurchaseLocalizations", "id": "loc-en"},
                            {"type": "inAppPurchaseLocalizations", "id": "loc-fr"},
                            {"type": "inAppPurchaseLocalizations", "id": "loc-de"},  # not included
                        ]
                    },
                    "appStoreReviewScreenshot": {
                        "data": {"type": "inAppPurchaseAppStoreReviewScreenshots", "id": "shot-1"}
                    },
                    "pricePoints": {"links": {"related": "https://example.invalid/pricePoints"}},
                    "winBackOffers": {
                        "data": [{"type": "winBackOffers", "id": "wb-1"}]
                    },  # newer than the spec
                },
            },
            {"type": "inAppPurchases", "id": "6740000002"},
        ],
        "included": [
            {"type": "inAppPurchaseLocalizations", "id": "loc-en", "attributes": {"locale": "en-US"}},
            {"type": "inAppPurchaseLocalizations", "id": "loc-fr", "attributes": {"locale": "fr-FR"}},
            {"type": "inAppPurchaseAppStoreReviewScreenshots", "id": "shot-1", "attributes": {}},
            {"type": "winBackOffers", "id": "wb-1", "attributes": {"referenceName": "Come back"}},
        ],
        "links": {"self": "https://api.appstoreconnect.apple.com/v1/apps/1/inAppPurchasesV2"},
    }


@pytest.fixture(params=["model", "json"])
def page(request: pytest.FixtureRequest) -> Page:
    if request.param == "model":
        return Page.from_model(InAppPurchasesV2Response.from_dict(document()))
    return Page.from_json(document())


def ident(resource: Any) -> str:
    return str(resource["id"] if isinstance(resource, dict) else resource.id)


def test_a_to_many_relationship_gives_the_included_resources_in_linkage_order(page: Page) -> None:
    iap = page.items[0]

    localizations = page.related(iap, "inAppPurchaseLocalizations")

    assert [ident(found) for found in localizations] == ["loc-en", "loc-fr"]  # loc-de was not included


def test_a_to_one_relationship_gives_one_resource(page: Page) -> None:
    assert ident(page.related(page.items[0], "appStoreReviewScreenshot")) == "shot-1"


def test_a_relationship_without_data_or_without_relationships_gives_none(page: Page) -> None:
    assert page.related(page.items[0], "pricePoints") is None
    assert page.related(page.items[1], "appStoreReviewScreenshot") is None


def test_a_relationship_newer_than_the_spec_still_resolves(page: Page) -> None:
    offers = page.related(page.items[0], "winBackOffers")

    assert [ident(offer) for offer in offers] == ["wb-1"]


def test_models_take_the_python_spelling_and_refuse_unknown_names() -> None:
    page = Page.from_model(InAppPurchasesV2Response.from_dict(document()))
    iap = page.items[0]

    localizations = page.related(iap, "in_app_purchase_localizations")

    assert all(isinstance(found, InAppPurchaseLocalization) for found in localizations)
    assert [found.attributes.locale for found in localizations] == ["en-US", "fr-FR"]
    with pytest.raises(KeyError, match="inAppPurchaseLocalisations"):
        page.related(iap, "inAppPurchaseLocalisations")


def test_the_index_is_keyed_by_type_and_id() -> None:
    index = Included([{"type": "a", "id": "1"}, {"type": "b", "id": "1"}, {"id": "no type"}, "junk"])

    assert len(index) == 2
    assert index.get("b", "1") == {"type": "b", "id": "1"}
    assert index.get("c", "1") is None
