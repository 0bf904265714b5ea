from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppStoreVersionExperimentUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "name",
        "started",
        "trafficProportion",
    }
)


@_attrs_define(repr=False)
class AppStoreVersionExperimentUpdateRequestDataAttributes:
    """
    Attributes:
        name (None | str | Unset):
        started (bool | None | Unset):
        traffic_proportion (int | None | Unset):
    """

    name: None | str | Unset = UNSET
    started: bool | None | Unset = UNSET
    traffic_proportion: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        started: bool | None | Unset
        if isinstance(self.started, Unset):
            started = UNSET
        else:
            started = self.started

        traffic_proportion: int | None | Unset
        if isinstance(self.traffic_proportion, Unset):
            traffic_proportion = UNSET
        else:
            traffic_proportion = self.traffic_proportion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if started is not UNSET:
            field_dict["started"] = started
        if traffic_proportion is not UNSET:
            field_dict["trafficProportion"] = traffic_proportion
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(src_dict.get("name", UNSET))

        def _parse_started(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        started = _parse_started(src_dict.get("started", UNSET))

        def _parse_traffic_proportion(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        traffic_proportion = _parse_traffic_proportion(src_dict.get("trafficProportion", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.name = name
        _model.started = started
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
