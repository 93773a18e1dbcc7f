using System.Globalization;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Tests.Routing.Customizable;

public class CustomWeightAreaTests
{
    private static readonly Dictionary<string, string> Residential = new() { ["highway"] = "residential" };
    private static readonly Dictionary<string, string> Primary = new() { ["highway"] = "primary" };

    // A straight road from (0,0) to (0,4) and a detour through row 1 (each one edge).
    private static RoadNetwork StraightAndDetour()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 2), (0, 4));
        tiny.Way("highway=residential", (0, 0), (1, 0), (1, 2), (1, 4), (0, 4));
        return tiny.Build();
    }

    // A square in grid units (rows, columns) as a GeoJSON Polygon.
    private static string Square(double row0, double col0, double row1, double col1)
    {
        GeoPoint a = TinyNetwork.At(row0, col0), b = TinyNetwork.At(row1, col1);
        return string.Create(CultureInfo.InvariantCulture,
            $$"""{"type":"Polygon","coordinates":[[[{{a.Longitude}},{{a.Latitude}}],[{{b.Longitude}},{{a.Latitude}}],[{{b.Longitude}},{{b.Latitude}}],[{{a.Longitude}},{{b.Latitude}}],[{{a.Longitude}},{{a.Latitude}}]]]}""");
    }

    private static int[] WaysOf(RoutingGraph g, Route route) =>
        [.. route.Legs[0].Trace!.DirectedEdges.Select(d => g.Network.EdgeWay[RoutingGraph.EdgeOf(d)]).Distinct()];

    [Fact]
    public void PriorityZeroInAnArea_OverTheStraightRoad_TakesTheDetour_AndAnAreaElsewhereChangesNothing()
    {
        RoutingGraph g = StraightAndDetour().GraphFor(TravelProfiles.Car);
        string rules = """{"priority": [{"if": "in_works", "multiply_by": 0}], "areas": {"works": {"type": "Feature", "properties": {}, "geometry": AREA}}}""";
        CustomWeights overStraight = CustomWeights.FromJson(rules.Replace("AREA", Square(-0.3, 1.5, 0.3, 2.5), StringComparison.Ordinal));
        CustomWeights elsewhere = CustomWeights.FromJson(rules.Replace("AREA", Square(2.5, 1.5, 3.5, 2.5), StringComparison.Ordinal));

        Route plain = g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).Calculate().Route;
        Route avoiding = g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).WithCustomWeights(overStraight).Calculate().Route;
        Route unchanged = g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).WithCustomWeights(elsewhere).Calculate().Route;

        Assert.Equal([0], WaysOf(g, plain));
        Assert.Equal([1], WaysOf(g, avoiding));
        Assert.Equal([0], WaysOf(g, unchanged));
        Assert.Equal(plain.DurationSeconds, unchanged.DurationSeconds, 9);
    }

    // The slower speed inside the area makes the detour cheaper; outside it, the straight road keeps its own speed.
    [Fact]
    public void SpeedFactorInAnArea_AppliesOnlyToEdgesThatEnterIt()
    {
        RoutingGraph g = StraightAndDetour().GraphFor(TravelProfiles.Car);
        string area = Square(-0.3, 1.5, 0.3, 2.5);
        CustomWeights slow = CustomWeights.FromJson($$$"""{"speed": [{"if": "in_zone", "multiply_by": 0.2}], "areas": {"zone": {{{area}}}}}""");
        CustomizedHierarchy customized = g.Customized(RouteMetric.Fastest, RoadClassSet.None, null, slow);

        Assert.Equal(g.DirectedCost(0, RouteMetric.Fastest) / 0.2, customized.DirectedWeights[0], 9);
        Assert.Equal(g.DirectedCost(2, RouteMetric.Fastest), customized.DirectedWeights[2], 9);
        Assert.Equal([1], WaysOf(g, g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).WithCustomWeights(slow).Calculate().Route));
    }

    [Fact]
    public void ElseIf_AppliesOnlyWhereNoEarlierRuleOfTheBlockDid_AndElseWhereNoneDid()
    {
        CustomWeights custom = CustomWeights.FromJson("""
            {"priority": [
              {"if": "highway == primary", "multiply_by": 0.5},
              {"else_if": "in_a", "multiply_by": 0.25},
              {"else": "", "multiply_by": 0.8},
              {"if": "in_a == false", "multiply_by": 0.9}
            ], "areas": {"a": {"type": "Polygon", "coordinates": [[[3, 50], [3.1, 50], [3.1, 50.1], [3, 50]]]}}}
            """);

        Assert.Equal(0.5 * 0.9, custom.Divisor(Primary, RouteMetric.Fastest, inAreas: 0), 12);
        Assert.Equal(0.5, custom.Divisor(Primary, RouteMetric.Fastest, inAreas: 1), 12);
        Assert.Equal(0.25, custom.Divisor(Residential, RouteMetric.Fastest, inAreas: 1), 12);
        Assert.Equal(0.8 * 0.9, custom.Divisor(Residential, RouteMetric.Fastest, inAreas: 0), 12);
    }

    // Blocks are per target: a speed rule between them does not end the priority block, and speed counts only for fastest.
    [Fact]
    public void Blocks_ArePerTarget_AndSpeedRulesCountOnlyForTheFastestMetric()
    {
        CustomWeights custom = CustomWeights.Of(
        [
            new CustomWeightRule(CustomWeightTarget.Priority, "highway == primary", 0.5),
            new CustomWeightRule(CustomWeightTarget.Speed, "highway == residential", 0.7),
            new CustomWeightRule(CustomWeightTarget.Priority, "", 0.6) { Branch = CustomWeightBranch.Else },
            new CustomWeightRule(CustomWeightTarget.Speed, "", 0.3) { Branch = CustomWeightBranch.Else },
        ]);

        Assert.Equal(0.5 * 0.3, custom.Divisor(Primary, RouteMetric.Fastest), 12);
        Assert.Equal(0.7 * 0.6, custom.Divisor(Residential, RouteMetric.Fastest), 12);
        Assert.Equal(0.6, custom.Divisor(Residential, RouteMetric.Shortest), 12);
    }

    [Fact]
    public void CodeAndJson_GiveEqualKeys_AndAnotherAreaGivesAnotherKey()
    {
        string a = Square(0, 0, 1, 1), b = Square(0, 0, 2, 2);
        CustomWeights json = CustomWeights.FromJson($$$"""{"priority": [{"if": "in_x", "multiply_by": 0.5}, {"else": null, "multiply_by": "0.9"}], "areas": {"x": {{{a}}}}}""");
        CustomWeights collection = CustomWeights.FromJson($$$"""
            {"priority": [{"if": "in_x", "multiply_by": 0.5}, {"else": "", "multiply_by": 0.9}],
             "areas": {"type": "FeatureCollection", "features": [{"type": "Feature", "id": "x", "properties": {}, "geometry": {{{a}}}}]}}
            """);
        CustomWeights code = CustomWeights.Of(
            [new CustomWeightRule(CustomWeightTarget.Priority, "in_x", 0.5), new CustomWeightRule(CustomWeightTarget.Priority, "", 0.9) { Branch = CustomWeightBranch.Else }],
            new Dictionary<string, AvoidArea> { ["x"] = AvoidArea.FromGeoJson(a) });
        CustomWeights other = CustomWeights.FromJson($$$"""{"priority": [{"if": "in_x", "multiply_by": 0.5}, {"else": "", "multiply_by": 0.9}], "areas": {"x": {{{b}}}}}""");

        Assert.Equal(json.Key, collection.Key);
        Assert.Equal(json.Key, code.Key);
        Assert.NotEqual(json.Key, other.Key);
        Assert.Equal(["x"], json.Areas.Keys);
    }

    [Theory]
    [InlineData("""{"speed": [{"else": "", "multiply_by": 0.5}]}""", "speed[0]", "must follow an if or else_if")]
    [InlineData("""{"speed": [{"if": "true", "multiply_by": 0.5}, {"else": "", "multiply_by": 0.5}, {"else_if": "highway == primary", "multiply_by": 0.5}]}""", "speed[2]", "must follow an if or else_if")]
    [InlineData("""{"priority": [{"if": "true", "multiply_by": 0.5}, {"else": "highway == primary", "multiply_by": 0.5}]}""", "priority[1]", "an else rule has no condition")]
    [InlineData("""{"priority": [{"if": "true", "else_if": "true", "multiply_by": 0.5}]}""", "priority[0]", "both \"if\" and \"else_if\"")]
    [InlineData("""{"speed": [{"if": "true", "limit_to": 50}]}""", "speed[0]", "'limit_to' is unknown")]
    [InlineData("""{"speed": [{"if": "true", "multiply_by": "fast"}]}""", "speed[0]", "must be a number")]
    [InlineData("""{"priority": [{"if": "in_park", "multiply_by": 0}]}""", "priority[0]", "names area 'park', but no areas were given")]
    [InlineData("""{"priority": [{"if": "in_park", "multiply_by": 0}], "areas": {"port": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}}""", "priority[0]", "the areas given are port")]
    [InlineData("""{"priority": [{"if": "in_port == maybe", "multiply_by": 0}], "areas": {"port": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}}""", "priority[0]", "true or false")]
    [InlineData("""{"priority": [], "areas": {"port": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}}}""", "areas.port", "open ring")]
    [InlineData("""{"priority": [], "areas": {"bow tie": {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}}}""", "areas.bow tie", "self-intersection")]
    [InlineData("""{"priority": [], "areas": {"port": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}}}""", "areas.port", "not an area")]
    [InlineData("""{"priority": [], "areas": {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}]}}""", "areas.features[0]", "string \"id\"")]
    [InlineData("""{"priority": [], "areas": [1]}""", "areas", "must be an object")]
    public void BadRulesAndAreas_ThrowNamingTheRuleOrArea(string json, string rule, string named)
    {
        InvalidCustomWeightsException e = Assert.Throws<InvalidCustomWeightsException>(() => CustomWeights.FromJson(json));

        Assert.Equal(rule, e.Rule);
        Assert.Contains(named, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AreaNameThatIsNotAnIdentifier_IsRejectedFromCodeToo()
    {
        var areas = new Dictionary<string, AvoidArea> { ["old town"] = AvoidArea.FromGeoJson(Square(0, 0, 1, 1)) };
        InvalidCustomWeightsException e = Assert.Throws<InvalidCustomWeightsException>(() => CustomWeights.Of([], areas));
        Assert.Equal("areas.old town", e.Rule);
    }

    // Before: "the nearest road usable by 'car' is 0 m away, beyond the maximum snapping distance", which blamed the point.
    [Fact]
    public void EveryRoadLeftOutByTheWeights_SnapErrorSaysTheRequestLeftThemOut_NotZeroMetresAway()
    {
        RoutingGraph g = StraightAndDetour().GraphFor(TravelProfiles.Car);
        CustomWeights none = CustomWeights.FromJson("""{"priority": [{"if": "highway == residential", "multiply_by": 0}]}""");

        SnapTooFarException e = Assert.Throws<SnapTooFarException>(() => g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).WithCustomWeights(none).Calculate());

        Assert.NotNull(e.NearestLeftOutMetres);
        Assert.True(e.NearestLeftOutMetres < 1);
        Assert.Null(e.NearestMetres);
        Assert.Contains("left out by this request's excluded classes, avoided areas or custom weights", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("beyond the maximum", e.Message, StringComparison.Ordinal);
    }

    // One road left usable 300 m away from the start: the error gives that distance as the nearest usable road.
    [Fact]
    public void RoadsNearLeftOut_SnapErrorGivesTheNearestRoadTheRequestLeavesUsable()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 4));
        tiny.Way("highway=service", (3, 0), (3, 4));
        RoutingGraph g = tiny.Build().GraphFor(TravelProfiles.Car);

        SnapTooFarException e = Assert.Throws<SnapTooFarException>(() =>
            g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(3, 4)).WithCustomWeights(CustomWeights.FromJson("""{"priority": [{"if": "highway == residential", "multiply_by": 0}]}""")).Calculate());

        Assert.Equal("from", e.Role);
        Assert.InRange(e.NearestMetres!.Value, 300, 340);
        Assert.Contains("the nearest road it leaves usable is 3", e.Message, StringComparison.Ordinal);
    }

    // The bridge is the only link: with bridges excluded the answer blames the request, not one-way streets.
    [Fact]
    public void ExclusionCuttingTheOnlyLink_NoRouteBlamesTheRequest_AndAOneWayTrapStillBlamesDirection()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1));
        tiny.Way("highway=residential bridge=yes", (0, 1), (0, 2));
        tiny.Way("highway=residential", (0, 2), (0, 3));
        tiny.Way("highway=residential oneway=yes", (0, 3), (0, 12));
        RoutingGraph g = tiny.Build().GraphFor(TravelProfiles.Car);

        RouteResult cut = g.Route().From(TinyNetwork.At(0, 0.5)).To(TinyNetwork.At(0, 2.5)).Excluding(RoadClass.Bridge).Calculate();
        RouteResult weighedOut = g.Route().From(TinyNetwork.At(0, 0.5)).To(TinyNetwork.At(0, 2.5))
            .WithCustomWeights(CustomWeights.FromJson("""{"priority": [{"if": "bridge == yes", "multiply_by": 0}]}""")).Calculate();
        RouteResult againstOneWay = g.Route().From(TinyNetwork.At(0, 10)).To(TinyNetwork.At(0, 0.5)).Excluding(RoadClass.Tunnel).Calculate();

        Assert.Equal(NoRouteReason.LeftOutByRequest, cut.Failure!.Reason);
        Assert.Equal(NoRouteReason.LeftOutByRequest, weighedOut.Failure!.Reason);
        Assert.Contains("excluded classes, avoided areas or custom weights", cut.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(NoRouteReason.BlockedByDirectionOrRestriction, againstOneWay.Failure!.Reason);
    }
}
