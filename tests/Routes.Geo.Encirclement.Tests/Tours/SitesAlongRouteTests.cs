using Routes.Geo.Geodesy;

namespace Routes.Geo.Encirclement.Tests.Tours;

public class SitesAlongRouteTests
{
    // A route going east 2 km then north 1 km, near Calais.
    private static readonly GeoPoint[] Line = [new(50.95, 1.85), new(50.95, 1.878), new(50.959, 1.878)];

    [Fact]
    public void Sites_AreListedInTheOrderPassed_WithTheirDistanceOffTheRoute()
    {
        Site late = TestSites.Verified("Late", new GeoPoint(50.957, 1.8785));      // beside the northern leg
        Site early = TestSites.Verified("Early", new GeoPoint(50.9503, 1.855));    // beside the eastern leg, ~33 m off
        Site far = TestSites.Verified("Far", new GeoPoint(50.96, 1.85));
        Site unknown = TestSites.Unverified("Unknown");

        SitesAlongRouteResult result = SitesAlongRoute.Find(Line, [late, far, early, unknown], 100);

        Assert.Equal(["Early", "Late"], result.Passed.Select(p => p.Site.Name));
        Assert.Equal([unknown], result.WithoutVerifiedCoordinate);
        SiteOnRoute first = result.Passed[0];
        Assert.Equal(Geodesic.Wgs84.Distance(early.Coordinate.Verified!.Value, first.Nearest), first.DistanceMetres, 6);
        Assert.InRange(first.DistanceMetres, 30, 36);
        Assert.Equal(Geodesic.Wgs84.Distance(Line[0], first.Nearest), first.OffsetMetres, 0.5);
        double eastLeg = Geodesic.Wgs84.Distance(Line[0], Line[1]);
        Assert.InRange(result.Passed[1].OffsetMetres, eastLeg + 700, eastLeg + 800);
    }

    [Fact]
    public void Distance_IsInclusiveAtTheLimit_AndZeroFindsOnlySitesOnTheLine()
    {
        Site onLine = TestSites.Verified("On", new GeoPoint(50.95, 1.86));
        Site off = TestSites.Verified("Off", new GeoPoint(50.9503, 1.855));
        Assert.Equal(["On"], SitesAlongRoute.Find(Line, [onLine, off], 0.01).Passed.Select(p => p.Site.Name));
        double d = SitesAlongRoute.Find(Line, [off], 100).Passed[0].DistanceMetres;
        Assert.Single(SitesAlongRoute.Find(Line, [off], d).Passed);
        Assert.Empty(SitesAlongRoute.Find(Line, [off], d - 0.5).Passed);
    }

    [Fact]
    public void BadInput_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => SitesAlongRoute.Find(Array.Empty<GeoPoint>(), [], 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => SitesAlongRoute.Find(Line, [], -1));
    }
}
