from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.in_app_purchase_price_inline_create_relationships_in_app_purchase_price_point import (
        InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint,
    )
    from ..models.in_app_purchase_price_inline_create_relationships_in_app_purchase_v2 import (
        InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2,
    )


T = TypeVar("T", bound="InAppPurchasePriceInlineCreateRelationships")
_KNOWN_KEYS = frozenset(
    {
        "inAppPurchasePricePoint",
        "inAppPurchaseV2",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint, \
        InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2
    from ..models.in_app_purchase_price_inline_create_relationships_in_app_purchase_price_point import (
        InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint,
    )
    from ..models.in_app_purchase_price_inline_create_relationships_in_app_purchase_v2 import (
        InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class InAppPurchasePriceInlineCreateRelationships:
    """
    Attributes:
        in_app_purchase_price_point (InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint | Unset):
        in_app_purchase_v2 (InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2 | Unset):
    """

    in_app_purchase_price_point: (
        InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint | Unset | None
    ) = UNSET
    in_app_purchase_v2: InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2 | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        in_app_purchase_price_point: dict[str, Any] | Unset | None
        if self.in_app_purchase_price_point is None:
            in_app_purchase_price_point = None
        else:
            in_app_purchase_price_point = UNSET
            if not isinstance(self.in_app_purchase_price_point, Unset):
                in_app_purchase_price_point = self.in_app_purchase_price_point.to_dict()

        in_app_purchase_v2: dict[str, Any] | Unset | None
        if self.in_app_purchase_v2 is None:
            in_app_purchase_v2 = None
        else:
            in_app_purchase_v2 = UNSET
            if not isinstance(self.in_app_purchase_v2, Unset):
                in_app_purchase_v2 = self.in_app_purchase_v2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if in_app_purchase_price_point is not UNSET:
            field_dict["inAppPurchasePricePoint"] = in_app_purchase_price_point
        if in_app_purchase_v2 is not UNSET:
            field_dict["inAppPurchaseV2"] = in_app_purchase_v2
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_in_app_purchase_price_point = src_dict.get("inAppPurchasePricePoint", UNSET)
        if _raw_in_app_purchase_price_point is None:
            in_app_purchase_price_point = None
        else:
            _in_app_purchase_price_point = _raw_in_app_purchase_price_point
            in_app_purchase_price_point: (
                InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint | Unset
            )
            if isinstance(_in_app_purchase_price_point, Unset):
                in_app_purchase_price_point = UNSET
            else:
                in_app_purchase_price_point = (
                    InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint.from_dict(
                        _in_app_purchase_price_point
                    )
                )

        _raw_in_app_purchase_v2 = src_dict.get("inAppPurchaseV2", UNSET)
        if _raw_in_app_purchase_v2 is None:
            in_app_purchase_v2 = None
        else:
            _in_app_purchase_v2 = _raw_in_app_purchase_v2
            in_app_purchase_v2: InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2 | Unset
            if isinstance(_in_app_purchase_v2, Unset):
                in_app_purchase_v2 = UNSET
            else:
                in_app_purchase_v2 = InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2.from_dict(
                    _in_app_purchase_v2
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.in_app_purchase_price_point = in_app_purchase_price_point
        _model.in_app_purchase_v2 = in_app_purchase_v2
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
