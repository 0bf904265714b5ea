from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.in_app_purchase_price_relationships_in_app_purchase_price_point import (
        InAppPurchasePriceRelationshipsInAppPurchasePricePoint,
    )
    from ..models.in_app_purchase_price_relationships_territory import (
        InAppPurchasePriceRelationshipsTerritory,
    )


T = TypeVar("T", bound="InAppPurchasePriceRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        InAppPurchasePriceRelationshipsInAppPurchasePricePoint, \
        InAppPurchasePriceRelationshipsTerritory
    from ..models.in_app_purchase_price_relationships_in_app_purchase_price_point import (
        InAppPurchasePriceRelationshipsInAppPurchasePricePoint,
    )
    from ..models.in_app_purchase_price_relationships_territory import (
        InAppPurchasePriceRelationshipsTerritory,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class InAppPurchasePriceRelationships:
    """
    Attributes:
        in_app_purchase_price_point (InAppPurchasePriceRelationshipsInAppPurchasePricePoint | Unset):
        territory (InAppPurchasePriceRelationshipsTerritory | Unset):
    """

    in_app_purchase_price_point: InAppPurchasePriceRelationshipsInAppPurchasePricePoint | None = None
    territory: InAppPurchasePriceRelationshipsTerritory | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        in_app_purchase_price_point: Any = None
        if self.in_app_purchase_price_point is not None:
            in_app_purchase_price_point = UNSET
            if not isinstance(self.in_app_purchase_price_point, Unset):
                in_app_purchase_price_point = self.in_app_purchase_price_point.to_dict()

        territory: Any = None
        if self.territory is not None:
            territory = UNSET
            if not isinstance(self.territory, Unset):
                territory = self.territory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if in_app_purchase_price_point is not None:
            field_dict["inAppPurchasePricePoint"] = in_app_purchase_price_point
        if territory is not None:
            field_dict["territory"] = territory
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_in_app_purchase_price_point = d.pop("inAppPurchasePricePoint", None)
        if _raw_in_app_purchase_price_point is None:
            in_app_purchase_price_point = None
        else:
            _in_app_purchase_price_point = _raw_in_app_purchase_price_point
            in_app_purchase_price_point: InAppPurchasePriceRelationshipsInAppPurchasePricePoint | Unset
            if isinstance(_in_app_purchase_price_point, Unset):
                in_app_purchase_price_point = UNSET
            else:
                in_app_purchase_price_point = (
                    InAppPurchasePriceRelationshipsInAppPurchasePricePoint.from_dict(
                        _in_app_purchase_price_point
                    )
                )

        _raw_territory = d.pop("territory", None)
        if _raw_territory is None:
            territory = None
        else:
            _territory = _raw_territory
            territory: InAppPurchasePriceRelationshipsTerritory | Unset
            if isinstance(_territory, Unset):
                territory = UNSET
            else:
                territory = InAppPurchasePriceRelationshipsTerritory.from_dict(_territory)

        in_app_purchase_price_relationships = cls(
            in_app_purchase_price_point=in_app_purchase_price_point,
            territory=territory,
        )
        in_app_purchase_price_relationships.additional_properties = d
        return in_app_purchase_price_relationships

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
