from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.in_app_purchase_type import InAppPurchaseType
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="InAppPurchaseV2CreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "inAppPurchaseType",
        "name",
        "productId",
        "familySharable",
        "reviewNote",
    }
)


@_attrs_define(repr=False)
class InAppPurchaseV2CreateRequestDataAttributes:
    """
    Attributes:
        in_app_purchase_type (InAppPurchaseType):
        name (str):
        product_id (str):
        family_sharable (bool | None | Unset):
        review_note (None | str | Unset):
    """

    in_app_purchase_type: InAppPurchaseType
    name: str
    product_id: str
    family_sharable: bool | None | Unset = UNSET
    review_note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        in_app_purchase_type = self.in_app_purchase_type.value

        name = self.name

        product_id = self.product_id

        family_sharable: bool | None | Unset
        if isinstance(self.family_sharable, Unset):
            family_sharable = UNSET
        else:
            family_sharable = self.family_sharable

        review_note: None | str | Unset
        if isinstance(self.review_note, Unset):
            review_note = UNSET
        else:
            review_note = self.review_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["inAppPurchaseType"] = in_app_purchase_type
        field_dict["name"] = name
        field_dict["productId"] = product_id
        if family_sharable is not UNSET:
            field_dict["familySharable"] = family_sharable
        if review_note is not UNSET:
            field_dict["reviewNote"] = review_note
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        in_app_purchase_type = InAppPurchaseType.of(src_dict["inAppPurchaseType"])

        name = src_dict["name"]

        product_id = src_dict["productId"]

        def _parse_family_sharable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        family_sharable = _parse_family_sharable(src_dict.get("familySharable", UNSET))

        def _parse_review_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_note = _parse_review_note(src_dict.get("reviewNote", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.in_app_purchase_type = in_app_purchase_type
        _model.name = name
        _model.product_id = product_id
        _model.family_sharable = family_sharable
        _model.review_note = review_note
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
