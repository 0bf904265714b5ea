from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.subscription_promotional_offer_inline_create_relationships_subscription_data import (
        SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData,
    )


T = TypeVar("T", bound="SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription")
_KNOWN_KEYS = frozenset(
    {
        "data",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData
    from ..models.subscription_promotional_offer_inline_create_relationships_subscription_data import (
        SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription:
    """
    Attributes:
        data (SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData | Unset):
    """

    data: SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        data: dict[str, Any] | Unset | None
        if self.data is None:
            data = None
        else:
            data = UNSET
            if not isinstance(self.data, Unset):
                data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_data = src_dict.get("data", UNSET)
        if _raw_data is None:
            data = None
        else:
            _data = _raw_data
            data: SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData.from_dict(_data)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.data = data
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
