from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_availability_v2_relationships_territory_availabilities import (
        AppAvailabilityV2RelationshipsTerritoryAvailabilities,
    )


T = TypeVar("T", bound="AppAvailabilityV2Relationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppAvailabilityV2RelationshipsTerritoryAvailabilities
    from ..models.app_availability_v2_relationships_territory_availabilities import (
        AppAvailabilityV2RelationshipsTerritoryAvailabilities,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppAvailabilityV2Relationships:
    """
    Attributes:
        territory_availabilities (AppAvailabilityV2RelationshipsTerritoryAvailabilities | Unset):
    """

    territory_availabilities: AppAvailabilityV2RelationshipsTerritoryAvailabilities | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        territory_availabilities: Any = None
        if self.territory_availabilities is not None:
            territory_availabilities = UNSET
            if not isinstance(self.territory_availabilities, Unset):
                territory_availabilities = self.territory_availabilities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if territory_availabilities is not None:
            field_dict["territoryAvailabilities"] = territory_availabilities
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_territory_availabilities = d.pop("territoryAvailabilities", None)
        if _raw_territory_availabilities is None:
            territory_availabilities = None
        else:
            _territory_availabilities = _raw_territory_availabilities
            territory_availabilities: AppAvailabilityV2RelationshipsTerritoryAvailabilities | Unset
            if isinstance(_territory_availabilities, Unset):
                territory_availabilities = UNSET
            else:
                territory_availabilities = AppAvailabilityV2RelationshipsTerritoryAvailabilities.from_dict(
                    _territory_availabilities
                )

        app_availability_v2_relationships = cls(
            territory_availabilities=territory_availabilities,
        )
        app_availability_v2_relationships.additional_properties = d
        return app_availability_v2_relationships

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
