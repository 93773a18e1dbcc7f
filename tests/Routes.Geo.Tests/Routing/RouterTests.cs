using Routes.Geo.Profiles;
using Routes.Geo.Routing;

namespace Routes.Geo.Tests.Routing;

/// <summary>The router owns one graph per profile name; a second profile of that name must decide the same.</summary>
public sealed class RouterTests
{
    [Fact]
    public void GraphFor_TheSameProfileTwice_IsTheSameGraph()
    {
        var router = new Router(Street());

        Assert.Same(router.GraphFor(TravelProfiles.Foot), router.GraphFor(TravelProfiles.Foot));
    }

    [Fact]
    public void GraphFor_AnotherProfileObjectWithTheSameNameAndDecisions_IsTheKeptGraph()
    {
        var router = new Router(Street());
        RoutingGraph kept = router.GraphFor(TravelProfiles.Foot);

        Assert.Same(kept, router.GraphFor(new FootProfile()));
    }

    [Fact]
    public void GraphFor_AProfileOfTheSameNameThatDecidesDifferently_IsRefusedNamingIt()
    {
        var router = new Router(Street());
        router.GraphFor(TravelProfiles.Foot);

        var error = Assert.Throws<ArgumentException>(() => router.GraphFor(new SlowFoot()));
        Assert.Contains("'foot'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphFor_ManyThreadsAtOnce_BuildOneGraph()
    {
        var router = new Router(Street());

        RoutingGraph[] graphs = [.. Enumerable.Range(0, 16).AsParallel().Select(_ => router.GraphFor(TravelProfiles.Car))];

        Assert.All(graphs, g => Assert.Same(graphs[0], g));
    }

    [Fact]
    public void RouterOnALoadedGraph_KeepsThatGraphForItsProfile()
    {
        RoutingGraph graph = new Router(Street()).GraphFor(TravelProfiles.Car);

        Assert.Same(graph, new Router(graph).GraphFor(TravelProfiles.Car));
    }

    private static RoadNetwork Street()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2));
        return tiny.Build();
    }

    // Walks at half the speed: same name, other decisions.
    private sealed class SlowFoot : FootProfile
    {
        public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags)
        {
            EdgeAccess access = base.Evaluate(wayTags);
            return access with { SpeedKmh = access.SpeedKmh / 2 };
        }
    }
}
