from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.diagnostic_log_call_stack_node import DiagnosticLogCallStackNode


T = TypeVar("T", bound="DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItemCallStacksItem")
_KNOWN_KEYS = frozenset(
    {
        "callStackRootFrames",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, DiagnosticLogCallStackNode
    from ..models.diagnostic_log_call_stack_node import DiagnosticLogCallStackNode

    _LAZY_IMPORTS_DONE = True


def _read_call_stack_root_frames(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_call_stack_root_frames = src_dict.get("callStackRootFrames")
    if _raw_call_stack_root_frames is None:
        call_stack_root_frames = None
    else:
        call_stack_root_frames = []
        _call_stack_root_frames = _raw_call_stack_root_frames
        for call_stack_root_frames_item_data in _call_stack_root_frames:
            call_stack_root_frames_item = DiagnosticLogCallStackNode.from_dict(
                call_stack_root_frames_item_data
            )

            call_stack_root_frames.append(call_stack_root_frames_item)

    return call_stack_root_frames


_READERS: dict[str, Any] = {
    "call_stack_root_frames": _read_call_stack_root_frames,
}


@_attrs_define(repr=False)
class DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItemCallStacksItem:
    """
    Attributes:
        call_stack_root_frames (list[DiagnosticLogCallStackNode] | Unset):
    """

    call_stack_root_frames: list[DiagnosticLogCallStackNode] | None = None
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
        call_stack_root_frames: Any = None
        if self.call_stack_root_frames is not None:
            call_stack_root_frames = []
            for call_stack_root_frames_item_data in self.call_stack_root_frames:
                call_stack_root_frames_item = call_stack_root_frames_item_data.to_dict()
                call_stack_root_frames.append(call_stack_root_frames_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_stack_root_frames is not None:
            field_dict["callStackRootFrames"] = call_stack_root_frames
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # call_stack_root_frames: read on first access
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
