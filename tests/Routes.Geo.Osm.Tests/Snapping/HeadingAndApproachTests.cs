using Routes.Geo.Geodesy;
using Routes.Geo.Matrices;
using Routes.Geo.Osm.Tests.OsmProfiles;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Osm.Tests.Snapping;

/// <summary>
/// OSRM's bearings and approaches as <see cref="SnapConstraint"/>s, on tiny OSM networks imported through osmium: a
/// heading picks the carriageway of a divided road, an approach side picks the direction of a two-way street, on every search.
/// </summary>
public class HeadingAndApproachTests
{
    // A divided boulevard: the eastbound half on row 0, the westbound half on row 1, joined at columns 0 and 4.
    private static readonly Lazy<RoutingGraph> DividedRoad = new(() =>
    {
        var osm = new OsmXml();
        for (int c = 0; c <= 4; c++)
        {
            osm.Node(TinyNetwork.Node(0, c), 0, c).Node(TinyNetwork.Node(1, c), 1, c);
        }

        osm.Way("highway=primary oneway=yes name=Boulevard", [.. Enumerable.Range(0, 5).Select(c => TinyNetwork.Node(0, c))]);
        osm.Way("highway=primary oneway=yes name=Boulevard", [.. Enumerable.Range(0, 5).Reverse().Select(c => TinyNetwork.Node(1, c))]);
        osm.Way("highway=primary name=Ouest", TinyNetwork.Node(0, 0), TinyNetwork.Node(1, 0));
        osm.Way("highway=primary name=Est", TinyNetwork.Node(0, 4), TinyNetwork.Node(1, 4));
        return new Router(osm.Load()).GraphFor(TravelProfiles.Car);
    });

    // A block of two-way streets: row 0 (Rue du Bas) and row 1 (Rue du Haut), joined at columns 0 and 4.
    private static readonly Lazy<RoutingGraph> Block = new(() =>
    {
        var osm = new OsmXml();
        for (int c = 0; c <= 4; c++)
        {
            osm.Node(TinyNetwork.Node(0, c), 0, c).Node(TinyNetwork.Node(1, c), 1, c);
        }

        osm.Way("highway=residential name=Rue_du_Bas", [.. Enumerable.Range(0, 5).Select(c => TinyNetwork.Node(0, c))]);
        osm.Way("highway=residential name=Rue_du_Haut", [.. Enumerable.Range(0, 5).Select(c => TinyNetwork.Node(1, c))]);
        osm.Way("highway=residential", TinyNetwork.Node(0, 0), TinyNetwork.Node(1, 0));
        osm.Way("highway=residential", TinyNetwork.Node(0, 4), TinyNetwork.Node(1, 4));
        return new Router(osm.Load()).GraphFor(TravelProfiles.Car);
    });

    public static TheoryData<RouteAlgorithm> Algorithms => new() { RouteAlgorithm.Dijkstra, RouteAlgorithm.ContractionHierarchy, RouteAlgorithm.CustomizableHierarchy };

    private static double Metres(params (double Row, double Column)[] points) =>
        points.Zip(points.Skip(1)).Sum(p => Geodesic.Wgs84.Distance(TinyNetwork.At(p.First.Row, p.First.Column), TinyNetwork.At(p.Second.Row, p.Second.Column)));

    [Fact]
    public void Heading_SnapsToTheCarriagewayRunningThatWay_NotTheNearest()
    {
        GeoPoint between = TinyNetwork.At(0.4, 2);
        SnapResult nearest = DividedRoad.Value.Snap(between, 250, "from", SnapConstraint.None);
        SnapResult west = DividedRoad.Value.Snap(between, 250, "from", SnapConstraint.Heading(270, 30));
        SnapResult east = DividedRoad.Value.Snap(between, 250, "from", SnapConstraint.Heading(85, 20));

        Assert.Equal(TinyNetwork.At(0, 2).Latitude, nearest.Snapped.Latitude, 6);
        Assert.Equal(TinyNetwork.At(1, 2).Latitude, west.Snapped.Latitude, 6);
        Assert.Equal(TinyNetwork.At(0, 2).Latitude, east.Snapped.Latitude, 6);
        Assert.Equal(SnapDirection.Forward, west.Direction);
    }

