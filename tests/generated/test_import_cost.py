"""What keeps `import app_store_connect` + a first call cheap (issue 12): the models package finds a
class by its name instead of loading a table of every model, and an endpoint module imports its
query parameters' enums only when a call gives one (closed values are still refused before a request)."""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app_store_connect_api import models

MODELS = Path(models.__file__).parent


def model_classes() -> dict[str, str]:
    """Class name -> module name, read from the model files (one class each)."""
    classes = {}
    for path in MODELS.glob("*.py"):
        if path.stem != "__init__":
            (name,) = re.findall(r"^class (\w+)", path.read_text(), flags=re.MULTILINE)
            classes[name] = path.stem
    return classes


def test_every_model_is_found_by_its_class_name() -> None:
    classes = model_classes()
    assert len(classes) > 6000
    assert {name: models._module_of(name) for name in classes} == classes
    assert models.Property.__module__ == "app_store_connect_api.models.property_"  # renamed by the generator


def test_dir_all_and_the_type_checkers_stub_list_every_model() -> None:
    names = sorted(model_classes())
    assert list(models.__all__) == names
    assert dir(models) == names
    stub = ast.parse((MODELS / "__init__.pyi").read_text())
    (exported,) = [node.value for node in stub.body if isinstance(node, ast.Assign)]
    assert sorted(ast.literal_eval(exported)) == names
    imported = {alias.name for node in stub.body if isinstance(node, ast.ImportFrom) for alias in node.names}
    assert imported == set(names)


@pytest.mark.parametrize("name", ["NoSuchModel", "APPResponse", "no_such_module", "__wrapped__"])
def test_an_unknown_name_is_an_attribute_error(name: str) -> None:
    assert not hasattr(models, name)
    with pytest.raises(AttributeError, match=name):
        getattr(models, name)


_LISTINGS = """
import posix

listed = []
listdir = posix.listdir
posix.listdir = lambda path=".": listed.append(str(path)) or listdir(path)
from app_store_connect_api.models import AppsResponse

AppsResponse.from_dict({"data": [], "links": {"self": "x"}})
print([path for path in listed if path.endswith("models")])
"""


def test_importing_a_model_does_not_list_the_folder_of_6800_models() -> None:
    result = subprocess.run([sys.executable, "-c", _LISTINGS], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_models_folder_still_lists_its_modules() -> None:
    found = {module.name for module in pkgutil.iter_modules(models.__path__)}
    assert found == set(model_classes().values())


_FRESH = """
import sys
from app_store_connect import ConfigurationError
from app_store_connect_api.api.apps import apps_get_collection

enums = "app_store_connect_api.models.apps_get_collection_"
sort = enums + "sort_item"
loaded = [name for name in sys.modules if name.startswith(enums)]
print(loaded)
apps_get_collection._get_kwargs(filter_bundle_id="x")
print(sort in sys.modules)
print(apps_get_collection._get_kwargs(sort="-name")["params"])
print(sort in sys.modules)
try:
    apps_get_collection._get_kwargs(sort=["nmae"])
except ConfigurationError as error:
    print(error)
"""


def test_an_endpoint_imports_a_parameter_enum_only_when_a_call_gives_it() -> None:
    result = subprocess.run([sys.executable, "-c", _FRESH], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == [
        "[]",
        "False",
        "{'sort': '-name'}",
        "True",
        "sort: 'nmae' is not one of the values the API accepts: bundleId, name, sku, -name, -bundleId, -sku",
    ]


_INCLUDED = """
import sys
from app_store_connect_api.models import AppsResponse

clip = "app_store_connect_api.models.app_clip"
page = {"data": [{"type": "apps", "id": "1"}], "links": {"self": "x"}}
print(AppsResponse.from_dict(page).included, clip in sys.modules)
page["included"] = [{"type": "appClips", "id": "c1", "attributes": {"bundleId": "com.example.clip"}}]
print(type(AppsResponse.from_dict(page).included[0]).__name__, clip in sys.modules)
"""


def test_the_models_of_included_resources_are_imported_only_when_a_page_includes_one() -> None:
    """A resource union (`included` of /v1/apps names 24 models) loads its models on its first read."""
    result = subprocess.run([sys.executable, "-c", _INCLUDED], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == ["None False", "AppClip True"]
