from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataItemDataPointsItemValues")
_KNOWN_KEYS = frozenset(
    {
        "averageResult",
        "count",
        "p50Result",
        "p95Result",
    }
)


@_attrs_define(repr=False)
class GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataItemDataPointsItemValues:
    """
    Attributes:
        average_result (float | Unset):
        count (int | Unset):
        p_50_result (float | Unset):
        p_95_result (float | Unset):
    """

    average_result: float | None = None
    count: int | None = None
    p_50_result: float | None = None
    p_95_result: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        average_result = self.average_result

        count = self.count

        p_50_result = self.p_50_result

        p_95_result = self.p_95_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if average_result is not None:
            field_dict["averageResult"] = average_result
        if count is not None:
            field_dict["count"] = count
        if p_50_result is not None:
            field_dict["p50Result"] = p_50_result
        if p_95_result is not None:
            field_dict["p95Result"] = p_95_result
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        average_result = src_dict.get("averageResult")

        count = src_dict.get("count")

        p_50_result = src_dict.get("p50Result")

        p_95_result = src_dict.get("p95Result")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.average_result = average_result
        _model.count = count
        _model.p_50_result = p_50_result
        _model.p_95_result = p_95_result
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
