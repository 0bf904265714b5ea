"""What the generated client must do (issue 2): coverage, leniency, wire format, import cost."""

from __future__ import annotations

import copy
import csv
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

import app_store_connect_api
from app_store_connect import ResponseFormatError
from app_store_connect_api import models
from app_store_connect_api.api.apps import apps_get_collection
from app_store_connect_api.types import UNSET, OpenStrEnum

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(app_store_connect_api.__file__).parent
FIXTURES = PROJECT_ROOT.parent / "shared" / "fixtures" / "real-world"
SHARED_SPEC = PROJECT_ROOT.parent / "shared" / "spec" / "app-store-connect-openapi.json"


def fixture_rows() -> list[dict[str, str]]:
    index = FIXTURES / "INDEX.tsv"
    if not index.is_file():
        return []
    with index.open() as file:
        return [row for row in csv.DictReader(file, delimiter="\t") if row["file"].endswith(".json")]


def load(name: str) -> Any:
    path = FIXTURES / name
    if not path.is_file():
        pytest.skip(f"{path} not found (../shared is not beside the checkout)")
    return json.loads(path.read_text())


def operations() -> list[dict[str, Any]]:
    index: list[dict[str, Any]] = json.loads((PACKAGE / "operations.json").read_text())
    return index


def test_every_operation_of_the_spec_has_a_module() -> None:
    index = operations()
    assert len(index) == 1263
    assert len({entry["operation_id"] for entry in index}) == 1263
    for entry in index:
        relative = entry["module"].removeprefix("app_store_connect_api.").replace(".", "/") + ".py"
        assert (PACKAGE / relative).is_file(), entry


def test_s5_no_schema_is_dropped() -> None:
    """S5: the default generator drops 18 schemas and breaks AppsResponse; we keep all of them."""
    if not SHARED_SPEC.is_file():
        pytest.skip("Apple's spec is not in ../shared")
    from openapi_python_client.strings import ClassName

    schemas = json.loads(SHARED_SPEC.read_bytes())["components"]["schemas"]
    available = set(dir(models))
    missing = [
        name
        for name, schema in schemas.items()
        if (schema.get("type") == "object" or "enum" in schema)  # plain string schemas need no class
        and not {str(ClassName(name, "field_")), str(ClassName(schema.get("title", name), "field_"))}
        & available
    ]
    assert missing == []
    for name in ("AppsResponse", "CertificatesResponse", "WebhookDeliveriesResponse", "BundleIdsResponse"):
        assert callable(getattr(models, name).from_dict)


@pytest.mark.parametrize("row", fixture_rows(), ids=lambda row: row["file"])
def test_s2_s3_real_world_payload_parses_and_round_trips(row: dict[str, str]) -> None:
    """Every real payload parses with its schema's model, and survives to_dict -> from_dict unchanged."""
    model = getattr(models, row["expected_schema"])
    parsed = model.from_dict(load(row["file"]))
    again = model.from_dict(parsed.to_dict())
    assert again == parsed


def test_fixture_index_is_present() -> None:
    if not FIXTURES.is_dir():
        pytest.skip(f"real-world fixtures not found at {FIXTURES}")
    assert len(fixture_rows()) == 106


def test_s1_unknown_enum_value_is_kept() -> None:
    """S1: certificate platform MAC_OS_X is not in the spec; it is kept, readable as its string."""
    document = models.CertificatesResponse.from_dict(load("fastlane__certificates__1.json"))
    platform = document.data[4].attributes.platform
    assert isinstance(platform, OpenStrEnum)
    assert platform == "MAC_OS_X" and str(platform) == "MAC_OS_X"
    assert not platform.is_known
    assert models.BundleIdPlatform("IOS").is_known
    assert document.to_dict()["data"][4]["attributes"]["platform"] == "MAC_OS_X"


def test_s2_null_optional_property_is_kept_as_none() -> None:
    """S2: `copyright: null` on an included appStoreVersion, which the spec says is a string."""
    document = models.AppsResponse.from_dict(load("fastlane__apps__2.json"))
    version = document.included[0]
    assert isinstance(version, models.AppStoreVersion)
    assert version.attributes.copyright_ is None
    assert "copyright" not in version.to_dict()["attributes"]  # response side: None is left out


def test_response_models_read_an_absent_optional_as_none_with_a_readable_repr() -> None:
    """Issue 12: no `Unset` on the response side; the repr shows only what has a value."""
    app = models.App.from_dict({"type": "apps", "id": "1", "attributes": {"name": "One"}})
    assert app.links is None and app.relationships is None and app.attributes.sku is None
    assert repr(app) == "App(id='1', type_='apps', attributes=AppAttributes(name='One'))"
    assert app.to_dict() == {"type": "apps", "id": "1", "attributes": {"name": "One"}}


def _is_read(model: object, field: str) -> bool:
    """Whether `from_dict` (or an access) has set `field` yet, without reading it."""
    try:
        object.__getattribute__(model, field)
    except AttributeError:
        return False
    return True


