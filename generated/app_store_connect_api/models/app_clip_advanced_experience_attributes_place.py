from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_clip_advanced_experience_attributes_place_map_action import (
    AppClipAdvancedExperienceAttributesPlaceMapAction,
)
from ..models.app_clip_advanced_experience_attributes_place_relationship import (
    AppClipAdvancedExperienceAttributesPlaceRelationship,
)
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_clip_advanced_experience_attributes_place_display_point import (
        AppClipAdvancedExperienceAttributesPlaceDisplayPoint,
    )
    from ..models.app_clip_advanced_experience_attributes_place_main_address import (
        AppClipAdvancedExperienceAttributesPlaceMainAddress,
    )
    from ..models.app_clip_advanced_experience_attributes_place_phone_number import (
        AppClipAdvancedExperienceAttributesPlacePhoneNumber,
    )


T = TypeVar("T", bound="AppClipAdvancedExperienceAttributesPlace")
_KNOWN_KEYS = frozenset(
    {
        "categories",
        "displayPoint",
        "homePage",
        "mainAddress",
        "mapAction",
        "names",
        "phoneNumber",
        "placeId",
        "relationship",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppClipAdvancedExperienceAttributesPlaceDisplayPoint, \
        AppClipAdvancedExperienceAttributesPlaceMainAddress, \
        AppClipAdvancedExperienceAttributesPlacePhoneNumber
    from ..models.app_clip_advanced_experience_attributes_place_display_point import (
        AppClipAdvancedExperienceAttributesPlaceDisplayPoint,
    )
    from ..models.app_clip_advanced_experience_attributes_place_main_address import (
        AppClipAdvancedExperienceAttributesPlaceMainAddress,
    )
    from ..models.app_clip_advanced_experience_attributes_place_phone_number import (
        AppClipAdvancedExperienceAttributesPlacePhoneNumber,
    )

    _LAZY_IMPORTS_DONE = True


def _read_display_point(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_display_point = src_dict.get("displayPoint")
    if _raw_display_point is None:
        display_point = None
    else:
        display_point = AppClipAdvancedExperienceAttributesPlaceDisplayPoint.from_dict(_raw_display_point)

    return display_point


def _read_main_address(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_main_address = src_dict.get("mainAddress")
    if _raw_main_address is None:
        main_address = None
    else:
        main_address = AppClipAdvancedExperienceAttributesPlaceMainAddress.from_dict(_raw_main_address)

    return main_address


def _read_phone_number(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_phone_number = src_dict.get("phoneNumber")
    if _raw_phone_number is None:
        phone_number = None
    else:
        phone_number = AppClipAdvancedExperienceAttributesPlacePhoneNumber.from_dict(_raw_phone_number)

    return phone_number


_READERS: dict[str, Any] = {
    "display_point": _read_display_point,
    "main_address": _read_main_address,
    "phone_number": _read_phone_number,
}


@_attrs_define(repr=False)
class AppClipAdvancedExperienceAttributesPlace:
    """
    Attributes:
        categories (list[str] | Unset):
        display_point (AppClipAdvancedExperienceAttributesPlaceDisplayPoint | Unset):
        home_page (str | Unset):
        main_address (AppClipAdvancedExperienceAttributesPlaceMainAddress | Unset):
        map_action (AppClipAdvancedExperienceAttributesPlaceMapAction | Unset):
        names (list[str] | Unset):
        phone_number (AppClipAdvancedExperienceAttributesPlacePhoneNumber | Unset):
        place_id (str | Unset):
        relationship (AppClipAdvancedExperienceAttributesPlaceRelationship | Unset):
    """

    categories: list[str] | None = None
    display_point: AppClipAdvancedExperienceAttributesPlaceDisplayPoint | None = None
    home_page: str | None = None
    main_address: AppClipAdvancedExperienceAttributesPlaceMainAddress | None = None
    map_action: AppClipAdvancedExperienceAttributesPlaceMapAction | None = None
    names: list[str] | None = None
    phone_number: AppClipAdvancedExperienceAttributesPlacePhoneNumber | None = None
    place_id: str | None = None
    relationship: AppClipAdvancedExperienceAttributesPlaceRelationship | None = None
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
        categories: Any = None
        if self.categories is not None:
            categories = self.categories

        display_point: Any = None
        if self.display_point is not None:
            display_point = self.display_point.to_dict()

        home_page = self.home_page

        main_address: Any = None
        if self.main_address is not None:
            main_address = self.main_address.to_dict()

        map_action: Any = None
        if self.map_action is not None:
            map_action = self.map_action.value

        names: Any = None
        if self.names is not None:
            names = self.names

        phone_number: Any = None
        if self.phone_number is not None:
            phone_number = self.phone_number.to_dict()

        place_id = self.place_id

        relationship: Any = None
        if self.relationship is not None:
            relationship = self.relationship.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if categories is not None:
            field_dict["categories"] = categories
        if display_point is not None:
            field_dict["displayPoint"] = display_point
        if home_page is not None:
            field_dict["homePage"] = home_page
        if main_address is not None:
            field_dict["mainAddress"] = main_address
        if map_action is not None:
            field_dict["mapAction"] = map_action
        if names is not None:
            field_dict["names"] = names
        if phone_number is not None:
            field_dict["phoneNumber"] = phone_number
        if place_id is not None:
            field_dict["placeId"] = place_id
        if relationship is not None:
            field_dict["relationship"] = relationship
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_categories = src_dict.get("categories")
        if _raw_categories is None:
            categories = None
        else:
            categories = cast(list[str], _raw_categories)

        home_page = src_dict.get("homePage")

        _raw_map_action = src_dict.get("mapAction")
        if _raw_map_action is None:
            map_action = None
        else:
            map_action = AppClipAdvancedExperienceAttributesPlaceMapAction.of(_raw_map_action)

        _raw_names = src_dict.get("names")
        if _raw_names is None:
            names = None
        else:
            names = cast(list[str], _raw_names)

        place_id = src_dict.get("placeId")

        _raw_relationship = src_dict.get("relationship")
        if _raw_relationship is None:
            relationship = None
        else:
            relationship = AppClipAdvancedExperienceAttributesPlaceRelationship.of(_raw_relationship)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.categories = categories
        _model.home_page = home_page
        _model.map_action = map_action
        _model.names = names
        _model.place_id = place_id
        _model.relationship = relationship
        _model._document = src_dict  # display_point, main_address, phone_number: read on first access
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
