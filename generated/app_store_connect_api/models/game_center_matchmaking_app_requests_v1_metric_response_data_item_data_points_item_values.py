from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="GameCenterMatchmakingAppRequestsV1MetricResponseDataItemDataPointsItemValues")
_KNOWN_KEYS = frozenset(
    {
        "averageSecondsInQueue",
        "count",
        "p50SecondsInQueue",
        "p95SecondsInQueue",
    }
)


@_attrs_define(repr=False)
class GameCenterMatchmakingAppRequestsV1MetricResponseDataItemDataPointsItemValues:
    """
    Attributes:
        average_seconds_in_queue (float | Unset):
        count (int | Unset):
        p_50_seconds_in_queue (float | Unset):
        p_95_seconds_in_queue (float | Unset):
    """

    average_seconds_in_queue: float | None = None
    count: int | None = None
    p_50_seconds_in_queue: float | None = None
    p_95_seconds_in_queue: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        average_seconds_in_queue = self.average_seconds_in_queue

        count = self.count

        p_50_seconds_in_queue = self.p_50_seconds_in_queue

        p_95_seconds_in_queue = self.p_95_seconds_in_queue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if average_seconds_in_queue is not None:
            field_dict["averageSecondsInQueue"] = average_seconds_in_queue
        if count is not None:
            field_dict["count"] = count
        if p_50_seconds_in_queue is not None:
            field_dict["p50SecondsInQueue"] = p_50_seconds_in_queue
        if p_95_seconds_in_queue is not None:
            field_dict["p95SecondsInQueue"] = p_95_seconds_in_queue
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        average_seconds_in_queue = src_dict.get("averageSecondsInQueue")

        count = src_dict.get("count")

        p_50_seconds_in_queue = src_dict.get("p50SecondsInQueue")

        p_95_seconds_in_queue = src_dict.get("p95SecondsInQueue")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.average_seconds_in_queue = average_seconds_in_queue
        _model.count = count
        _model.p_50_seconds_in_queue = p_50_seconds_in_queue
        _model.p_95_seconds_in_queue = p_95_seconds_in_queue
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
