from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.ci_tag_patterns_patterns_item import CiTagPatternsPatternsItem


T = TypeVar("T", bound="CiTagPatterns")
_KNOWN_KEYS = frozenset(
    {
        "isAllMatch",
        "patterns",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CiTagPatternsPatternsItem
    from ..models.ci_tag_patterns_patterns_item import CiTagPatternsPatternsItem

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CiTagPatterns:
    """
    Attributes:
        is_all_match (bool | Unset):
        patterns (list[CiTagPatternsPatternsItem] | Unset):
    """

    is_all_match: bool | Unset | None = UNSET
    patterns: list[CiTagPatternsPatternsItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        is_all_match = self.is_all_match

        patterns: list[dict[str, Any]] | Unset | None
        if self.patterns is None:
            patterns = None
        else:
            patterns = UNSET
            if not isinstance(self.patterns, Unset):
                patterns = []
                for patterns_item_data in self.patterns:
                    patterns_item = patterns_item_data.to_dict()
                    patterns.append(patterns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_all_match is not UNSET:
            field_dict["isAllMatch"] = is_all_match
        if patterns is not UNSET:
            field_dict["patterns"] = patterns
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        is_all_match = src_dict.get("isAllMatch", UNSET)

        _raw_patterns = src_dict.get("patterns", UNSET)
        if _raw_patterns is None:
            patterns = None
        else:
            _patterns = _raw_patterns
            patterns: list[CiTagPatternsPatternsItem] | Unset = UNSET
            if _patterns is not UNSET:
                patterns = []
                for patterns_item_data in _patterns:
                    patterns_item = CiTagPatternsPatternsItem.from_dict(patterns_item_data)

                    patterns.append(patterns_item)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.is_all_match = is_all_match
        _model.patterns = patterns
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
