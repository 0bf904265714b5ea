"""Build uploads without altool: `buildUploads` + `buildUploadFiles`, checked before any request."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app_store_connect_api.api.build_uploads import build_uploads_create_instance, build_uploads_get_instance
from app_store_connect_api.models.build import Build
from app_store_connect_api.models.build_upload import BuildUpload
from app_store_connect_api.models.build_upload_create_request import BuildUploadCreateRequest
from app_store_connect_api.models.build_upload_response import BuildUploadResponse
from app_store_connect_api.models.build_uploads_get_instance_include_item import (
    BuildUploadsGetInstanceIncludeItem,
)
from app_store_connect_api.models.platform import Platform

from .._steps import Call
from ._errors import UploadArgumentError
from ._kinds import delivery_state, present
from ._source import SourceFile
from ._types import BuildStatus, DeliveryState

# Uniform type identifiers Apple takes for the build file, by extension; a .pkg is a macOS package.
_UTIS = {".ipa": "com.apple.ipa", ".pkg": "com.apple.pkg"}
# CFBundleShortVersionString and CFBundleVersion: one to three period-separated integers.
_BUNDLE_VERSION = re.compile(r"\d+(\.\d+){0,2}")


@dataclass(frozen=True)
class BuildArguments:
    """A build upload's arguments, checked."""

    app_id: str
    version: str
    build_number: str
    platform: Platform
    uti: str

    def create(self) -> Call:
        """The create of the build upload (never re-sent on doubt, Q14)."""
        body = {
            "data": {
                "type": "buildUploads",
                "attributes": {
                    "cfBundleShortVersionString": self.version,
                    "cfBundleVersion": self.build_number,
                    "platform": self.platform.value,
                },
                "relationships": {"app": {"data": {"type": "apps", "id": self.app_id}}},
            }
        }
        return Call(build_uploads_create_instance, {"body": BuildUploadCreateRequest.from_dict(body)})

    def file_attributes(self, source: SourceFile) -> dict[str, Any]:
        """The attributes reserving the build file itself."""
        return {"assetType": "ASSET", "fileName": source.name, "fileSize": source.size, "uti": self.uti}

    def describe(self) -> str:
        """`build 1.2 (42) for IOS`."""
        return f"build {self.version} ({self.build_number}) for {self.platform.value}"


def build_arguments(
    app_id: str, source: SourceFile, version: str, build_number: str, platform: Platform | str
) -> BuildArguments:
    """Check a build upload's arguments; an `UploadArgumentError` says what to change."""
    if not app_id.strip():
        raise UploadArgumentError("app_id is empty; give the app's App Store Connect id (digits)")
    for name, value, key in (
        ("version", version, "CFBundleShortVersionString"),
        ("build_number", build_number, "CFBundleVersion"),
    ):
        if not _BUNDLE_VERSION.fullmatch(value):
            raise UploadArgumentError(
                f"{name} {value!r} is not a valid {key}: use one to three integers separated by periods, "
                "as in the app's Info.plist (e.g. 1.4.2)"
            )
    chosen = _platform(platform)
    uti = _UTIS.get(source.path.suffix.lower())
    if uti is None:
        raise UploadArgumentError(
            f"{source.path} is not an .ipa or .pkg; export the archive for App Store distribution first"
        )
    if (uti == _UTIS[".pkg"]) != (chosen is Platform.MAC_OS):
        raise UploadArgumentError(
            f"a {source.path.suffix} file cannot be a {chosen.value} build: macOS builds are .pkg files, "
            "the other platforms' are .ipa files"
        )
    return BuildArguments(app_id, version, build_number, chosen, uti)


def _platform(platform: Platform | str) -> Platform:
    known = {member.value: member for member in Platform if member.is_known}
    chosen = known.get(str(platform).strip().upper())
    if chosen is None:
        raise UploadArgumentError(f"unknown platform {str(platform)!r}; use one of {', '.join(known)}")
    return chosen


def watch_build_upload(upload_id: str) -> Call:
    """The read of a build upload with its build, polled until the upload ends."""
    return Call(
        build_uploads_get_instance, {"id": upload_id, "include": [BuildUploadsGetInstanceIncludeItem.BUILD]}
    )


def build_upload_status(document: BuildUploadResponse) -> tuple[DeliveryState, BuildStatus]:
    """A build upload's state and what Apple says of its build so far."""
    upload = document.data
    attributes = present(upload.attributes)
    linked = _linked_build_id(upload)
    build = next(
        (
            item
            for item in present(document.included) or ()
            if isinstance(item, Build) and linked in (None, item.id)
        ),
        None,
    )
    details = present(build.attributes) if build else None
    processing = present(details.processing_state) if details else None
    status = BuildStatus(
        upload.id,
        build.id if build else linked,
        present(details.version) if details else None,
        None if processing is None else str(processing),
    )
    return delivery_state(attributes.state if attributes else None), status


def _linked_build_id(upload: BuildUpload) -> str | None:
    relationships = present(upload.relationships)
    build = present(relationships.build) if relationships else None
    linkage = present(build.data) if build else None
    return linkage.id if linkage else None
