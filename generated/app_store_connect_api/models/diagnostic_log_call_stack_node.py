from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

T = TypeVar("T", bound="DiagnosticLogCallStackNode")
_KNOWN_KEYS = frozenset(
    {
        "address",
        "binaryName",
        "binaryUUID",
        "fileName",
        "insightsCategory",
        "isBlameFrame",
        "lineNumber",
        "offsetIntoBinaryTextSegment",
        "offsetIntoSymbol",
        "rawFrame",
        "sampleCount",
        "subFrames",
        "symbolName",
    }
)


def _read_sub_frames(src_dict: dict[str, Any]) -> Any:
    _raw_sub_frames = src_dict.get("subFrames")
    if _raw_sub_frames is None:
        sub_frames = None
    else:
        sub_frames = []
        _sub_frames = _raw_sub_frames
        for sub_frames_item_data in _sub_frames:
            sub_frames_item = DiagnosticLogCallStackNode.from_dict(sub_frames_item_data)

            sub_frames.append(sub_frames_item)

    return sub_frames


_READERS: dict[str, Any] = {
    "sub_frames": _read_sub_frames,
}


@_attrs_define(repr=False)
class DiagnosticLogCallStackNode:
    """
    Attributes:
        address (str | Unset):
        binary_name (str | Unset):
        binary_uuid (str | Unset):
        file_name (str | Unset):
        insights_category (str | Unset):
        is_blame_frame (bool | Unset):
        line_number (str | Unset):
        offset_into_binary_text_segment (str | Unset):
        offset_into_symbol (str | Unset):
        raw_frame (str | Unset):
        sample_count (int | Unset):
        sub_frames (list[DiagnosticLogCallStackNode] | Unset):
        symbol_name (str | Unset):
    """

    address: str | None = None
    binary_name: str | None = None
    binary_uuid: str | None = None
    file_name: str | None = None
    insights_category: str | None = None
    is_blame_frame: bool | None = None
    line_number: str | None = None
    offset_into_binary_text_segment: str | None = None
    offset_into_symbol: str | None = None
    raw_frame: str | None = None
    sample_count: int | None = None
    sub_frames: list[DiagnosticLogCallStackNode] | None = None
    symbol_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        binary_name = self.binary_name

        binary_uuid = self.binary_uuid

        file_name = self.file_name

        insights_category = self.insights_category

        is_blame_frame = self.is_blame_frame

        line_number = self.line_number

        offset_into_binary_text_segment = self.offset_into_binary_text_segment

        offset_into_symbol = self.offset_into_symbol

        raw_frame = self.raw_frame

        sample_count = self.sample_count

        sub_frames: Any = None
        if self.sub_frames is not None:
            sub_frames = []
            for sub_frames_item_data in self.sub_frames:
                sub_frames_item = sub_frames_item_data.to_dict()
                sub_frames.append(sub_frames_item)

        symbol_name = self.symbol_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if address is not None:
            field_dict["address"] = address
        if binary_name is not None:
            field_dict["binaryName"] = binary_name
        if binary_uuid is not None:
            field_dict["binaryUUID"] = binary_uuid
        if file_name is not None:
            field_dict["fileName"] = file_name
        if insights_category is not None:
            field_dict["insightsCategory"] = insights_category
        if is_blame_frame is not None:
            field_dict["isBlameFrame"] = is_blame_frame
        if line_number is not None:
            field_dict["lineNumber"] = line_number
        if offset_into_binary_text_segment is not None:
            field_dict["offsetIntoBinaryTextSegment"] = offset_into_binary_text_segment
        if offset_into_symbol is not None:
            field_dict["offsetIntoSymbol"] = offset_into_symbol
        if raw_frame is not None:
            field_dict["rawFrame"] = raw_frame
        if sample_count is not None:
            field_dict["sampleCount"] = sample_count
        if sub_frames is not None:
            field_dict["subFrames"] = sub_frames
        if symbol_name is not None:
            field_dict["symbolName"] = symbol_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        address = src_dict.get("address")

        binary_name = src_dict.get("binaryName")

        binary_uuid = src_dict.get("binaryUUID")

        file_name = src_dict.get("fileName")

        insights_category = src_dict.get("insightsCategory")

        is_blame_frame = src_dict.get("isBlameFrame")

        line_number = src_dict.get("lineNumber")

        offset_into_binary_text_segment = src_dict.get("offsetIntoBinaryTextSegment")

        offset_into_symbol = src_dict.get("offsetIntoSymbol")

        raw_frame = src_dict.get("rawFrame")

        sample_count = src_dict.get("sampleCount")

        symbol_name = src_dict.get("symbolName")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.address = address
        _model.binary_name = binary_name
        _model.binary_uuid = binary_uuid
        _model.file_name = file_name
        _model.insights_category = insights_category
        _model.is_blame_frame = is_blame_frame
        _model.line_number = line_number
        _model.offset_into_binary_text_segment = offset_into_binary_text_segment
        _model.offset_into_symbol = offset_into_symbol
        _model.raw_frame = raw_frame
        _model.sample_count = sample_count
        _model.symbol_name = symbol_name
        _model._document = src_dict  # sub_frames: read on first access
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
