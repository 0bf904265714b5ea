from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.app_clip_domain_status_attributes_domains_item import (
        AppClipDomainStatusAttributesDomainsItem,
    )


T = TypeVar("T", bound="AppClipDomainStatusAttributes")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppClipDomainStatusAttributesDomainsItem
    from ..models.app_clip_domain_status_attributes_domains_item import (
        AppClipDomainStatusAttributesDomainsItem,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppClipDomainStatusAttributes:
    """
    Attributes:
        domains (list[AppClipDomainStatusAttributesDomainsItem] | Unset):
        last_updated_date (datetime.datetime | Unset):
    """

    domains: list[AppClipDomainStatusAttributesDomainsItem] | None = None
    last_updated_date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        domains: Any = None
        if self.domains is not None:
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        last_updated_date: Any = None
        if self.last_updated_date is not None:
            last_updated_date = self.last_updated_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if domains is not None:
            field_dict["domains"] = domains
        if last_updated_date is not None:
            field_dict["lastUpdatedDate"] = last_updated_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_domains = d.pop("domains", None)
        if _raw_domains is None:
            domains = None
        else:
            domains = []
            _domains = _raw_domains
            for domains_item_data in _domains:
                domains_item = AppClipDomainStatusAttributesDomainsItem.from_dict(domains_item_data)

                domains.append(domains_item)

        _raw_last_updated_date = d.pop("lastUpdatedDate", None)
        if _raw_last_updated_date is None:
            last_updated_date = None
        else:
            last_updated_date = datetime.datetime.fromisoformat(_raw_last_updated_date)

        app_clip_domain_status_attributes = cls(
            domains=domains,
            last_updated_date=last_updated_date,
        )
        app_clip_domain_status_attributes.additional_properties = d
        return app_clip_domain_status_attributes

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
