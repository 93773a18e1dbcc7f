using NetTopologySuite.Geometries;
using Routes.Geo.Isochrones;
using Routes.Geo.Routing;

namespace Routes.Geo.Tests.Isochrones;

public class IsochroneTests
{
    // A 3 × 3 grid of residential streets (about 111 m between rows, 99 m between columns); on foot at 5 km/h.
    private static RoadNetwork Grid()
    {
        var tiny = new TinyNetwork();
        for (int r = 0; r < 3; r++)
        {
            tiny.Way("highway=residential", (r, 0), (r, 1), (r, 2));
            tiny.Way("highway=residential", (0, r), (1, r), (2, r));
        }

        return tiny.Build();
    }

    private static Point At(double row, double column)
    {
        GeoPoint p = TinyNetwork.At(row, column);
        return new Point(p.Longitude, p.Latitude);
    }

    [Fact]
    public void ReachSearch_ReachesWholeEdgesWithinTheBudget_AndCutsTheBoundaryEdgesWhereTimeRunsOut()
    {
        RoutingGraph graph = Grid().GraphFor(TravelProfiles.Foot);
        SnapResult origin = graph.Snap(TinyNetwork.At(0, 0));
        double east = graph.DirectedDurationSeconds[2 * graph.Snap(TinyNetwork.At(0, 0.5)).Edge];
        double north = graph.DirectedDurationSeconds[2 * graph.Snap(TinyNetwork.At(0.5, 0)).Edge];
        double budget = 1.5 * Math.Max(east, north);

        List<ReachSearch.Piece> pieces = ReachSearch.Run(graph, origin, budget, RouteMetric.Fastest);

        // Two whole edges out of the corner; beyond each, two edges cut where the remaining time runs out.
        Assert.Equal(2, pieces.Count(p => p.From == 0 && p.To == 1));
        double[] cut = [.. pieces.Where(p => p.To - p.From is > 0 and < 1).Select(p => (p.To - p.From) * graph.DirectedDurationSeconds[2 * p.Edge]).Order()];
        double[] expected = [.. new[] { budget - east, budget - east, budget - north, budget - north }.Order()];
        Assert.Equal(expected.Length, cut.Length);
        Assert.All(cut.Zip(expected), pair => Assert.Equal(pair.Second, pair.First, 6));
    }

    [Fact]
    public void Isochrone_ContainsWhatIsReachableInTime_AndNothingBeyond()
    {
        RoutingGraph graph = Grid().GraphFor(TravelProfiles.Foot);
        double secondsPerColumn = graph.DirectedDurationSeconds[2 * graph.Snap(TinyNetwork.At(0, 0.5)).Edge];

        // 1.5 columns of time: (0,1) and 40-50% of the way to (0,2) and (1,1) are reachable; (1,1) and (0,2) are not.
        var bands = Isochrone.Compute(graph, TinyNetwork.At(0, 0), TimeSpan.FromSeconds(1.5 * secondsPerColumn), Thin).Bands;
        Geometry area = Assert.Single(bands).Area;

        Assert.Equal(4326, area.SRID);
        Assert.True(area.IsValid);
        Assert.True(area.Covers(At(0, 1)));
        Assert.True(area.Covers(At(0, 1.4)));
        Assert.True(area.Covers(At(0.4, 1)));
        Assert.False(area.Covers(At(0, 1.7)));
        Assert.False(area.Covers(At(1, 1)));
        Assert.False(area.Covers(At(0, 2)));
        Assert.False(area.Covers(At(0.5, 0.5)), "with no gap filled, the block between reached streets is not reached");
    }

