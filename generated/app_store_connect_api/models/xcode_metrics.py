from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.xcode_metrics_insights import XcodeMetricsInsights
    from ..models.xcode_metrics_product_data_item import XcodeMetricsProductDataItem


T = TypeVar("T", bound="XcodeMetrics")
_KNOWN_KEYS = frozenset(
    {
        "insights",
        "productData",
        "version",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, XcodeMetricsInsights, XcodeMetricsProductDataItem
    from ..models.xcode_metrics_insights import XcodeMetricsInsights
    from ..models.xcode_metrics_product_data_item import XcodeMetricsProductDataItem

    _LAZY_IMPORTS_DONE = True


def _read_insights(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_insights = src_dict.get("insights")
    if _raw_insights is None:
        insights = None
    else:
        insights = XcodeMetricsInsights.from_dict(_raw_insights)

    return insights


def _read_product_data(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_product_data = src_dict.get("productData")
    if _raw_product_data is None:
        product_data = None
    else:
        product_data = []
        _product_data = _raw_product_data
        for product_data_item_data in _product_data:
            product_data_item = XcodeMetricsProductDataItem.from_dict(product_data_item_data)

            product_data.append(product_data_item)

    return product_data


_READERS: dict[str, Any] = {
    "insights": _read_insights,
    "product_data": _read_product_data,
}


@_attrs_define(repr=False)
class XcodeMetrics:
    """
    Attributes:
        insights (XcodeMetricsInsights | Unset):
        product_data (list[XcodeMetricsProductDataItem] | Unset):
        version (str | Unset):
    """

    insights: XcodeMetricsInsights | None = None
    product_data: list[XcodeMetricsProductDataItem] | None = None
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
        insights: Any = None
        if self.insights is not None:
            insights = self.insights.to_dict()

        product_data: Any = None
        if self.product_data is not None:
            product_data = []
            for product_data_item_data in self.product_data:
                product_data_item = product_data_item_data.to_dict()
                product_data.append(product_data_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if insights is not None:
            field_dict["insights"] = insights
        if product_data is not None:
            field_dict["productData"] = product_data
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        version = src_dict.get("version")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.version = version
        _model._document = src_dict  # insights, product_data: read on first access
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
