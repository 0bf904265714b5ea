from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_category import MetricCategory
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItem,
    )


T = TypeVar("T", bound="XcodeMetricsProductDataItemMetricCategoriesItem")
_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "metrics",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, XcodeMetricsProductDataItemMetricCategoriesItemMetricsItem
    from ..models.xcode_metrics_product_data_item_metric_categories_item_metrics_item import (
        XcodeMetricsProductDataItemMetricCategoriesItemMetricsItem,
    )

    _LAZY_IMPORTS_DONE = True


def _read_metrics(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_metrics = src_dict.get("metrics")
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

    return metrics


_READERS: dict[str, Any] = {
    "metrics": _read_metrics,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        _raw_identifier = src_dict.get("identifier")
        if _raw_identifier is None:
            identifier = None
        else:
            identifier = MetricCategory.of(_raw_identifier)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.identifier = identifier
        _model._document = src_dict  # metrics: read on first access
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