    [Fact]
    public void DefaultShape_FillsTheCityBlocksBetweenReachedStreets_ButNotAKilometreWideGap()
    {
        // The 3 x 3 grid of 100 m blocks, and a separate 1.1 km square of streets around an empty middle.
        var tiny = new TinyNetwork();
        for (int r = 0; r < 3; r++)
        {
            tiny.Way("highway=residential", (r, 0), (r, 1), (r, 2));
            tiny.Way("highway=residential", (0, r), (1, r), (2, r));
        }

        tiny.Way("highway=residential", (2, 2), (12, 2), (12, 13), (2, 13), (2, 2));
        RoutingGraph graph = tiny.Build().GraphFor(TravelProfiles.Foot);
        IsochroneResult result = Isochrone.Compute(graph, TinyNetwork.At(0, 0), TimeSpan.FromHours(2));
        Geometry area = result.Bands[0].Area;

        Assert.True(area.IsValid);
        Assert.True(area.Covers(At(0.5, 0.5)) && area.Covers(At(1.5, 1.5)), "blocks of 100 m are filled");
        Assert.False(area.Covers(At(7, 7.5)), "the middle of the 1.1 km square has no road within the gap: it stays a hole");
        Assert.Equal(1, ((Polygon)area).NumInteriorRings);
    }

