from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_git_ref_kind import CiGitRefKind
from ..types import model_repr

T = TypeVar("T", bound="ScmGitReferenceAttributes")


@_attrs_define(repr=False)
class ScmGitReferenceAttributes:
    """
    Attributes:
        canonical_name (str | Unset):
        is_deleted (bool | Unset):
        kind (CiGitRefKind | Unset):
        name (str | Unset):
    """

    canonical_name: str | None = None
    is_deleted: bool | None = None
    kind: CiGitRefKind | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        canonical_name = self.canonical_name

        is_deleted = self.is_deleted

        kind: Any = None
        if self.kind is not None:
            kind = self.kind.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if canonical_name is not None:
            field_dict["canonicalName"] = canonical_name
        if is_deleted is not None:
            field_dict["isDeleted"] = is_deleted
        if kind is not None:
            field_dict["kind"] = kind
        if name is not None:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        canonical_name = d.pop("canonicalName", None)

        is_deleted = d.pop("isDeleted", None)

        _raw_kind = d.pop("kind", None)
        if _raw_kind is None:
            kind = None
        else:
            kind = CiGitRefKind(_raw_kind)

        name = d.pop("name", None)

        scm_git_reference_attributes = cls(
            canonical_name=canonical_name,
            is_deleted=is_deleted,
            kind=kind,
            name=name,
        )
        scm_git_reference_attributes.additional_properties = d
        return scm_git_reference_attributes

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
