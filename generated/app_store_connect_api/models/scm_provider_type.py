from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scm_provider_type_kind import ScmProviderTypeKind
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="ScmProviderType")
_KNOWN_KEYS = frozenset(
    {
        "displayName",
        "isOnPremise",
        "kind",
    }
)


@_attrs_define(repr=False)
class ScmProviderType:
    """
    Attributes:
        display_name (str | Unset):
        is_on_premise (bool | Unset):
        kind (ScmProviderTypeKind | Unset):
    """

    display_name: str | None = None
    is_on_premise: bool | None = None
    kind: ScmProviderTypeKind | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        is_on_premise = self.is_on_premise

        kind: Any = None
        if self.kind is not None:
            kind = self.kind.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if display_name is not None:
            field_dict["displayName"] = display_name
        if is_on_premise is not None:
            field_dict["isOnPremise"] = is_on_premise
        if kind is not None:
            field_dict["kind"] = kind
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        display_name = src_dict.get("displayName")

        is_on_premise = src_dict.get("isOnPremise")

        _raw_kind = src_dict.get("kind")
        if _raw_kind is None:
            kind = None
        else:
            kind = ScmProviderTypeKind.of(_raw_kind)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.display_name = display_name
        _model.is_on_premise = is_on_premise
        _model.kind = kind
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
