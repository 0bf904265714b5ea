from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        adjusted_equalizations: Any = None
        if self.adjusted_equalizations is not None:
            adjusted_equalizations = UNSET
            if not isinstance(self.adjusted_equalizations, Unset):
                adjusted_equalizations = self.adjusted_equalizations.to_dict()

        equalizations: Any = None
        if self.equalizations is not None:
            equalizations = UNSET
            if not isinstance(self.equalizations, Unset):
                equalizations = self.equalizations.to_dict()

        territory: Any = None
        if self.territory is not None:
            territory = UNSET
            if not isinstance(self.territory, Unset):
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
        d = dict(src_dict)
        _raw_adjusted_equalizations = d.pop("adjustedEqualizations", None)
        if _raw_adjusted_equalizations is None:
            adjusted_equalizations = None
        else:
            _adjusted_equalizations = _raw_adjusted_equalizations
            adjusted_equalizations: SubscriptionPricePointRelationshipsAdjustedEqualizations | Unset
            if isinstance(_adjusted_equalizations, Unset):
                adjusted_equalizations = UNSET
            else:
                adjusted_equalizations = SubscriptionPricePointRelationshipsAdjustedEqualizations.from_dict(
                    _adjusted_equalizations
                )

        _raw_equalizations = d.pop("equalizations", None)
        if _raw_equalizations is None:
            equalizations = None
        else:
            _equalizations = _raw_equalizations
            equalizations: SubscriptionPricePointRelationshipsEqualizations | Unset
            if isinstance(_equalizations, Unset):
                equalizations = UNSET
            else:
                equalizations = SubscriptionPricePointRelationshipsEqualizations.from_dict(_equalizations)

        _raw_territory = d.pop("territory", None)
        if _raw_territory is None:
            territory = None
        else:
            _territory = _raw_territory
            territory: SubscriptionPricePointRelationshipsTerritory | Unset
            if isinstance(_territory, Unset):
                territory = UNSET
            else:
                territory = SubscriptionPricePointRelationshipsTerritory.from_dict(_territory)

        subscription_price_point_relationships = cls(
            adjusted_equalizations=adjusted_equalizations,
            equalizations=equalizations,
            territory=territory,
        )
        subscription_price_point_relationships.additional_properties = d
        return subscription_price_point_relationships

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
