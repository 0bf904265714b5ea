from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.scm_provider_type import ScmProviderType


T = TypeVar("T", bound="ScmProviderAttributes")
_KNOWN_KEYS = frozenset(
    {
        "scmProviderType",
        "url",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ScmProviderType
    from ..models.scm_provider_type import ScmProviderType

    _LAZY_IMPORTS_DONE = True


def _read_scm_provider_type(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_scm_provider_type = src_dict.get("scmProviderType")
    if _raw_scm_provider_type is None:
        scm_provider_type = None
    else:
        scm_provider_type = ScmProviderType.from_dict(_raw_scm_provider_type)

    return scm_provider_type


_READERS: dict[str, Any] = {
    "scm_provider_type": _read_scm_provider_type,
}


@_attrs_define(repr=False)
class ScmProviderAttributes:
    """
    Attributes:
        scm_provider_type (ScmProviderType | Unset):
        url (str | Unset):
    """

    scm_provider_type: ScmProviderType | None = None
    url: str | None = None
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
        scm_provider_type: Any = None
        if self.scm_provider_type is not None:
            scm_provider_type = self.scm_provider_type.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if scm_provider_type is not None:
            field_dict["scmProviderType"] = scm_provider_type
        if url is not None:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        url = src_dict.get("url")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.url = url
        _model._document = src_dict  # scm_provider_type: read on first access
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
