from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_git_ref_kind import CiGitRefKind
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="ScmGitReferenceAttributes")
_KNOWN_KEYS = frozenset(
    {
        "canonicalName",
        "isDeleted",
        "kind",
        "name",
    }
)


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
        canonical_name = src_dict.get("canonicalName")

        is_deleted = src_dict.get("isDeleted")

        _raw_kind = src_dict.get("kind")
        if _raw_kind is None:
            kind = None
        else:
            kind = CiGitRefKind.of(_raw_kind)

        name = src_dict.get("name")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.canonical_name = canonical_name
        _model.is_deleted = is_deleted
        _model.kind = kind
        _model.name = name
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
