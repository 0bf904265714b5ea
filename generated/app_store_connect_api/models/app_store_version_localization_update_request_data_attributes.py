from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppStoreVersionLocalizationUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "description",
        "keywords",
        "marketingUrl",
        "promotionalText",
        "supportUrl",
        "whatsNew",
    }
)


@_attrs_define(repr=False)
class AppStoreVersionLocalizationUpdateRequestDataAttributes:
    """
    Attributes:
        description (None | str | Unset):
        keywords (None | str | Unset):
        marketing_url (None | str | Unset):
        promotional_text (None | str | Unset):
        support_url (None | str | Unset):
        whats_new (None | str | Unset):
    """

    description: None | str | Unset = UNSET
    keywords: None | str | Unset = UNSET
    marketing_url: None | str | Unset = UNSET
    promotional_text: None | str | Unset = UNSET
    support_url: None | str | Unset = UNSET
    whats_new: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        keywords: None | str | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        else:
            keywords = self.keywords

        marketing_url: None | str | Unset
        if isinstance(self.marketing_url, Unset):
            marketing_url = UNSET
        else:
            marketing_url = self.marketing_url

        promotional_text: None | str | Unset
        if isinstance(self.promotional_text, Unset):
            promotional_text = UNSET
        else:
            promotional_text = self.promotional_text

        support_url: None | str | Unset
        if isinstance(self.support_url, Unset):
            support_url = UNSET
        else:
            support_url = self.support_url

        whats_new: None | str | Unset
        if isinstance(self.whats_new, Unset):
            whats_new = UNSET
        else:
            whats_new = self.whats_new

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if marketing_url is not UNSET:
            field_dict["marketingUrl"] = marketing_url
        if promotional_text is not UNSET:
            field_dict["promotionalText"] = promotional_text
        if support_url is not UNSET:
            field_dict["supportUrl"] = support_url
        if whats_new is not UNSET:
            field_dict["whatsNew"] = whats_new
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(src_dict.get("description", UNSET))

        def _parse_keywords(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keywords = _parse_keywords(src_dict.get("keywords", UNSET))

        def _parse_marketing_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        marketing_url = _parse_marketing_url(src_dict.get("marketingUrl", UNSET))

        def _parse_promotional_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promotional_text = _parse_promotional_text(src_dict.get("promotionalText", UNSET))

        def _parse_support_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        support_url = _parse_support_url(src_dict.get("supportUrl", UNSET))

        def _parse_whats_new(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        whats_new = _parse_whats_new(src_dict.get("whatsNew", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.description = description
        _model.keywords = keywords
        _model.marketing_url = marketing_url
        _model.promotional_text = promotional_text
        _model.support_url = support_url
        _model.whats_new = whats_new
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
