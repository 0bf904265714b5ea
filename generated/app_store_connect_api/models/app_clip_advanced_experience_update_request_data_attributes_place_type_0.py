from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_clip_advanced_experience_update_request_data_attributes_place_type_0_map_action import (
    AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MapAction,
)
from ..models.app_clip_advanced_experience_update_request_data_attributes_place_type_0_relationship import (
    AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0Relationship,
)
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_clip_advanced_experience_update_request_data_attributes_place_type_0_display_point import (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0DisplayPoint,
    )
    from ..models.app_clip_advanced_experience_update_request_data_attributes_place_type_0_main_address import (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddress,
    )
    from ..models.app_clip_advanced_experience_update_request_data_attributes_place_type_0_phone_number import (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0PhoneNumber,
    )


T = TypeVar("T", bound="AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0")
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
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0DisplayPoint, \
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddress, \
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0PhoneNumber
    from ..models.app_clip_advanced_experience_update_request_data_attributes_place_type_0_display_point import (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0DisplayPoint,
    )
    from ..models.app_clip_advanced_experience_update_request_data_attributes_place_type_0_main_address import (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddress,
    )
    from ..models.app_clip_advanced_experience_update_request_data_attributes_place_type_0_phone_number import (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0PhoneNumber,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0:
    """
    Attributes:
        categories (list[str] | Unset):
        display_point (AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0DisplayPoint | Unset):
        home_page (str | Unset):
        main_address (AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddress | Unset):
        map_action (AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MapAction | Unset):
        names (list[str] | Unset):
        phone_number (AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0PhoneNumber | Unset):
        place_id (str | Unset):
        relationship (AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0Relationship | Unset):
    """

    categories: list[str] | Unset | None = UNSET
    display_point: (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0DisplayPoint | Unset | None
    ) = UNSET
    home_page: str | Unset | None = UNSET
    main_address: AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddress | Unset | None = (
        UNSET
    )
    map_action: AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MapAction | Unset | None = UNSET
    names: list[str] | Unset | None = UNSET
    phone_number: AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0PhoneNumber | Unset | None = (
        UNSET
    )
    place_id: str | Unset | None = UNSET
    relationship: (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0Relationship | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        categories: list[str] | Unset | None
        if self.categories is None:
            categories = None
        else:
            categories = UNSET
            if not isinstance(self.categories, Unset):
                categories = self.categories

        display_point: dict[str, Any] | Unset | None
        if self.display_point is None:
            display_point = None
        else:
            display_point = UNSET
            if not isinstance(self.display_point, Unset):
                display_point = self.display_point.to_dict()

        home_page = self.home_page

        main_address: dict[str, Any] | Unset | None
        if self.main_address is None:
            main_address = None
        else:
            main_address = UNSET
            if not isinstance(self.main_address, Unset):
                main_address = self.main_address.to_dict()

        map_action: str | Unset | None
        if self.map_action is None:
            map_action = None
        else:
            map_action = UNSET
            if not isinstance(self.map_action, Unset):
                map_action = self.map_action.value

        names: list[str] | Unset | None
        if self.names is None:
            names = None
        else:
            names = UNSET
            if not isinstance(self.names, Unset):
                names = self.names

        phone_number: dict[str, Any] | Unset | None
        if self.phone_number is None:
            phone_number = None
        else:
            phone_number = UNSET
            if not isinstance(self.phone_number, Unset):
                phone_number = self.phone_number.to_dict()

        place_id = self.place_id

        relationship: str | Unset | None
        if self.relationship is None:
            relationship = None
        else:
            relationship = UNSET
            if not isinstance(self.relationship, Unset):
                relationship = self.relationship.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if categories is not UNSET:
            field_dict["categories"] = categories
        if display_point is not UNSET:
            field_dict["displayPoint"] = display_point
        if home_page is not UNSET:
            field_dict["homePage"] = home_page
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if map_action is not UNSET:
            field_dict["mapAction"] = map_action
        if names is not UNSET:
            field_dict["names"] = names
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if place_id is not UNSET:
            field_dict["placeId"] = place_id
        if relationship is not UNSET:
            field_dict["relationship"] = relationship
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_categories = src_dict.get("categories", UNSET)
        if _raw_categories is None:
            categories = None
        else:
            categories = cast(list[str], _raw_categories)

        _raw_display_point = src_dict.get("displayPoint", UNSET)
        if _raw_display_point is None:
            display_point = None
        else:
            _display_point = _raw_display_point
            display_point: AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0DisplayPoint | Unset
            if isinstance(_display_point, Unset):
                display_point = UNSET
            else:
                display_point = (
                    AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0DisplayPoint.from_dict(
                        _display_point
                    )
                )

        home_page = src_dict.get("homePage", UNSET)

        _raw_main_address = src_dict.get("mainAddress", UNSET)
        if _raw_main_address is None:
            main_address = None
        else:
            _main_address = _raw_main_address
            main_address: AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddress | Unset
            if isinstance(_main_address, Unset):
                main_address = UNSET
            else:
                main_address = (
                    AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddress.from_dict(
                        _main_address
                    )
                )

        _raw_map_action = src_dict.get("mapAction", UNSET)
        if _raw_map_action is None:
            map_action = None
        else:
            _map_action = _raw_map_action
            map_action: AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MapAction | Unset
            if isinstance(_map_action, Unset):
                map_action = UNSET
            else:
                map_action = AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MapAction.of(
                    _map_action
                )

        _raw_names = src_dict.get("names", UNSET)
        if _raw_names is None:
            names = None
        else:
            names = cast(list[str], _raw_names)

        _raw_phone_number = src_dict.get("phoneNumber", UNSET)
        if _raw_phone_number is None:
            phone_number = None
        else:
            _phone_number = _raw_phone_number
            phone_number: AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0PhoneNumber | Unset
            if isinstance(_phone_number, Unset):
                phone_number = UNSET
            else:
                phone_number = (
                    AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0PhoneNumber.from_dict(
                        _phone_number
                    )
                )

        place_id = src_dict.get("placeId", UNSET)

        _raw_relationship = src_dict.get("relationship", UNSET)
        if _raw_relationship is None:
            relationship = None
        else:
            _relationship = _raw_relationship
            relationship: AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0Relationship | Unset
            if isinstance(_relationship, Unset):
                relationship = UNSET
            else:
                relationship = AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0Relationship.of(
                    _relationship
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.categories = categories
        _model.display_point = display_point
        _model.home_page = home_page
        _model.main_address = main_address
        _model.map_action = map_action
        _model.names = names
        _model.phone_number = phone_number
        _model.place_id = place_id
        _model.relationship = relationship
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
