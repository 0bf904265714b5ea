from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_clip_action import AppClipAction
from ..models.app_clip_advanced_experience_create_request_data_attributes_business_category import (
    AppClipAdvancedExperienceCreateRequestDataAttributesBusinessCategory,
)
from ..models.app_clip_advanced_experience_language import AppClipAdvancedExperienceLanguage
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_clip_advanced_experience_create_request_data_attributes_place_type_0 import (
        AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0,
    )


T = TypeVar("T", bound="AppClipAdvancedExperienceCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "defaultLanguage",
        "isPoweredBy",
        "link",
        "action",
        "businessCategory",
        "place",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0
    from ..models.app_clip_advanced_experience_create_request_data_attributes_place_type_0 import (
        AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppClipAdvancedExperienceCreateRequestDataAttributes:
    """
    Attributes:
        default_language (AppClipAdvancedExperienceLanguage):
        is_powered_by (bool):
        link (str):
        action (AppClipAction | Unset):
        business_category (AppClipAdvancedExperienceCreateRequestDataAttributesBusinessCategory | Unset):
        place (AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0 | None | Unset):
    """

    default_language: AppClipAdvancedExperienceLanguage
    is_powered_by: bool
    link: str
    action: AppClipAction | Unset | None = UNSET
    business_category: AppClipAdvancedExperienceCreateRequestDataAttributesBusinessCategory | Unset | None = (
        UNSET
    )
    place: AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        default_language = self.default_language.value

        is_powered_by = self.is_powered_by

        link = self.link

        action: str | Unset | None
        if self.action is None:
            action = None
        else:
            action = UNSET
            if not isinstance(self.action, Unset):
                action = self.action.value

        business_category: str | Unset | None
        if self.business_category is None:
            business_category = None
        else:
            business_category = UNSET
            if not isinstance(self.business_category, Unset):
                business_category = self.business_category.value

        place: dict[str, Any] | None | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        elif isinstance(self.place, AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0):
            place = self.place.to_dict()
        else:
            place = self.place

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["defaultLanguage"] = default_language
        field_dict["isPoweredBy"] = is_powered_by
        field_dict["link"] = link
        if action is not UNSET:
            field_dict["action"] = action
        if business_category is not UNSET:
            field_dict["businessCategory"] = business_category
        if place is not UNSET:
            field_dict["place"] = place
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        default_language = AppClipAdvancedExperienceLanguage.of(src_dict["defaultLanguage"])

        is_powered_by = src_dict["isPoweredBy"]

        link = src_dict["link"]

        _raw_action = src_dict.get("action", UNSET)
        if _raw_action is None:
            action = None
        else:
            _action = _raw_action
            action: AppClipAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = AppClipAction.of(_action)

        _raw_business_category = src_dict.get("businessCategory", UNSET)
        if _raw_business_category is None:
            business_category = None
        else:
            _business_category = _raw_business_category
            business_category: AppClipAdvancedExperienceCreateRequestDataAttributesBusinessCategory | Unset
            if isinstance(_business_category, Unset):
                business_category = UNSET
            else:
                business_category = AppClipAdvancedExperienceCreateRequestDataAttributesBusinessCategory.of(
                    _business_category
                )

        def _parse_place(
            data: object,
        ) -> AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                place_type_0 = AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0.from_dict(data)

                return place_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0 | None | Unset, data)

        place = _parse_place(src_dict.get("place", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.default_language = default_language
        _model.is_powered_by = is_powered_by
        _model.link = link
        _model.action = action
        _model.business_category = business_category
        _model.place = place
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
