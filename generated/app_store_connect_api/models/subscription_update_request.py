from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.subscription_introductory_offer_inline_create import (
        SubscriptionIntroductoryOfferInlineCreate,
    )
    from ..models.subscription_price_inline_create import SubscriptionPriceInlineCreate
    from ..models.subscription_promotional_offer_inline_create import SubscriptionPromotionalOfferInlineCreate
    from ..models.subscription_update_request_data import SubscriptionUpdateRequestData


_INCLUDED_ITEM_BY_TYPE: dict[str, Any] = {}


def _parse_included_item(data: object) -> Any:
    if not isinstance(data, dict):
        return data
    if not _INCLUDED_ITEM_BY_TYPE:  # the first read: the member models are imported now, once
        from ..models.subscription_introductory_offer_inline_create import (
            SubscriptionIntroductoryOfferInlineCreate,
        )
        from ..models.subscription_price_inline_create import SubscriptionPriceInlineCreate
        from ..models.subscription_promotional_offer_inline_create import (
            SubscriptionPromotionalOfferInlineCreate,
        )

        _INCLUDED_ITEM_BY_TYPE["subscriptionPromotionalOffers"] = SubscriptionPromotionalOfferInlineCreate
        _INCLUDED_ITEM_BY_TYPE["subscriptionPrices"] = SubscriptionPriceInlineCreate
        _INCLUDED_ITEM_BY_TYPE["subscriptionIntroductoryOffers"] = SubscriptionIntroductoryOfferInlineCreate
    model = _INCLUDED_ITEM_BY_TYPE.get(data.get("type"))
    return data if model is None else model.from_dict(data)


T = TypeVar("T", bound="SubscriptionUpdateRequest")
_KNOWN_KEYS = frozenset(
    {
        "data",
        "included",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, SubscriptionUpdateRequestData
    from ..models.subscription_update_request_data import SubscriptionUpdateRequestData

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionUpdateRequest:
    """
    Attributes:
        data (SubscriptionUpdateRequestData):
        included (list[SubscriptionIntroductoryOfferInlineCreate | SubscriptionPriceInlineCreate |
            SubscriptionPromotionalOfferInlineCreate] | Unset):
    """

    data: SubscriptionUpdateRequestData
    included: (
        list[
            SubscriptionIntroductoryOfferInlineCreate
            | SubscriptionPriceInlineCreate
            | SubscriptionPromotionalOfferInlineCreate
        ]
        | Unset
        | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        data = self.data.to_dict()

        included: list[dict[str, Any]] | Unset | None
        if self.included is None:
            included = None
        else:
            included = UNSET
            if not isinstance(self.included, Unset):
                included = []
                for included_item_data in self.included:
                    included_item: Any
                    if isinstance(included_item_data, dict) or included_item_data is None:
                        included_item = included_item_data
                    else:
                        included_item = included_item_data.to_dict()

                    included.append(included_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = data
        if included is not UNSET:
            field_dict["included"] = included
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        data = SubscriptionUpdateRequestData.from_dict(src_dict["data"])

        _raw_included = src_dict.get("included", UNSET)
        if _raw_included is None:
            included = None
        else:
            _included = _raw_included
            included: (
                list[
                    SubscriptionIntroductoryOfferInlineCreate
                    | SubscriptionPriceInlineCreate
                    | SubscriptionPromotionalOfferInlineCreate
                ]
                | Unset
            ) = UNSET
            if _included is not UNSET:
                included = []
                for included_item_data in _included:
                    included_item = _parse_included_item(included_item_data)

                    included.append(included_item)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.data = data
        _model.included = included
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
