from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

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


def _read_app_event(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_event = d.pop("appEvent", None)
    if _raw_app_event is None:
        app_event = None
    else:
        app_event = AppEventLocalizationRelationshipsAppEvent.from_dict(_raw_app_event)

    return app_event


def _read_app_event_screenshots(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_event_screenshots = d.pop("appEventScreenshots", None)
    if _raw_app_event_screenshots is None:
        app_event_screenshots = None
    else:
        app_event_screenshots = AppEventLocalizationRelationshipsAppEventScreenshots.from_dict(
            _raw_app_event_screenshots
        )

    return app_event_screenshots


def _read_app_event_video_clips(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_event_video_clips = d.pop("appEventVideoClips", None)
    if _raw_app_event_video_clips is None:
        app_event_video_clips = None
    else:
        app_event_video_clips = AppEventLocalizationRelationshipsAppEventVideoClips.from_dict(
            _raw_app_event_video_clips
        )

    return app_event_video_clips


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "appEvent",
        "appEventScreenshots",
        "appEventVideoClips",
    }
)
_READERS: dict[str, Any] = {
    "app_event": _read_app_event,
    "app_event_screenshots": _read_app_event_screenshots,
    "app_event_video_clips": _read_app_event_video_clips,
    "additional_properties": _read_additional_properties,
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
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

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
        app_event_localization_relationships = cls.__new__(cls)
        app_event_localization_relationships._document = dict(src_dict)  # each field is read on first access
        return app_event_localization_relationships

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
