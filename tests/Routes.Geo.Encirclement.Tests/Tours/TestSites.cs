namespace Routes.Geo.Encirclement.Tests.Tours;

/// <summary>Hand-made sites for tests that need no historical data.</summary>
internal static class TestSites
{
    public static Site Verified(string name, GeoPoint point) => new()
    {
        Id = name.ToLowerInvariant().Replace(' ', '-'),
        Name = name,
        Kinds = [SiteKind.Memorial],
        Coordinate = new SiteCoordinate(CoordinateStatus.Verified, [new SourcedCoordinate(point, "test")], null),
        Sources = ["test"],
    };

    public static Site Unverified(string name) => new()
    {
        Id = name.ToLowerInvariant().Replace(' ', '-'),
        Name = name,
        Kinds = [SiteKind.Memorial],
        Coordinate = new SiteCoordinate(CoordinateStatus.Unverified, [], null),
        Sources = ["test"],
    };
}
