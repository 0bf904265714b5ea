from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.xcode_metrics_product_data_item_metric_categories_item import (
        XcodeMetricsProductDataItemMetricCategoriesItem,
    )


T = TypeVar("T", bound="XcodeMetricsProductDataItem")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, XcodeMetricsProductDataItemMetricCategoriesItem
    from ..models.xcode_metrics_product_data_item_metric_categories_item import (
        XcodeMetricsProductDataItemMetricCategoriesItem,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class XcodeMetricsProductDataItem:
    """
    Attributes:
        metric_categories (list[XcodeMetricsProductDataItemMetricCategoriesItem] | Unset):
        platform (str | Unset):
    """

    metric_categories: list[XcodeMetricsProductDataItemMetricCategoriesItem] | None = None
    platform: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        metric_categories: Any = None
        if self.metric_categories is not None:
            metric_categories = []
            for metric_categories_item_data in self.metric_categories:
                metric_categories_item = metric_categories_item_data.to_dict()
                metric_categories.append(metric_categories_item)

        platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if metric_categories is not None:
            field_dict["metricCategories"] = metric_categories
        if platform is not None:
            field_dict["platform"] = platform
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_metric_categories = d.pop("metricCategories", None)
        if _raw_metric_categories is None:
            metric_categories = None
        else:
            metric_categories = []
            _metric_categories = _raw_metric_categories
            for metric_categories_item_data in _metric_categories:
                metric_categories_item = XcodeMetricsProductDataItemMetricCategoriesItem.from_dict(
                    metric_categories_item_data
                )

                metric_categories.append(metric_categories_item)

        platform = d.pop("platform", None)

        xcode_metrics_product_data_item = cls(
            metric_categories=metric_categories,
            platform=platform,
        )
        xcode_metrics_product_data_item.additional_properties = d
        return xcode_metrics_product_data_item

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
