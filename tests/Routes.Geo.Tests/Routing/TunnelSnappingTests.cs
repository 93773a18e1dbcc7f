using Routes.Geo.Network;

namespace Routes.Geo.Tests.Routing;

/// <summary>
/// A street on the surface and, 6 m north of it, a road in a tunnel (and a ferry line beyond): a point given right
/// above the tunnel is on the surface, so it snaps to the street while the street is within reach (GraphHopper's
/// default snap preventions, without bridges).
/// </summary>
public class TunnelSnappingTests
{
    private const double StreetLat = 50.6000, TunnelLat = 50.60006, FerryLat = 50.6003;

    private static RoadNetwork Network(string tunnelTag = "tunnel=yes")
    {
        var builder = new RoadNetworkBuilder("tunnel under a street");
        builder.AddNode(1, StreetLat, 3.000);
        builder.AddNode(2, StreetLat, 3.004);
        builder.AddNode(3, TunnelLat, 3.000);
        builder.AddNode(4, TunnelLat, 3.004);
        builder.AddNode(5, FerryLat, 3.000);
        builder.AddNode(6, FerryLat, 3.004);
        builder.AddWay(1, [1, 2], TinyNetwork.Tags("highway=residential name=Surface"));
        builder.AddWay(2, [3, 4], TinyNetwork.Tags($"highway=residential {tunnelTag} name=Tunnel"));
        builder.AddWay(3, [1, 3], TinyNetwork.Tags("highway=residential"));
        builder.AddWay(4, [5, 6], TinyNetwork.Tags("route=ferry foot=yes motorcar=yes name=Ferry"));
        builder.AddWay(5, [3, 5], TinyNetwork.Tags("highway=residential"));
        return builder.Build();
    }

    private static string SnappedName(RoadNetwork network, GeoPoint point, double maxMetres = RouteRequest.DefaultMaxSnapMetres)
    {
        SnapResult snap = network.GraphFor(TravelProfiles.Foot).Snap(point, maxMetres);
        return network.EdgeTags(snap.Edge).TryGetValue("name", out string? name) ? name : "";
    }

    [Fact]
    public void PointAboveTunnel_SnapsToTheSurfaceStreet()
    {
        Assert.Equal("Surface", SnappedName(Network(), new GeoPoint(TunnelLat + 0.00001, 3.002)));
    }

    [Fact]
    public void PointNearOnlyATunnel_SnapsToTheTunnel()
    {
        // Within 5 m only the tunnel lies: it is taken rather than no road at all.
        Assert.Equal("Tunnel", SnappedName(Network(), new GeoPoint(TunnelLat + 0.00001, 3.002), maxMetres: 5));
    }

    [Fact]
    public void BuildingPassage_IsSnappedToAsAnyStreet()
    {
        Assert.Equal("Tunnel", SnappedName(Network("tunnel=building_passage"), new GeoPoint(TunnelLat + 0.00001, 3.002)));
    }

    [Fact]
    public void FerryLine_IsNotSnappedToWhileARoadIsInReach()
    {
        Assert.Equal("Tunnel", SnappedName(Network("tunnel=no"), new GeoPoint(FerryLat - 0.00002, 3.002)));
    }

    [Fact]
    public void RouteFromAboveTheTunnel_StartsOnTheSurface()
    {
        RoadNetwork network = Network();
        Route route = network.Route(TravelProfiles.Foot).From(TunnelLat + 0.00001, 3.002).To(StreetLat, 3.0035).Calculate().Route;

        Assert.InRange(route.LengthMetres, 100, 110);
    }
}
