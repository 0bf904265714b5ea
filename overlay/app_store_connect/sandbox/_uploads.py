"""Uploads (Q13): reserve, PUT the parts to the presigned host, commit, then watch the delivery state.

App screenshots: `POST /v1/appScreenshots`, `PATCH` with `uploaded: true` and `sourceFileChecksum`.
Builds: `POST /v1/buildUploads`, `POST /v1/buildUploadFiles`, `PATCH` with `sourceFileChecksums`.
Processing advances as the resource is read: the commit's own answer says UPLOAD_COMPLETE, and after
`processing_polls` further reads the asset is COMPLETE (a build upload then links a new VALID build).
Failure codes in `assetDeliveryState.errors` are the sandbox's own.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from ._clock import apple_datetime
from ._context import Context
from ._http import Request, Response, entity_error, json_response, state_error
from ._jsonapi import Query, resource_document
from ._quirks import Fault, Host, Quirk, fault_response
from ._routing import Handler, Router
from ._seed import Ids, build_attributes
from ._store import Resource
from ._writes import parse_create, parse_update

UPLOAD_URL_SECONDS = 24 * 3600
_HASHES = {"MD5": "md5", "SHA_256": "sha256"}
_DEFAULT_SCREENSHOT_SIZE = (1290, 2796)


@dataclass
class _Asset:
    """Server-side state of one reserved file."""

    size: int
    parts: dict[int, bytes] = field(default_factory=dict)  # by offset
    committed: bool = False
    failed: bool = False
    reads_after_commit: int = 0

    def data(self) -> bytes:
        """The bytes received so far, in file order."""
        return b"".join(part for _, part in sorted(self.parts.items()))


class Uploads:
    """The upload side of one sandbox: reserves files, receives parts, commits and processes them."""

    def __init__(self, context: Context, ids: Ids) -> None:
        self._context = context
        self._ids = ids
        self._assets: dict[str, _Asset] = {}
        self._processing_reads: dict[str, int] = {}
        self._lock = threading.Lock()
        context.observers.update(
            appScreenshots=self._observe_asset,
            buildUploadFiles=self._observe_asset,
            buildUploads=self._observe_build_upload,
        )

    def install(self, router: Router) -> None:
        """Add the write routes (reads are the generic JSON:API ones)."""
        router.add("POST", "/v1/appScreenshots", self._create_screenshot)
        router.add("PATCH", "/v1/appScreenshots/{id}", self._commit_screenshot)
        router.add("DELETE", "/v1/appScreenshots/{id}", self._delete("appScreenshots"))
        router.add("POST", "/v1/buildUploads", self._create_build_upload)
        router.add("DELETE", "/v1/buildUploads/{id}", self._delete("buildUploads"))
        router.add("POST", "/v1/buildUploadFiles", self._create_build_upload_file)
        router.add("PATCH", "/v1/buildUploadFiles/{id}", self._commit_build_upload_file)

    # Screenshots

    def _create_screenshot(self, context: Context, request: Request, params: dict[str, str]) -> Response:
        body = parse_create(context, request)
        set_id = body.linked("appScreenshotSet")
        file_name, size = body.attributes["fileName"], _file_size(body.attributes["fileSize"])
        id_ = self._ids.uuid()
        content_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        screenshot = Resource(
            "appScreenshots",
            id_,
            {
                "fileSize": size,
                "fileName": file_name,
                "sourceFileChecksum": None,
                "imageAsset": None,
                "assetToken": _asset_token(id_, file_name),
                "assetType": "SortedScreenShot",
                "uploadOperations": self._reserve(id_, size, content_type, delivery=False),
                "assetDeliveryState": _delivery_state("AWAITING_UPLOAD"),
            },
            {"appScreenshotSet": set_id},
        )
        return _created(context, request, context.store.add(screenshot))

    def _commit_screenshot(self, context: Context, request: Request, params: dict[str, str]) -> Response:
        screenshot = context.store.require("appScreenshots", params["id"])
        body = parse_update(context, request, "/v1/appScreenshots/{id}", screenshot.id)
        checksum = body.attributes.get("sourceFileChecksum")
        if checksum is not None:
            screenshot.attributes["sourceFileChecksum"] = checksum
        return self._commit(request, screenshot, body.attributes.get("uploaded"), ("MD5", checksum))

    # Builds

    def _create_build_upload(self, context: Context, request: Request, params: dict[str, str]) -> Response:
        body = parse_create(context, request)
        attributes = body.attributes
        with context.store.locked():
            app = context.store.require("apps", body.linked("app"))
            if attributes["cfBundleVersion"] in self._used_build_numbers(app.id, attributes["platform"]):
                raise entity_error(
                    "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                    "The provided entity includes an attribute with a value that has already been used",
                    "The bundle version must be higher than the previously uploaded version: "
                    f"'{attributes['cfBundleVersion']}'.",
                    "/data/attributes/cfBundleVersion",
                )
            upload = context.store.add(
                Resource(
                    "buildUploads",
                    self._ids.uuid(),
                    {
                        **attributes,
                        "createdDate": apple_datetime(self._now()),
                        "state": _upload_state("AWAITING_UPLOAD"),
                        "uploadedDate": None,
                    },
                    {"app": app.id, "build": None, "assetFile": None},
                )
            )
        return _created(context, request, upload)

    def _create_build_upload_file(
        self, context: Context, request: Request, params: dict[str, str]
    ) -> Response:
        body = parse_create(context, request)
        upload = context.store.require("buildUploads", body.linked("buildUpload"))
        if upload.attributes["state"]["state"] != "AWAITING_UPLOAD":
            raise state_error("Files can only be added to a build upload that is awaiting upload.")
        id_ = self._ids.uuid()
        size = _file_size(body.attributes["fileSize"])
        file = Resource(
            "buildUploadFiles",
            id_,
            {
                **body.attributes,
                "fileSize": size,
                "assetDeliveryState": _delivery_state("AWAITING_UPLOAD"),
                "assetToken": _asset_token(id_, body.attributes["fileName"]),
                "sourceFileChecksums": None,
                "uploadOperations": self._reserve(id_, size, "application/octet-stream", delivery=True),
            },
            {"buildUpload": upload.id},
        )
        if body.attributes["assetType"] == "ASSET":
            upload.links["assetFile"] = id_
        return _created(context, request, context.store.add(file))

    def _commit_build_upload_file(
        self, context: Context, request: Request, params: dict[str, str]
    ) -> Response:
        file = context.store.require("buildUploadFiles", params["id"])
        body = parse_update(context, request, "/v1/buildUploadFiles/{id}", file.id)
        checksums = body.attributes.get("sourceFileChecksums")
        expected = (None, None)
        if isinstance(checksums, dict) and isinstance(checksums.get("file"), dict):
            file.attributes["sourceFileChecksums"] = checksums
            expected = (checksums["file"].get("algorithm"), checksums["file"].get("hash"))
        return self._commit(request, file, body.attributes.get("uploaded"), expected)

    def _used_build_numbers(self, app_id: str, platform: str) -> set[str]:
        store = self._context.store
        used = {
            build.attributes["version"]
            for build in store.where("builds", app=app_id)
            if (pre := store.get("preReleaseVersions", str(build.links["preReleaseVersion"]))) is not None
            and pre.attributes["platform"] == platform
        }
        used.update(
            upload.attributes["cfBundleVersion"]
            for upload in store.where("buildUploads", app=app_id)
            if upload.attributes["platform"] == platform and upload.attributes["state"]["state"] != "FAILED"
        )
        return used

    # Shared steps

    def _reserve(
        self, asset_id: str, size: int, content_type: str, *, delivery: bool
    ) -> list[dict[str, Any]]:
        """Upload operations for the parts of a file; each part is a PUT to the presigned host."""
        with self._lock:
            self._assets[asset_id] = _Asset(size)
        part_size = self._context.settings.upload_part_size
        operations = []
        for number, offset in enumerate(range(0, size, part_size), start=1):
            length = min(part_size, size - offset)
            key = f"itms-assets/{asset_id}/part-{number}"
            self._context.presigned.accept(key, partial(self._receive, asset_id, offset, length))
            operation: dict[str, Any] = {
                "method": "PUT",
                "url": self._context.presigned.url("PUT", key, UPLOAD_URL_SECONDS),
                "length": length,
                "offset": offset,
                "requestHeaders": [{"name": "Content-Type", "value": content_type}],
            }
            if delivery:  # DeliveryFileUploadOperation carries two more members
                expires = self._now() + timedelta(seconds=UPLOAD_URL_SECONDS)
                operation.update(expiration=apple_datetime(expires), partNumber=number)
            operations.append(operation)
        return operations

    def _receive(self, asset_id: str, offset: int, length: int, data: bytes) -> str | None:
        """Store one part; a part may be sent again (a retry replaces it)."""
        if len(data) != length:
            return f"This part must be exactly {length} bytes long; {len(data)} bytes were sent."
        with self._lock:
            asset = self._assets.get(asset_id)
            if asset is None or asset.committed:
                return "This upload is no longer accepting parts."
            asset.parts[offset] = data
        return None

    def _commit(
        self, request: Request, resource: Resource, uploaded: object, checksum: tuple[str | None, str | None]
    ) -> Response:
        """Commit an upload: UPLOAD_COMPLETE, or FAILED for missing bytes or a wrong checksum."""
        if uploaded is not True:
            return _ok(self._context, request, resource)
        with self._lock:
            asset = self._assets[resource.id]
            if asset.committed:
                raise state_error("The upload of this asset was already committed.")
            asset.committed = True
            errors = _verify(asset.data(), asset.size, *checksum)
            asset.failed = bool(errors)
        resource.attributes["uploadOperations"] = None
        resource.attributes["assetDeliveryState"] = _delivery_state(
            "FAILED" if errors else "UPLOAD_COMPLETE", errors
        )
        response = _ok(self._context, request, resource)
        if self._context.faults.enabled(Quirk.Q13):  # Q13: the commit worked, yet the answer is a 504
            return fault_response(Fault.GATEWAY_TIMEOUT, Host.API)
        return response

    def _observe_asset(self, resource: Resource) -> None:
        with self._lock:
            asset = self._assets.get(resource.id)
            if asset is None or not asset.committed or asset.failed:
                return
            asset.reads_after_commit += 1
            if asset.reads_after_commit <= self._context.settings.processing_polls:
                return
            data = asset.data()
        resource.attributes["assetDeliveryState"] = _delivery_state("COMPLETE")
        if resource.type == "appScreenshots":
            width, height = _png_size(data) or _DEFAULT_SCREENSHOT_SIZE
            resource.attributes["imageAsset"] = {
                "templateUrl": f"https://is1-ssl.mzstatic.com/image/thumb/{resource.attributes['assetToken']}"
                "/{w}x{h}bb.{f}",
                "width": width,
                "height": height,
            }

    def _observe_build_upload(self, upload: Resource) -> None:
        state = upload.attributes["state"]
        file_id = upload.links.get("assetFile")
        if state["state"] in ("COMPLETE", "FAILED") or not isinstance(file_id, str):
            return
        file = self._context.store.get("buildUploadFiles", file_id)
        with self._lock:
            asset = self._assets.get(file_id)
            if file is None or asset is None or not asset.committed:
                return
            if asset.failed:
                errors = file.attributes["assetDeliveryState"]["errors"]
                upload.attributes["state"] = _upload_state("FAILED", errors)
                return
            reads = self._processing_reads.get(upload.id, 0) + 1
            self._processing_reads[upload.id] = reads
        if reads <= self._context.settings.processing_polls:
            upload.attributes["state"] = _upload_state("PROCESSING")
            return
        upload.links["build"] = self._add_build(upload).id
        upload.attributes["uploadedDate"] = apple_datetime(self._now())
        upload.attributes["state"] = _upload_state("COMPLETE")

    def _add_build(self, upload: Resource) -> Resource:
        """The VALID build a completed upload produces, in its pre-release version (created if new)."""
        store = self._context.store
        app_id, attributes = str(upload.links["app"]), upload.attributes
        version, platform = attributes["cfBundleShortVersionString"], attributes["platform"]
        with store.locked():
            pre_release = next(
                (
                    pre
                    for pre in store.where("preReleaseVersions", app=app_id)
                    if pre.attributes == {"version": version, "platform": platform}
                ),
                None,
            ) or store.add(
                Resource(
                    "preReleaseVersions",
                    self._ids.uuid(),
                    {"version": version, "platform": platform},
                    {"app": app_id},
                )
            )
            return store.add(
                Resource(
                    "builds",
                    self._ids.uuid(),
                    build_attributes(attributes["cfBundleVersion"], self._now(), platform),
                    {"app": app_id, "preReleaseVersion": pre_release.id, "betaGroups": []},
                )
            )

    def _delete(self, type_: str) -> Handler:
        def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
            context.store.delete(type_, params["id"])
            with self._lock:
                self._assets.pop(params["id"], None)
            return Response(204, b"", None)

        return handle

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self._context.clock.now(), UTC)


def _created(context: Context, request: Request, resource: Resource) -> Response:
    document = resource_document(context, request, resource, Query())
    document["links"] = {"self": f"{context.base_url}{request.path}"}
    return json_response(document, 201)


def _ok(context: Context, request: Request, resource: Resource) -> Response:
    return json_response(resource_document(context, request, resource, Query()))


def _asset_token(id_: str, file_name: str) -> str:
    """A token shaped like Apple's asset tokens (also the path of the image URL once processed)."""
    return f"PurpleSource211/v4/{id_[:2]}/{id_[2:4]}/{id_}/{file_name}"


def _delivery_state(state: str, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"errors": errors or [], "warnings": [], "state": state}


def _upload_state(state: str, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """A build upload's state, which also carries `infos`."""
    return {**_delivery_state(state, errors), "infos": []}


def _file_size(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise entity_error(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            f"'{value}' is not a valid file size; give the size in bytes",
            "/data/attributes/fileSize",
        )
    return value


def _verify(data: bytes, size: int, algorithm: str | None, expected: str | None) -> list[dict[str, str]]:
    if len(data) != size:
        return [
            {"code": "ASSET_UPLOAD_INCOMPLETE", "description": f"{len(data)} of {size} bytes were uploaded."}
        ]
    if expected is None:
        return []
    name = _HASHES.get(algorithm or "")
    if name is None:
        return [
            {
                "code": "CHECKSUM_ALGORITHM_UNKNOWN",
                "description": f"'{algorithm}' is not a checksum algorithm.",
            }
        ]
    if hashlib.new(name, data, usedforsecurity=False).hexdigest() != expected.lower():
        return [
            {"code": "CHECKSUM_MISMATCH", "description": "The uploaded file does not match its checksum."}
        ]
    return []


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
