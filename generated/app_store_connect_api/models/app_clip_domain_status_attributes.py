from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_clip_domain_status_attributes_domains_item import (
        AppClipDomainStatusAttributesDomainsItem,
    )


T = TypeVar("T", bound="AppClipDomainStatusAttributes")
_KNOWN_KEYS = frozenset(
    {
        "domains",
        "lastUpdatedDate",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppClipDomainStatusAttributesDomainsItem
    from ..models.app_clip_domain_status_attributes_domains_item import (
        AppClipDomainStatusAttributesDomainsItem,
    )

    _LAZY_IMPORTS_DONE = True


def _read_domains(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_domains = src_dict.get("domains")
    if _raw_domains is None:
        domains = None
    else:
        domains = []
        _domains = _raw_domains
        for domains_item_data in _domains:
            domains_item = AppClipDomainStatusAttributesDomainsItem.from_dict(domains_item_data)

            domains.append(domains_item)

    return domains


_READERS: dict[str, Any] = {
    "domains": _read_domains,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        _raw_last_updated_date = src_dict.get("lastUpdatedDate")
        if _raw_last_updated_date is None:
            last_updated_date = None
        else:
            last_updated_date = datetime.datetime.fromisoformat(_raw_last_updated_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.last_updated_date = last_updated_date
        _model._document = src_dict  # domains: read on first access
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
