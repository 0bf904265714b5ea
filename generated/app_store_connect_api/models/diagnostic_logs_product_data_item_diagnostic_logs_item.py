from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.diagnostic_logs_product_data_item_diagnostic_logs_item_call_stack_tree_item import (
        DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItem,
    )
    from ..models.diagnostic_logs_product_data_item_diagnostic_logs_item_diagnostic_meta_data import (
        DiagnosticLogsProductDataItemDiagnosticLogsItemDiagnosticMetaData,
    )


T = TypeVar("T", bound="DiagnosticLogsProductDataItemDiagnosticLogsItem")
_KNOWN_KEYS = frozenset(
    {
        "callStackTree",
        "diagnosticMetaData",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItem, \
        DiagnosticLogsProductDataItemDiagnosticLogsItemDiagnosticMetaData
    from ..models.diagnostic_logs_product_data_item_diagnostic_logs_item_call_stack_tree_item import (
        DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItem,
    )
    from ..models.diagnostic_logs_product_data_item_diagnostic_logs_item_diagnostic_meta_data import (
        DiagnosticLogsProductDataItemDiagnosticLogsItemDiagnosticMetaData,
    )

    _LAZY_IMPORTS_DONE = True


def _read_call_stack_tree(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_call_stack_tree = src_dict.get("callStackTree")
    if _raw_call_stack_tree is None:
        call_stack_tree = None
    else:
        call_stack_tree = []
        _call_stack_tree = _raw_call_stack_tree
        for call_stack_tree_item_data in _call_stack_tree:
            call_stack_tree_item = DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItem.from_dict(
                call_stack_tree_item_data
            )

            call_stack_tree.append(call_stack_tree_item)

    return call_stack_tree


def _read_diagnostic_meta_data(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_diagnostic_meta_data = src_dict.get("diagnosticMetaData")
    if _raw_diagnostic_meta_data is None:
        diagnostic_meta_data = None
    else:
        diagnostic_meta_data = DiagnosticLogsProductDataItemDiagnosticLogsItemDiagnosticMetaData.from_dict(
            _raw_diagnostic_meta_data
        )

    return diagnostic_meta_data


_READERS: dict[str, Any] = {
    "call_stack_tree": _read_call_stack_tree,
    "diagnostic_meta_data": _read_diagnostic_meta_data,
}


@_attrs_define(repr=False)
class DiagnosticLogsProductDataItemDiagnosticLogsItem:
    """
    Attributes:
        call_stack_tree (list[DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItem] | Unset):
        diagnostic_meta_data (DiagnosticLogsProductDataItemDiagnosticLogsItemDiagnosticMetaData | Unset):
    """

    call_stack_tree: list[DiagnosticLogsProductDataItemDiagnosticLogsItemCallStackTreeItem] | None = None
    diagnostic_meta_data: DiagnosticLogsProductDataItemDiagnosticLogsItemDiagnosticMetaData | None = None
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
        call_stack_tree: Any = None
        if self.call_stack_tree is not None:
            call_stack_tree = []
            for call_stack_tree_item_data in self.call_stack_tree:
                call_stack_tree_item = call_stack_tree_item_data.to_dict()
                call_stack_tree.append(call_stack_tree_item)

        diagnostic_meta_data: Any = None
        if self.diagnostic_meta_data is not None:
            diagnostic_meta_data = self.diagnostic_meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_stack_tree is not None:
            field_dict["callStackTree"] = call_stack_tree
        if diagnostic_meta_data is not None:
            field_dict["diagnosticMetaData"] = diagnostic_meta_data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # call_stack_tree, diagnostic_meta_data: read on first access
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
