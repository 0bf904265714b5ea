from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.subscription_group_localization_relationships_subscription_group import (
        SubscriptionGroupLocalizationRelationshipsSubscriptionGroup,
    )


T = TypeVar("T", bound="SubscriptionGroupLocalizationRelationships")
_KNOWN_KEYS = frozenset(
    {
        "subscriptionGroup",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, SubscriptionGroupLocalizationRelationshipsSubscriptionGroup
    from ..models.subscription_group_localization_relationships_subscription_group import (
        SubscriptionGroupLocalizationRelationshipsSubscriptionGroup,
    )

    _LAZY_IMPORTS_DONE = True


def _read_subscription_group(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription_group = src_dict.get("subscriptionGroup")
    if _raw_subscription_group is None:
        subscription_group = None
    else:
        subscription_group = SubscriptionGroupLocalizationRelationshipsSubscriptionGroup.from_dict(
            _raw_subscription_group
        )

    return subscription_group


_READERS: dict[str, Any] = {
    "subscription_group": _read_subscription_group,
}


@_attrs_define(repr=False)
class SubscriptionGroupLocalizationRelationships:
    """
    Attributes:
        subscription_group (SubscriptionGroupLocalizationRelationshipsSubscriptionGroup | Unset):
    """

    subscription_group: SubscriptionGroupLocalizationRelationshipsSubscriptionGroup | None = None
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
        subscription_group: Any = None
        if self.subscription_group is not None:
            subscription_group = self.subscription_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if subscription_group is not None:
            field_dict["subscriptionGroup"] = subscription_group
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # subscription_group: read on first access
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
