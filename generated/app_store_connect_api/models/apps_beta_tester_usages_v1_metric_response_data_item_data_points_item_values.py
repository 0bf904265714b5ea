from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppsBetaTesterUsagesV1MetricResponseDataItemDataPointsItemValues")
_KNOWN_KEYS = frozenset(
    {
        "crashCount",
        "feedbackCount",
        "sessionCount",
    }
)


@_attrs_define(repr=False)
class AppsBetaTesterUsagesV1MetricResponseDataItemDataPointsItemValues:
    """
    Attributes:
        crash_count (int | Unset):
        feedback_count (int | Unset):
        session_count (int | Unset):
    """

    crash_count: int | None = None
    feedback_count: int | None = None
    session_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        crash_count = self.crash_count

        feedback_count = self.feedback_count

        session_count = self.session_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if crash_count is not None:
            field_dict["crashCount"] = crash_count
        if feedback_count is not None:
            field_dict["feedbackCount"] = feedback_count
        if session_count is not None:
            field_dict["sessionCount"] = session_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        crash_count = src_dict.get("crashCount")

        feedback_count = src_dict.get("feedbackCount")

        session_count = src_dict.get("sessionCount")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.crash_count = crash_count
        _model.feedback_count = feedback_count
        _model.session_count = session_count
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
