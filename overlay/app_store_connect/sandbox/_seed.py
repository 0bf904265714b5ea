"""The seeded account: a realistic App Store Connect team, generated deterministically from a seed.

The first app has 223 in-app purchases (as in Q1) and 120 beta testers, enough to page through;
the last app has nothing at all, so empty lists are seen too.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib import resources
from itertools import cycle
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from ._catalog import catalog
from ._clock import apple_datetime
from ._model import Model
from ._store import Relationship, Resource, Store

ACCOUNT_START = date(2024, 1, 1)  # the first day with sales
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def stable_int(*parts: object) -> int:
    """A non-negative integer that depends only on `parts` (stable across runs and platforms)."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


class Ids:
    """Deterministic ids in creation order: UUIDs, and Apple's numeric ids for apps and purchases."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def uuid(self) -> str:
        """A version-4 UUID string."""
        with self._lock:
            return str(uuid.UUID(int=self._random.getrandbits(128), version=4))

    def number(self) -> str:
        """A 10-digit id like Apple's app and in-app purchase ids."""
        with self._lock:
            return str(self._random.randrange(1_000_000_000, 7_000_000_000))


@dataclass(frozen=True)
class DemoKey:
    """The built-in team key of a sandbox: the same for the same seed."""

    key_id: str
    issuer_id: str
    private_key: ec.EllipticCurvePrivateKey


def demo_key(seed: int) -> DemoKey:
    """The demo key derived from `seed`."""
    scalar = stable_int("demo-key", seed) * stable_int("demo-key-2", seed) % (_P256_ORDER - 1) + 1
    digest = hashlib.sha256(f"demo-key-id-{seed}".encode()).digest()
    key_id = base64.b32encode(digest).decode()[:10]
    issuer_id = str(uuid.UUID(bytes=digest[16:], version=4))
    return DemoKey(key_id, issuer_id, ec.derive_private_key(scalar, ec.SECP256R1()))


@dataclass(frozen=True)
class _Blueprint:
    name: str
    bundle_id: str
    platform: str
    iaps: int
    versions: tuple[str, ...]
    builds_per_version: int
    testers: int


_BLUEPRINTS = (
    _Blueprint("Trailhead", "com.example.trailhead", "IOS", 223, ("1.0", "1.1", "2.0", "2.1"), 6, 120),
    _Blueprint("Trailhead for Mac", "com.example.trailhead.mac", "MAC_OS", 12, ("1.0", "1.1"), 4, 15),
    _Blueprint("Pocket Ledger", "com.example.pocketledger", "IOS", 40, ("3.2", "3.3"), 5, 30),
    _Blueprint("Quiet Hours", "com.example.quiethours", "IOS", 0, (), 0, 0),
)
_FIRST_NAMES = (
    "Ada",
    "Grace",
    "Alan",
    "Edsger",
    "Barbara",
    "Donald",
    "Frances",
    "Ken",
    "Radia",
    "Tim",
    "Hedy",
)
_LAST_NAMES = ("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman")
_IAP_KINDS = (
    ("Gem Pack", "gems", "CONSUMABLE"),
    ("Trail Map", "map", "NON_CONSUMABLE"),
    ("Season Pass", "season", "NON_RENEWING_SUBSCRIPTION"),
)
_SCREENSHOT_SETS = {"IOS": ("APP_IPHONE_67", "APP_IPAD_PRO_3GEN_129"), "MAC_OS": ("APP_DESKTOP",)}


@dataclass(frozen=True)
class Account:
    """What a user needs to know about the seeded account."""

    vendor_number: str
    app_ids: tuple[str, ...]


def seed_account(store: Store, ids: Ids, seed: int, today: date) -> Account:
    """Fill `store` with the account for `seed`; dates are relative to `today` so builds are current."""
    rng = random.Random(seed)
    anchor = datetime.combine(today, time(17, 0), UTC)
    app_ids = tuple(_seed_app(store, ids, rng, blueprint, anchor) for blueprint in _BLUEPRINTS)
    return Account(vendor_number=str(rng.randrange(80_000_000, 90_000_000)), app_ids=app_ids)


