from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.subscription_plan_availability_update_request_data_relationships_available_territories import (
        SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories,
    )


T = TypeVar("T", bound="SubscriptionPlanAvailabilityUpdateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "availableTerritories",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories
    from ..models.subscription_plan_availability_update_request_data_relationships_available_territories import (
        SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionPlanAvailabilityUpdateRequestDataRelationships:
    """
    Attributes:
        available_territories (SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories | Unset):
    """

    available_territories: (
        SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        available_territories: dict[str, Any] | Unset | None
        if self.available_territories is None:
            available_territories = None
        else:
            available_territories = UNSET
            if not isinstance(self.available_territories, Unset):
                available_territories = self.available_territories.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if available_territories is not UNSET:
            field_dict["availableTerritories"] = available_territories
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_available_territories = src_dict.get("availableTerritories", UNSET)
        if _raw_available_territories is None:
            available_territories = None
        else:
            _available_territories = _raw_available_territories
            available_territories: (
                SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories | Unset
            )
            if isinstance(_available_territories, Unset):
                available_territories = UNSET
            else:
                available_territories = (
                    SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories.from_dict(
                        _available_territories
                    )
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.available_territories = available_territories
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
