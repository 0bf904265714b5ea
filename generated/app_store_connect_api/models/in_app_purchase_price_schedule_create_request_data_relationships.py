from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.in_app_purchase_price_schedule_create_request_data_relationships_base_territory import (
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritory,
    )
    from ..models.in_app_purchase_price_schedule_create_request_data_relationships_in_app_purchase import (
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchase,
    )
    from ..models.in_app_purchase_price_schedule_create_request_data_relationships_manual_prices import (
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPrices,
    )


T = TypeVar("T", bound="InAppPurchasePriceScheduleCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "baseTerritory",
        "inAppPurchase",
        "manualPrices",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritory, \
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchase, \
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPrices
    from ..models.in_app_purchase_price_schedule_create_request_data_relationships_base_territory import (
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritory,
    )
    from ..models.in_app_purchase_price_schedule_create_request_data_relationships_in_app_purchase import (
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchase,
    )
    from ..models.in_app_purchase_price_schedule_create_request_data_relationships_manual_prices import (
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPrices,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class InAppPurchasePriceScheduleCreateRequestDataRelationships:
    """
    Attributes:
        base_territory (InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritory):
        in_app_purchase (InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchase):
        manual_prices (InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPrices):
    """

    base_territory: InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritory
    in_app_purchase: InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchase
    manual_prices: InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPrices
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        base_territory = self.base_territory.to_dict()

        in_app_purchase = self.in_app_purchase.to_dict()

        manual_prices = self.manual_prices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["baseTerritory"] = base_territory
        field_dict["inAppPurchase"] = in_app_purchase
        field_dict["manualPrices"] = manual_prices
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        base_territory = InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritory.from_dict(
            src_dict["baseTerritory"]
        )

        in_app_purchase = InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchase.from_dict(
            src_dict["inAppPurchase"]
        )

        manual_prices = InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPrices.from_dict(
            src_dict["manualPrices"]
        )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.base_territory = base_territory
        _model.in_app_purchase = in_app_purchase
        _model.manual_prices = manual_prices
        _extra = {} if src_dict.keys() <= _KNOWN_KEYS else extra_properties(src_dict, _KNOWN_KEYS)
        _model.additional_properties = _extra
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
