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
from ..types import model_repr

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
        d = dict(src_dict)
        _raw_categories = d.pop("categories", None)
        if _raw_categories is None:
            categories = None
        else:
            categories = cast(list[str], _raw_categories)

        _raw_display_point = d.pop("displayPoint", None)
        if _raw_display_point is None:
            display_point = None
        else:
            display_point = AppClipAdvancedExperienceAttributesPlaceDisplayPoint.from_dict(_raw_display_point)

        home_page = d.pop("homePage", None)

        _raw_main_address = d.pop("mainAddress", None)
        if _raw_main_address is None:
            main_address = None
        else:
            main_address = AppClipAdvancedExperienceAttributesPlaceMainAddress.from_dict(_raw_main_address)

        _raw_map_action = d.pop("mapAction", None)
        if _raw_map_action is None:
            map_action = None
        else:
            map_action = AppClipAdvancedExperienceAttributesPlaceMapAction(_raw_map_action)

        _raw_names = d.pop("names", None)
        if _raw_names is None:
            names = None
        else:
            names = cast(list[str], _raw_names)

        _raw_phone_number = d.pop("phoneNumber", None)
        if _raw_phone_number is None:
            phone_number = None
        else:
            phone_number = AppClipAdvancedExperienceAttributesPlacePhoneNumber.from_dict(_raw_phone_number)

        place_id = d.pop("placeId", None)

        _raw_relationship = d.pop("relationship", None)
        if _raw_relationship is None:
            relationship = None
        else:
            relationship = AppClipAdvancedExperienceAttributesPlaceRelationship(_raw_relationship)

        app_clip_advanced_experience_attributes_place = cls(
            categories=categories,
            display_point=display_point,
            home_page=home_page,
            main_address=main_address,
            map_action=map_action,
            names=names,
            phone_number=phone_number,
            place_id=place_id,
            relationship=relationship,
        )
        app_clip_advanced_experience_attributes_place.additional_properties = d
        return app_clip_advanced_experience_attributes_place

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
