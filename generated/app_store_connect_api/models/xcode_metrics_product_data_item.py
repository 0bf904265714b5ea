from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.xcode_metrics_product_data_item_metric_categories_item import (
        XcodeMetricsProductDataItemMetricCategoriesItem,
    )


T = TypeVar("T", bound="XcodeMetricsProductDataItem")
_KNOWN_KEYS = frozenset(
    {
        "metricCategories",
        "platform",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, XcodeMetricsProductDataItemMetricCategoriesItem
    from ..models.xcode_metrics_product_data_item_metric_categories_item import (
        XcodeMetricsProductDataItemMetricCategoriesItem,
    )

    _LAZY_IMPORTS_DONE = True


def _read_metric_categories(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_metric_categories = src_dict.get("metricCategories")
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

    return metric_categories


_READERS: dict[str, Any] = {
    "metric_categories": _read_metric_categories,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        platform = src_dict.get("platform")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.platform = platform
        _model._document = src_dict  # metric_categories: read on first access
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
