from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_clip_advanced_experience_attributes_place_display_point_source import (
    AppClipAdvancedExperienceAttributesPlaceDisplayPointSource,
)
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.app_clip_advanced_experience_attributes_place_display_point_coordinates import (
        AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates,
    )


T = TypeVar("T", bound="AppClipAdvancedExperienceAttributesPlaceDisplayPoint")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates
    from ..models.app_clip_advanced_experience_attributes_place_display_point_coordinates import (
        AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppClipAdvancedExperienceAttributesPlaceDisplayPoint:
    """
    Attributes:
        coordinates (AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates | Unset):
        source (AppClipAdvancedExperienceAttributesPlaceDisplayPointSource | Unset):
    """

    coordinates: AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates | None = None
    source: AppClipAdvancedExperienceAttributesPlaceDisplayPointSource | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        coordinates: Any = None
        if self.coordinates is not None:
            coordinates = self.coordinates.to_dict()

        source: Any = None
        if self.source is not None:
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if coordinates is not None:
            field_dict["coordinates"] = coordinates
        if source is not None:
            field_dict["source"] = source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_coordinates = d.pop("coordinates", None)
        if _raw_coordinates is None:
            coordinates = None
        else:
            coordinates = AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates.from_dict(
                _raw_coordinates
            )

        _raw_source = d.pop("source", None)
        if _raw_source is None:
            source = None
        else:
            source = AppClipAdvancedExperienceAttributesPlaceDisplayPointSource(_raw_source)

        app_clip_advanced_experience_attributes_place_display_point = cls(
            coordinates=coordinates,
            source=source,
        )
        app_clip_advanced_experience_attributes_place_display_point.additional_properties = d
        return app_clip_advanced_experience_attributes_place_display_point

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
