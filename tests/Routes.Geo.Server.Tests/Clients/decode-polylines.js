// Decodes the polyline and polyline6 geometries of the routes in a JSON file with @mapbox/polyline and prints
// the decoded coordinates as JSON: [{ polyline: [[lat, lon]...], polyline6: [[lat, lon]...] }...].
const fs = require('fs');
const polyline = require('@mapbox/polyline');

const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const decoded = cases.map(c => ({
  polyline: polyline.decode(c.polyline, 5),
  polyline6: polyline.decode(c.polyline6, 6),
}));
process.stdout.write(JSON.stringify(decoded));