def _seed_app(store: Store, ids: Ids, rng: random.Random, blueprint: _Blueprint, anchor: datetime) -> str:
    app = store.add(
        Resource(
            "apps",
            ids.number(),
            {
                "name": blueprint.name,
                "bundleId": blueprint.bundle_id,
                "sku": blueprint.bundle_id.rsplit(".", 1)[-1].upper(),
                "primaryLocale": "en-US",
                "isOrEverWasMadeForKids": False,
                "subscriptionStatusUrl": None,  # S2: null although the spec does not allow it
                "subscriptionStatusUrlVersion": None,
                "contentRightsDeclaration": "DOES_NOT_USE_THIRD_PARTY_CONTENT",
                "streamlinedPurchasingEnabled": True,
            },
        )
    )
    groups = _seed_beta_groups(store, ids, app, anchor)
    builds = _seed_builds(store, ids, app, blueprint, anchor, external_groups=groups[1:])
    _seed_versions(store, ids, app, blueprint, builds, anchor)
    _seed_testers(store, ids, rng, app, blueprint.testers, groups)
    _seed_purchases(store, ids, app, blueprint)
    return app.id


def _seed_beta_groups(store: Store, ids: Ids, app: Resource, anchor: datetime) -> list[Resource]:
    groups = []
    for index, (name, internal) in enumerate(
        (("Internal Testers", True), ("Public Beta", False), ("Friends", False))
    ):
        link_id = ids.uuid()[:8]
        public = name == "Public Beta"
        attributes: dict[str, Any] = {
            "name": name,
            "createdDate": apple_datetime(anchor - timedelta(days=300 - index)),
            "isInternalGroup": internal,
            "hasAccessToAllBuilds": internal,
            "publicLinkEnabled": public,
            "publicLinkLimitEnabled": public,
            "feedbackEnabled": True,
        }
        if public:
            attributes.update(
                publicLinkId=link_id,
                publicLinkLimit=1000,
                publicLink=f"https://testflight.apple.com/join/{link_id}",
            )
        groups.append(store.add(Resource("betaGroups", ids.uuid(), attributes, {"app": app.id})))
    return groups


def _seed_builds(
    store: Store,
    ids: Ids,
    app: Resource,
    blueprint: _Blueprint,
    anchor: datetime,
    external_groups: list[Resource],
) -> dict[str, list[Resource]]:
    builds: dict[str, list[Resource]] = {}
    total = len(blueprint.versions) * blueprint.builds_per_version
    number = 100
    for version in blueprint.versions:
        pre_release = store.add(
            Resource(
                "preReleaseVersions",
                ids.uuid(),
                {"version": version, "platform": blueprint.platform},
                {"app": app.id},
            )
        )
        for _ in range(blueprint.builds_per_version):
            number += 1
            age = timedelta(days=5 * (total - (number - 100)) + 2)
            uploaded = anchor - age
            build = Resource(
                "builds",
                ids.uuid(),
                build_attributes(str(number), uploaded, blueprint.platform, expired=age > timedelta(days=90)),
                {
                    "app": app.id,
                    "preReleaseVersion": pre_release.id,
                    "betaGroups": [group.id for group in external_groups[: number % 3]],
                },
            )
            if number - 100 == total:
                build.attributes["processingState"] = "PROCESSING"
            builds.setdefault(version, []).append(store.add(build))
    return builds


