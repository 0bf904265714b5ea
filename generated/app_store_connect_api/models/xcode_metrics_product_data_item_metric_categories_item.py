from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_category import MetricCategory
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItem,
    )


T = TypeVar("T", bound="XcodeMetricsProductDataItemMetricCategoriesItem")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, XcodeMetricsProductDataItemMetricCategoriesItemMetricsItem
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItem,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class XcodeMetricsProductDataItemMetricCategoriesItem:
    """
    Attributes:
        identifier (MetricCategory | Unset):
        metrics (list[XcodeMetricsProductDataItemMetricCategoriesItemMetricsItem] | Unset):
    """

    identifier: MetricCategory | None = None
    metrics: list[XcodeMetricsProductDataItemMetricCategoriesItemMetricsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        identifier: Any = None
        if self.identifier is not None:
            identifier = self.identifier.value

        metrics: Any = None
        if self.metrics is not None:
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if identifier is not None:
            field_dict["identifier"] = identifier
        if metrics is not None:
            field_dict["metrics"] = metrics
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_identifier = d.pop("identifier", None)
        if _raw_identifier is None:
            identifier = None
        else:
            identifier = MetricCategory(_raw_identifier)

        _raw_metrics = d.pop("metrics", None)
        if _raw_metrics is None:
            metrics = None
        else:
            metrics = []
            _metrics = _raw_metrics
            for metrics_item_data in _metrics:
                metrics_item = XcodeMetricsProductDataItemMetricCategoriesItemMetricsItem.from_dict(
                    metrics_item_data
                )

                metrics.append(metrics_item)

        xcode_metrics_product_data_item_metric_categories_item = cls(
            identifier=identifier,
            metrics=metrics,
        )
        xcode_metrics_product_data_item_metric_categories_item.additional_properties = d
        return xcode_metrics_product_data_item_metric_categories_item

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
