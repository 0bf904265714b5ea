from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.checksums import Checksums


T = TypeVar("T", bound="AlternativeDistributionPackageAttributes")
_KNOWN_KEYS = frozenset(
    {
        "sourceFileChecksum",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, Checksums
    from ..models.checksums import Checksums

    _LAZY_IMPORTS_DONE = True


def _read_source_file_checksum(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_source_file_checksum = src_dict.get("sourceFileChecksum")
    if _raw_source_file_checksum is None:
        source_file_checksum = None
    else:
        source_file_checksum = Checksums.from_dict(_raw_source_file_checksum)

    return source_file_checksum


_READERS: dict[str, Any] = {
    "source_file_checksum": _read_source_file_checksum,
}


@_attrs_define(repr=False)
class AlternativeDistributionPackageAttributes:
    """
    Attributes:
        source_file_checksum (Checksums | Unset):
    """

    source_file_checksum: Checksums | None = None
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
        source_file_checksum: Any = None
        if self.source_file_checksum is not None:
            source_file_checksum = self.source_file_checksum.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source_file_checksum is not None:
            field_dict["sourceFileChecksum"] = source_file_checksum
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # source_file_checksum: read on first access
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
