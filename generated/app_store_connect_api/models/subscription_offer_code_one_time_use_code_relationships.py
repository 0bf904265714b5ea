from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.subscription_offer_code_one_time_use_code_relationships_offer_code import (
        SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode,
    )
    from ..models.subscription_offer_code_one_time_use_code_relationships_values import (
        SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues,
    )


T = TypeVar("T", bound="SubscriptionOfferCodeOneTimeUseCodeRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode, \
        SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues
    from ..models.subscription_offer_code_one_time_use_code_relationships_offer_code import (
        SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode,
    )
    from ..models.subscription_offer_code_one_time_use_code_relationships_values import (
        SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionOfferCodeOneTimeUseCodeRelationships:
    """
    Attributes:
        offer_code (SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode | Unset):
        values (SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues | Unset):
    """

    offer_code: SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode | None = None
    values: SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        offer_code: Any = None
        if self.offer_code is not None:
            offer_code = UNSET
            if not isinstance(self.offer_code, Unset):
                offer_code = self.offer_code.to_dict()

        values: Any = None
        if self.values is not None:
            values = UNSET
            if not isinstance(self.values, Unset):
                values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if offer_code is not None:
            field_dict["offerCode"] = offer_code
        if values is not None:
            field_dict["values"] = values
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_offer_code = d.pop("offerCode", None)
        if _raw_offer_code is None:
            offer_code = None
        else:
            _offer_code = _raw_offer_code
            offer_code: SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode | Unset
            if isinstance(_offer_code, Unset):
                offer_code = UNSET
            else:
                offer_code = SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode.from_dict(_offer_code)

        _raw_values = d.pop("values", None)
        if _raw_values is None:
            values = None
        else:
            _values = _raw_values
            values: SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues | Unset
            if isinstance(_values, Unset):
                values = UNSET
            else:
                values = SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues.from_dict(_values)

        subscription_offer_code_one_time_use_code_relationships = cls(
            offer_code=offer_code,
            values=values,
        )
        subscription_offer_code_one_time_use_code_relationships.additional_properties = d
        return subscription_offer_code_one_time_use_code_relationships

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
