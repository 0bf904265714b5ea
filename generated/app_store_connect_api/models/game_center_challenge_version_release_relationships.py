from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_challenge_version_release_relationships_version import (
        GameCenterChallengeVersionReleaseRelationshipsVersion,
    )


T = TypeVar("T", bound="GameCenterChallengeVersionReleaseRelationships")
_KNOWN_KEYS = frozenset(
    {
        "version",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, GameCenterChallengeVersionReleaseRelationshipsVersion
    from ..models.game_center_challenge_version_release_relationships_version import (
        GameCenterChallengeVersionReleaseRelationshipsVersion,
    )

    _LAZY_IMPORTS_DONE = True


def _read_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_version = src_dict.get("version")
    if _raw_version is None:
        version = None
    else:
        version = GameCenterChallengeVersionReleaseRelationshipsVersion.from_dict(_raw_version)

    return version


_READERS: dict[str, Any] = {
    "version": _read_version,
}


@_attrs_define(repr=False)
class GameCenterChallengeVersionReleaseRelationships:
    """
    Attributes:
        version (GameCenterChallengeVersionReleaseRelationshipsVersion | Unset):
    """

    version: GameCenterChallengeVersionReleaseRelationshipsVersion | None = None
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
        version: Any = None
        if self.version is not None:
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # version: read on first access
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
