from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_create_request_data_attributes_subscription_period import (
    SubscriptionCreateRequestDataAttributesSubscriptionPeriod,
)
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "name",
        "productId",
        "familySharable",
        "groupLevel",
        "reviewNote",
        "subscriptionPeriod",
    }
)


@_attrs_define(repr=False)
class SubscriptionCreateRequestDataAttributes:
    """
    Attributes:
        name (str):
        product_id (str):
        family_sharable (bool | None | Unset):
        group_level (int | None | Unset):
        review_note (None | str | Unset):
        subscription_period (SubscriptionCreateRequestDataAttributesSubscriptionPeriod | Unset):
    """

    name: str
    product_id: str
    family_sharable: bool | None | Unset = UNSET
    group_level: int | None | Unset = UNSET
    review_note: None | str | Unset = UNSET
    subscription_period: SubscriptionCreateRequestDataAttributesSubscriptionPeriod | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        product_id = self.product_id

        family_sharable: bool | None | Unset
        if isinstance(self.family_sharable, Unset):
            family_sharable = UNSET
        else:
            family_sharable = self.family_sharable

        group_level: int | None | Unset
        if isinstance(self.group_level, Unset):
            group_level = UNSET
        else:
            group_level = self.group_level

        review_note: None | str | Unset
        if isinstance(self.review_note, Unset):
            review_note = UNSET
        else:
            review_note = self.review_note

        subscription_period: str | Unset | None
        if self.subscription_period is None:
            subscription_period = None
        else:
            subscription_period = UNSET
            if not isinstance(self.subscription_period, Unset):
                subscription_period = self.subscription_period.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        field_dict["productId"] = product_id
        if family_sharable is not UNSET:
            field_dict["familySharable"] = family_sharable
        if group_level is not UNSET:
            field_dict["groupLevel"] = group_level
        if review_note is not UNSET:
            field_dict["reviewNote"] = review_note
        if subscription_period is not UNSET:
            field_dict["subscriptionPeriod"] = subscription_period
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]

        product_id = src_dict["productId"]

        def _parse_family_sharable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        family_sharable = _parse_family_sharable(src_dict.get("familySharable", UNSET))

        def _parse_group_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_level = _parse_group_level(src_dict.get("groupLevel", UNSET))

        def _parse_review_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_note = _parse_review_note(src_dict.get("reviewNote", UNSET))

        _raw_subscription_period = src_dict.get("subscriptionPeriod", UNSET)
        if _raw_subscription_period is None:
            subscription_period = None
        else:
            _subscription_period = _raw_subscription_period
            subscription_period: SubscriptionCreateRequestDataAttributesSubscriptionPeriod | Unset
            if isinstance(_subscription_period, Unset):
                subscription_period = UNSET
            else:
                subscription_period = SubscriptionCreateRequestDataAttributesSubscriptionPeriod.of(
                    _subscription_period
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.name = name
        _model.product_id = product_id
        _model.family_sharable = family_sharable
        _model.group_level = group_level
        _model.review_note = review_note
        _model.subscription_period = subscription_period
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
