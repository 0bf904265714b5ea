from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_clip_advanced_experience_create_request_data_attributes_place_type_0_display_point_source import (
    AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointSource,
)
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_clip_advanced_experience_create_request_data_attributes_place_type_0_display_point_coordinates import (
        AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointCoordinates,
    )


T = TypeVar("T", bound="AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPoint")
_KNOWN_KEYS = frozenset(
    {
        "coordinates",
        "source",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointCoordinates
    from ..models.app_clip_advanced_experience_create_request_data_attributes_place_type_0_display_point_coordinates import (
        AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointCoordinates,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPoint:
    """
    Attributes:
        coordinates (AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointCoordinates | Unset):
        source (AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointSource | Unset):
    """

    coordinates: (
        AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointCoordinates | Unset | None
    ) = UNSET
    source: (
        AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointSource | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        coordinates: dict[str, Any] | Unset | None
        if self.coordinates is None:
            coordinates = None
        else:
            coordinates = UNSET
            if not isinstance(self.coordinates, Unset):
                coordinates = self.coordinates.to_dict()

        source: str | Unset | None
        if self.source is None:
            source = None
        else:
            source = UNSET
            if not isinstance(self.source, Unset):
                source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if source is not UNSET:
            field_dict["source"] = source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_coordinates = src_dict.get("coordinates", UNSET)
        if _raw_coordinates is None:
            coordinates = None
        else:
            _coordinates = _raw_coordinates
            coordinates: (
                AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointCoordinates | Unset
            )
            if isinstance(_coordinates, Unset):
                coordinates = UNSET
            else:
                coordinates = AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointCoordinates.from_dict(
                    _coordinates
                )

        _raw_source = src_dict.get("source", UNSET)
        if _raw_source is None:
            source = None
        else:
            _source = _raw_source
            source: AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointSource.of(
                    _source
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.coordinates = coordinates
        _model.source = source
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
