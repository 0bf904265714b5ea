from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemGoalKeysItem")
_KNOWN_KEYS = frozenset(
    {
        "goalKey",
        "lowerBound",
        "upperBound",
    }
)


@_attrs_define(repr=False)
class XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemGoalKeysItem:
    """
    Attributes:
        goal_key (str | Unset):
        lower_bound (int | Unset):
        upper_bound (int | Unset):
    """

    goal_key: str | None = None
    lower_bound: int | None = None
    upper_bound: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        goal_key = self.goal_key

        lower_bound = self.lower_bound

        upper_bound = self.upper_bound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if goal_key is not None:
            field_dict["goalKey"] = goal_key
        if lower_bound is not None:
            field_dict["lowerBound"] = lower_bound
        if upper_bound is not None:
            field_dict["upperBound"] = upper_bound
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        goal_key = src_dict.get("goalKey")

        lower_bound = src_dict.get("lowerBound")

        upper_bound = src_dict.get("upperBound")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.goal_key = goal_key
        _model.lower_bound = lower_bound
        _model.upper_bound = upper_bound
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
