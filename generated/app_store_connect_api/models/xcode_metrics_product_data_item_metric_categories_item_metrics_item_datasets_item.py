from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

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
        d = dict(src_dict)
        _raw_filter_criteria = d.pop("filterCriteria", None)
        if _raw_filter_criteria is None:
            filter_criteria = None
        else:
            filter_criteria = XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemFilterCriteria.from_dict(
                _raw_filter_criteria
            )

        _raw_points = d.pop("points", None)
        if _raw_points is None:
            points = None
        else:
            points = []
            _points = _raw_points
            for points_item_data in _points:
                points_item = XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemPointsItem.from_dict(
                    points_item_data
                )

                points.append(points_item)

        _raw_recommended_metric_goal = d.pop("recommendedMetricGoal", None)
        if _raw_recommended_metric_goal is None:
            recommended_metric_goal = None
        else:
            recommended_metric_goal = XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemRecommendedMetricGoal.from_dict(
                _raw_recommended_metric_goal
            )

        xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item = cls(
            filter_criteria=filter_criteria,
            points=points,
            recommended_metric_goal=recommended_metric_goal,
        )
        xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item.additional_properties = d
        return xcode_metrics_product_data_item_metric_categories_item_metrics_item_datasets_item

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