    [Fact]
    public void HeadingNoRoadRuns_FailsNamingTheHeading()
    {
        var e = Assert.Throws<SnapTooFarException>(() => DividedRoad.Value.Snap(TinyNetwork.At(0.4, 2), 100, "from", SnapConstraint.Heading(180, 20)));
        Assert.Contains("heading of 180° ± 20°", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Heading_PicksTheCarriagewayTheRouteStartsOn(RouteAlgorithm algorithm)
    {
        GeoPoint from = TinyNetwork.At(0.4, 2), to = TinyNetwork.At(0.6, 1);
        Route west = DividedRoad.Value.Route().From(from, SnapConstraint.Heading(270, 45)).To(to).Using(algorithm).Calculate().Route;
        Route east = DividedRoad.Value.Route().From(from, SnapConstraint.Heading(90, 45)).To(to).Using(algorithm).Calculate().Route;

        // West: straight along the westbound half. East: on to the end, over, and back along the westbound half.
        Assert.Equal(Metres((1, 2), (1, 1)), west.LengthMetres, 0.5);
        Assert.Equal(Metres((0, 2), (0, 4), (1, 4), (1, 1)), east.LengthMetres, 0.5);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Curb_NorthOfAnEastWestStreet_LeavesAndArrivesWestbound_RoundTheBlock(RouteAlgorithm algorithm)
    {
        // Right-hand traffic: a point north of the street is on the right of westbound travel.
        GeoPoint from = TinyNetwork.At(0.2, 1), to = TinyNetwork.At(0.2, 3);
        SnapConstraint curb = SnapConstraint.Approaching(Approach.Curb);
        Route free = Block.Value.Route().From(from).To(to).Using(algorithm).Calculate().Route;
        Route kerbside = Block.Value.Route().From(from, curb).To(to, curb).Using(algorithm).Calculate().Route;

        Assert.Equal(Metres((0, 1), (0, 3)), free.LengthMetres, 0.5);
        Assert.Equal(Metres((0, 1), (0, 0), (1, 0), (1, 4), (0, 4), (0, 3)), kerbside.LengthMetres, 0.5);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void CurbSouthOrOppositeNorth_GoesStraightEast(RouteAlgorithm algorithm)
    {
        Route south = Block.Value.Route().From(TinyNetwork.At(-0.2, 1), SnapConstraint.Approaching(Approach.Curb))
            .To(TinyNetwork.At(-0.2, 3), SnapConstraint.Approaching(Approach.Curb)).Using(algorithm).Calculate().Route;
        Route opposite = Block.Value.Route().From(TinyNetwork.At(0.2, 1), SnapConstraint.Approaching(Approach.Opposite))
            .To(TinyNetwork.At(0.2, 3), SnapConstraint.Approaching(Approach.Opposite)).Using(algorithm).Calculate().Route;

        Assert.Equal(Metres((0, 1), (0, 3)), south.LengthMetres, 0.5);
        Assert.Equal(Metres((0, 1), (0, 3)), opposite.LengthMetres, 0.5);
    }

    [Fact]
    public void CurbOnlyAtTheDestination_ArrivesWestbound()
    {
        Route route = Block.Value.Route().From(TinyNetwork.At(0.2, 1)).To(TinyNetwork.At(0.2, 3), SnapConstraint.Approaching(Approach.Curb)).Calculate().Route;

        // East past the destination is no way to arrive westbound without a U-turn: round the block from the start, westwards.
        Assert.Equal(Metres((0, 1), (0, 0), (1, 0), (1, 4), (0, 4), (0, 3)), route.LengthMetres, 0.5);
    }

    [Fact]
    public void LeftHandTrafficCurb_IsRightHandOpposite()
    {
        SnapResult left = Block.Value.Snap(TinyNetwork.At(0.2, 1), 250, "from", SnapConstraint.Approaching(Approach.Curb, leftHandTraffic: true));
        SnapResult right = Block.Value.Snap(TinyNetwork.At(0.2, 1), 250, "from", SnapConstraint.Approaching(Approach.Opposite));

        Assert.Equal(SnapDirection.Forward, left.Direction);
        Assert.Equal(SnapDirection.Forward, right.Direction);
    }

    [Fact]
    public void MatrixCells_HonourConstraints_AsTheRoutesDo()
    {
        GeoPoint from = TinyNetwork.At(0.2, 1), to = TinyNetwork.At(0.2, 3);
        SnapConstraint curb = SnapConstraint.Approaching(Approach.Curb);
        TravelMatrix plain = TravelMatrix.Compute(Block.Value, [from], [to], new MatrixOptions());
        TravelMatrix kerbside = TravelMatrix.Compute(Block.Value, [from], [to], new MatrixOptions { SourceConstraints = [curb], TargetConstraints = [curb] });
        TravelMatrix excluding = TravelMatrix.Compute(Block.Value, [from], [to], new MatrixOptions { SourceConstraints = [curb], TargetConstraints = [curb], Excluded = RoadClassSet.Of([RoadClass.Motorway]) });

        Assert.Equal(Metres((0, 1), (0, 3)), plain[0, 0].LengthMetres, 0.5);
        Assert.Equal(Metres((0, 1), (0, 0), (1, 0), (1, 4), (0, 4), (0, 3)), kerbside[0, 0].LengthMetres, 0.5);
        Assert.Equal(kerbside[0, 0].LengthMetres, excluding[0, 0].LengthMetres, 0.01);
    }

    [Fact]
    public void SnapNearest_GivesOneCandidatePerRoad_NearestFirst()
    {
        IReadOnlyList<SnapResult> three = Block.Value.SnapNearest(TinyNetwork.At(0.3, 1), 3, 250);

        Assert.Equal(3, three.Count);
        Assert.Equal(TinyNetwork.At(0, 1).Latitude, three[0].Snapped.Latitude, 6);
        Assert.Equal(TinyNetwork.At(1, 1).Latitude, three[1].Snapped.Latitude, 6);
        Assert.Equal(TinyNetwork.At(0.3, 0).Longitude, three[2].Snapped.Longitude, 6);
        Assert.True(three[0].DistanceMetres < three[1].DistanceMetres && three[1].DistanceMetres < three[2].DistanceMetres);
        Assert.Equal(4, Block.Value.SnapNearest(TinyNetwork.At(0.3, 1), 10, 1000).Count);
    }
}
