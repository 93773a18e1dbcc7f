using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Tests.Routing.Customizable;

public class ExclusionTests
{
    // A motorway straight from (0,0) to (0,4) and a residential detour through row 1.
    private static RoadNetwork MotorwayAndDetour(string motorwayTags = "highway=motorway oneway=no")
    {
        var tiny = new TinyNetwork();
        tiny.Way(motorwayTags, (0, 0), (0, 2), (0, 4));
        tiny.Way("highway=residential", (0, 0), (1, 0), (1, 2), (1, 4), (0, 4));
        return tiny.Build();
    }

    [Fact]
    public void ExcludingMotorway_TakesTheDetour_AndTheSameQueryWithoutItTakesTheMotorway()
    {
        RoutingGraph g = MotorwayAndDetour().GraphFor(TravelProfiles.Car);
        Route plain = g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).Calculate().Route;
        Route avoiding = g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).Excluding(RoadClass.Motorway).Calculate().Route;

        Assert.Equal(["1"], WaysOf(g, plain));
        Assert.Equal(["2"], WaysOf(g, avoiding));
        Assert.True(avoiding.LengthMetres > plain.LengthMetres * 1.3);
    }

    // A point beside the motorway snaps onto the residential road when motorways are excluded, never onto the motorway.
    [Fact]
    public void ExcludedRoad_IsNeverSnappedTo()
    {
        RoutingGraph g = MotorwayAndDetour().GraphFor(TravelProfiles.Car);
        Route route = g.Route().From(TinyNetwork.At(0.1, 1)).To(TinyNetwork.At(0.1, 3)).Excluding(RoadClass.Motorway).Calculate().Route;
        Assert.Equal(["2"], WaysOf(g, route));
        Assert.All(route.Waypoints, w => Assert.Equal(1, g.Network.EdgeWay[w.Edge]));
    }

    [Fact]
    public void ExcludingTheOnlyRoad_GivesNoRoute()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1));
        tiny.Way("highway=residential bridge=yes", (0, 1), (0, 2));
        tiny.Way("highway=residential", (0, 2), (0, 3));
        RoutingGraph g = tiny.Build().GraphFor(TravelProfiles.Foot);
        RouteResult result = g.Route().From(TinyNetwork.At(0, 0.5)).To(TinyNetwork.At(0, 2.5)).Excluding(RoadClass.Bridge).Calculate();
        Assert.False(result.IsFound);
        Assert.True(g.Route().From(TinyNetwork.At(0, 0.5)).To(TinyNetwork.At(0, 2.5)).Excluding(RoadClass.Tunnel).Calculate().IsFound);
    }

    [Theory]
    [InlineData("motorway", "highway=motorway", true)]
    [InlineData("motorway", "highway=motorway_link", true)]
    [InlineData("motorway", "highway=trunk", false)]
    [InlineData("toll", "highway=primary toll=yes", true)]
    [InlineData("toll", "highway=primary toll=no", false)]
    [InlineData("ferry", "route=ferry", true)]
    [InlineData("unpaved", "highway=residential surface=gravel", true)]
    [InlineData("unpaved", "highway=residential surface=asphalt", false)]
    [InlineData("unpaved", "highway=track", true)]
    [InlineData("unpaved", "highway=track tracktype=grade1", false)]
    [InlineData("unpaved", "highway=track surface=concrete", false)]
    [InlineData("unpaved", "highway=path", false)]
    [InlineData("steps", "highway=steps", true)]
    [InlineData("tunnel", "highway=primary tunnel=yes", true)]
    [InlineData("tunnel", "highway=footway tunnel=building_passage", true)]
    [InlineData("tunnel", "highway=primary tunnel=no", false)]
    [InlineData("bridge", "highway=primary bridge=viaduct", true)]
    [InlineData("bridge", "highway=primary bridge=no", false)]
    public void TagRule_PutsTheWayInTheClass_OrNot(string name, string tags, bool member)
    {
        RoadClassSet set = RoadClassSet.Parse(name);
        Assert.Equal(member, set.Matches(TinyNetwork.Tags(tags)));
    }

    [Fact]
    public void UnknownClassName_IsATypedErrorNamingIt()
    {
        UnknownRoadClassException error = Assert.Throws<UnknownRoadClassException>(() => RoadClassSet.Parse("motorway, highways"));
        Assert.Equal("highways", error.Name);
        Assert.Contains("'highways'", error.Message);
        Assert.Contains("motorway, toll, ferry, unpaved, steps, tunnel, bridge", error.Message);
        Assert.IsAssignableFrom<RoutesGeoException>(error);
    }

    [Fact]
    public void UndefinedEnumValue_IsATypedError()
    {
        RoutingGraph g = MotorwayAndDetour().GraphFor(TravelProfiles.Car);
        Assert.Throws<UnknownRoadClassException>(() => g.Route().Excluding((RoadClass)42));
    }

    [Fact]
    public void ClassSet_ParsesCaseAndSpacesAndPrintsItsNames()
    {
        RoadClassSet set = RoadClassSet.Parse(" Toll ,MOTORWAY,toll");
        Assert.Equal(RoadClassSet.Of([RoadClass.Motorway, RoadClass.Toll]), set);
        Assert.Equal("motorway,toll", set.ToString());
        Assert.True(RoadClassSet.Parse("").IsEmpty);
    }

    // Every exclusion set is customized once; beyond the cache's capacity the least recently used is dropped.
    [Fact]
    public void CustomizationCache_IsBounded_AndReusesAnEntry()
    {
        RoutingGraph g = MotorwayAndDetour().GraphFor(TravelProfiles.Car);
        CustomizedHierarchy first = g.Customized(RouteMetric.Fastest, RoadClassSet.Of([RoadClass.Motorway]));
        Assert.Same(first, g.Customized(RouteMetric.Fastest, RoadClassSet.Of([RoadClass.Motorway])));
        RoadClass[] all = Enum.GetValues<RoadClass>();
        for (int mask = 1; mask < 1 << all.Length; mask++)
        {
            g.Customized(RouteMetric.Shortest, RoadClassSet.Of(all.Where((_, i) => (mask & (1 << i)) != 0)));
        }

        Assert.NotSame(first, g.Customized(RouteMetric.Fastest, RoadClassSet.Of([RoadClass.Motorway])));
        Assert.Same(g.PrepareCustomizable(), first.Hierarchy);
    }

    private static string[] WaysOf(RoutingGraph g, Route route) =>
        [.. route.Legs.SelectMany(l => l.Trace!.DirectedEdges).Select(d => g.Network.Ways[g.Network.EdgeWay[RoutingGraph.EdgeOf(d)]].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct()];
}
