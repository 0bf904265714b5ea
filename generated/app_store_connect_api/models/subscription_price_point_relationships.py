from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.subscription_price_point_relationships_adjusted_equalizations import (
        SubscriptionPricePointRelationshipsAdjustedEqualizations,
    )
    from ..models.subscription_price_point_relationships_equalizations import (
        SubscriptionPricePointRelationshipsEqualizations,
    )
    from ..models.subscription_price_point_relationships_territory import (
        SubscriptionPricePointRelationshipsTerritory,
    )


T = TypeVar("T", bound="SubscriptionPricePointRelationships")
_KNOWN_KEYS = frozenset(
    {
        "adjustedEqualizations",
        "equalizations",
        "territory",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionPricePointRelationshipsAdjustedEqualizations, \
        SubscriptionPricePointRelationshipsEqualizations, \
        SubscriptionPricePointRelationshipsTerritory
    from ..models.subscription_price_point_relationships_adjusted_equalizations import (
        SubscriptionPricePointRelationshipsAdjustedEqualizations,
    )
    from ..models.subscription_price_point_relationships_equalizations import (
        SubscriptionPricePointRelationshipsEqualizations,
    )
    from ..models.subscription_price_point_relationships_territory import (
        SubscriptionPricePointRelationshipsTerritory,
    )

    _LAZY_IMPORTS_DONE = True


def _read_adjusted_equalizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_adjusted_equalizations = src_dict.get("adjustedEqualizations")
    if _raw_adjusted_equalizations is None:
        adjusted_equalizations = None
    else:
        adjusted_equalizations = SubscriptionPricePointRelationshipsAdjustedEqualizations.from_dict(
            _raw_adjusted_equalizations
        )

    return adjusted_equalizations


def _read_equalizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_equalizations = src_dict.get("equalizations")
    if _raw_equalizations is None:
        equalizations = None
    else:
        equalizations = SubscriptionPricePointRelationshipsEqualizations.from_dict(_raw_equalizations)

    return equalizations


def _read_territory(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_territory = src_dict.get("territory")
    if _raw_territory is None:
        territory = None
    else:
        territory = SubscriptionPricePointRelationshipsTerritory.from_dict(_raw_territory)

    return territory


_READERS: dict[str, Any] = {
    "adjusted_equalizations": _read_adjusted_equalizations,
    "equalizations": _read_equalizations,
    "territory": _read_territory,
}


@_attrs_define(repr=False)
class SubscriptionPricePointRelationships:
    """
    Attributes:
        adjusted_equalizations (SubscriptionPricePointRelationshipsAdjustedEqualizations | Unset):
        equalizations (SubscriptionPricePointRelationshipsEqualizations | Unset):
        territory (SubscriptionPricePointRelationshipsTerritory | Unset):
    """

    adjusted_equalizations: SubscriptionPricePointRelationshipsAdjustedEqualizations | None = None
    equalizations: SubscriptionPricePointRelationshipsEqualizations | None = None
    territory: SubscriptionPricePointRelationshipsTerritory | None = None
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
        adjusted_equalizations: Any = None
        if self.adjusted_equalizations is not None:
            adjusted_equalizations = self.adjusted_equalizations.to_dict()

        equalizations: Any = None
        if self.equalizations is not None:
            equalizations = self.equalizations.to_dict()

        territory: Any = None
        if self.territory is not None:
            territory = self.territory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if adjusted_equalizations is not None:
            field_dict["adjustedEqualizations"] = adjusted_equalizations
        if equalizations is not None:
            field_dict["equalizations"] = equalizations
        if territory is not None:
            field_dict["territory"] = territory
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # adjusted_equalizations, equalizations, territory: read on first access
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
