// Rebuilds land-channel.geojson: Natural Earth 1:10m land (public domain, via the npm package
// world-atlas 2.0.2, land-10m.json) clipped to the Channel ports region and rounded to 4 decimals.
// Run once by hand: npm install world-atlas@2.0.2 topojson-client@3 && node make-land.mjs <node_modules>
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
const modules = process.argv[2] ?? "node_modules";
const require = createRequire(import.meta.url);
const topojson = require(`${modules}/topojson-client`);
const topo = JSON.parse(readFileSync(`${modules}/world-atlas/land-10m.json`, "utf8"));
const land = topojson.feature(topo, topo.objects.land);
const geoms = land.type === "FeatureCollection" ? land.features.map(f => f.geometry) : [land.geometry];
const allPolys = geoms.flatMap(g => g.type === "Polygon" ? [g.coordinates] : g.coordinates);
const [W, S, E, N] = [-1.0, 49.5, 4.5, 52.0];

// Sutherland–Hodgman against each edge of the box: enough for drawing filled land.
function clip(ring) {
  const edges = [
    [p => p[0] >= W, (a, b) => at(a, b, 0, W)], [p => p[0] <= E, (a, b) => at(a, b, 0, E)],
    [p => p[1] >= S, (a, b) => at(a, b, 1, S)], [p => p[1] <= N, (a, b) => at(a, b, 1, N)]];
  let out = ring;
  for (const [inside, cut] of edges) {
    const input = out; out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) { if (!inside(prev)) out.push(cut(prev, cur)); out.push(cur); }
      else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (out.length === 0) break;
  }
  return out;
}
function at(a, b, axis, v) {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}
const r = x => Math.round(x * 1e4) / 1e4;
const polygons = [];
for (const poly of allPolys) {
  const rings = poly.map(ring => clip(ring.slice(0, -1)).map(p => [r(p[0]), r(p[1])]))
    .filter(ring => ring.length >= 3).map(ring => [...ring, ring[0]]);
  if (rings.length > 0 && poly[0] && clip(poly[0].slice(0, -1)).length >= 3) polygons.push(rings);
}
const out = { type: "FeatureCollection", features: [{ type: "Feature",
  properties: { name: "land", source: "Natural Earth 1:10m land (public domain)", bbox: [W, S, E, N] },
  geometry: { type: "MultiPolygon", coordinates: polygons } }] };
writeFileSync("land-channel.geojson", JSON.stringify(out) + "\n");
console.log(`${polygons.length} polygons, ${polygons.flat(2).length} points`);
