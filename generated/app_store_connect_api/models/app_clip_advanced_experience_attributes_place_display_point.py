from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_clip_advanced_experience_attributes_place_display_point_source import (
    AppClipAdvancedExperienceAttributesPlaceDisplayPointSource,
)
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_clip_advanced_experience_attributes_place_display_point_coordinates import (
        AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates,
    )


T = TypeVar("T", bound="AppClipAdvancedExperienceAttributesPlaceDisplayPoint")
_KNOWN_KEYS = frozenset(
    {
        "coordinates",
        "source",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates
    from ..models.app_clip_advanced_experience_attributes_place_display_point_coordinates import (
        AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates,
    )

    _LAZY_IMPORTS_DONE = True


def _read_coordinates(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_coordinates = src_dict.get("coordinates")
    if _raw_coordinates is None:
        coordinates = None
    else:
        coordinates = AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates.from_dict(
            _raw_coordinates
        )

    return coordinates


_READERS: dict[str, Any] = {
    "coordinates": _read_coordinates,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        _raw_source = src_dict.get("source")
        if _raw_source is None:
            source = None
        else:
            source = AppClipAdvancedExperienceAttributesPlaceDisplayPointSource.of(_raw_source)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.source = source
        _model._document = src_dict  # coordinates: read on first access
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