def test_nested_objects_are_read_on_first_access_and_equal_an_eager_parse() -> None:
    """Issue 13: a response-side model reads its optional nested objects (attributes, links,
    relationships, included) when first accessed; its scalars at once. The document is not changed."""
    document = load("fastlane__apps__2.json")
    before = copy.deepcopy(document)
    app = models.App.from_dict(document["data"][0])
    assert _is_read(app, "id") and not _is_read(app, "attributes") and not _is_read(app, "relationships")
    relationships = app.relationships
    assert isinstance(relationships, models.AppRelationships) and _is_read(app, "relationships")
    assert not _is_read(relationships, "beta_groups")
    beta_groups = relationships.beta_groups
    assert isinstance(beta_groups, models.AppRelationshipsBetaGroups) and beta_groups.links.self_
    assert relationships.beta_groups is beta_groups  # read once, then kept
    assert relationships.in_app_purchases is not None and relationships.additional_properties
    assert document == before
    eager = models.AppRelationships(beta_groups=beta_groups)
    assert eager != relationships and eager.beta_groups == relationships.beta_groups
    assert models.App.from_dict(app.to_dict()) == app
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        relationships.nope  # noqa: B018


def test_a_model_with_unread_members_copies_pickles_and_evolves_whole() -> None:
    """copy, pickle and attrs.evolve see the deferred members as if they had been read."""
    app = models.AppsResponse.from_dict(load("fastlane__apps__2.json")).data[0]
    assert not _is_read(app, "attributes")
    for twin in (copy.deepcopy(app), pickle.loads(pickle.dumps(app)), attrs.evolve(app)):
        assert twin == app and twin.attributes is not None and twin.attributes.name == app.attributes.name
    assert attrs.evolve(app, id="2").relationships == app.relationships


def test_a_deferred_member_that_does_not_match_the_spec_is_a_response_format_error() -> None:
    """Read late, a malformed member still fails inside the error tree, and is never taken for an
    absent field by `getattr(model, name, default)` (that would hide it as None)."""
    app = models.App.from_dict({"type": "apps", "id": "1", "links": "not an object"})
    assert app.id == "1"
    with pytest.raises(ResponseFormatError, match=r"App\.links is not what the spec describes"):
        getattr(app, "links", None)


def test_q16_request_models_keep_not_given_apart_from_null() -> None:
    """PATCH needs both: UNSET is left out, None is sent as an explicit null."""
    attributes = models.AppUpdateRequestDataAttributes(bundle_id=None)
    assert attributes.primary_locale is UNSET and repr(UNSET) == "UNSET"
    assert attributes.to_dict() == {"bundleId": None}


def test_s3_dates_without_colon_in_offset_parse() -> None:
    """S3: `2020-02-01T20:50:34.000+0000`."""
    document = models.CertificatesResponse.from_dict(load("fastlane__certificates__1.json"))
    expiration = document.data[0].attributes.expiration_date
    assert expiration.utcoffset() is not None
    assert expiration.utcoffset().total_seconds() == 0


def test_s1_included_items_dispatch_on_type_and_unknown_types_stay_raw() -> None:
    app = load("fastlane__apps__2.json")["data"][0]
    document = {
        "data": [app],
        "included": [
            {"type": "builds", "id": "b1", "attributes": {"version": "42"}},
            {"type": "preReleaseVersions", "id": "p1", "attributes": {"version": "1.0"}},
            {"type": "somethingAppleAddsNextYear", "id": "x1", "attributes": {"shiny": True}},
        ],
        "links": {"self": "https://api.appstoreconnect.apple.com/v1/apps"},
    }
    parsed = models.AppsResponse.from_dict(document)
    build, prerelease, unknown = parsed.included
    assert isinstance(build, models.Build) and build.attributes.version == "42"
    assert isinstance(prerelease, models.PrereleaseVersion)
    assert unknown == document["included"][2]
    assert parsed.to_dict()["included"][2] == document["included"][2]


def test_unknown_fields_are_kept() -> None:
    document = models.AppsResponse.from_dict(load("fastlane__apps__2.json"))
    app = document.data[0]
    assert "prices" in app.relationships.additional_properties  # an old relationship the spec dropped


def test_s12_query_parameters_have_natural_names_and_comma_separated_arrays() -> None:
    """S12: `fields[apps]=name,sku`, not a repeated key; Python names `filter_bundle_id`, `fields_apps`."""
    kwargs = apps_get_collection._get_kwargs(
        filter_bundle_id=["com.example.app", "com.example.other"],
        fields_apps=["name", models.AppsGetCollectionFieldsAppsItem.SKU],
        exists_game_center_enabled_versions=False,
        limit=200,
    )
    request = httpx.Client(base_url="https://api.appstoreconnect.apple.com").build_request(**kwargs)
    assert request.url.path == "/v1/apps"
    assert request.url.query == (
        b"filter%5BbundleId%5D=com.example.app%2Ccom.example.other"
        b"&exists%5BgameCenterEnabledVersions%5D=false&fields%5Bapps%5D=name%2Csku&limit=200"
    )


def test_package_is_typed() -> None:
    assert (PACKAGE / "py.typed").is_file()


def test_importing_one_model_loads_few_modules() -> None:
    """The generator's eager models/__init__ imports ~8,000 modules; ours loads what is used."""
    code = (
        "import sys; import app_store_connect_api.models as m; m.AppsResponse; "
        "print(sum(1 for name in sys.modules if name.startswith('app_store_connect_api')))"
    )
    count = int(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    )
    assert count < 20


def test_q16_unset_attributes_are_omitted_and_an_explicit_null_is_sent() -> None:
    """Q16: sending an attribute as null can be refused, yet some fields are cleared only by a null."""
    request = models.AppStoreVersionUpdateRequest.from_dict(
        {"data": {"type": "appStoreVersions", "id": "v1", "attributes": {"copyright": None}}}
    )
    request.data.attributes.release_type = models.AppStoreVersionUpdateRequestDataAttributesReleaseType.MANUAL
    sent = request.to_dict()["data"]["attributes"]
    assert sent == {"copyright": None, "releaseType": "MANUAL"}
