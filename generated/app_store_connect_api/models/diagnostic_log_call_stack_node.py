from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiagnosticLogCallStackNode")


@_attrs_define
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

    address: str | Unset | None = UNSET
    binary_name: str | Unset | None = UNSET
    binary_uuid: str | Unset | None = UNSET
    file_name: str | Unset | None = UNSET
    insights_category: str | Unset | None = UNSET
    is_blame_frame: bool | Unset | None = UNSET
    line_number: str | Unset | None = UNSET
    offset_into_binary_text_segment: str | Unset | None = UNSET
    offset_into_symbol: str | Unset | None = UNSET
    raw_frame: str | Unset | None = UNSET
    sample_count: int | Unset | None = UNSET
    sub_frames: list[DiagnosticLogCallStackNode] | Unset | None = UNSET
    symbol_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        sub_frames: list[dict[str, Any]] | Unset | None
        if self.sub_frames is None:
            sub_frames = None
        else:
            sub_frames = UNSET
            if not isinstance(self.sub_frames, Unset):
                sub_frames = []
                for sub_frames_item_data in self.sub_frames:
                    sub_frames_item = sub_frames_item_data.to_dict()
                    sub_frames.append(sub_frames_item)

        symbol_name = self.symbol_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if address is not UNSET:
            field_dict["address"] = address
        if binary_name is not UNSET:
            field_dict["binaryName"] = binary_name
        if binary_uuid is not UNSET:
            field_dict["binaryUUID"] = binary_uuid
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if insights_category is not UNSET:
            field_dict["insightsCategory"] = insights_category
        if is_blame_frame is not UNSET:
            field_dict["isBlameFrame"] = is_blame_frame
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if offset_into_binary_text_segment is not UNSET:
            field_dict["offsetIntoBinaryTextSegment"] = offset_into_binary_text_segment
        if offset_into_symbol is not UNSET:
            field_dict["offsetIntoSymbol"] = offset_into_symbol
        if raw_frame is not UNSET:
            field_dict["rawFrame"] = raw_frame
        if sample_count is not UNSET:
            field_dict["sampleCount"] = sample_count
        if sub_frames is not UNSET:
            field_dict["subFrames"] = sub_frames
        if symbol_name is not UNSET:
            field_dict["symbolName"] = symbol_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        binary_name = d.pop("binaryName", UNSET)

        binary_uuid = d.pop("binaryUUID", UNSET)

        file_name = d.pop("fileName", UNSET)

        insights_category = d.pop("insightsCategory", UNSET)

        is_blame_frame = d.pop("isBlameFrame", UNSET)

        line_number = d.pop("lineNumber", UNSET)

        offset_into_binary_text_segment = d.pop("offsetIntoBinaryTextSegment", UNSET)

        offset_into_symbol = d.pop("offsetIntoSymbol", UNSET)

        raw_frame = d.pop("rawFrame", UNSET)

        sample_count = d.pop("sampleCount", UNSET)

        _raw_sub_frames = d.pop("subFrames", UNSET)
        if _raw_sub_frames is None:
            sub_frames = None
        else:
            _sub_frames = _raw_sub_frames
            sub_frames: list[DiagnosticLogCallStackNode] | Unset = UNSET
            if _sub_frames is not UNSET:
                sub_frames = []
                for sub_frames_item_data in _sub_frames:
                    sub_frames_item = DiagnosticLogCallStackNode.from_dict(sub_frames_item_data)

                    sub_frames.append(sub_frames_item)

        symbol_name = d.pop("symbolName", UNSET)

        diagnostic_log_call_stack_node = cls(
            address=address,
            binary_name=binary_name,
            binary_uuid=binary_uuid,
            file_name=file_name,
            insights_category=insights_category,
            is_blame_frame=is_blame_frame,
            line_number=line_number,
            offset_into_binary_text_segment=offset_into_binary_text_segment,
            offset_into_symbol=offset_into_symbol,
            raw_frame=raw_frame,
            sample_count=sample_count,
            sub_frames=sub_frames,
            symbol_name=symbol_name,
        )
        diagnostic_log_call_stack_node.additional_properties = d
        return diagnostic_log_call_stack_node

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
