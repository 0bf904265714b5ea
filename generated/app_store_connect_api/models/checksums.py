from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.checksums_composite import ChecksumsComposite
    from ..models.checksums_file import ChecksumsFile


T = TypeVar("T", bound="Checksums")
_KNOWN_KEYS = frozenset(
    {
        "composite",
        "file",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ChecksumsComposite, ChecksumsFile
    from ..models.checksums_composite import ChecksumsComposite
    from ..models.checksums_file import ChecksumsFile

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class Checksums:
    """
    Attributes:
        composite (ChecksumsComposite | Unset):
        file (ChecksumsFile | Unset):
    """

    composite: ChecksumsComposite | Unset | None = UNSET
    file: ChecksumsFile | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        composite: dict[str, Any] | Unset | None
        if self.composite is None:
            composite = None
        else:
            composite = UNSET
            if not isinstance(self.composite, Unset):
                composite = self.composite.to_dict()

        file: dict[str, Any] | Unset | None
        if self.file is None:
            file = None
        else:
            file = UNSET
            if not isinstance(self.file, Unset):
                file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if composite is not UNSET:
            field_dict["composite"] = composite
        if file is not UNSET:
            field_dict["file"] = file
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_composite = src_dict.get("composite", UNSET)
        if _raw_composite is None:
            composite = None
        else:
            _composite = _raw_composite
            composite: ChecksumsComposite | Unset
            if isinstance(_composite, Unset):
                composite = UNSET
            else:
                composite = ChecksumsComposite.from_dict(_composite)

        _raw_file = src_dict.get("file", UNSET)
        if _raw_file is None:
            file = None
        else:
            _file = _raw_file
            file: ChecksumsFile | Unset
            if isinstance(_file, Unset):
                file = UNSET
            else:
                file = ChecksumsFile.from_dict(_file)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.composite = composite
        _model.file = file
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
