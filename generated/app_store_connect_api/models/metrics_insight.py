from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_category import MetricCategory
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.metrics_insight_populations_item import MetricsInsightPopulationsItem


T = TypeVar("T", bound="MetricsInsight")
_KNOWN_KEYS = frozenset(
    {
        "highImpact",
        "latestVersion",
        "maxLatestVersionValue",
        "metric",
        "metricCategory",
        "populations",
        "referenceVersions",
        "subSystemLabel",
        "summaryString",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, MetricsInsightPopulationsItem
    from ..models.metrics_insight_populations_item import MetricsInsightPopulationsItem

    _LAZY_IMPORTS_DONE = True


def _read_populations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_populations = src_dict.get("populations")
    if _raw_populations is None:
        populations = None
    else:
        populations = []
        _populations = _raw_populations
        for populations_item_data in _populations:
            populations_item = MetricsInsightPopulationsItem.from_dict(populations_item_data)

            populations.append(populations_item)

    return populations


_READERS: dict[str, Any] = {
    "populations": _read_populations,
}


@_attrs_define(repr=False)
class MetricsInsight:
    """
    Attributes:
        high_impact (bool | Unset):
        latest_version (str | Unset):
        max_latest_version_value (float | Unset):
        metric (str | Unset):
        metric_category (MetricCategory | Unset):
        populations (list[MetricsInsightPopulationsItem] | Unset):
        reference_versions (str | Unset):
        sub_system_label (str | Unset):
        summary_string (str | Unset):
    """

    high_impact: bool | None = None
    latest_version: str | None = None
    max_latest_version_value: float | None = None
    metric: str | None = None
    metric_category: MetricCategory | None = None
    populations: list[MetricsInsightPopulationsItem] | None = None
    reference_versions: str | None = None
    sub_system_label: str | None = None
    summary_string: str | None = None
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
        high_impact = self.high_impact

        latest_version = self.latest_version

        max_latest_version_value = self.max_latest_version_value

        metric = self.metric

        metric_category: Any = None
        if self.metric_category is not None:
            metric_category = self.metric_category.value

        populations: Any = None
        if self.populations is not None:
            populations = []
            for populations_item_data in self.populations:
                populations_item = populations_item_data.to_dict()
                populations.append(populations_item)

        reference_versions = self.reference_versions

        sub_system_label = self.sub_system_label

        summary_string = self.summary_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if high_impact is not None:
            field_dict["highImpact"] = high_impact
        if latest_version is not None:
            field_dict["latestVersion"] = latest_version
        if max_latest_version_value is not None:
            field_dict["maxLatestVersionValue"] = max_latest_version_value
        if metric is not None:
            field_dict["metric"] = metric
        if metric_category is not None:
            field_dict["metricCategory"] = metric_category
        if populations is not None:
            field_dict["populations"] = populations
        if reference_versions is not None:
            field_dict["referenceVersions"] = reference_versions
        if sub_system_label is not None:
            field_dict["subSystemLabel"] = sub_system_label
        if summary_string is not None:
            field_dict["summaryString"] = summary_string
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        high_impact = src_dict.get("highImpact")

        latest_version = src_dict.get("latestVersion")

        max_latest_version_value = src_dict.get("maxLatestVersionValue")

        metric = src_dict.get("metric")

        _raw_metric_category = src_dict.get("metricCategory")
        if _raw_metric_category is None:
            metric_category = None
        else:
            metric_category = MetricCategory.of(_raw_metric_category)

        reference_versions = src_dict.get("referenceVersions")

        sub_system_label = src_dict.get("subSystemLabel")

        summary_string = src_dict.get("summaryString")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.high_impact = high_impact
        _model.latest_version = latest_version
        _model.max_latest_version_value = max_latest_version_value
        _model.metric = metric
        _model.metric_category = metric_category
        _model.reference_versions = reference_versions
        _model.sub_system_label = sub_system_label
        _model.summary_string = summary_string
        _model._document = src_dict  # populations: read on first access
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
