from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.ci_branch_patterns import CiBranchPatterns


T = TypeVar("T", bound="CiManualPullRequestStartCondition")
_KNOWN_KEYS = frozenset(
    {
        "destination",
        "source",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CiBranchPatterns
    from ..models.ci_branch_patterns import CiBranchPatterns

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CiManualPullRequestStartCondition:
    """
    Attributes:
        destination (CiBranchPatterns | Unset):
        source (CiBranchPatterns | Unset):
    """

    destination: CiBranchPatterns | Unset | None = UNSET
    source: CiBranchPatterns | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        destination: dict[str, Any] | Unset | None
        if self.destination is None:
            destination = None
        else:
            destination = UNSET
            if not isinstance(self.destination, Unset):
                destination = self.destination.to_dict()

        source: dict[str, Any] | Unset | None
        if self.source is None:
            source = None
        else:
            source = UNSET
            if not isinstance(self.source, Unset):
                source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if destination is not UNSET:
            field_dict["destination"] = destination
        if source is not UNSET:
            field_dict["source"] = source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_destination = src_dict.get("destination", UNSET)
        if _raw_destination is None:
            destination = None
        else:
            _destination = _raw_destination
            destination: CiBranchPatterns | Unset
            if isinstance(_destination, Unset):
                destination = UNSET
            else:
                destination = CiBranchPatterns.from_dict(_destination)

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
        _model.destination = destination
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
