from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppStoreVersionLocalizationAttributes")


@_attrs_define
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

    description: str | Unset | None = UNSET
    keywords: str | Unset | None = UNSET
    locale: str | Unset | None = UNSET
    marketing_url: str | Unset | None = UNSET
    promotional_text: str | Unset | None = UNSET
    support_url: str | Unset | None = UNSET
    whats_new: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if description is not UNSET:
            field_dict["description"] = description
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if locale is not UNSET:
            field_dict["locale"] = locale
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
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        keywords = d.pop("keywords", UNSET)

        locale = d.pop("locale", UNSET)

        marketing_url = d.pop("marketingUrl", UNSET)

        promotional_text = d.pop("promotionalText", UNSET)

        support_url = d.pop("supportUrl", UNSET)

        whats_new = d.pop("whatsNew", UNSET)

        app_store_version_localization_attributes = cls(
            description=description,
            keywords=keywords,
            locale=locale,
            marketing_url=marketing_url,
            promotional_text=promotional_text,
            support_url=support_url,
            whats_new=whats_new,
        )
        app_store_version_localization_attributes.additional_properties = d
        return app_store_version_localization_attributes

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
