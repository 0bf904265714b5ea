"""Uploads of every other asset kind of the spec (previews, review attachments, IAP images, ...).

Each type whose attributes carry `uploadOperations` in the model, beyond the screenshots and build files
`Uploads` serves by hand, is reserved, received on the presigned host, committed and processed the same
way: the create's attributes are kept (`previewFrameTimeCode`, `mimeType`, `appEventAssetType`), an
update without `uploaded` just changes attributes, and the MD5 is checked when the commit sends one.

Processed screenshots and previews can be downloaded: the image template (`{w}x{h}bb.{f}`) and the
`videoUrl` point to the presigned host, which serves the bytes received.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable

from ._context import Context
from ._http import Request, Response, entity_error
from ._model import Model
from ._routing import Handler, Router
from ._seed import Ids
from ._store import Resource
from ._uploads import UPLOAD_URL_SECONDS, Uploads, _asset_token, _created, _delivery_state, _file_size
from ._writes import parse_create, parse_update

_BY_HAND = ("appScreenshots", "buildUploadFiles")
_COMMIT_ONLY = ("uploaded", "sourceFileChecksum", "sourceFileChecksums")


class AssetUploads(Uploads):
    """`Uploads`, plus the generic reserve and commit of every other uploadable type of the model."""

    def __init__(self, context: Context, ids: Ids, model: Model) -> None:
        super().__init__(context, ids)
        self._types = sorted(
            name
            for name, entry in model.types.items()
            if "uploadOperations" in entry.attributes and name not in _BY_HAND
        )
        for type_ in self._types:
            context.observers[type_] = self._observe_asset
        self._operations = frozenset(model.by_route)

    def install(self, router: Router) -> None:
        """Add the hand-made routes, then the create, commit and delete of each other asset type (those
        of its operations the spec has)."""
        super().install(router)
        for type_ in self._types:
            routes = (
                ("POST", f"/v1/{type_}", self._for_type(self._create_asset, type_)),
                ("PATCH", f"/v1/{type_}/{{id}}", self._for_type(self._commit_asset, type_)),
                ("DELETE", f"/v1/{type_}/{{id}}", self._delete(type_)),
            )
            for method, pattern, handler in routes:
                if (method, pattern) in self._operations and not router.serves(method, pattern):
                    router.add(method, pattern, handler)

    @staticmethod
    def _for_type(handle: Callable[[str, Context, Request, dict[str, str]], Response], type_: str) -> Handler:
        """`handle` for one type, as a handler of this module (`Sandbox.operations()` names its owner)."""

        def handler(context: Context, request: Request, params: dict[str, str]) -> Response:
            return handle(type_, context, request, params)

        return handler

    def _create_asset(
        self, type_: str, context: Context, request: Request, params: dict[str, str]
    ) -> Response:
        body = parse_create(context, request)
        attributes = dict(body.attributes)
        file_name, size = attributes["fileName"], _file_size(attributes["fileSize"])
        id_ = self._ids.uuid()
        content_type = (
            attributes.get("mimeType") or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        )
        attributes.update(
            fileSize=size,
            sourceFileChecksum=None,
            assetToken=_asset_token(id_, file_name),
            uploadOperations=self._reserve(id_, size, content_type, delivery=False),
            assetDeliveryState=_delivery_state("AWAITING_UPLOAD"),
        )
        links: dict[str, str | list[str] | None] = {name: ids[0] for name, ids in body.ids().items() if ids}
        return _created(context, request, context.store.add(Resource(type_, id_, attributes, links)))

    def _commit_asset(
        self, type_: str, context: Context, request: Request, params: dict[str, str]
    ) -> Response:
        asset = context.store.require(type_, params["id"])
        body = parse_update(context, request, f"/v1/{type_}/{{id}}", asset.id)
        for name, value in body.attributes.items():
            if name not in _COMMIT_ONLY:
                asset.attributes[name] = value
        checksum = body.attributes.get("sourceFileChecksum")
        if checksum is not None:
            asset.attributes["sourceFileChecksum"] = checksum
        if body.attributes.get("uploaded") is True and asset.id not in self._assets:
            raise entity_error(
                "ENTITY_ERROR.ATTRIBUTE.INVALID",
                "An attribute value is invalid.",
                "This asset has no upload awaiting a commit.",
                "/data/attributes/uploaded",
            )
        return self._commit(request, asset, body.attributes.get("uploaded"), ("MD5", checksum))

    def _observe_asset(self, resource: Resource) -> None:
        """Process as `Uploads` does (which sets the image anew at each read); once COMPLETE, publish
        the file and point its URL there."""
        super()._observe_asset(resource)
        state = (resource.attributes.get("assetDeliveryState") or {}).get("state")
        if state != "COMPLETE" or resource.id not in self._assets:
            return
        presigned = self._context.presigned
        if resource.type == "appScreenshots" and (image := resource.attributes.get("imageAsset")):
            name = f"{image['width']}x{image['height']}bb.png"
            key = f"itms-images/{resource.id}/{name}"
            presigned.publish(key, self._assets[resource.id].data())
            url = presigned.url("GET", key, UPLOAD_URL_SECONDS)
            image["templateUrl"] = url.replace(name, "{w}x{h}bb.{f}")
        elif resource.type == "appPreviews":
            key = f"itms-videos/{resource.id}/{resource.attributes['fileName']}"
            presigned.publish(key, self._assets[resource.id].data())
            resource.attributes["videoUrl"] = presigned.url("GET", key, UPLOAD_URL_SECONDS)
