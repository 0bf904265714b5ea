from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_category import MetricCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics_insight_populations_item import MetricsInsightPopulationsItem


T = TypeVar("T", bound="MetricsInsight")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, MetricsInsightPopulationsItem
    from ..models.metrics_insight_populations_item import MetricsInsightPopulationsItem

    _LAZY_IMPORTS_DONE = True


@_attrs_define
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

    high_impact: bool | Unset | None = UNSET
    latest_version: str | Unset | None = UNSET
    max_latest_version_value: float | Unset | None = UNSET
    metric: str | Unset | None = UNSET
    metric_category: MetricCategory | Unset | None = UNSET
    populations: list[MetricsInsightPopulationsItem] | Unset | None = UNSET
    reference_versions: str | Unset | None = UNSET
    sub_system_label: str | Unset | None = UNSET
    summary_string: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        high_impact = self.high_impact

        latest_version = self.latest_version

        max_latest_version_value = self.max_latest_version_value

        metric = self.metric

        metric_category: str | Unset | None
        if self.metric_category is None:
            metric_category = None
        else:
            metric_category = UNSET
            if not isinstance(self.metric_category, Unset):
                metric_category = self.metric_category.value

        populations: list[dict[str, Any]] | Unset | None
        if self.populations is None:
            populations = None
        else:
            populations = UNSET
            if not isinstance(self.populations, Unset):
                populations = []
                for populations_item_data in self.populations:
                    populations_item = populations_item_data.to_dict()
                    populations.append(populations_item)

        reference_versions = self.reference_versions

        sub_system_label = self.sub_system_label

        summary_string = self.summary_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if high_impact is not UNSET:
            field_dict["highImpact"] = high_impact
        if latest_version is not UNSET:
            field_dict["latestVersion"] = latest_version
        if max_latest_version_value is not UNSET:
            field_dict["maxLatestVersionValue"] = max_latest_version_value
        if metric is not UNSET:
            field_dict["metric"] = metric
        if metric_category is not UNSET:
            field_dict["metricCategory"] = metric_category
        if populations is not UNSET:
            field_dict["populations"] = populations
        if reference_versions is not UNSET:
            field_dict["referenceVersions"] = reference_versions
        if sub_system_label is not UNSET:
            field_dict["subSystemLabel"] = sub_system_label
        if summary_string is not UNSET:
            field_dict["summaryString"] = summary_string
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        high_impact = d.pop("highImpact", UNSET)

        latest_version = d.pop("latestVersion", UNSET)

        max_latest_version_value = d.pop("maxLatestVersionValue", UNSET)

        metric = d.pop("metric", UNSET)

        _raw_metric_category = d.pop("metricCategory", UNSET)
        if _raw_metric_category is None:
            metric_category = None
        else:
            _metric_category = _raw_metric_category
            metric_category: MetricCategory | Unset
            if isinstance(_metric_category, Unset):
                metric_category = UNSET
            else:
                metric_category = MetricCategory(_metric_category)

        _raw_populations = d.pop("populations", UNSET)
        if _raw_populations is None:
            populations = None
        else:
            _populations = _raw_populations
            populations: list[MetricsInsightPopulationsItem] | Unset = UNSET
            if _populations is not UNSET:
                populations = []
                for populations_item_data in _populations:
                    populations_item = MetricsInsightPopulationsItem.from_dict(populations_item_data)

                    populations.append(populations_item)

        reference_versions = d.pop("referenceVersions", UNSET)

        sub_system_label = d.pop("subSystemLabel", UNSET)

        summary_string = d.pop("summaryString", UNSET)

        metrics_insight = cls(
            high_impact=high_impact,
            latest_version=latest_version,
            max_latest_version_value=max_latest_version_value,
            metric=metric,
            metric_category=metric_category,
            populations=populations,
            reference_versions=reference_versions,
            sub_system_label=sub_system_label,
            summary_string=summary_string,
        )
        metrics_insight.additional_properties = d
        return metrics_insight

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
