"""Screenshot and preview sets in sync with folders: compare by checksum, upload, delete, order.

Files are matched with Apple's assets by MD5 (`sourceFileChecksum`): an unchanged file sends nothing, a
new or changed one is uploaded through the upload engine, an asset without a file (or whose upload
never completed) is deleted, and the set's order is set once, only when it differs. Running a push
again after a failure does only what is left, as every step is found again by comparing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._errors import ResponseFormatError
from .._steps import STEP_FAILURES, Flow
from ..uploads import UploadOptions, UploadResult
from ..uploads._flow import asset_flow
from ..uploads._kinds import PREVIEWS, SCREENSHOTS, AssetKind
from . import _api
from ._errors import PushError
from ._listing import find_app, select_version
from ._media_folder import (
    POSTER_SUFFIX,
    MediaFile,
    MediaKind,
    MediaSet,
    read_media_folder,
    write_checksums,
)
from ._target import Progress, Target
from ._together import Together

_ASSET_KINDS: dict[MediaKind, AssetKind] = {MediaKind.SCREENSHOTS: SCREENSHOTS, MediaKind.PREVIEWS: PREVIEWS}
_NUMBERED = re.compile(r"^\d+-")  # an order prefix already in a file name, replaced on pull
_MAX_INCLUDED = "50"  # Apple's largest `limit[appScreenshots]`; a set holds at most 10


@dataclass(frozen=True)
class RemoteAsset:
    """A screenshot or preview as Apple has it."""

    id: str
    file_name: str | None
    checksum: str | None
    state: str | None
    poster: str | None = None
    url: str | None = None  # where its file can be downloaded once processed


@dataclass
class RemoteSet:
    """A set as Apple has it: its id and its assets in order."""

    id: str
    assets: list[RemoteAsset] = field(default_factory=list)


@dataclass(frozen=True)
class SetPlan:
    """What a push does to one set: create it, delete, upload, update posters, order."""

    wanted: MediaSet
    set_id: str | None  # None: the set is created
    create_localization: bool  # the locale's version localization is created first (by its first set)
    keep: tuple[tuple[MediaFile, RemoteAsset], ...]
    upload: tuple[MediaFile, ...]
    delete: tuple[RemoteAsset, ...]
    posters: tuple[tuple[MediaFile, RemoteAsset], ...]
    reorder: bool

    @property
    def requests(self) -> int:
        """How many changes this is (0: the set is as the folder says)."""
        created = (self.set_id is None) + self.create_localization
        return created + len(self.upload) + len(self.delete) + len(self.posters) + self.reorder

    def lines(self) -> Iterator[str]:
        """The plan as lines a person reads."""
        if self.create_localization:
            yield f"create the {self.wanted.locale} version localization"
        if self.set_id is None:
            yield f"create the {self.wanted.name} set"
        for asset in self.delete:
            yield f"delete {asset.file_name or asset.id} from {self.wanted.name}"
        for file in self.upload:
            yield f"upload {file.path.name} to {self.wanted.name}"
        for file, _ in self.posters:
            yield f"set the poster frame of {file.path.name} to {file.poster}"
        if self.reorder:
            yield f"order {self.wanted.name}: {', '.join(file.path.name for file in self.wanted.files)}"


@dataclass(frozen=True)
class MediaResult:
    """The plan of a media push, per set, and whether it was applied."""

    app_id: str
    version: str
    sets: tuple[SetPlan, ...]
    applied: bool

    @property
    def changes(self) -> int:
        """How many changes were planned."""
        return sum(plan.requests for plan in self.sets)


def media_push_flow(
    target: Target | str,
    folder: str | Path,
    *,
    apply: bool,
    options: UploadOptions,
    progress: Progress | None,
) -> Flow[MediaResult]:
    """Read the folder (every image's size and checksum) before any request, compare, then apply."""
    target = Target.of(target)
    wanted = read_media_folder(folder)
    app_id, version_item, by_locale = yield from _localizations(target, editable=True)
    version_id = version_item["id"]
    remote: dict[tuple[str, MediaKind, str], RemoteSet] = {}
    for locale in sorted({media_set.locale for media_set in wanted}):
        kinds = {media_set.kind for media_set in wanted if media_set.locale == locale}
        for kind in (kind for kind in MediaKind if kind in kinds and locale in by_locale):
            remote.update((yield from _remote_sets(locale, by_locale[locale], kind)))
    plans, locales = [], set(by_locale)
    for media_set in wanted:
        found = remote.get((media_set.locale, media_set.kind, media_set.device))
        plans.append(_plan(media_set, found, create_localization=media_set.locale not in locales))
        locales.add(media_set.locale)
    if apply:
        total, done = sum(plan.requests for plan in plans), 0
        for plan in plans:
            done = yield from _apply(plan, version_id, by_locale, options, progress, done, total)
    return MediaResult(app_id, version_item["attributes"]["versionString"], tuple(plans), apply)


@dataclass(frozen=True)
class MediaPullResult:
    """What a media pull wrote, and the assets it could not download (not processed yet, no URL)."""

    app_id: str
    version: str
    files: tuple[Path, ...]
    skipped: tuple[str, ...]


def media_pull_flow(target: Target | str, folder: str | Path) -> Flow[MediaPullResult]:
    """Download every set's files as `<locale>/<DISPLAY_TYPE>/NN-name`, in Apple's order."""
    root = Path(folder)
    app_id, version_item, by_locale = yield from _localizations(Target.of(target), editable=False)
    files: list[Path] = []
    skipped: list[str] = []
    for locale, localization_id in sorted(by_locale.items()):
        for kind in MediaKind:
            sets = yield from _remote_sets(locale, localization_id, kind)
            for (_, _, device), remote in sorted(sets.items(), key=lambda entry: entry[0][2]):
                folder_name = device if kind is MediaKind.SCREENSHOTS else f"APP_{device}"
                saved = yield from _pull_set(root / locale / folder_name, remote, skipped)
                files.extend(saved)
    return MediaPullResult(app_id, version_item["attributes"]["versionString"], tuple(files), tuple(skipped))


def _localizations(target: Target, *, editable: bool) -> Flow[tuple[str, _api.Item, dict[str, str]]]:
    """The app's id, the version, and its localizations' ids by locale."""
    app_id = yield from find_app(target.app)
    version = yield from select_version(app_id, target.version, target.platform, editable=editable)
    items = yield from _api.fetch_all(
        _api.get(f"/v1/appStoreVersions/{version['id']}/appStoreVersionLocalizations", limit=_api.PAGE)
    )
    return app_id, version, {item["attributes"]["locale"]: item["id"] for item in items}


def _pull_set(folder: Path, remote: RemoteSet, skipped: list[str]) -> Flow[list[Path]]:
    saved, checksums = [], {}
    for number, asset in enumerate(remote.assets, start=1):
        name = f"{number:02d}-{_NUMBERED.sub('', asset.file_name or asset.id)}"
        if asset.state != "COMPLETE" or asset.url is None:
            where = f"{folder.parent.name}/{folder.name}/{asset.file_name or asset.id}"
            skipped.append(f"{where} ({asset.state or 'no state'})")
            continue
        path = folder / name
        md5 = yield _api.Save(asset.url, path)
        if asset.checksum and asset.checksum != md5:
            checksums[name] = (md5, asset.checksum)
        if asset.poster:
            poster = path.with_name(path.name + POSTER_SUFFIX)
            poster.write_text(asset.poster + "\n")
            saved.append(poster)
        saved.append(path)
    if checksums:
        write_checksums(folder, checksums)
    return saved


def _remote_sets(
    locale: str, localization_id: str, kind: MediaKind
) -> Flow[dict[tuple[str, MediaKind, str], RemoteSet]]:
    path = f"/v1/appStoreVersionLocalizations/{localization_id}/{kind.set_type}"
    params = {"include": kind.asset_type, "limit": _api.PAGE, f"limit[{kind.asset_type}]": _MAX_INCLUDED}
    document = yield from _api.fetch(_api.get(path, **params))
    if (document.get("links") or {}).get("next"):
        raise ResponseFormatError(f"GET {path} has more sets than one page; refusing a short list")
    included = _api.included(document)
    sets = {}
    for item in document["data"]:
        linkage = item["relationships"][kind.asset_type]
        paging = (linkage.get("meta") or {}).get("paging") or {}
        data = linkage.get("data") or []
        if paging.get("total", len(data)) > len(data):
            raise ResponseFormatError(f"{kind.set_type} {item['id']} lists more assets than were included")
        assets = [_asset(included.get((kind.asset_type, entry["id"])), entry["id"]) for entry in data]
        sets[(locale, kind, item["attributes"][kind.device_attribute])] = RemoteSet(item["id"], assets)
    return sets


def _asset(item: _api.Item | None, id_: str) -> RemoteAsset:
    attributes = (item or {}).get("attributes") or {}
    state = (attributes.get("assetDeliveryState") or {}).get("state")
    return RemoteAsset(
        id_,
        attributes.get("fileName"),
        attributes.get("sourceFileChecksum"),
        state,
        attributes.get("previewFrameTimeCode"),
        _download_url(attributes),
    )


def _download_url(attributes: dict[str, Any]) -> str | None:
    """A preview's `videoUrl`, or a screenshot's `imageAsset` template filled with its full size as PNG."""
    if video := attributes.get("videoUrl"):
        return str(video)
    image = attributes.get("imageAsset") or {}
    template, width, height = image.get("templateUrl"), image.get("width"), image.get("height")
    if not (template and width and height):
        return None
    return str(template).replace("{w}", str(width)).replace("{h}", str(height)).replace("{f}", "png")


def _plan(wanted: MediaSet, remote: RemoteSet | None, *, create_localization: bool) -> SetPlan:
    available = [asset for asset in (remote.assets if remote else []) if asset.state == "COMPLETE"]
    keep, upload = [], []
    for file in wanted.files:
        match = next((asset for asset in available if asset.checksum == file.checksum), None)
        if match is None:
            upload.append(file)
        else:
            available.remove(match)
            keep.append((file, match))
    kept_ids = {asset.id for _, asset in keep}
    delete = tuple(asset for asset in (remote.assets if remote else []) if asset.id not in kept_ids)
    posters = tuple((file, asset) for file, asset in keep if file.poster and file.poster != asset.poster)
    # After deletes and uploads, Apple lists the kept assets in their order, then the new ones in the
    # order they were reserved, which is unknown when several are uploaded at once: then always order.
    kept_in_order = [asset.id for asset in (remote.assets if remote else []) if asset.id in kept_ids]
    by_file = {file.path: asset.id for file, asset in keep}
    expected = [by_file.get(file.path, f"new:{file.path}") for file in wanted.files]
    after = kept_in_order + [f"new:{file.path}" for file in upload]
    return SetPlan(
        wanted,
        remote.id if remote else None,
        create_localization,
        tuple(keep),
        tuple(upload),
        delete,
        posters,
        reorder=expected != after or len(upload) > 1,
    )


def _apply(
    plan: SetPlan,
    version_id: str,
    localizations: dict[str, str],
    options: UploadOptions,
    progress: Progress | None,
    done: int,
    total: int,
) -> Flow[int]:
    """Apply one set's plan; returns the count of changes done so far (for a `PushError`)."""
    wanted, lines = plan.wanted, iter(plan.lines())
    try:
        if plan.create_localization:
            _say(progress, next(lines))
            created = yield _api.create(
                "appStoreVersionLocalizations",
                {"locale": wanted.locale},
                {"appStoreVersion": ("appStoreVersions", version_id)},
            )
            localizations[wanted.locale] = created["data"]["id"]
            done += 1
        localization_id = localizations[wanted.locale]
        set_id = plan.set_id
        if set_id is None:
            _say(progress, next(lines))
            created = yield _api.create(
                wanted.kind.set_type,
                {wanted.kind.device_attribute: wanted.device},
                {"appStoreVersionLocalization": ("appStoreVersionLocalizations", localization_id)},
            )
            set_id = created["data"]["id"]
            done += 1
        for asset in plan.delete:
            _say(progress, next(lines))
            yield _api.delete(wanted.kind.asset_type, asset.id)
            done += 1
        uploads = tuple(
            _upload(wanted.kind, set_id, file, options, progress, next(lines)) for file in plan.upload
        )
        outcomes = yield Together(uploads, options.workers)
        new_ids = {
            file.path: outcome.asset_id
            for file, outcome in zip(plan.upload, outcomes, strict=True)
            if isinstance(outcome, UploadResult)
        }
        done += len(new_ids)
        failed = [outcome for outcome in outcomes if not isinstance(outcome, UploadResult)]
        if failed:
            raise failed[0]
        for file, asset in plan.posters:
            _say(progress, next(lines))
            yield _api.update(wanted.kind.asset_type, asset.id, {"previewFrameTimeCode": file.poster})
            done += 1
        if plan.reorder:
            _say(progress, next(lines))
            kept = {file.path: asset.id for file, asset in plan.keep}
            order = [kept.get(file.path) or new_ids[file.path] for file in wanted.files]
            kind_type = wanted.kind.asset_type
            yield _api.replace_linkages(wanted.kind.set_type, set_id, kind_type, kind_type, order)
            done += 1
    except STEP_FAILURES as error:  # UploadError included: the re-run deletes a half-done upload
        raise PushError(f"syncing {wanted.name}", done, total, error) from error
    return done


def _upload(
    kind: MediaKind,
    set_id: str,
    file: MediaFile,
    options: UploadOptions,
    progress: Progress | None,
    line: str,
) -> Flow[UploadResult]:
    """Upload one file of a set, announced as it starts."""
    _say(progress, line)
    attributes: dict[str, Any] = {} if file.poster is None else {"previewFrameTimeCode": file.poster}
    return (yield from asset_flow(_ASSET_KINDS[kind], set_id, file.path, attributes, options, None))


def _say(progress: Progress | None, line: str) -> None:
    if progress is not None:
        progress(line)
