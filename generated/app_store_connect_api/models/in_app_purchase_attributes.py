from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.in_app_purchase_attributes_in_app_purchase_type import InAppPurchaseAttributesInAppPurchaseType
from ..models.in_app_purchase_attributes_state import InAppPurchaseAttributesState
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="InAppPurchaseAttributes")
_KNOWN_KEYS = frozenset(
    {
        "inAppPurchaseType",
        "productId",
        "referenceName",
        "state",
    }
)


@_attrs_define(repr=False)
class InAppPurchaseAttributes:
    """
    Attributes:
        in_app_purchase_type (InAppPurchaseAttributesInAppPurchaseType | Unset):
        product_id (str | Unset):
        reference_name (str | Unset):
        state (InAppPurchaseAttributesState | Unset):
    """

    in_app_purchase_type: InAppPurchaseAttributesInAppPurchaseType | None = None
    product_id: str | None = None
    reference_name: str | None = None
    state: InAppPurchaseAttributesState | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        in_app_purchase_type: Any = None
        if self.in_app_purchase_type is not None:
            in_app_purchase_type = self.in_app_purchase_type.value

        product_id = self.product_id

        reference_name = self.reference_name

        state: Any = None
        if self.state is not None:
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if in_app_purchase_type is not None:
            field_dict["inAppPurchaseType"] = in_app_purchase_type
        if product_id is not None:
            field_dict["productId"] = product_id
        if reference_name is not None:
            field_dict["referenceName"] = reference_name
        if state is not None:
            field_dict["state"] = state
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_in_app_purchase_type = src_dict.get("inAppPurchaseType")
        if _raw_in_app_purchase_type is None:
            in_app_purchase_type = None
        else:
            in_app_purchase_type = InAppPurchaseAttributesInAppPurchaseType.of(_raw_in_app_purchase_type)

        product_id = src_dict.get("productId")

        reference_name = src_dict.get("referenceName")

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = InAppPurchaseAttributesState.of(_raw_state)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.in_app_purchase_type = in_app_purchase_type
        _model.product_id = product_id
        _model.reference_name = reference_name
        _model.state = state
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
