from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

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


def _read_automatic_prices(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_automatic_prices = d.pop("automaticPrices", None)
    if _raw_automatic_prices is None:
        automatic_prices = None
    else:
        automatic_prices = InAppPurchasePriceScheduleRelationshipsAutomaticPrices.from_dict(
            _raw_automatic_prices
        )

    return automatic_prices


def _read_base_territory(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_base_territory = d.pop("baseTerritory", None)
    if _raw_base_territory is None:
        base_territory = None
    else:
        base_territory = InAppPurchasePriceScheduleRelationshipsBaseTerritory.from_dict(_raw_base_territory)

    return base_territory


def _read_manual_prices(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_manual_prices = d.pop("manualPrices", None)
    if _raw_manual_prices is None:
        manual_prices = None
    else:
        manual_prices = InAppPurchasePriceScheduleRelationshipsManualPrices.from_dict(_raw_manual_prices)

    return manual_prices


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "automaticPrices",
        "baseTerritory",
        "manualPrices",
    }
)
_READERS: dict[str, Any] = {
    "automatic_prices": _read_automatic_prices,
    "base_territory": _read_base_territory,
    "manual_prices": _read_manual_prices,
    "additional_properties": _read_additional_properties,
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
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

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
        in_app_purchase_price_schedule_relationships = cls.__new__(cls)
        in_app_purchase_price_schedule_relationships._document = dict(
            src_dict
        )  # each field is read on first access
        return in_app_purchase_price_schedule_relationships

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
