using System.Text.Json;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Tests;

/// <summary>/route's <c>exclude=</c> and <c>alternatives=</c> against the library's route with the same request, on Monaco.</summary>
public sealed class ExcludeAndAlternativesTests(MonacoServer monaco) : IClassFixture<MonacoServer>
{
    [Fact]
    public async Task ExcludeMotorwayAndTunnel_RouteNeverUsesThemAndEqualsTheLibrarysExcludingRoute()
    {
        RoutingGraph graph = monaco.Engine.GraphOf(TravelMode.Driving);
        // The test's own reading of the two classes from the tags, segment by segment of the ways' geometry.
        (HashSet<(GeoPoint, GeoPoint)> excludedOnly, int excludedEdges) = SegmentsOnlyOn(graph.Network,
            tags => tags.GetValueOrDefault("highway") is "motorway" or "motorway_link" || tags.GetValueOrDefault("tunnel") is { } t && t != "no");
        Assert.True(excludedEdges > 20, $"Monaco has only {excludedEdges} motorway or tunnel edges");
        var random = new Random(15);
        int found = 0, plainUsedThem = 0;
        for (int pair = 0; pair < 80; pair++)
        {
            GeoPoint a = RandomPoint(random), b = RandomPoint(random);
            RouteResult library;
            RouteResult plain;
            try
            {
                library = graph.Route().From(a).To(b).Excluding(RoadClass.Motorway, RoadClass.Tunnel).Calculate();
                plain = graph.Route().From(a).To(b).Calculate();
            }
            catch (SnapTooFarException)
            {
                continue;
            }

            (int status, JsonElement body) = await monaco.GetAsync($"/route/v1/driving/{LibraryAgreementTests.Coordinates(a, b)}?exclude=motorway,tunnel&overview=full&geometries=geojson");
            if (!library.IsFound)
            {
                Assert.Equal(400, status);
                Assert.Equal("NoRoute", body.GetProperty("code").GetString());
                continue;
            }

            found++;
            plainUsedThem += plain.IsFound && Segments(plain.Route.Geometry).Any(excludedOnly.Contains) ? 1 : 0;
            Assert.Equal(200, status);
            Route route = library.Route;
            Assert.DoesNotContain(Segments(route.Geometry), excludedOnly.Contains);
            JsonElement served = body.GetProperty("routes")[0];
            Assert.Equal(route.LengthMetres, served.GetProperty("distance").GetDouble(), 0.051);
            Assert.Equal(route.DurationSeconds, served.GetProperty("duration").GetDouble(), 0.051);
            AssertGeometry(route.Geometry, served);
        }

        Assert.True(found >= 30, $"only {found} of 80 pairs had a route without motorways and tunnels");
        Assert.True(plainUsedThem >= 5, $"only {plainUsedThem} of {found} unrestricted routes used a motorway or tunnel, too few to show the exclusion");
    }

    [Fact]
    public async Task ExcludeFerry_OnMonacoWithoutFerries_AnswersTheUnrestrictedRoute()
    {
        var random = new Random(3);
        RoutingGraph graph = monaco.Engine.GraphOf(TravelMode.Cycling);
        GeoPoint a = RandomRoadPoint(random, graph), b = RandomRoadPoint(random, graph);
        RouteResult library = graph.Route().From(a).To(b).Excluding(RoadClass.Ferry).Calculate();

        (int status, JsonElement body) = await monaco.GetAsync($"/route/v1/cycling/{LibraryAgreementTests.Coordinates(a, b)}?exclude=ferry");

        Assert.Equal(200, status);
        Assert.Equal(library.Route.LengthMetres, body.GetProperty("routes")[0].GetProperty("distance").GetDouble(), 0.051);
    }