def build_attributes(
    number: str, uploaded: datetime, platform: str, *, expired: bool = False
) -> dict[str, Any]:
    """The attributes of a processed build with build number `number`."""
    digest = hashlib.sha256(number.encode()).hexdigest()
    return {
        "version": number,
        "uploadedDate": apple_datetime(uploaded),
        "expirationDate": apple_datetime(uploaded + timedelta(days=90)),
        "expired": expired,
        "minOsVersion": "17.0" if platform == "IOS" else "14.0",
        "iconAssetToken": {
            "templateUrl": f"https://is1-ssl.mzstatic.com/image/thumb/Purple/v4/{digest[:2]}/{digest[2:4]}/"
            f"{digest[:32]}/AppIcon.png/{{w}}x{{h}}bb.{{f}}",
            "width": 1024,
            "height": 1024,
        },
        "processingState": "VALID",
        "buildAudienceType": "APP_STORE_ELIGIBLE",
        "usesNonExemptEncryption": False,
    }


def _seed_versions(
    store: Store,
    ids: Ids,
    app: Resource,
    blueprint: _Blueprint,
    builds: dict[str, list[Resource]],
    anchor: datetime,
) -> None:
    for index, version_string in enumerate(blueprint.versions):
        age = len(blueprint.versions) - index
        if age == 1:
            state, app_state = "PREPARE_FOR_SUBMISSION", "PREPARE_FOR_SUBMISSION"
        elif age == 2:
            state, app_state = "READY_FOR_SALE", "READY_FOR_DISTRIBUTION"
        else:
            state, app_state = "REPLACED_WITH_NEW_VERSION", "REPLACED_WITH_NEW_VERSION"
        version = store.add(
            Resource(
                "appStoreVersions",
                ids.uuid(),
                {
                    "platform": blueprint.platform,
                    "versionString": version_string,
                    "appStoreState": state,
                    "appVersionState": app_state,
                    "copyright": f"{2025 - age} Example Labs",
                    "reviewType": "APP_STORE",
                    "releaseType": "MANUAL",
                    "earliestReleaseDate": None,  # S2: null although the spec does not allow it
                    "downloadable": True,
                    "createdDate": apple_datetime(anchor - timedelta(days=40 * age)),
                },
                {"app": app.id, "build": None if age == 1 else builds[version_string][-1].id},
            )
        )
        if age == 1:
            _seed_localizations(store, ids, version, blueprint.platform)


def _seed_localizations(store: Store, ids: Ids, version: Resource, platform: str) -> None:
    for locale, description in (("en-US", "Find your trail."), ("de-DE", "Finde deinen Weg.")):
        localization = store.add(
            Resource(
                "appStoreVersionLocalizations",
                ids.uuid(),
                {"description": description, "locale": locale, "keywords": "hiking,maps", "whatsNew": None},
                {"appStoreVersion": version.id},
            )
        )
        for display_type in _SCREENSHOT_SETS[platform]:
            store.add(
                Resource(
                    "appScreenshotSets",
                    ids.uuid(),
                    {"screenshotDisplayType": display_type},
                    {"appStoreVersionLocalization": localization.id},
                )
            )


def _seed_testers(
    store: Store, ids: Ids, rng: random.Random, app: Resource, count: int, groups: list[Resource]
) -> None:
    states = cycle(("INSTALLED", "ACCEPTED", "INSTALLED", "INVITED"))
    for index in range(count):
        first, last = rng.choice(_FIRST_NAMES), rng.choice(_LAST_NAMES)
        public = index % 5 == 4
        store.add(
            Resource(
                "betaTesters",
                ids.uuid(),
                {
                    "firstName": first,
                    "lastName": last,
                    "email": f"{first}.{last}.{index}@{app.attributes['sku'].lower()}.example.com".lower(),
                    "inviteType": "PUBLIC_LINK" if public else "EMAIL",
                    "state": next(states),
                    "appDevices": [],
                },
                {"apps": [app.id], "betaGroups": [groups[1 if public else index % len(groups)].id]},
            )
        )


