using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Routes.Geo.Encirclement;

/// <summary>Builds a position's WGS84 geometry from the sites it is drawn through.</summary>
internal static class PositionGeometry
{
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    public static Geometry Build(JsonRecord record, PositionShape shape, IReadOnlyList<string> siteIds,
        IReadOnlyDictionary<string, Site> sites)
    {
        var coordinates = new Coordinate[siteIds.Count];
        for (int i = 0; i < siteIds.Count; i++)
        {
            if (!sites.TryGetValue(siteIds[i], out Site? site))
            {
                throw record.Error($"unknown site reference '{siteIds[i]}' in 'through'");
            }

            GeoPoint point = site.Coordinate.Verified
                ?? throw record.Error($"site '{site.Id}' has no verified coordinate ({site.Coordinate.Status}); a position may only pass through places whose coordinates the sources give");
            coordinates[i] = new Coordinate(point.Longitude, point.Latitude);
        }

        return shape switch
        {
            PositionShape.Polygon => Polygon(record, siteIds, coordinates),
            PositionShape.Line => siteIds.Count >= 2
                ? Factory.CreateLineString(coordinates)
                : throw record.Error("a line needs at least two places in 'through'"),
            _ => siteIds.Count >= 1
                ? Factory.CreateMultiPointFromCoords(coordinates)
                : throw record.Error("'through' must name at least one place"),
        };
    }

    private static Polygon Polygon(JsonRecord record, IReadOnlyList<string> siteIds, Coordinate[] coordinates)
    {
        if (siteIds.Count < 2 || siteIds[0] != siteIds[^1])
        {
            throw record.Error("open polygon ring: the first and last place in 'through' must be the same");
        }

        if (siteIds.Count < 4)
        {
            throw record.Error("a polygon ring needs at least three distinct places plus the closing one");
        }

        Polygon polygon = Factory.CreatePolygon(coordinates);
        if (!polygon.IsValid)
        {
            throw record.Error("the polygon ring crosses itself or has no area; reorder the places in 'through'");
        }

        return polygon;
    }
}