    [Fact]
    public void Isochrone_OfAStraightStreet_IsOneBandTwiceTheBufferWide()
    {
        // A single straight street: 12 m bands around it form one stadium of length × 24 m plus two half discs.
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2), (0, 3));
        RoutingGraph graph = tiny.Build().GraphFor(TravelProfiles.Foot);
        IsochroneResult result = Isochrone.Compute(graph, TinyNetwork.At(0, 0), TimeSpan.FromHours(1), Thin);
        double length = graph.Network.TotalLengthMetres;
        IsochroneBand band = Assert.Single(result.Bands);
        Assert.IsType<Polygon>(band.Area);
        double expected = (length * 24) + (Math.PI * 12 * 12);
        Assert.InRange(band.AreaSquareMetres, expected * 0.97, expected * 1.03);
    }

    [Fact]
    public void SeveralBands_AreSortedAndNested_FromOneSearch()
    {
        RoutingGraph graph = Grid().GraphFor(TravelProfiles.Foot);
        double column = graph.DirectedDurationSeconds[2 * graph.Snap(TinyNetwork.At(0, 0.5)).Edge];
        TimeSpan[] asked = [TimeSpan.FromSeconds(3 * column), TimeSpan.FromSeconds(column), TimeSpan.FromSeconds(2 * column), TimeSpan.FromSeconds(column)];
        IsochroneResult result = Isochrone.Compute(graph, TinyNetwork.At(0, 0), asked);

        Assert.Equal([TimeSpan.FromSeconds(column), TimeSpan.FromSeconds(2 * column), TimeSpan.FromSeconds(3 * column)], result.Bands.Select(b => b.Within));
        for (int b = 1; b < result.Bands.Count; b++)
        {
            Assert.True(result.Bands[b].AreaSquareMetres > result.Bands[b - 1].AreaSquareMetres);
            Assert.True(result.Bands[b].ReachedPieces >= result.Bands[b - 1].ReachedPieces);
            Assert.True(result.Bands[b].Area.Buffer(1e-6).Covers(result.Bands[b - 1].Area), "a longer time's area holds the shorter's");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void HierarchySweep_EntersEveryRoadPieceAtTheSameCost_AsTheBoundedDijkstra(bool restricted)
    {
        // A car with turn costs is contracted on its turn graph, restricted or not; a barrier either way.
        var random = new Random(restricted ? 17 : 44);
        var tiny = new TinyNetwork();
        var ways = tiny.RandomGrid(random, 7);
        for (int i = 0; restricted && i < 8; i++)
        {
            var from = ways[random.Next(ways.Count)];
            var to = ways.Where(w => w.Id != from.Id && (w.A == from.B || w.B == from.B)).ToList();
            if (to.Count > 0)
            {
                tiny.Restriction(from.Id, from.B, to[random.Next(to.Count)].Id, random.NextDouble() < 0.7 ? "restriction=no_left_turn" : "restriction=only_straight_on");
            }
        }

        tiny.NodeTags(3, 3, "barrier=bollard");
        RoutingGraph graph = tiny.Build().GraphFor(TravelProfiles.Car);
        var hierarchy = graph.Prepare(RouteMetric.Fastest);
        Assert.Equal((restricted && graph.BindingRestrictionCount > 0) || TravelProfiles.Car.HasTurnCosts ? Routes.Geo.Routing.Contraction.HierarchyKind.Turns : Routes.Geo.Routing.Contraction.HierarchyKind.Junctions, hierarchy.Kind);
        int compared = 0;
        for (int k = 0; k < 30; k++)
        {
            SnapResult origin = graph.Snap(TinyNetwork.At(random.NextDouble() * 6, random.NextDouble() * 6), 1e6);
            double budget = 10 + (random.NextDouble() * 60);
            var plain = Reach(OneToAll.Dijkstra(graph, origin, budget, RouteMetric.Fastest), budget);
            var swept = Reach(OneToAll.Phast(hierarchy, origin, budget), budget);
            Assert.Equal(plain.Keys.Order(), swept.Keys.Order());
            foreach ((int edge, (double From, double To) span) in plain)
            {
                Assert.Equal(span.From, swept[edge].From, 9);
                Assert.Equal(span.To, swept[edge].To, 9);
                compared++;
            }
        }

        Assert.True(compared > 100);
    }

    [Fact]
    public void BadArguments_AreRejected()
    {
        RoutingGraph graph = Grid().GraphFor(TravelProfiles.Foot);
        GeoPoint corner = TinyNetwork.At(0, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => Isochrone.Compute(graph, corner, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Isochrone.Compute(graph, corner, TimeSpan.FromDays(2)));
        Assert.Throws<ArgumentException>(() => Isochrone.Compute(graph, corner, Array.Empty<TimeSpan>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => Isochrone.Compute(graph, corner, TimeSpan.FromMinutes(1), new IsochroneOptions { Shape = new IsochroneShape(10, 0, 5) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Isochrone.Compute(graph, corner, TimeSpan.FromMinutes(1), new IsochroneOptions { Shape = new IsochroneShape(10, -1, 2) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Isochrone.Compute(graph, corner, TimeSpan.FromMinutes(1), new IsochroneOptions { Shape = new IsochroneShape(10, 0, double.NaN) }));
        Assert.Throws<SnapTooFarException>(() => Isochrone.Compute(graph, new GeoPoint(51.5, 3.0), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void GeoJson_HasOneFeaturePerBand_WidestFirst_WithDurationAreaAndMode()
    {
        RoutingGraph graph = Grid().GraphFor(TravelProfiles.Foot);
        IsochroneResult result = Isochrone.Compute(graph, TinyNetwork.At(0, 0), [TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120)]);
        using var json = System.Text.Json.JsonDocument.Parse(IsochroneGeoJson.ToGeoJson(result));
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        Assert.Equal([120.0, 60.0], features.Select(f => f.GetProperty("properties").GetProperty("duration_s").GetDouble()));
        Assert.Equal(Math.Round(result.Bands[1].AreaSquareMetres), features[0].GetProperty("properties").GetProperty("area_m2").GetDouble());
        Assert.All(features, f => Assert.Equal("foot", f.GetProperty("properties").GetProperty("mode").GetString()));
        Assert.All(features, f => Assert.Equal("Polygon", f.GetProperty("geometry").GetProperty("type").GetString()));
    }

    // A 12 m band on 3 m cells, no gap filled: the reach itself.
    private static readonly IsochroneOptions Thin = new() { Shape = new IsochroneShape(12, 0, 3) };

    // Per undirected edge, the hull of its reached pieces (both directions together).
    private static Dictionary<int, (double From, double To)> Reach(ReachedNetwork reached, double budget)
    {
        var spans = new Dictionary<int, (double From, double To)>();
        foreach (ReachSearch.Piece piece in reached.Pieces(budget).Where(p => p.To > p.From))
        {
            spans[piece.Edge] = spans.TryGetValue(piece.Edge, out var s) ? (Math.Min(s.From, piece.From), Math.Max(s.To, piece.To)) : (piece.From, piece.To);
        }

        return spans;
    }
}
