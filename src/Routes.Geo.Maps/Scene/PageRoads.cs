using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace Routes.Geo.Maps.Scene;

/// <summary>The roads of a network near a page's routes, as GeoJSON lines with their class and name (coordinates to 6 decimals, ~0.1 m).</summary>
internal static class PageRoads
{
    public static string ToGeoJson(RoadNetwork roads, MapExtent view, double widen)
    {
        double dx = (view.East - view.West) * widen, dy = (view.North - view.South) * widen;
        var box = new Envelope(view.West - dx, view.East + dx, view.South - dy, view.North + dy);
        var factory = new GeometryFactory();
        var features = new FeatureCollection();
        for (int edge = 0; edge < roads.EdgeCount; edge++)
        {
            IReadOnlyDictionary<string, string> tags = roads.EdgeTags(edge);
            if (RoadStyles.ClassOf(tags.GetValueOrDefault("highway")) is not { } roadClass)
            {
                continue;
            }

            IReadOnlyList<GeoPoint> line = roads.GetEdgeGeometry(edge);
            if (!line.Any(p => box.Contains(p.Longitude, p.Latitude)))
            {
                continue;
            }

            var attributes = new AttributesTable { { "class", roadClass.ToString().ToLowerInvariant() } };
            if (tags.GetValueOrDefault("name") is { } name)
            {
                attributes.Add("name", name);
            }

            features.Add(new Feature(factory.CreateLineString([.. line.Select(p => new Coordinate(Math.Round(p.Longitude, 6), Math.Round(p.Latitude, 6)))]), attributes));
        }

        return JsonSerializer.Serialize(features, BaseLayers.GeoJsonOptions);
    }
}
