from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.in_app_purchase_price_point_relationships_equalizations import (
        InAppPurchasePricePointRelationshipsEqualizations,
    )
    from ..models.in_app_purchase_price_point_relationships_territory import (
        InAppPurchasePricePointRelationshipsTerritory,
    )


T = TypeVar("T", bound="InAppPurchasePricePointRelationships")
_KNOWN_KEYS = frozenset(
    {
        "equalizations",
        "territory",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        InAppPurchasePricePointRelationshipsEqualizations, \
        InAppPurchasePricePointRelationshipsTerritory
    from ..models.in_app_purchase_price_point_relationships_equalizations import (
        InAppPurchasePricePointRelationshipsEqualizations,
    )
    from ..models.in_app_purchase_price_point_relationships_territory import (
        InAppPurchasePricePointRelationshipsTerritory,
    )

    _LAZY_IMPORTS_DONE = True


def _read_equalizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_equalizations = src_dict.get("equalizations")
    if _raw_equalizations is None:
        equalizations = None
    else:
        equalizations = InAppPurchasePricePointRelationshipsEqualizations.from_dict(_raw_equalizations)

    return equalizations


def _read_territory(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_territory = src_dict.get("territory")
    if _raw_territory is None:
        territory = None
    else:
        territory = InAppPurchasePricePointRelationshipsTerritory.from_dict(_raw_territory)

    return territory


_READERS: dict[str, Any] = {
    "equalizations": _read_equalizations,
    "territory": _read_territory,
}


@_attrs_define(repr=False)
class InAppPurchasePricePointRelationships:
    """
    Attributes:
        equalizations (InAppPurchasePricePointRelationshipsEqualizations | Unset):
        territory (InAppPurchasePricePointRelationshipsTerritory | Unset):
    """

    equalizations: InAppPurchasePricePointRelationshipsEqualizations | None = None
    territory: InAppPurchasePricePointRelationshipsTerritory | None = None
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
        equalizations: Any = None
        if self.equalizations is not None:
            equalizations = self.equalizations.to_dict()

        territory: Any = None
        if self.territory is not None:
            territory = self.territory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        _model._document = src_dict  # equalizations, territory: read on first access
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
