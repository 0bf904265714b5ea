from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_clip_advanced_experience_language import AppClipAdvancedExperienceLanguage
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppClipAdvancedExperienceLocalizationInlineCreateAttributes")
_KNOWN_KEYS = frozenset(
    {
        "language",
        "subtitle",
        "title",
    }
)


@_attrs_define(repr=False)
class AppClipAdvancedExperienceLocalizationInlineCreateAttributes:
    """
    Attributes:
        language (AppClipAdvancedExperienceLanguage | Unset):
        subtitle (None | str | Unset):
        title (None | str | Unset):
    """

    language: AppClipAdvancedExperienceLanguage | Unset | None = UNSET
    subtitle: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        language: str | Unset | None
        if self.language is None:
            language = None
        else:
            language = UNSET
            if not isinstance(self.language, Unset):
                language = self.language.value

        subtitle: None | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = self.subtitle

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language is not UNSET:
            field_dict["language"] = language
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if title is not UNSET:
            field_dict["title"] = title
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_language = src_dict.get("language", UNSET)
        if _raw_language is None:
            language = None
        else:
            _language = _raw_language
            language: AppClipAdvancedExperienceLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = AppClipAdvancedExperienceLanguage.of(_language)

        def _parse_subtitle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtitle = _parse_subtitle(src_dict.get("subtitle", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(src_dict.get("title", UNSET))

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
