from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.in_app_purchase_state import InAppPurchaseState
from ..models.in_app_purchase_type import InAppPurchaseType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="InAppPurchaseV2Attributes")
_KNOWN_KEYS = frozenset(
    {
        "contentHosting",
        "familySharable",
        "inAppPurchaseType",
        "name",
        "productId",
        "reviewNote",
        "state",
    }
)


@_attrs_define(repr=False)
class InAppPurchaseV2Attributes:
    """
    Attributes:
        content_hosting (bool | Unset):
        family_sharable (bool | Unset):
        in_app_purchase_type (InAppPurchaseType | Unset):
        name (str | Unset):
        product_id (str | Unset):
        review_note (str | Unset):
        state (InAppPurchaseState | Unset):
    """

    content_hosting: bool | None = None
    family_sharable: bool | None = None
    in_app_purchase_type: InAppPurchaseType | None = None
    name: str | None = None
    product_id: str | None = None
    review_note: str | None = None
    state: InAppPurchaseState | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        content_hosting = self.content_hosting

        family_sharable = self.family_sharable

        in_app_purchase_type: Any = None
        if self.in_app_purchase_type is not None:
            in_app_purchase_type = self.in_app_purchase_type.value

        name = self.name

        product_id = self.product_id

        review_note = self.review_note

        state: Any = None
        if self.state is not None:
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if content_hosting is not None:
            field_dict["contentHosting"] = content_hosting
        if family_sharable is not None:
            field_dict["familySharable"] = family_sharable
        if in_app_purchase_type is not None:
            field_dict["inAppPurchaseType"] = in_app_purchase_type
        if name is not None:
            field_dict["name"] = name
        if product_id is not None:
            field_dict["productId"] = product_id
        if review_note is not None:
            field_dict["reviewNote"] = review_note
        if state is not None:
            field_dict["state"] = state
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        content_hosting = src_dict.get("contentHosting")

        family_sharable = src_dict.get("familySharable")

        _raw_in_app_purchase_type = src_dict.get("inAppPurchaseType")
        if _raw_in_app_purchase_type is None:
            in_app_purchase_type = None
        else:
            in_app_purchase_type = InAppPurchaseType.of(_raw_in_app_purchase_type)

        name = src_dict.get("name")

        product_id = src_dict.get("productId")

        review_note = src_dict.get("reviewNote")

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = InAppPurchaseState.of(_raw_state)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.content_hosting = content_hosting
        _model.family_sharable = family_sharable
        _model.in_app_purchase_type = in_app_purchase_type
        _model.name = name
        _model.product_id = product_id
        _model.review_note = review_note
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
