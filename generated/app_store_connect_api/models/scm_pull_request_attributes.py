from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScmPullRequestAttributes")


@_attrs_define
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

    destination_branch_name: str | Unset | None = UNSET
    destination_repository_name: str | Unset | None = UNSET
    destination_repository_owner: str | Unset | None = UNSET
    is_closed: bool | Unset | None = UNSET
    is_cross_repository: bool | Unset | None = UNSET
    number: int | Unset | None = UNSET
    source_branch_name: str | Unset | None = UNSET
    source_repository_name: str | Unset | None = UNSET
    source_repository_owner: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    web_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if destination_branch_name is not UNSET:
            field_dict["destinationBranchName"] = destination_branch_name
        if destination_repository_name is not UNSET:
            field_dict["destinationRepositoryName"] = destination_repository_name
        if destination_repository_owner is not UNSET:
            field_dict["destinationRepositoryOwner"] = destination_repository_owner
        if is_closed is not UNSET:
            field_dict["isClosed"] = is_closed
        if is_cross_repository is not UNSET:
            field_dict["isCrossRepository"] = is_cross_repository
        if number is not UNSET:
            field_dict["number"] = number
        if source_branch_name is not UNSET:
            field_dict["sourceBranchName"] = source_branch_name
        if source_repository_name is not UNSET:
            field_dict["sourceRepositoryName"] = source_repository_name
        if source_repository_owner is not UNSET:
            field_dict["sourceRepositoryOwner"] = source_repository_owner
        if title is not UNSET:
            field_dict["title"] = title
        if web_url is not UNSET:
            field_dict["webUrl"] = web_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        destination_branch_name = d.pop("destinationBranchName", UNSET)

        destination_repository_name = d.pop("destinationRepositoryName", UNSET)

        destination_repository_owner = d.pop("destinationRepositoryOwner", UNSET)

        is_closed = d.pop("isClosed", UNSET)

        is_cross_repository = d.pop("isCrossRepository", UNSET)

        number = d.pop("number", UNSET)

        source_branch_name = d.pop("sourceBranchName", UNSET)

        source_repository_name = d.pop("sourceRepositoryName", UNSET)

        source_repository_owner = d.pop("sourceRepositoryOwner", UNSET)

        title = d.pop("title", UNSET)

        web_url = d.pop("webUrl", UNSET)

        scm_pull_request_attributes = cls(
            destination_branch_name=destination_branch_name,
            destination_repository_name=destination_repository_name,
            destination_repository_owner=destination_repository_owner,
            is_closed=is_closed,
            is_cross_repository=is_cross_repository,
            number=number,
            source_branch_name=source_branch_name,
            source_repository_name=source_repository_name,
            source_repository_owner=source_repository_owner,
            title=title,
            web_url=web_url,
        )
        scm_pull_request_attributes.additional_properties = d
        return scm_pull_request_attributes

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
