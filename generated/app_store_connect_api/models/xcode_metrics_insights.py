from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.metrics_insight import MetricsInsight


T = TypeVar("T", bound="XcodeMetricsInsights")
_KNOWN_KEYS = frozenset(
    {
        "regressions",
        "trendingUp",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, MetricsInsight
    from ..models.metrics_insight import MetricsInsight

    _LAZY_IMPORTS_DONE = True


def _read_regressions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_regressions = src_dict.get("regressions")
    if _raw_regressions is None:
        regressions = None
    else:
        regressions = []
        _regressions = _raw_regressions
        for regressions_item_data in _regressions:
            regressions_item = MetricsInsight.from_dict(regressions_item_data)

            regressions.append(regressions_item)

    return regressions


def _read_trending_up(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_trending_up = src_dict.get("trendingUp")
    if _raw_trending_up is None:
        trending_up = None
    else:
        trending_up = []
        _trending_up = _raw_trending_up
        for trending_up_item_data in _trending_up:
            trending_up_item = MetricsInsight.from_dict(trending_up_item_data)

            trending_up.append(trending_up_item)

    return trending_up


_READERS: dict[str, Any] = {
    "regressions": _read_regressions,
    "trending_up": _read_trending_up,
}


@_attrs_define(repr=False)
class XcodeMetricsInsights:
    """
    Attributes:
        regressions (list[MetricsInsight] | Unset):
        trending_up (list[MetricsInsight] | Unset):
    """

    regressions: list[MetricsInsight] | None = None
    trending_up: list[MetricsInsight] | None = None
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
        regressions: Any = None
        if self.regressions is not None:
            regressions = []
            for regressions_item_data in self.regressions:
                regressions_item = regressions_item_data.to_dict()
                regressions.append(regressions_item)

        trending_up: Any = None
        if self.trending_up is not None:
            trending_up = []
            for trending_up_item_data in self.trending_up:
                trending_up_item = trending_up_item_data.to_dict()
                trending_up.append(trending_up_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if regressions is not None:
            field_dict["regressions"] = regressions
        if trending_up is not None:
            field_dict["trendingUp"] = trending_up
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # regressions, trending_up: read on first access
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
