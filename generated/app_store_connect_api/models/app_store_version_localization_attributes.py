from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppStoreVersionLocalizationAttributes")
_KNOWN_KEYS = frozenset(
    {
        "description",
        "keywords",
        "locale",
        "marketingUrl",
        "promotionalText",
        "supportUrl",
        "whatsNew",
    }
)


@_attrs_define(repr=False)
class AppStoreVersionLocalizationAttributes:
    """
    Attributes:
        description (str | Unset):
        keywords (str | Unset):
        locale (str | Unset):
        marketing_url (str | Unset):
        promotional_text (str | Unset):
        support_url (str | Unset):
        whats_new (str | Unset):
    """

    description: str | None = None
    keywords: str | None = None
    locale: str | None = None
    marketing_url: str | None = None
    promotional_text: str | None = None
    support_url: str | None = None
    whats_new: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        keywords = self.keywords

        locale = self.locale

        marketing_url = self.marketing_url

        promotional_text = self.promotional_text

        support_url = self.support_url

        whats_new = self.whats_new

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not None:
            field_dict["description"] = description
        if keywords is not None:
            field_dict["keywords"] = keywords
        if locale is not None:
            field_dict["locale"] = locale
        if marketing_url is not None:
            field_dict["marketingUrl"] = marketing_url
        if promotional_text is not None:
            field_dict["promotionalText"] = promotional_text
        if support_url is not None:
            field_dict["supportUrl"] = support_url
        if whats_new is not None:
            field_dict["whatsNew"] = whats_new
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        description = src_dict.get("description")

        keywords = src_dict.get("keywords")

        locale = src_dict.get("locale")

        marketing_url = src_dict.get("marketingUrl")

        promotional_text = src_dict.get("promotionalText")

        support_url = src_dict.get("supportUrl")

        whats_new = src_dict.get("whatsNew")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.description = description
        _model.keywords = keywords
        _model.locale = locale
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
