from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItem,
    )
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_goal_keys_item import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemGoalKeysItem,
    )
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_unit import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemUnit,
    )


T = TypeVar("T", bound="XcodeMetricsProductDataItemMetricCategoriesItemMetricsItem")
_KNOWN_KEYS = frozenset(
    {
        "datasets",
        "goalKeys",
        "identifier",
        "unit",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItem, \
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemGoalKeysItem, \
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemUnit
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItem,
    )
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_goal_keys_item import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemGoalKeysItem,
    )
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_unit import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemUnit,
    )

    _LAZY_IMPORTS_DONE = True


def _read_datasets(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_datasets = src_dict.get("datasets")
    if _raw_datasets is None:
        datasets = None
    else:
        datasets = []
        _datasets = _raw_datasets
        for datasets_item_data in _datasets:
            datasets_item = XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItem.from_dict(
                datasets_item_data
            )

            datasets.append(datasets_item)

    return datasets


def _read_goal_keys(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_goal_keys = src_dict.get("goalKeys")
    if _raw_goal_keys is None:
        goal_keys = None
    else:
        goal_keys = []
        _goal_keys = _raw_goal_keys
        for goal_keys_item_data in _goal_keys:
            goal_keys_item = XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemGoalKeysItem.from_dict(
                goal_keys_item_data
            )

            goal_keys.append(goal_keys_item)

    return goal_keys


def _read_unit(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_unit = src_dict.get("unit")
    if _raw_unit is None:
        unit = None
    else:
        unit = XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemUnit.from_dict(_raw_unit)

    return unit


_READERS: dict[str, Any] = {
    "datasets": _read_datasets,
    "goal_keys": _read_goal_keys,
    "unit": _read_unit,
}


@_attrs_define(repr=False)
class XcodeMetricsProductDataItemMetricCategoriesItemMetricsItem:
    """
    Attributes:
        datasets (list[XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItem] | Unset):
        goal_keys (list[XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemGoalKeysItem] | Unset):
        identifier (str | Unset):
        unit (XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemUnit | Unset):
    """

    datasets: list[XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItem] | None = None
    goal_keys: list[XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemGoalKeysItem] | None = None
    identifier: str | None = None
    unit: XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemUnit | None = None
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
        datasets: Any = None
        if self.datasets is not None:
            datasets = []
            for datasets_item_data in self.datasets:
                datasets_item = datasets_item_data.to_dict()
                datasets.append(datasets_item)

        goal_keys: Any = None
        if self.goal_keys is not None:
            goal_keys = []
            for goal_keys_item_data in self.goal_keys:
                goal_keys_item = goal_keys_item_data.to_dict()
                goal_keys.append(goal_keys_item)

        identifier = self.identifier

        unit: Any = None
        if self.unit is not None:
            unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if datasets is not None:
            field_dict["datasets"] = datasets
        if goal_keys is not None:
            field_dict["goalKeys"] = goal_keys
        if identifier is not None:
            field_dict["identifier"] = identifier
        if unit is not None:
            field_dict["unit"] = unit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        identifier = src_dict.get("identifier")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.identifier = identifier
        _model._document = src_dict  # datasets, goal_keys, unit: read on first access
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
