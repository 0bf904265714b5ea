from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.subscription_offer_code_one_time_use_code_relationships_offer_code import (
        SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode,
    )
    from ..models.subscription_offer_code_one_time_use_code_relationships_values import (
        SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues,
    )


T = TypeVar("T", bound="SubscriptionOfferCodeOneTimeUseCodeRelationships")
_KNOWN_KEYS = frozenset(
    {
        "offerCode",
        "values",
    }
)
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


def _read_offer_code(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_offer_code = src_dict.get("offerCode")
    if _raw_offer_code is None:
        offer_code = None
    else:
        offer_code = SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode.from_dict(_raw_offer_code)

    return offer_code


def _read_values(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_values = src_dict.get("values")
    if _raw_values is None:
        values = None
    else:
        values = SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues.from_dict(_raw_values)

    return values


_READERS: dict[str, Any] = {
    "offer_code": _read_offer_code,
    "values": _read_values,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        offer_code: Any = None
        if self.offer_code is not None:
            offer_code = self.offer_code.to_dict()

        values: Any = None
        if self.values is not None:
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
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # offer_code, values: read on first access
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
