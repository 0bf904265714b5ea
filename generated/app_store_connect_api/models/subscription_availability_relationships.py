from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.subscription_availability_relationships_available_territories import (
        SubscriptionAvailabilityRelationshipsAvailableTerritories,
    )


T = TypeVar("T", bound="SubscriptionAvailabilityRelationships")
_KNOWN_KEYS = frozenset(
    {
        "availableTerritories",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, SubscriptionAvailabilityRelationshipsAvailableTerritories
    from ..models.subscription_availability_relationships_available_territories import (
        SubscriptionAvailabilityRelationshipsAvailableTerritories,
    )

    _LAZY_IMPORTS_DONE = True


def _read_available_territories(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_available_territories = src_dict.get("availableTerritories")
    if _raw_available_territories is None:
        available_territories = None
    else:
        available_territories = SubscriptionAvailabilityRelationshipsAvailableTerritories.from_dict(
            _raw_available_territories
        )

    return available_territories


_READERS: dict[str, Any] = {
    "available_territories": _read_available_territories,
}


@_attrs_define(repr=False)
class SubscriptionAvailabilityRelationships:
    """
    Attributes:
        available_territories (SubscriptionAvailabilityRelationshipsAvailableTerritories | Unset):
    """

    available_territories: SubscriptionAvailabilityRelationshipsAvailableTerritories | None = None
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
        available_territories: Any = None
        if self.available_territories is not None:
            available_territories = self.available_territories.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if available_territories is not None:
            field_dict["availableTerritories"] = available_territories
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # available_territories: read on first access
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