    [Theory]
    [InlineData("exclude=motorway,highways", "InvalidValue", "'highways'")]
    [InlineData("exclude=Toll,unpaved,nonsense", "InvalidValue", "'nonsense'")]
    [InlineData("alternatives=11", "TooBig", "11")]
    [InlineData("alternatives=-1", "InvalidValue", "'-1'")]
    [InlineData("alternatives=maybe", "InvalidValue", "'maybe'")]
    public async Task BadExcludeOrAlternatives_Is400NamingTheValue(string query, string code, string named)
    {
        (int status, JsonElement body) = await monaco.GetAsync($"/route/v1/driving/7.4197,43.7311;7.4246,43.7384?{query}");

        Assert.Equal(400, status);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Contains(named, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("walking", TravelMode.Walking)]
    [InlineData("driving", TravelMode.Driving)]
    public async Task Alternatives_AreTheLibrarysEachWithStepsAndEachDiffersFromTheFirst(string profile, TravelMode mode)
    {
        RoutingGraph graph = monaco.Engine.GraphOf(mode);
        var random = new Random(21);
        int withAlternatives = 0, pairs = 0;
        for (int pair = 0; pair < 30; pair++)
        {
            GeoPoint a = RandomRoadPoint(random, graph), b = RandomRoadPoint(random, graph);
            RouteResult library = graph.Route().From(a).To(b).Alternatives(3).Calculate();
            if (!library.IsFound)
            {
                continue;
            }

            pairs++;
            (int status, JsonElement body) = await monaco.GetAsync($"/route/v1/{profile}/{LibraryAgreementTests.Coordinates(a, b)}?alternatives=3&steps=true&overview=full&geometries=geojson");

            Assert.Equal(200, status);
            JsonElement routes = body.GetProperty("routes");
            Assert.Equal(1 + library.Alternatives.Count, routes.GetArrayLength());
            withAlternatives += library.Alternatives.Count > 0 ? 1 : 0;
            Route[] all = [library.Route, .. library.Alternatives];
            for (int r = 0; r < all.Length; r++)
            {
                JsonElement served = routes[r];
                Assert.Equal(all[r].LengthMetres, served.GetProperty("distance").GetDouble(), 0.051);
                Assert.Equal(all[r].DurationSeconds, served.GetProperty("duration").GetDouble(), 0.051);
                AssertGeometry(all[r].Geometry, served);
                JsonElement leg = served.GetProperty("legs")[0];
                Assert.True(leg.GetProperty("steps").GetArrayLength() >= 2, $"pair {pair} route {r} has no steps");
                Assert.Equal("arrive", leg.GetProperty("steps")[leg.GetProperty("steps").GetArrayLength() - 1].GetProperty("maneuver").GetProperty("type").GetString());
                if (r > 0)
                {
                    Assert.False(Segments(all[r].Geometry).SequenceEqual(Segments(all[0].Geometry)), $"pair {pair}: alternative {r} is the best route again");
                    Assert.True(served.GetProperty("duration").GetDouble() >= routes[0].GetProperty("duration").GetDouble() - 0.051);
                }
            }
        }

        Assert.True(pairs >= 20, $"only {pairs} of 30 pairs had a {profile} route");
        Assert.True(withAlternatives >= 3, $"only {withAlternatives} of {pairs} {profile} pairs got an alternative");
    }

    [Fact]
    public async Task AlternativesTrue_AsksForOneAsOsrmDoes()
    {
        RoutingGraph graph = monaco.Engine.GraphOf(TravelMode.Walking);
        var random = new Random(21);
        for (int pair = 0; pair < 30; pair++)
        {
            GeoPoint a = RandomRoadPoint(random, graph), b = RandomRoadPoint(random, graph);
            RouteResult library = graph.Route().From(a).To(b).Alternatives(3).Calculate();
            if (library.IsFound && library.Alternatives.Count >= 2)
            {
                (int status, JsonElement body) = await monaco.GetAsync($"/route/v1/walking/{LibraryAgreementTests.Coordinates(a, b)}?alternatives=true");
                Assert.Equal(200, status);
                Assert.Equal(2, body.GetProperty("routes").GetArrayLength());
                (_, JsonElement none) = await monaco.GetAsync($"/route/v1/walking/{LibraryAgreementTests.Coordinates(a, b)}?alternatives=false");
                Assert.Equal(1, none.GetProperty("routes").GetArrayLength());
                return;
            }
        }

        Assert.Fail("no Monaco walking pair of 30 had two alternatives");
    }

    private static void AssertGeometry(IReadOnlyList<GeoPoint> expected, JsonElement served)
    {
        JsonElement coordinates = served.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(expected.Count, coordinates.GetArrayLength());
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Longitude, coordinates[i][0].GetDouble(), 0.00000051);
            Assert.Equal(expected[i].Latitude, coordinates[i][1].GetDouble(), 0.00000051);
        }
    }

    // Segments (either direction) that lie on an edge whose tags match and on no other edge.
    private static (HashSet<(GeoPoint, GeoPoint)> Segments, int Edges) SegmentsOnlyOn(RoadNetwork network, Func<IReadOnlyDictionary<string, string>, bool> matches)
    {
        var on = new HashSet<(GeoPoint, GeoPoint)>();
        var off = new HashSet<(GeoPoint, GeoPoint)>();
        int edges = 0;
        for (int e = 0; e < network.EdgeCount; e++)
        {
            bool match = matches(network.EdgeTags(e));
            edges += match ? 1 : 0;
            foreach ((GeoPoint, GeoPoint) segment in Segments(network.GetEdgeGeometry(e)))
            {
                (match ? on : off).Add(segment);
                (match ? on : off).Add((segment.Item2, segment.Item1));
            }
        }

        on.ExceptWith(off);
        return (on, edges);
    }

    private static IEnumerable<(GeoPoint, GeoPoint)> Segments(IReadOnlyList<GeoPoint> line) =>
        Enumerable.Range(0, Math.Max(0, line.Count - 1)).Select(i => (line[i], line[i + 1]));

    private static GeoPoint RandomPoint(Random random) => new(Math.Round(43.725 + (random.NextDouble() * 0.025), 6), Math.Round(7.410 + (random.NextDouble() * 0.028), 6));

    private static GeoPoint RandomRoadPoint(Random random, RoutingGraph graph)
    {
        while (true)
        {
            try
            {
                GeoPoint snapped = graph.Snap(RandomPoint(random), 50).Snapped;
                return new GeoPoint(Math.Round(snapped.Latitude, 6), Math.Round(snapped.Longitude, 6));
            }
            catch (SnapTooFarException)
            {
            }
        }
    }
}
