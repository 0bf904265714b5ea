from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SubscriptionPricePointInlineCreate")


@_attrs_define(repr=False)
class SubscriptionPricePointInlineCreate:
    """
    Attributes:
        type_ (Literal['subscriptionPricePoints']):
        id (str | Unset):
    """

    type_: Literal["subscriptionPricePoints"]
    id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast("Literal['subscriptionPricePoints']", d.pop("type"))
        if type_ != "subscriptionPricePoints":
            raise ValueError(f"type must match const 'subscriptionPricePoints', got '{type_}'")

        id = d.pop("id", UNSET)

        subscription_price_point_inline_create = cls(
            type_=type_,
            id=id,
        )
        subscription_price_point_inline_create.additional_properties = d
        return subscription_price_point_inline_create

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
