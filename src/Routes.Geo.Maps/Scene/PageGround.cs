using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;
using Routes.Geo.Maps.Base;

namespace Routes.Geo.Maps.Scene;

/// <summary>
/// The ground of a page from an extract's base map: in a box around the page's routes, land and sea from the coastline (as
/// on the static maps, a coast the extract cuts off carried on straight) plus water and green areas, as GeoJSON features with a "kind" (land, sea, water, green), to 6 decimals.
/// </summary>
internal static class PageGround
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>The features, or null when the base map's coverage does not reach the box.</summary>
    public static string? ToGeoJson(BaseMap ground, MapExtent view, double widen)
    {
        double dx = (view.East - view.West) * widen, dy = (view.North - view.South) * widen;
        var box = new Envelope(view.West - dx, view.East + dx, view.South - dy, view.North + dy);
        var covered = new Envelope(ground.Coverage.West, ground.Coverage.East, ground.Coverage.South, ground.Coverage.North);
        // Beyond the extract's edge the coast is carried on straight (as on the static maps), not cut into a strip of land.
        if (!box.Intersects(covered))
        {
            return null;
        }

        Geometry land = ground.LandWithin(box);
        var features = new FeatureCollection
        {
            Feature(land, "land"),
            Feature(Factory.ToGeometry(box).Difference(land), "sea"),
        };
        foreach (BaseArea area in ground.Areas)
        {
            // Drawn as mapped (an OSM ring may cross itself): rounded point by point, not made valid.
            Polygon ring = Factory.CreatePolygon([.. area.Ring.Select(c => new Coordinate(Math.Round(c.X, 6), Math.Round(c.Y, 6)))]);
            if (ring.EnvelopeInternal.Intersects(box))
            {
                features.Add(new Feature(ring, new AttributesTable { { "kind", area.Kind == BaseAreaKind.Water ? "water" : "green" } }));
            }
        }

        return JsonSerializer.Serialize(features, BaseLayers.GeoJsonOptions);
    }

    // Rounded to about 0.1 m; the reducer keeps polygons valid where rounding would make them touch themselves.
    private static Feature Feature(Geometry geometry, string kind) =>
        new(GeometryPrecisionReducer.Reduce(geometry, new PrecisionModel(1e6)), new AttributesTable { { "kind", kind } });
}
