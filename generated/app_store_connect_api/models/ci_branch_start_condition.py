from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.ci_branch_patterns import CiBranchPatterns
    from ..models.ci_files_and_folders_rule import CiFilesAndFoldersRule


T = TypeVar("T", bound="CiBranchStartCondition")
_KNOWN_KEYS = frozenset(
    {
        "autoCancel",
        "filesAndFoldersRule",
        "source",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CiBranchPatterns, CiFilesAndFoldersRule
    from ..models.ci_branch_patterns import CiBranchPatterns
    from ..models.ci_files_and_folders_rule import CiFilesAndFoldersRule

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CiBranchStartCondition:
    """
    Attributes:
        auto_cancel (bool | Unset):
        files_and_folders_rule (CiFilesAndFoldersRule | Unset):
        source (CiBranchPatterns | Unset):
    """

    auto_cancel: bool | Unset | None = UNSET
    files_and_folders_rule: CiFilesAndFoldersRule | Unset | None = UNSET
    source: CiBranchPatterns | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        auto_cancel = self.auto_cancel

        files_and_folders_rule: dict[str, Any] | Unset | None
        if self.files_and_folders_rule is None:
            files_and_folders_rule = None
        else:
            files_and_folders_rule = UNSET
            if not isinstance(self.files_and_folders_rule, Unset):
                files_and_folders_rule = self.files_and_folders_rule.to_dict()

        source: dict[str, Any] | Unset | None
        if self.source is None:
            source = None
        else:
            source = UNSET
            if not isinstance(self.source, Unset):
                source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auto_cancel is not UNSET:
            field_dict["autoCancel"] = auto_cancel
        if files_and_folders_rule is not UNSET:
            field_dict["filesAndFoldersRule"] = files_and_folders_rule
        if source is not UNSET:
            field_dict["source"] = source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        auto_cancel = src_dict.get("autoCancel", UNSET)

        _raw_files_and_folders_rule = src_dict.get("filesAndFoldersRule", UNSET)
        if _raw_files_and_folders_rule is None:
            files_and_folders_rule = None
        else:
            _files_and_folders_rule = _raw_files_and_folders_rule
            files_and_folders_rule: CiFilesAndFoldersRule | Unset
            if isinstance(_files_and_folders_rule, Unset):
                files_and_folders_rule = UNSET
            else:
                files_and_folders_rule = CiFilesAndFoldersRule.from_dict(_files_and_folders_rule)

        _raw_source = src_dict.get("source", UNSET)
        if _raw_source is None:
            source = None
        else:
            _source = _raw_source
            source: CiBranchPatterns | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = CiBranchPatterns.from_dict(_source)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.auto_cancel = auto_cancel
        _model.files_and_folders_rule = files_and_folders_rule
        _model.source = source
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
