from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_clip_domain_status_attributes_domains_item_error_code import (
    AppClipDomainStatusAttributesDomainsItemErrorCode,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppClipDomainStatusAttributesDomainsItem")
_KNOWN_KEYS = frozenset(
    {
        "domain",
        "errorCode",
        "isValid",
        "lastUpdatedDate",
    }
)


@_attrs_define(repr=False)
class AppClipDomainStatusAttributesDomainsItem:
    """
    Attributes:
        domain (str | Unset):
        error_code (AppClipDomainStatusAttributesDomainsItemErrorCode | Unset):
        is_valid (bool | Unset):
        last_updated_date (datetime.datetime | Unset):
    """

    domain: str | None = None
    error_code: AppClipDomainStatusAttributesDomainsItemErrorCode | None = None
    is_valid: bool | None = None
    last_updated_date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        error_code: Any = None
        if self.error_code is not None:
            error_code = self.error_code.value

        is_valid = self.is_valid

        last_updated_date: Any = None
        if self.last_updated_date is not None:
            last_updated_date = self.last_updated_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if domain is not None:
            field_dict["domain"] = domain
        if error_code is not None:
            field_dict["errorCode"] = error_code
        if is_valid is not None:
            field_dict["isValid"] = is_valid
        if last_updated_date is not None:
            field_dict["lastUpdatedDate"] = last_updated_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        domain = src_dict.get("domain")

        _raw_error_code = src_dict.get("errorCode")
        if _raw_error_code is None:
            error_code = None
        else:
            error_code = AppClipDomainStatusAttributesDomainsItemErrorCode.of(_raw_error_code)

        is_valid = src_dict.get("isValid")

        _raw_last_updated_date = src_dict.get("lastUpdatedDate")
        if _raw_last_updated_date is None:
            last_updated_date = None
        else:
            last_updated_date = datetime.datetime.fromisoformat(_raw_last_updated_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.domain = domain
        _model.error_code = error_code
        _model.is_valid = is_valid
        _model.last_updated_date = last_updated_date
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
