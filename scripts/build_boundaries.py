"""Build the web map's boundary layers, shipped in src/sitreps/web/static/boundaries/.

    .venv/bin/python scripts/build_boundaries.py [--source ../shared/data/boundaries-kp] [--out DIR]

Writes two GeoJSON files (WGS84 lon/lat), small enough to ship with the package:
  * kp_admin1.geojson: North Korea's 13 provincial-level units (geoBoundaries CGAZ, CC BY 4.0 /
    CC BY 3.0 IGO), properties `name` (the gazetteer's admin1 name), `iso` (ISO 3166-2:KP), `name_ko`;
  * neighbours.geojson: China, South Korea, Russia and Japan (Natural Earth 1:50m, public domain),
    properties `name` and `iso_a2`, so the border, the coast and the DMZ line show.

Geometry is simplified by Douglas-Peucker, topology-aware: each ring is cut into arcs where the set
of rings sharing its edges changes (as TopoJSON does), and every arc is simplified once, in a
canonical direction, so two provinces keep exactly the same border and no slivers or gaps open
between them. Coordinates are rounded to 3 decimals (about 100 m); rings that collapse below four
points are dropped (a polygon whose outer ring collapses goes with it); outer rings run
anticlockwise and holes clockwise (RFC 7946). The output is deterministic: re-running gives
byte-identical files. At the end the KP towns of the gazetteer are located in the result with the
gazetteer build's point-in-polygon test, as a check that simplification did not move a border
across a town.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import itertools
import json
import math
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO / ".." / "shared" / "data" / "boundaries-kp"
DEFAULT_OUT = REPO / "src" / "sitreps" / "web" / "static" / "boundaries"
GAZETTEER = REPO / "src" / "sitreps" / "profiles" / "dprk" / "gazetteer.tsv"
PROVINCES_SOURCE = "kp_admin1_13units_from_cgaz_adm2.geojson"
COUNTRIES_SOURCE = "ne50m_countries_kp_region.geojson"
NEIGHBOURS = {"CHN": "CN", "JPN": "JP", "KOR": "KR", "RUS": "RU"}  # ISO alpha-3 -> alpha-2
NEAR_BOX = (121.0, 36.0, 134.0, 45.0)  # lon/lat box around the peninsula where neighbours keep detail
DECIMALS = 3
BUDGET_BYTES = 120 * 1024

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]  # outer ring first, then holes; each ring closed (first point == last)


# --- reading ----------------------------------------------------------------------------------


def polygons(geometry: dict[str, Any]) -> list[Polygon]:
    """The polygons of a Polygon or MultiPolygon geometry, points as tuples."""
    parts = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [[[(float(x), float(y)) for x, y, *_ in ring] for ring in part] for part in parts]


def read_features(path: Path) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8"))["features"])


# --- simplification ---------------------------------------------------------------------------


def _offset(p: Point, a: Point, b: Point) -> float:
    """Distance of p from the segment a-b, in degrees of latitude (longitude scaled by cos(lat))."""
    k = math.cos(math.radians((a[1] + b[1]) / 2))
    px, py = (p[0] - a[0]) * k, p[1] - a[1]
    dx, dy = (b[0] - a[0]) * k, b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, (px * dx + py * dy) / length2))
    return math.hypot(px - t * dx, py - t * dy)


def douglas_peucker(line: list[Point], tolerance: Callable[[Point], float]) -> list[Point]:
    """The points of `line` that Douglas-Peucker keeps; the endpoints always.

    `tolerance` gives each point its own threshold (degrees of latitude): the point kept next is
    the one farthest from the chord relative to its threshold, while that ratio is above 1.
    """
    if len(line) < 3:
        return list(line)
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 1.0, -1
        for i in range(first + 1, last):
            ratio = _offset(line[i], line[first], line[last]) / tolerance(line[i])
            if ratio > best:
                best, index = ratio, i
        if index >= 0:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, kept in zip(line, keep, strict=True) if kept]


def _edge(a: Point, b: Point) -> tuple[Point, Point]:
    return (a, b) if a <= b else (b, a)


class ArcSimplifier:
    """Simplifies every ring of a layer so that edges shared by two rings stay shared.

    A ring is cut wherever the set of rings owning its edges changes, or at a vertex another ring
    touches; each piece (an arc) is simplified in a canonical direction, so both rings along a
    shared border get the very same points.
    """

    def __init__(self, rings: Iterable[Ring], tolerance: Callable[[Point], float]) -> None:
        self.tolerance = tolerance
        self.edge_owners: dict[tuple[Point, Point], set[int]] = {}
        self.vertex_owners: dict[Point, set[int]] = {}
        for ring_id, ring in enumerate(rings):
            for a, b in itertools.pairwise(ring):
                self.edge_owners.setdefault(_edge(a, b), set()).add(ring_id)
                self.vertex_owners.setdefault(a, set()).add(ring_id)

    def _arc(self, arc: list[Point]) -> list[Point]:
        if arc[-1] < arc[0]:
            return douglas_peucker(arc[::-1], self.tolerance)[::-1]
        return douglas_peucker(arc, self.tolerance)

    def simplify(self, ring: Ring) -> Ring:
        """The simplified ring, closed; it may have fewer than four points (collapsed)."""
        points = ring[:-1]
        n = len(points)
        if n < 3:
            return list(ring)
        owners = [self.edge_owners[_edge(points[i], points[(i + 1) % n])] for i in range(n)]
        breaks = [
            i
            for i in range(n)
            if owners[i - 1] != owners[i] or self.vertex_owners[points[i]] - owners[i - 1] - owners[i]
        ]
        if len(breaks) < 2:
            # a ring on its own (an island, or an enclave with its host's hole): anchor it at its
            # lowest point, or at its one break, and at the point farthest from that
            first = breaks[0] if breaks else min(range(n), key=lambda i: points[i])
            a = points[first]
            far = max(range(n), key=lambda i: ((points[i][0] - a[0]) ** 2 + (points[i][1] - a[1]) ** 2, points[i]))
            breaks = sorted({first, far})
        out: list[Point] = []
        for j, start in enumerate(breaks):
            end = breaks[(j + 1) % len(breaks)]
            arc = points[start : end + 1] if end > start else points[start:] + points[: end + 1]
            out.extend(self._arc(arc)[:-1])
        out.append(out[0])
        return out


# --- finishing ----------------------------------------------------------------------------------


def signed_area(ring: Ring) -> float:
    """Twice the signed area (shoelace): positive when the ring runs anticlockwise."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring))


