from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_files_and_folders_rule_mode import CiFilesAndFoldersRuleMode
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.ci_start_condition_file_matcher import CiStartConditionFileMatcher


T = TypeVar("T", bound="CiFilesAndFoldersRule")
_KNOWN_KEYS = frozenset(
    {
        "matchers",
        "mode",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CiStartConditionFileMatcher
    from ..models.ci_start_condition_file_matcher import CiStartConditionFileMatcher

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CiFilesAndFoldersRule:
    """
    Attributes:
        matchers (list[CiStartConditionFileMatcher] | Unset):
        mode (CiFilesAndFoldersRuleMode | Unset):
    """

    matchers: list[CiStartConditionFileMatcher] | Unset | None = UNSET
    mode: CiFilesAndFoldersRuleMode | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        matchers: list[dict[str, Any]] | Unset | None
        if self.matchers is None:
            matchers = None
        else:
            matchers = UNSET
            if not isinstance(self.matchers, Unset):
                matchers = []
                for matchers_item_data in self.matchers:
                    matchers_item = matchers_item_data.to_dict()
                    matchers.append(matchers_item)

        mode: str | Unset | None
        if self.mode is None:
            mode = None
        else:
            mode = UNSET
            if not isinstance(self.mode, Unset):
                mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if matchers is not UNSET:
            field_dict["matchers"] = matchers
        if mode is not UNSET:
            field_dict["mode"] = mode
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_matchers = src_dict.get("matchers", UNSET)
        if _raw_matchers is None:
            matchers = None
        else:
            _matchers = _raw_matchers
            matchers: list[CiStartConditionFileMatcher] | Unset = UNSET
            if _matchers is not UNSET:
                matchers = []
                for matchers_item_data in _matchers:
                    matchers_item = CiStartConditionFileMatcher.from_dict(matchers_item_data)

                    matchers.append(matchers_item)

        _raw_mode = src_dict.get("mode", UNSET)
        if _raw_mode is None:
            mode = None
        else:
            _mode = _raw_mode
            mode: CiFilesAndFoldersRuleMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = CiFilesAndFoldersRuleMode.of(_mode)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.matchers = matchers
        _model.mode = mode
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
