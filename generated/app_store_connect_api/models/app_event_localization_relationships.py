from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_event_localization_relationships_app_event import (
        AppEventLocalizationRelationshipsAppEvent,
    )
    from ..models.app_event_localization_relationships_app_event_screenshots import (
        AppEventLocalizationRelationshipsAppEventScreenshots,
    )
    from ..models.app_event_localization_relationships_app_event_video_clips import (
        AppEventLocalizationRelationshipsAppEventVideoClips,
    )


T = TypeVar("T", bound="AppEventLocalizationRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appEvent",
        "appEventScreenshots",
        "appEventVideoClips",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppEventLocalizationRelationshipsAppEvent, \
        AppEventLocalizationRelationshipsAppEventScreenshots, \
        AppEventLocalizationRelationshipsAppEventVideoClips
    from ..models.app_event_localization_relationships_app_event import (
        AppEventLocalizationRelationshipsAppEvent,
    )
    from ..models.app_event_localization_relationships_app_event_screenshots import (
        AppEventLocalizationRelationshipsAppEventScreenshots,
    )
    from ..models.app_event_localization_relationships_app_event_video_clips import (
        AppEventLocalizationRelationshipsAppEventVideoClips,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_event(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_event = src_dict.get("appEvent")
    if _raw_app_event is None:
        app_event = None
    else:
        app_event = AppEventLocalizationRelationshipsAppEvent.from_dict(_raw_app_event)

    return app_event


def _read_app_event_screenshots(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_event_screenshots = src_dict.get("appEventScreenshots")
    if _raw_app_event_screenshots is None:
        app_event_screenshots = None
    else:
        app_event_screenshots = AppEventLocalizationRelationshipsAppEventScreenshots.from_dict(
            _raw_app_event_screenshots
        )

    return app_event_screenshots


def _read_app_event_video_clips(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_event_video_clips = src_dict.get("appEventVideoClips")
    if _raw_app_event_video_clips is None:
        app_event_video_clips = None
    else:
        app_event_video_clips = AppEventLocalizationRelationshipsAppEventVideoClips.from_dict(
            _raw_app_event_video_clips
        )

    return app_event_video_clips


_READERS: dict[str, Any] = {
    "app_event": _read_app_event,
    "app_event_screenshots": _read_app_event_screenshots,
    "app_event_video_clips": _read_app_event_video_clips,
}


@_attrs_define(repr=False)
class AppEventLocalizationRelationships:
    """
    Attributes:
        app_event (AppEventLocalizationRelationshipsAppEvent | Unset):
        app_event_screenshots (AppEventLocalizationRelationshipsAppEventScreenshots | Unset):
        app_event_video_clips (AppEventLocalizationRelationshipsAppEventVideoClips | Unset):
    """

    app_event: AppEventLocalizationRelationshipsAppEvent | None = None
    app_event_screenshots: AppEventLocalizationRelationshipsAppEventScreenshots | None = None
    app_event_video_clips: AppEventLocalizationRelationshipsAppEventVideoClips | None = None
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
        app_event: Any = None
        if self.app_event is not None:
            app_event = self.app_event.to_dict()

        app_event_screenshots: Any = None
        if self.app_event_screenshots is not None:
            app_event_screenshots = self.app_event_screenshots.to_dict()

        app_event_video_clips: Any = None
        if self.app_event_video_clips is not None:
            app_event_video_clips = self.app_event_video_clips.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_event is not None:
            field_dict["appEvent"] = app_event
        if app_event_screenshots is not None:
            field_dict["appEventScreenshots"] = app_event_screenshots
        if app_event_video_clips is not None:
            field_dict["appEventVideoClips"] = app_event_video_clips
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # app_event, app_event_screenshots, app_event_video_clips: read on first access
        )
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