def finish_ring(ring: Ring, outer: bool) -> Ring | None:
    """Rounded, without repeated points, oriented by RFC 7946; None when it collapsed."""
    out: Ring = []
    for x, y in ring:
        p = (round(x, DECIMALS), round(y, DECIMALS))
        if not out or out[-1] != p:
            out.append(p)
    if len(out) < 4 or out[0] != out[-1] or len(set(out)) < 3 or signed_area(out) == 0:
        return None
    if (signed_area(out) > 0) != outer:
        out.reverse()
    return out


def simplify_layer(shapes: list[list[Polygon]], tolerance: Callable[[Point], float]) -> list[list[Polygon]]:
    """Each feature's polygons simplified (shared borders kept shared), rounded and validated."""
    simplifier = ArcSimplifier((ring for shape in shapes for polygon in shape for ring in polygon), tolerance)
    result: list[list[Polygon]] = []
    for shape in shapes:
        kept: list[Polygon] = []
        for polygon in shape:
            outer = finish_ring(simplifier.simplify(polygon[0]), outer=True)
            if outer is None:
                continue
            holes = (finish_ring(simplifier.simplify(hole), outer=False) for hole in polygon[1:])
            kept.append([outer, *(hole for hole in holes if hole is not None)])
        result.append(kept)
    return result


def geometry(shape: list[Polygon]) -> dict[str, Any]:
    coordinates = [[[list(p) for p in ring] for ring in polygon] for polygon in shape]
    if len(coordinates) == 1:
        return {"type": "Polygon", "coordinates": coordinates[0]}
    return {"type": "MultiPolygon", "coordinates": coordinates}


def feature_collection(features: list[dict[str, Any]]) -> str:
    """GeoJSON text, one feature a line, keys sorted: stable, diffable, byte-identical on re-runs."""
    lines = [json.dumps(f, sort_keys=True, separators=(",", ":"), ensure_ascii=False) for f in features]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


# --- the two layers -----------------------------------------------------------------------------


def provinces(source: Path, tolerance: float) -> list[dict[str, Any]]:
    rows = sorted(read_features(source / PROVINCES_SOURCE), key=lambda f: f["properties"]["kp_iso_3166_2"])
    shapes = simplify_layer([polygons(f["geometry"]) for f in rows], lambda _: tolerance)
    return [
        {
            "type": "Feature",
            "properties": {
                "name": f["properties"]["kp_name_en"],
                "iso": f["properties"]["kp_iso_3166_2"],
                "name_ko": f["properties"]["kp_name_ko"],
            },
            "geometry": geometry(shape),
        }
        for f, shape in zip(rows, shapes, strict=True)
    ]


