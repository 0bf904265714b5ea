from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScmRepositoryAttributes")


@_attrs_define
class ScmRepositoryAttributes:
    """
    Attributes:
        http_clone_url (str | Unset):
        last_accessed_date (datetime.datetime | Unset):
        owner_name (str | Unset):
        repository_name (str | Unset):
        ssh_clone_url (str | Unset):
    """

    http_clone_url: str | Unset | None = UNSET
    last_accessed_date: datetime.datetime | Unset | None = UNSET
    owner_name: str | Unset | None = UNSET
    repository_name: str | Unset | None = UNSET
    ssh_clone_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_clone_url = self.http_clone_url

        last_accessed_date: str | Unset | None
        if self.last_accessed_date is None:
            last_accessed_date = None
        else:
            last_accessed_date = UNSET
            if not isinstance(self.last_accessed_date, Unset):
                last_accessed_date = self.last_accessed_date.isoformat()

        owner_name = self.owner_name

        repository_name = self.repository_name

        ssh_clone_url = self.ssh_clone_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if http_clone_url is not UNSET:
            field_dict["httpCloneUrl"] = http_clone_url
        if last_accessed_date is not UNSET:
            field_dict["lastAccessedDate"] = last_accessed_date
        if owner_name is not UNSET:
            field_dict["ownerName"] = owner_name
        if repository_name is not UNSET:
            field_dict["repositoryName"] = repository_name
        if ssh_clone_url is not UNSET:
            field_dict["sshCloneUrl"] = ssh_clone_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        http_clone_url = d.pop("httpCloneUrl", UNSET)

        _raw_last_accessed_date = d.pop("lastAccessedDate", UNSET)
        if _raw_last_accessed_date is None:
            last_accessed_date = None
        else:
            _last_accessed_date = _raw_last_accessed_date
            last_accessed_date: datetime.datetime | Unset
            if isinstance(_last_accessed_date, Unset):
                last_accessed_date = UNSET
            else:
                last_accessed_date = datetime.datetime.fromisoformat(_last_accessed_date)

        owner_name = d.pop("ownerName", UNSET)

        repository_name = d.pop("repositoryName", UNSET)

        ssh_clone_url = d.pop("sshCloneUrl", UNSET)

        scm_repository_attributes = cls(
            http_clone_url=http_clone_url,
            last_accessed_date=last_accessed_date,
            owner_name=owner_name,
            repository_name=repository_name,
            ssh_clone_url=ssh_clone_url,
        )
        scm_repository_attributes.additional_properties = d
        return scm_repository_attributes

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
