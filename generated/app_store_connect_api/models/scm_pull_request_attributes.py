from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="ScmPullRequestAttributes")
_KNOWN_KEYS = frozenset(
    {
        "destinationBranchName",
        "destinationRepositoryName",
        "destinationRepositoryOwner",
        "isClosed",
        "isCrossRepository",
        "number",
        "sourceBranchName",
        "sourceRepositoryName",
        "sourceRepositoryOwner",
        "title",
        "webUrl",
    }
)


@_attrs_define(repr=False)
class ScmPullRequestAttributes:
    """
    Attributes:
        destination_branch_name (str | Unset):
        destination_repository_name (str | Unset):
        destination_repository_owner (str | Unset):
        is_closed (bool | Unset):
        is_cross_repository (bool | Unset):
        number (int | Unset):
        source_branch_name (str | Unset):
        source_repository_name (str | Unset):
        source_repository_owner (str | Unset):
        title (str | Unset):
        web_url (str | Unset):
    """

    destination_branch_name: str | None = None
    destination_repository_name: str | None = None
    destination_repository_owner: str | None = None
    is_closed: bool | None = None
    is_cross_repository: bool | None = None
    number: int | None = None
    source_branch_name: str | None = None
    source_repository_name: str | None = None
    source_repository_owner: str | None = None
    title: str | None = None
    web_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        destination_branch_name = self.destination_branch_name

        destination_repository_name = self.destination_repository_name

        destination_repository_owner = self.destination_repository_owner

        is_closed = self.is_closed

        is_cross_repository = self.is_cross_repository

        number = self.number

        source_branch_name = self.source_branch_name

        source_repository_name = self.source_repository_name

        source_repository_owner = self.source_repository_owner

        title = self.title

        web_url = self.web_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if destination_branch_name is not None:
            field_dict["destinationBranchName"] = destination_branch_name
        if destination_repository_name is not None:
            field_dict["destinationRepositoryName"] = destination_repository_name
        if destination_repository_owner is not None:
            field_dict["destinationRepositoryOwner"] = destination_repository_owner
        if is_closed is not None:
            field_dict["isClosed"] = is_closed
        if is_cross_repository is not None:
            field_dict["isCrossRepository"] = is_cross_repository
        if number is not None:
            field_dict["number"] = number
        if source_branch_name is not None:
            field_dict["sourceBranchName"] = source_branch_name
        if source_repository_name is not None:
            field_dict["sourceRepositoryName"] = source_repository_name
        if source_repository_owner is not None:
            field_dict["sourceRepositoryOwner"] = source_repository_owner
        if title is not None:
            field_dict["title"] = title
        if web_url is not None:
            field_dict["webUrl"] = web_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        destination_branch_name = src_dict.get("destinationBranchName")

        destination_repository_name = src_dict.get("destinationRepositoryName")

        destination_repository_owner = src_dict.get("destinationRepositoryOwner")

        is_closed = src_dict.get("isClosed")

        is_cross_repository = src_dict.get("isCrossRepository")

        number = src_dict.get("number")

        source_branch_name = src_dict.get("sourceBranchName")

        source_repository_name = src_dict.get("sourceRepositoryName")

        source_repository_owner = src_dict.get("sourceRepositoryOwner")

        title = src_dict.get("title")

        web_url = src_dict.get("webUrl")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.destination_branch_name = destination_branch_name
        _model.destination_repository_name = destination_repository_name
        _model.destination_repository_owner = destination_repository_owner
        _model.is_closed = is_closed
        _model.is_cross_repository = is_cross_repository
        _model.number = number
        _model.source_branch_name = source_branch_name
        _model.source_repository_name = source_repository_name
        _model.source_repository_owner = source_repository_owner
        _model.title = title
        _model.web_url = web_url
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
