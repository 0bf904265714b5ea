from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_clip_action import AppClipAction
from ..models.app_clip_advanced_experience_attributes_business_category import (
    AppClipAdvancedExperienceAttributesBusinessCategory,
)
from ..models.app_clip_advanced_experience_attributes_place_status import (
    AppClipAdvancedExperienceAttributesPlaceStatus,
)
from ..models.app_clip_advanced_experience_attributes_status import AppClipAdvancedExperienceAttributesStatus
from ..models.app_clip_advanced_experience_language import AppClipAdvancedExperienceLanguage
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_clip_advanced_experience_attributes_place import (
        AppClipAdvancedExperienceAttributesPlace,
    )


T = TypeVar("T", bound="AppClipAdvancedExperienceAttributes")
_KNOWN_KEYS = frozenset(
    {
        "action",
        "businessCategory",
        "defaultLanguage",
        "isPoweredBy",
        "link",
        "place",
        "placeStatus",
        "status",
        "version",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppClipAdvancedExperienceAttributesPlace
    from ..models.app_clip_advanced_experience_attributes_place import (
        AppClipAdvancedExperienceAttributesPlace,
    )

    _LAZY_IMPORTS_DONE = True


def _read_place(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_place = src_dict.get("place")
    if _raw_place is None:
        place = None
    else:
        place = AppClipAdvancedExperienceAttributesPlace.from_dict(_raw_place)

    return place


_READERS: dict[str, Any] = {
    "place": _read_place,
}


@_attrs_define(repr=False)
class AppClipAdvancedExperienceAttributes:
    """
    Attributes:
        action (AppClipAction | Unset):
        business_category (AppClipAdvancedExperienceAttributesBusinessCategory | Unset):
        default_language (AppClipAdvancedExperienceLanguage | Unset):
        is_powered_by (bool | Unset):
        link (str | Unset):
        place (AppClipAdvancedExperienceAttributesPlace | Unset):
        place_status (AppClipAdvancedExperienceAttributesPlaceStatus | Unset):
        status (AppClipAdvancedExperienceAttributesStatus | Unset):
        version (int | Unset):
    """

    action: AppClipAction | None = None
    business_category: AppClipAdvancedExperienceAttributesBusinessCategory | None = None
    default_language: AppClipAdvancedExperienceLanguage | None = None
    is_powered_by: bool | None = None
    link: str | None = None
    place: AppClipAdvancedExperienceAttributesPlace | None = None
    place_status: AppClipAdvancedExperienceAttributesPlaceStatus | None = None
    status: AppClipAdvancedExperienceAttributesStatus | None = None
    version: int | None = None
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
        action: Any = None
        if self.action is not None:
            action = self.action.value

        business_category: Any = None
        if self.business_category is not None:
            business_category = self.business_category.value

        default_language: Any = None
        if self.default_language is not None:
            default_language = self.default_language.value

        is_powered_by = self.is_powered_by

        link = self.link

        place: Any = None
        if self.place is not None:
            place = self.place.to_dict()

        place_status: Any = None
        if self.place_status is not None:
            place_status = self.place_status.value

        status: Any = None
        if self.status is not None:
            status = self.status.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if action is not None:
            field_dict["action"] = action
        if business_category is not None:
            field_dict["businessCategory"] = business_category
        if default_language is not None:
            field_dict["defaultLanguage"] = default_language
        if is_powered_by is not None:
            field_dict["isPoweredBy"] = is_powered_by
        if link is not None:
            field_dict["link"] = link
        if place is not None:
            field_dict["place"] = place
        if place_status is not None:
            field_dict["placeStatus"] = place_status
        if status is not None:
            field_dict["status"] = status
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_action = src_dict.get("action")
        if _raw_action is None:
            action = None
        else:
            action = AppClipAction.of(_raw_action)

        _raw_business_category = src_dict.get("businessCategory")
        if _raw_business_category is None:
            business_category = None
        else:
            business_category = AppClipAdvancedExperienceAttributesBusinessCategory.of(_raw_business_category)

        _raw_default_language = src_dict.get("defaultLanguage")
        if _raw_default_language is None:
            default_language = None
        else:
            default_language = AppClipAdvancedExperienceLanguage.of(_raw_default_language)

        is_powered_by = src_dict.get("isPoweredBy")

        link = src_dict.get("link")

        _raw_place_status = src_dict.get("placeStatus")
        if _raw_place_status is None:
            place_status = None
        else:
            place_status = AppClipAdvancedExperienceAttributesPlaceStatus.of(_raw_place_status)

        _raw_status = src_dict.get("status")
        if _raw_status is None:
            status = None
        else:
            status = AppClipAdvancedExperienceAttributesStatus.of(_raw_status)

        version = src_dict.get("version")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.action = action
        _model.business_category = business_category
        _model.default_language = default_language
        _model.is_powered_by = is_powered_by
        _model.link = link
        _model.place_status = place_status
        _model.status = status
        _model.version = version
        _model._document = src_dict  # place: read on first access
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
