from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_store_version_experiment_attributes_state import AppStoreVersionExperimentAttributesState
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppStoreVersionExperimentAttributes")
_KNOWN_KEYS = frozenset(
    {
        "endDate",
        "name",
        "reviewRequired",
        "startDate",
        "state",
        "trafficProportion",
    }
)


@_attrs_define(repr=False)
class AppStoreVersionExperimentAttributes:
    """
    Attributes:
        end_date (datetime.datetime | Unset):
        name (str | Unset):
        review_required (bool | Unset):
        start_date (datetime.datetime | Unset):
        state (AppStoreVersionExperimentAttributesState | Unset):
        traffic_proportion (int | Unset):
    """

    end_date: datetime.datetime | None = None
    name: str | None = None
    review_required: bool | None = None
    start_date: datetime.datetime | None = None
    state: AppStoreVersionExperimentAttributesState | None = None
    traffic_proportion: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        end_date: Any = None
        if self.end_date is not None:
            end_date = self.end_date.isoformat()

        name = self.name

        review_required = self.review_required

        start_date: Any = None
        if self.start_date is not None:
            start_date = self.start_date.isoformat()

        state: Any = None
        if self.state is not None:
            state = self.state.value

        traffic_proportion = self.traffic_proportion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if end_date is not None:
            field_dict["endDate"] = end_date
        if name is not None:
            field_dict["name"] = name
        if review_required is not None:
            field_dict["reviewRequired"] = review_required
        if start_date is not None:
            field_dict["startDate"] = start_date
        if state is not None:
            field_dict["state"] = state
        if traffic_proportion is not None:
            field_dict["trafficProportion"] = traffic_proportion
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_end_date = src_dict.get("endDate")
        if _raw_end_date is None:
            end_date = None
        else:
            end_date = datetime.datetime.fromisoformat(_raw_end_date)

        name = src_dict.get("name")

        review_required = src_dict.get("reviewRequired")

        _raw_start_date = src_dict.get("startDate")
        if _raw_start_date is None:
            start_date = None
        else:
            start_date = datetime.datetime.fromisoformat(_raw_start_date)

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = AppStoreVersionExperimentAttributesState.of(_raw_state)

        traffic_proportion = src_dict.get("trafficProportion")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.end_date = end_date
        _model.name = name
        _model.review_required = review_required
        _model.start_date = start_date
        _model.state = state
        _model.traffic_proportion = traffic_proportion
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
