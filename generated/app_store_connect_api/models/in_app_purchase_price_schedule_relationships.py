from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.in_app_purchase_price_schedule_relationships_automatic_prices import (
        InAppPurchasePriceScheduleRelationshipsAutomaticPrices,
    )
    from ..models.in_app_purchase_price_schedule_relationships_base_territory import (
        InAppPurchasePriceScheduleRelationshipsBaseTerritory,
    )
    from ..models.in_app_purchase_price_schedule_relationships_manual_prices import (
        InAppPurchasePriceScheduleRelationshipsManualPrices,
    )


T = TypeVar("T", bound="InAppPurchasePriceScheduleRelationships")
_KNOWN_KEYS = frozenset(
    {
        "automaticPrices",
        "baseTerritory",
        "manualPrices",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        InAppPurchasePriceScheduleRelationshipsAutomaticPrices, \
        InAppPurchasePriceScheduleRelationshipsBaseTerritory, \
        InAppPurchasePriceScheduleRelationshipsManualPrices
    from ..models.in_app_purchase_price_schedule_relationships_automatic_prices import (
        InAppPurchasePriceScheduleRelationshipsAutomaticPrices,
    )
    from ..models.in_app_purchase_price_schedule_relationships_base_territory import (
        InAppPurchasePriceScheduleRelationshipsBaseTerritory,
    )
    from ..models.in_app_purchase_price_schedule_relationships_manual_prices import (
        InAppPurchasePriceScheduleRelationshipsManualPrices,
    )

    _LAZY_IMPORTS_DONE = True


def _read_automatic_prices(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_automatic_prices = src_dict.get("automaticPrices")
    if _raw_automatic_prices is None:
        automatic_prices = None
    else:
        automatic_prices = InAppPurchasePriceScheduleRelationshipsAutomaticPrices.from_dict(
            _raw_automatic_prices
        )

    return automatic_prices


def _read_base_territory(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_base_territory = src_dict.get("baseTerritory")
    if _raw_base_territory is None:
        base_territory = None
    else:
        base_territory = InAppPurchasePriceScheduleRelationshipsBaseTerritory.from_dict(_raw_base_territory)

    return base_territory


def _read_manual_prices(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_manual_prices = src_dict.get("manualPrices")
    if _raw_manual_prices is None:
        manual_prices = None
    else:
        manual_prices = InAppPurchasePriceScheduleRelationshipsManualPrices.from_dict(_raw_manual_prices)

    return manual_prices


_READERS: dict[str, Any] = {
    "automatic_prices": _read_automatic_prices,
    "base_territory": _read_base_territory,
    "manual_prices": _read_manual_prices,
}


@_attrs_define(repr=False)
class InAppPurchasePriceScheduleRelationships:
    """
    Attributes:
        automatic_prices (InAppPurchasePriceScheduleRelationshipsAutomaticPrices | Unset):
        base_territory (InAppPurchasePriceScheduleRelationshipsBaseTerritory | Unset):
        manual_prices (InAppPurchasePriceScheduleRelationshipsManualPrices | Unset):
    """

    automatic_prices: InAppPurchasePriceScheduleRelationshipsAutomaticPrices | None = None
    base_territory: InAppPurchasePriceScheduleRelationshipsBaseTerritory | None = None
    manual_prices: InAppPurchasePriceScheduleRelationshipsManualPrices | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        automatic_prices: Any = None
        if self.automatic_prices is not None:
            automatic_prices = self.automatic_prices.to_dict()

        base_territory: Any = None
        if self.base_territory is not None:
            base_territory = self.base_territory.to_dict()

        manual_prices: Any = None
        if self.manual_prices is not None:
            manual_prices = self.manual_prices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if automatic_prices is not None:
            field_dict["automaticPrices"] = automatic_prices
        if base_territory is not None:
            field_dict["baseTerritory"] = base_territory
        if manual_prices is not None:
            field_dict["manualPrices"] = manual_prices
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # automatic_prices, base_territory, manual_prices: read on first access
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
