from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.apps_beta_tester_usages_v1_metric_response_data_item_data_points_item import (
        AppsBetaTesterUsagesV1MetricResponseDataItemDataPointsItem,
    )
    from ..models.apps_beta_tester_usages_v1_metric_response_data_item_dimensions import (
        AppsBetaTesterUsagesV1MetricResponseDataItemDimensions,
    )


T = TypeVar("T", bound="AppsBetaTesterUsagesV1MetricResponseDataItem")
_KNOWN_KEYS = frozenset(
    {
        "dataPoints",
        "dimensions",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppsBetaTesterUsagesV1MetricResponseDataItemDataPointsItem, \
        AppsBetaTesterUsagesV1MetricResponseDataItemDimensions
    from ..models.apps_beta_tester_usages_v1_metric_response_data_item_data_points_item import (
        AppsBetaTesterUsagesV1MetricResponseDataItemDataPointsItem,
    )
    from ..models.apps_beta_tester_usages_v1_metric_response_data_item_dimensions import (
        AppsBetaTesterUsagesV1MetricResponseDataItemDimensions,
    )

    _LAZY_IMPORTS_DONE = True


def _read_data_points(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_data_points = src_dict.get("dataPoints")
    if _raw_data_points is None:
        data_points = None
    else:
        data_points = []
        _data_points = _raw_data_points
        for data_points_item_data in _data_points:
            data_points_item = AppsBetaTesterUsagesV1MetricResponseDataItemDataPointsItem.from_dict(
                data_points_item_data
            )

            data_points.append(data_points_item)

    return data_points


def _read_dimensions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_dimensions = src_dict.get("dimensions")
    if _raw_dimensions is None:
        dimensions = None
    else:
        dimensions = AppsBetaTesterUsagesV1MetricResponseDataItemDimensions.from_dict(_raw_dimensions)

    return dimensions


_READERS: dict[str, Any] = {
    "data_points": _read_data_points,
    "dimensions": _read_dimensions,
}


@_attrs_define(repr=False)
class AppsBetaTesterUsagesV1MetricResponseDataItem:
    """
    Attributes:
        data_points (list[AppsBetaTesterUsagesV1MetricResponseDataItemDataPointsItem] | Unset):
        dimensions (AppsBetaTesterUsagesV1MetricResponseDataItemDimensions | Unset):
    """

    data_points: list[AppsBetaTesterUsagesV1MetricResponseDataItemDataPointsItem] | None = None
    dimensions: AppsBetaTesterUsagesV1MetricResponseDataItemDimensions | None = None
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
        data_points: Any = None
        if self.data_points is not None:
            data_points = []
            for data_points_item_data in self.data_points:
                data_points_item = data_points_item_data.to_dict()
                data_points.append(data_points_item)

        dimensions: Any = None
        if self.dimensions is not None:
            dimensions = self.dimensions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data_points is not None:
            field_dict["dataPoints"] = data_points
        if dimensions is not None:
            field_dict["dimensions"] = dimensions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # data_points, dimensions: read on first access
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
