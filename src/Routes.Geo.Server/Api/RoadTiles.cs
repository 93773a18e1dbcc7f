using System.Globalization;
using System.Text.Json;

namespace Routes.Geo.Server.Api;

/// <summary>
/// The page's base map drawn from the loaded network itself: the roads crossing a Web Mercator tile z/x/y as GeoJSON lines
/// with their class (<c>highway</c>) and name, the smaller classes only from the zoom at which they are readable
/// (main roads from 8, secondary/tertiary from 12, streets from 14, paths and service ways from 15, as OSM's standard style).
/// Built once per network: each edge's box in a grid of 0.01° cells.
/// </summary>
internal sealed class RoadTiles
{
    /// <summary>The way keys the service reads: a road tile's class and name (else ref), and nearest's name (RoutingEngine.Queries).</summary>
    public static readonly string[] WayKeys = ["highway", "name", "ref"];

    public const int MinZoom = 8;
    public const int MaxZoom = 19;
    private const double CellDegrees = 0.01;

    private static readonly Dictionary<string, int> ClassZoom = new(StringComparer.Ordinal)
    {
        ["motorway"] = 8, ["trunk"] = 8, ["primary"] = 8, ["motorway_link"] = 11, ["trunk_link"] = 11, ["primary_link"] = 12,
        ["secondary"] = 11, ["secondary_link"] = 13, ["tertiary"] = 12, ["tertiary_link"] = 13,
        ["residential"] = 14, ["unclassified"] = 13, ["living_street"] = 14, ["pedestrian"] = 14, ["road"] = 14,
    };

    private readonly RoadNetwork _network;
    private readonly Dictionary<long, List<int>> _cells = [];
    private readonly int[] _minZoom;

    public RoadTiles(RoadNetwork network)
    {
        _network = network;
        _minZoom = new int[network.EdgeCount];
        for (int edge = 0; edge < network.EdgeCount; edge++)
        {
            string highway = network.EdgeTags(edge).TryGetValue("highway", out string? h) ? h : "";
            _minZoom[edge] = ClassZoom.TryGetValue(highway, out int z) ? z : 15;
            (double west, double south, double east, double north) = Box(network.GetEdgeGeometry(edge));
            for (long cx = Cell(west); cx <= Cell(east); cx++)
            {
                for (long cy = Cell(south); cy <= Cell(north); cy++)
                {
                    long key = (cx << 32) ^ (cy & 0xffffffff);
                    if (!_cells.TryGetValue(key, out List<int>? list))
                    {
                        _cells[key] = list = [];
                    }

                    list.Add(edge);
                }
            }
        }
    }

    /// <summary>The tile's bounds in degrees (west, south, east, north).</summary>
    public static (double West, double South, double East, double North) Bounds(int z, int x, int y)
    {
        double n = Math.Pow(2, z);
        static double Lat(double t) => Math.Atan(Math.Sinh(Math.PI * (1 - (2 * t)))) * 180 / Math.PI;
        return ((x / n * 360) - 180, Lat((y + 1) / n), ((x + 1) / n * 360) - 180, Lat(y / n));
    }

    /// <summary>The roads of tile z/x/y as a GeoJSON FeatureCollection (properties: class, name).</summary>
    public byte[] Tile(int z, int x, int y)
    {
        (double west, double south, double east, double north) = Bounds(z, x, y);
        double margin = (east - west) * 0.05;
        (west, south, east, north) = (west - margin, south - margin, east + margin, north + margin);
        var seen = new HashSet<int>();
        return StoryJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            for (long cx = Cell(west); cx <= Cell(east); cx++)
            {
                for (long cy = Cell(south); cy <= Cell(north); cy++)
                {
                    if (!_cells.TryGetValue((cx << 32) ^ (cy & 0xffffffff), out List<int>? edges))
                    {
                        continue;
                    }

                    foreach (int edge in edges)
                    {
                        if (_minZoom[edge] <= z && seen.Add(edge) && Intersects(_network.GetEdgeGeometry(edge), west, south, east, north))
                        {
                            Feature(json, edge);
                        }
                    }
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private void Feature(Utf8JsonWriter json, int edge)
    {
        IReadOnlyDictionary<string, string> tags = _network.EdgeTags(edge);
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("properties");
        json.WriteString("class", tags.TryGetValue("highway", out string? h) ? h : "road");
        json.WriteString("name", tags.TryGetValue("name", out string? n) ? n : tags.TryGetValue("ref", out string? r) ? r : null);
        json.WriteEndObject();
        json.WriteStartObject("geometry");
        json.WriteString("type", "LineString");
        json.WriteStartArray("coordinates");
        foreach (GeoPoint p in _network.GetEdgeGeometry(edge))
        {
            json.WriteStartArray();
            json.WriteRawValue(Math.Round(p.Longitude, 6).ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
            json.WriteRawValue(Math.Round(p.Latitude, 6).ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static bool Intersects(IReadOnlyList<GeoPoint> line, double west, double south, double east, double north)
    {
        (double w, double s, double e, double n) = Box(line);
        return w <= east && e >= west && s <= north && n >= south;
    }

    private static (double West, double South, double East, double North) Box(IReadOnlyList<GeoPoint> line)
    {
        double w = double.MaxValue, s = double.MaxValue, e = double.MinValue, n = double.MinValue;
        foreach (GeoPoint p in line)
        {
            w = Math.Min(w, p.Longitude);
            e = Math.Max(e, p.Longitude);
            s = Math.Min(s, p.Latitude);
            n = Math.Max(n, p.Latitude);
        }

        return (w, s, e, n);
    }

    private static long Cell(double degrees) => (long)Math.Floor(degrees / CellDegrees);
}
