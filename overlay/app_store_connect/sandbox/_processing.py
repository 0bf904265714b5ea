"""A build that Apple refuses while processing: it ends INVALID, with the errors on its build upload
(`buildUploads.state.errors`), where a client reads Apple's reasons."""

from __future__ import annotations

from collections.abc import Iterable

from ._context import Context
from ._seed import Ids
from ._states import States
from ._store import Resource


def fail_processing(
    context: Context, states: States, ids: Ids, build_id: str, errors: Iterable[tuple[str, str]]
) -> None:
    """Make the PROCESSING build `build_id` end INVALID, with `errors` as (code, description) pairs."""
    build = context.store.require("builds", build_id)
    if build.attributes.get("processingState") != "PROCESSING":
        raise ValueError(f"build {build_id} is {build.attributes.get('processingState')}, not PROCESSING")
    details = [{"code": code, "description": description} for code, description in errors]
    upload = Resource(
        "buildUploads",
        ids.uuid(),
        {
            "cfBundleVersion": build.attributes.get("version"),
            "platform": "IOS",
            "state": {"state": "FAILED", "errors": details, "warnings": [], "infos": []},
        },
        {"app": build.links.get("app"), "build": build.id},
    )
    context.store.add(upload)
    build.links["buildUpload"] = upload.id
    states.invalid_builds.add(build.id)
