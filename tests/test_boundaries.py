"""The map's boundary layers shipped in the package (web/static/boundaries), and the build's simplifier."""

from __future__ import annotations

import csv
import importlib.util
import json
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUDGET_BYTES = 120 * 1024
KP_LON, KP_LAT = (124.0, 131.0), (37.5, 43.1)


def boundaries() -> Traversable:
    return resources.files("sitreps").joinpath("web", "static", "boundaries")


@cache
def layer(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(boundaries().joinpath(name).read_text(encoding="utf-8"))
    return data


@cache
def script(name: str) -> ModuleType:
    """A build script of scripts/, imported by path as bench/geoparsing.py does."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gazetteer_kp() -> list[dict[str, str]]:
    text = resources.files("sitreps").joinpath("profiles", "dprk", "gazetteer.tsv").read_text(encoding="utf-8")
    return [row for row in csv.DictReader(text.splitlines(), delimiter="\t") if row["country"] == "KP"]


def rings(feature: dict[str, Any]) -> list[list[list[float]]]:
    geometry = feature["geometry"]
    assert geometry["type"] in ("Polygon", "MultiPolygon")
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [ring for polygon in polygons for ring in polygon]


def test_thirteen_provinces_named_as_in_the_gazetteer() -> None:
    features = layer("kp_admin1.geojson")["features"]
    names = [f["properties"]["name"] for f in features]
    assert len(features) == 13
    assert sorted(names) == sorted({row["admin1"] for row in gazetteer_kp() if row["admin1"]})
    assert {f["properties"]["iso"] for f in features} == {f"KP-{n:02d}" for n in (*range(1, 11), 13, 14, 15)}
    assert all(set(f["properties"]) == {"name", "iso", "name_ko"} for f in features)


def test_neighbours() -> None:
    features = layer("neighbours.geojson")["features"]
    assert sorted(f["properties"]["iso_a2"] for f in features) == ["CN", "JP", "KR", "RU"]
    assert all(set(f["properties"]) == {"name", "iso_a2"} for f in features)


@pytest.mark.parametrize("name", ["kp_admin1.geojson", "neighbours.geojson"])
def test_rings_are_closed_with_four_points_or_more(name: str) -> None:
    for feature in layer(name)["features"]:
        for ring in rings(feature):
            assert len(ring) >= 4, feature["properties"]["name"]
            assert ring[0] == ring[-1], feature["properties"]["name"]
            assert all(len(p) == 2 and p == [round(p[0], 3), round(p[1], 3)] for p in ring)


def test_provinces_lie_in_north_korea() -> None:
    for feature in layer("kp_admin1.geojson")["features"]:
        for ring in rings(feature):
            for lon, lat in ring:
                assert KP_LON[0] <= lon <= KP_LON[1] and KP_LAT[0] <= lat <= KP_LAT[1], feature["properties"]["name"]


def test_size_within_budget() -> None:
    files = [p for p in boundaries().iterdir() if p.name.endswith(".geojson")]
    assert sorted(p.name for p in files) == ["kp_admin1.geojson", "neighbours.geojson"]
    assert sum(len(p.read_bytes()) for p in files) < BUDGET_BYTES


def test_attribution_shipped() -> None:
    text = boundaries().joinpath("ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "Runfola" in text and "CC BY 3.0 IGO" in text and "Natural Earth" in text


@pytest.mark.parametrize(
    ("town", "province"),
    [
        ("Hyesan", "Ryanggang"),
        ("Hoeryong", "North Hamgyong"),
        ("Chongjin", "North Hamgyong"),
        ("Sinuiju", "North Pyongan"),
        ("Kanggye", "Chagang"),
        ("Hamhung", "South Hamgyong"),
        ("Sariwon", "North Hwanghae"),
        ("Haeju", "South Hwanghae"),
        ("Kaesong", "Kaesong"),
        ("Pyongyang", "Pyongyang"),
        ("Pyongsong", "South Pyongan"),
    ],
)
def test_towns_fall_in_their_province(town: str, province: str) -> None:
    row = next(r for r in gazetteer_kp() if r["name"] == town and r["level"] in ("city", "town"))
    assert row["admin1"] == province
    lon, lat = float(row["lon"]), float(row["lat"])
    in_geom = script("build_gazetteer")._in_geom
    inside = [
        f["properties"]["name"] for f in layer("kp_admin1.geojson")["features"] if in_geom(lon, lat, f["geometry"])
    ]
    assert inside == [province]


# --- the simplifier of scripts/build_boundaries.py, on made-up shapes -------------------------


def test_douglas_peucker_keeps_ends_and_corners() -> None:
    build = script("build_boundaries")
    line = [(0.0, 0.0), (1.0, 0.0001), (2.0, 0.0), (2.0, 1.0), (2.0001, 2.0), (2.0, 3.0)]
    assert build.douglas_peucker(line, lambda _: 0.01) == [(0.0, 0.0), (2.0, 0.0), (2.0, 3.0)]


def test_shared_borders_stay_shared() -> None:
    build = script("build_boundaries")
    # two squares meeting along x = 1, the border wiggling slightly; the left one listed clockwise
    border = [(1.0, 0.0), (1.0004, 0.25), (0.9997, 0.5), (1.02, 0.75), (1.0, 1.0)]
    left = [[[(0.0, 0.0), (0.0, 1.0), *border[::-1][:-1], (1.0, 0.0), (0.5, 0.0001), (0.0, 0.0)][::-1]]]
    right = [[[*border, (2.0, 1.0), (2.0, 0.0), (1.0, 0.0)]]]
    islet = [[[(5.0, 5.0), (5.0001, 5.0), (5.0001, 5.0001), (5.0, 5.0)]]]
    (a,), (b,), islets = build.simplify_layer([left, right, [*islet]], lambda _: 0.005)
    assert islets == []  # collapsed below four points, dropped

    def edges(polygon: list[list[tuple[float, float]]]) -> set[frozenset[tuple[float, float]]]:
        return {frozenset(e) for e in zip(polygon[0], polygon[0][1:], strict=False)}

    def on_border(polygon: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
        return sorted({p for p in polygon[0] if 0.99 <= p[0] <= 1.03})

    # the same points on both sides, joined by the same edges: no gap, no sliver
    assert on_border(a) == on_border(b) == [(1.0, 0.0), (1.0, 0.5), (1.0, 1.0), (1.02, 0.75)]
    assert len(edges(a) & edges(b)) == 3
    assert build.signed_area(a[0]) > 0 and build.signed_area(b[0]) > 0  # outer rings anticlockwise
    assert (0.5, 0.0) not in a[0]