def _seed_purchases(store: Store, ids: Ids, app: Resource, blueprint: _Blueprint) -> None:
    for index in range(blueprint.iaps):
        label, slug, kind = _IAP_KINDS[index % len(_IAP_KINDS)]
        store.add(
            Resource(
                "inAppPurchases",
                ids.number(),
                {
                    "name": f"{label} {index + 1}",
                    "productId": f"{blueprint.bundle_id}.{slug}.{index + 1:03d}",
                    "inAppPurchaseType": kind,
                    "state": "APPROVED" if index % 10 else "READY_TO_SUBMIT",
                    "reviewNote": None,
                    "familySharable": kind == "NON_CONSUMABLE",
                    "contentHosting": False,
                },
                {"app": app.id},
            )
        )


HAND_SEEDED = (
    "apps",
    "builds",
    "preReleaseVersions",
    "betaGroups",
    "betaTesters",
    "appStoreVersions",
    "appStoreVersionLocalizations",
    "appScreenshotSets",
    "appScreenshots",
    "inAppPurchases",
    "analyticsReportRequests",
    "analyticsReports",
    "analyticsReportInstances",
    "analyticsReportSegments",
    "buildUploads",
    "buildUploadFiles",
)
GENERIC_COUNT = 3  # per type: one for each of the first three apps, none for the last
_KNOWN_IDS = {"territories": ("USA", "GBR", "DEU", "FRA", "JPN")}


@cache
def fixture_attributes() -> dict[str, list[dict[str, Any]]]:
    """Attributes of real resources by type (`fixture_seed.json`, from scripts/sandbox_fixture_seed.py)."""
    text = resources.files(__package__).joinpath("fixture_seed.json").read_text()
    types: dict[str, list[dict[str, Any]]] = json.loads(text)["types"]
    return types


class GenericSeeder:
    """Seeds every other resource type the first time it is read, from the spec's schemas.

    Attributes are drawn from each attribute's schema, then those of a real resource of the type
    (`fixture_seed.json`) replace them; a resource links to the resources it belongs to
    (an app info to an app, the first to the first app, and so on), so related endpoints agree with
    each other. Everything depends on the seed and the type only, never on the order of reads.
    """

    def __init__(self, model: Model, seed: int) -> None:
        self._model = model
        self._seed = seed

    def __call__(self, store: Store, type_: str) -> None:
        """Add the generated resources of `type_` to `store`."""
        entry = self._model.types.get(type_)
        if entry is None:
            return
        resource_type = catalog()[type_]
        ids = _KNOWN_IDS.get(type_) or tuple(
            str(
                uuid.UUID(
                    int=stable_int(self._seed, type_, index) << 64 | stable_int(type_, index), version=4
                )
            )
            for index in range(GENERIC_COUNT)
        )
        schemas = self._model.schemas
        real = fixture_attributes().get(type_, [])
        for index, id_ in enumerate(ids):
            rng = random.Random(stable_int(self._seed, type_, id_))
            attributes = {
                name: schemas.sample(schema, rng, name) for name, schema in entry.attributes.items()
            }
            if real:
                attributes.update(real[index % len(real)])
            resource = store.add(Resource(type_, id_, attributes))
            for rel in resource_type.relationships:
                if self._owns(rel, type_):
                    targets = store.all(rel.target)
                    if rel.to_many:
                        resource.links[rel.name] = [target.id for target in targets[index : index + 2]]
                    elif targets:
                        resource.links[rel.name] = targets[index % len(targets)].id

    def _owns(self, rel: Relationship, type_: str) -> bool:
        """Whether a generated resource keeps this relationship's ids (otherwise the targets point back)."""
        if rel.inverse is None:
            return True
        back = catalog()[rel.target].relationship(rel.inverse)
        if back is None or rel.target in HAND_SEEDED:
            return not rel.to_many  # an internal link, or a parent seeded by hand
        if rel.to_many != back.to_many:
            return not rel.to_many  # the child keeps the link to its parent
        return type_ > rel.target
