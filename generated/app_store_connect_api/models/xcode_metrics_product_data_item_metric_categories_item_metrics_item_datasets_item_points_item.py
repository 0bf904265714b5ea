from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item_points_item_percentage_breakdown import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItemPercentageBreakdown,
    )


T = TypeVar("T", bound="XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItem")
_KNOWN_KEYS = frozenset(
    {
        "errorMargin",
        "goal",
        "percentageBreakdown",
        "value",
        "version",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItemPercentageBreakdown
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item_points_item_percentage_breakdown import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItemPercentageBreakdown,
    )

    _LAZY_IMPORTS_DONE = True


def _read_percentage_breakdown(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_percentage_breakdown = src_dict.get("percentageBreakdown")
    if _raw_percentage_breakdown is None:
        percentage_breakdown = None
    else:
        percentage_breakdown = XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItemPercentageBreakdown.from_dict(
            _raw_percentage_breakdown
        )

    return percentage_breakdown


_READERS: dict[str, Any] = {
    "percentage_breakdown": _read_percentage_breakdown,
}


@_attrs_define(repr=False)
class XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItem:
    """
    Attributes:
        error_margin (float | Unset):
        goal (str | Unset):
        percentage_breakdown
            (XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItemPercentageBreakdown | Unset):
        value (float | Unset):
        version (str | Unset):
    """

    error_margin: float | None = None
    goal: str | None = None
    percentage_breakdown: (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItemPercentageBreakdown
        | None
    ) = None
    value: float | None = None
    version: str | None = None
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
        error_margin = self.error_margin

        goal = self.goal

        percentage_breakdown: Any = None
        if self.percentage_breakdown is not None:
            percentage_breakdown = self.percentage_breakdown.to_dict()

        value = self.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error_margin is not None:
            field_dict["errorMargin"] = error_margin
        if goal is not None:
            field_dict["goal"] = goal
        if percentage_breakdown is not None:
            field_dict["percentageBreakdown"] = percentage_breakdown
        if value is not None:
            field_dict["value"] = value
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        error_margin = src_dict.get("errorMargin")

        goal = src_dict.get("goal")

        value = src_dict.get("value")

        version = src_dict.get("version")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.error_margin = error_margin
        _model.goal = goal
        _model.value = value
        _model.version = version
        _model._document = src_dict  # percentage_breakdown: read on first access
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
