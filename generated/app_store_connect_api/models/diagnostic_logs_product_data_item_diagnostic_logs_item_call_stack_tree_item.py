from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.diagnostic_logs_product_data_item_diagnostic_logs_item_call_stack_tree_item_call_stacks_item import (
        DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItemCallStacksItem,
    )


T = TypeVar("T", bound="DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItem")
_KNOWN_KEYS = frozenset(
    {
        "callStackPerThread",
        "callStacks",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItemCallStacksItem
    from ..models.diagnostic_logs_product_data_item_diagnostic_logs_item_call_stack_tree_item_call_stacks_item import (
        DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItemCallStacksItem,
    )

    _LAZY_IMPORTS_DONE = True


def _read_call_stacks(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_call_stacks = src_dict.get("callStacks")
    if _raw_call_stacks is None:
        call_stacks = None
    else:
        call_stacks = []
        _call_stacks = _raw_call_stacks
        for call_stacks_item_data in _call_stacks:
            call_stacks_item = (
                DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItemCallStacksItem.from_dict(
                    call_stacks_item_data
                )
            )

            call_stacks.append(call_stacks_item)

    return call_stacks


_READERS: dict[str, Any] = {
    "call_stacks": _read_call_stacks,
}


@_attrs_define(repr=False)
class DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItem:
    """
    Attributes:
        call_stack_per_thread (bool | Unset):
        call_stacks (list[DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItemCallStacksItem] | Unset):
    """

    call_stack_per_thread: bool | None = None
    call_stacks: (
        list[DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItemCallStacksItem] | None
    ) = None
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
        call_stack_per_thread = self.call_stack_per_thread

        call_stacks: Any = None
        if self.call_stacks is not None:
            call_stacks = []
            for call_stacks_item_data in self.call_stacks:
                call_stacks_item = call_stacks_item_data.to_dict()
                call_stacks.append(call_stacks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_stack_per_thread is not None:
            field_dict["callStackPerThread"] = call_stack_per_thread
        if call_stacks is not None:
            field_dict["callStacks"] = call_stacks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        call_stack_per_thread = src_dict.get("callStackPerThread")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.call_stack_per_thread = call_stack_per_thread
        _model._document = src_dict  # call_stacks: read on first access
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
