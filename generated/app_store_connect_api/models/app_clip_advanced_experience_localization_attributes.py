from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_clip_advanced_experience_language import AppClipAdvancedExperienceLanguage
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppClipAdvancedExperienceLocalizationAttributes")
_KNOWN_KEYS = frozenset(
    {
        "language",
        "subtitle",
        "title",
    }
)


@_attrs_define(repr=False)
class AppClipAdvancedExperienceLocalizationAttributes:
    """
    Attributes:
        language (AppClipAdvancedExperienceLanguage | Unset):
        subtitle (str | Unset):
        title (str | Unset):
    """

    language: AppClipAdvancedExperienceLanguage | None = None
    subtitle: str | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        language: Any = None
        if self.language is not None:
            language = self.language.value

        subtitle = self.subtitle

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language is not None:
            field_dict["language"] = language
        if subtitle is not None:
            field_dict["subtitle"] = subtitle
        if title is not None:
            field_dict["title"] = title
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_language = src_dict.get("language")
        if _raw_language is None:
            language = None
        else:
            language = AppClipAdvancedExperienceLanguage.of(_raw_language)

        subtitle = src_dict.get("subtitle")

        title = src_dict.get("title")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.language = language
        _model.subtitle = subtitle
        _model.title = title
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