def neighbours(source: Path, near: float, far: float) -> list[dict[str, Any]]:
    """The neighbouring countries: detailed (`near`) around the peninsula, coarser (`far`) elsewhere."""

    def tolerance(p: Point) -> float:
        x0, y0, x1, y1 = NEAR_BOX
        return near if x0 <= p[0] <= x1 and y0 <= p[1] <= y1 else far

    # North Korea takes part in the simplification, so its borders with China and Russia are cut
    # into the same arcs as theirs, but is not written: the provinces draw it.
    rows = sorted(read_features(source / COUNTRIES_SOURCE), key=lambda f: f["properties"]["iso_a3"])
    shapes = simplify_layer([polygons(f["geometry"]) for f in rows], tolerance)
    return [
        {
            "type": "Feature",
            "properties": {"name": f["properties"]["name"], "iso_a2": NEIGHBOURS[f["properties"]["iso_a3"]]},
            "geometry": geometry(shape),
        }
        for f, shape in zip(rows, shapes, strict=True)
        if f["properties"]["iso_a3"] in NEIGHBOURS
    ]


# --- the check ----------------------------------------------------------------------------------


def gazetteer_geometry() -> ModuleType:
    """scripts/build_gazetteer.py, for its point-in-polygon test (`_in_geom`)."""
    spec = importlib.util.spec_from_file_location("build_gazetteer", REPO / "scripts" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def misplaced_towns(features: list[dict[str, Any]]) -> Iterator[str]:
    """KP cities and towns of the gazetteer that do not fall in their own province's polygon."""
    module = gazetteer_geometry()
    in_geom = module._in_geom
    by_name = {f["properties"]["name"]: f["geometry"] for f in features}
    with GAZETTEER.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["country"] == "KP" and row["level"] in ("city", "town") and row["admin1"] in by_name:
                if not in_geom(float(row["lon"]), float(row["lat"]), by_name[row["admin1"]]):
                    km = module._dist_to_geom(float(row["lon"]), float(row["lat"]), by_name[row["admin1"]]) * 111.2
                    yield f"{row['name']} ({row['admin1']}, {row['lat']}, {row['lon']}): {km:.1f} km outside"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="the boundaries-kp folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--tolerance", type=float, default=0.001, help="provinces: Douglas-Peucker tolerance in"
                        " degrees of latitude (default 0.001, about 110 m)")  # fmt: skip
    parser.add_argument("--near-tolerance", type=float, default=0.002,
                        help="neighbouring countries around the peninsula (default 0.002)")  # fmt: skip
    parser.add_argument("--far-tolerance", type=float, default=0.02,
                        help="neighbouring countries elsewhere (default 0.02, about 2 km)")  # fmt: skip
    args = parser.parse_args(argv)
    if min(args.tolerance, args.near_tolerance, args.far_tolerance) <= 0:
        parser.error("tolerances must be positive")
    for name in (PROVINCES_SOURCE, COUNTRIES_SOURCE):
        if not (args.source / name).is_file():
            print(f"error: {args.source / name} not found (--source is the boundaries-kp folder)", file=sys.stderr)
            return 2
    kp = provinces(args.source, args.tolerance)
    layers = {
        "kp_admin1.geojson": kp,
        "neighbours.geojson": neighbours(args.source, args.near_tolerance, args.far_tolerance),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, features in layers.items():
        text = feature_collection(features)
        (args.out / name).write_text(text, encoding="utf-8", newline="\n")
        size = len(text.encode("utf-8"))
        total += size
        points = sum(len(r) for f in features for p in polygons(f["geometry"]) for r in p)
        print(f"{args.out / name}: {len(features)} features, {points:,} points, {size / 1024:.1f} KB")
    print(f"total {total / 1024:.1f} KB (budget {BUDGET_BYTES / 1024:.0f} KB)")
    misplaced = list(misplaced_towns(kp))
    print(f"gazetteer KP cities and towns outside their province: {len(misplaced)}")
    for town in misplaced:
        print(f"  {town}")
    return 1 if total > BUDGET_BYTES else 0


if __name__ == "__main__":
    sys.exit(main())
