from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="ScmRepositoryAttributes")
_KNOWN_KEYS = frozenset(
    {
        "httpCloneUrl",
        "lastAccessedDate",
        "ownerName",
        "repositoryName",
        "sshCloneUrl",
    }
)


@_attrs_define(repr=False)
class ScmRepositoryAttributes:
    """
    Attributes:
        http_clone_url (str | Unset):
        last_accessed_date (datetime.datetime | Unset):
        owner_name (str | Unset):
        repository_name (str | Unset):
        ssh_clone_url (str | Unset):
    """

    http_clone_url: str | None = None
    last_accessed_date: datetime.datetime | None = None
    owner_name: str | None = None
    repository_name: str | None = None
    ssh_clone_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        http_clone_url = self.http_clone_url

        last_accessed_date: Any = None
        if self.last_accessed_date is not None:
            last_accessed_date = self.last_accessed_date.isoformat()

        owner_name = self.owner_name

        repository_name = self.repository_name

        ssh_clone_url = self.ssh_clone_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if http_clone_url is not None:
            field_dict["httpCloneUrl"] = http_clone_url
        if last_accessed_date is not None:
            field_dict["lastAccessedDate"] = last_accessed_date
        if owner_name is not None:
            field_dict["ownerName"] = owner_name
        if repository_name is not None:
            field_dict["repositoryName"] = repository_name
        if ssh_clone_url is not None:
            field_dict["sshCloneUrl"] = ssh_clone_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        http_clone_url = src_dict.get("httpCloneUrl")

        _raw_last_accessed_date = src_dict.get("lastAccessedDate")
        if _raw_last_accessed_date is None:
            last_accessed_date = None
        else:
            last_accessed_date = datetime.datetime.fromisoformat(_raw_last_accessed_date)

        owner_name = src_dict.get("ownerName")

        repository_name = src_dict.get("repositoryName")

        ssh_clone_url = src_dict.get("sshCloneUrl")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.http_clone_url = http_clone_url
        _model.last_accessed_date = last_accessed_date
        _model.owner_name = owner_name
        _model.repository_name = repository_name
        _model.ssh_clone_url = ssh_clone_url
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
