from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item_filter_criteria import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemFilterCriteria,
    )
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item_points_item import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItem,
    )
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item_recommended_metric_goal import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemRecommendedMetricGoal,
    )


T = TypeVar("T", bound="XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItem")
_KNOWN_KEYS = frozenset(
    {
        "filterCriteria",
        "points",
        "recommendedMetricGoal",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemFilterCriteria, \
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItem, \
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemRecommendedMetricGoal
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item_filter_criteria import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemFilterCriteria,
    )
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item_points_item import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItem,
    )
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item_recommended_metric_goal import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemRecommendedMetricGoal,
    )

    _LAZY_IMPORTS_DONE = True


def _read_filter_criteria(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_filter_criteria = src_dict.get("filterCriteria")
    if _raw_filter_criteria is None:
        filter_criteria = None
    else:
        filter_criteria = (
            XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemFilterCriteria.from_dict(
                _raw_filter_criteria
            )
        )

    return filter_criteria


def _read_points(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_points = src_dict.get("points")
    if _raw_points is None:
        points = None
    else:
        points = []
        _points = _raw_points
        for points_item_data in _points:
            points_item = (
                XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItem.from_dict(
                    points_item_data
                )
            )

            points.append(points_item)

    return points


def _read_recommended_metric_goal(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_recommended_metric_goal = src_dict.get("recommendedMetricGoal")
    if _raw_recommended_metric_goal is None:
        recommended_metric_goal = None
    else:
        recommended_metric_goal = XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemRecommendedMetricGoal.from_dict(
            _raw_recommended_metric_goal
        )

    return recommended_metric_goal


_READERS: dict[str, Any] = {
    "filter_criteria": _read_filter_criteria,
    "points": _read_points,
    "recommended_metric_goal": _read_recommended_metric_goal,
}


@_attrs_define(repr=False)
class XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItem:
    """
    Attributes:
        filter_criteria (XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemFilterCriteria | Unset):
        points (list[XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItem] | Unset):
        recommended_metric_goal
            (XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemRecommendedMetricGoal | Unset):
    """

    filter_criteria: (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemFilterCriteria | None
    ) = None
    points: list[XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItem] | None = (
        None
    )
    recommended_metric_goal: (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemRecommendedMetricGoal | None
    ) = None
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
        filter_criteria: Any = None
        if self.filter_criteria is not None:
            filter_criteria = self.filter_criteria.to_dict()

        points: Any = None
        if self.points is not None:
            points = []
            for points_item_data in self.points:
                points_item = points_item_data.to_dict()
                points.append(points_item)

        recommended_metric_goal: Any = None
        if self.recommended_metric_goal is not None:
            recommended_metric_goal = self.recommended_metric_goal.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if filter_criteria is not None:
            field_dict["filterCriteria"] = filter_criteria
        if points is not None:
            field_dict["points"] = points
        if recommended_metric_goal is not None:
            field_dict["recommendedMetricGoal"] = recommended_metric_goal
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # filter_criteria, points, recommended_metric_goal: read on first access
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
