from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.scm_provider_relationships_repositories import ScmProviderRelationshipsRepositories


T = TypeVar("T", bound="ScmProviderRelationships")
_KNOWN_KEYS = frozenset(
    {
        "repositories",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ScmProviderRelationshipsRepositories
    from ..models.scm_provider_relationships_repositories import ScmProviderRelationshipsRepositories

    _LAZY_IMPORTS_DONE = True


def _read_repositories(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_repositories = src_dict.get("repositories")
    if _raw_repositories is None:
        repositories = None
    else:
        repositories = ScmProviderRelationshipsRepositories.from_dict(_raw_repositories)

    return repositories


_READERS: dict[str, Any] = {
    "repositories": _read_repositories,
}


@_attrs_define(repr=False)
class ScmProviderRelationships:
    """
    Attributes:
        repositories (ScmProviderRelationshipsRepositories | Unset):
    """

    repositories: ScmProviderRelationshipsRepositories | None = None
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
        repositories: Any = None
        if self.repositories is not None:
            repositories = self.repositories.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if repositories is not None:
            field_dict["repositories"] = repositories
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # repositories: read on first access
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
