from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alternative_distribution_package_version_attributes_state import (
    AlternativeDistributionPackageVersionAttributesState,
)
from ..types import model_repr

T = TypeVar("T", bound="AlternativeDistributionPackageVersionAttributes")


@_attrs_define(repr=False)
class AlternativeDistributionPackageVersionAttributes:
    """
    Attributes:
        file_checksum (str | Unset):
        state (AlternativeDistributionPackageVersionAttributesState | Unset):
        url (str | Unset):
        url_expiration_date (datetime.datetime | Unset):
        version (str | Unset):
    """

    file_checksum: str | None = None
    state: AlternativeDistributionPackageVersionAttributesState | None = None
    url: str | None = None
    url_expiration_date: datetime.datetime | None = None
    version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        file_checksum = self.file_checksum

        state: Any = None
        if self.state is not None:
            state = self.state.value

        url = self.url

        url_expiration_date: Any = None
        if self.url_expiration_date is not None:
            url_expiration_date = self.url_expiration_date.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_checksum is not None:
            field_dict["fileChecksum"] = file_checksum
        if state is not None:
            field_dict["state"] = state
        if url is not None:
            field_dict["url"] = url
        if url_expiration_date is not None:
            field_dict["urlExpirationDate"] = url_expiration_date
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_checksum = d.pop("fileChecksum", None)

        _raw_state = d.pop("state", None)
        if _raw_state is None:
            state = None
        else:
            state = AlternativeDistributionPackageVersionAttributesState(_raw_state)

        url = d.pop("url", None)

        _raw_url_expiration_date = d.pop("urlExpirationDate", None)
        if _raw_url_expiration_date is None:
            url_expiration_date = None
        else:
            url_expiration_date = datetime.datetime.fromisoformat(_raw_url_expiration_date)

        version = d.pop("version", None)

        alternative_distribution_package_version_attributes = cls(
            file_checksum=file_checksum,
            state=state,
            url=url,
            url_expiration_date=url_expiration_date,
            version=version,
        )
        alternative_distribution_package_version_attributes.additional_properties = d
        return alternative_distribution_package_version_attributes

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
