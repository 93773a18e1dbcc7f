using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Tests.Routing.Customizable;

public class AlternativeRouteTests
{
    // Three roads from (2,0) to (2,12): straight along row 2 (1,188 m), and one bowing through row 1 and one through row 3
    // (1,288 m each, stretch 1.08, nothing shared): the best is the straight one and both others are its alternatives.
    // A spur off every block of the bowed roads makes junctions along them: a via node needs one, and the T-test's
    // stretch (a quarter of the best's cost each side) ends at the first junction beyond it, so blocks must be short.
    private static RoutingGraph ThreeRoads(string straightTags = "highway=residential")
    {
        var tiny = new TinyNetwork();
        tiny.Way(straightTags, (2, 0), (2, 6), (2, 12));
        tiny.Way("highway=residential", [(2, 0), .. Enumerable.Range(1, 11).Select(c => (1, c)), (2, 12)]);
        tiny.Way("highway=residential", [(2, 0), .. Enumerable.Range(1, 11).Select(c => (3, c)), (2, 12)]);
        for (int c = 1; c <= 11; c++)
        {
            tiny.Way("highway=service", (1, c), (0, c));
            tiny.Way("highway=service", (3, c), (4, c));
        }

        return tiny.Build().GraphFor(TravelProfiles.Foot);
    }

    [Fact]
    public void ThreeDisjointRoads_GiveTheOtherTwoAsAlternatives_EachAFullRoute()
    {
        RoutingGraph g = ThreeRoads();
        RouteResult result = g.Route().From(TinyNetwork.At(2, 0)).To(TinyNetwork.At(2, 12)).Shortest().Alternatives(5).Calculate();
        Route best = result.Route;
        Assert.Equal(2, result.Alternatives.Count);
        long[] bestWays = WaysOf(g, best);
        Assert.Equal([1L], bestWays);
        Assert.Equal([[2L], [3L]], result.Alternatives.Select(a => WaysOf(g, a)).OrderBy(w => w[0]).ToArray());
        foreach (Route alternative in result.Alternatives)
        {
            Assert.InRange(alternative.LengthMetres / best.LengthMetres, 1.05, 1.12);
            Assert.True(alternative.Geometry.Count >= 5);
            Assert.Single(alternative.Legs);
            Assert.True(alternative.DurationSeconds > best.DurationSeconds);
            Assert.Equal(best.Waypoints, alternative.Waypoints);
        }
    }

    [Fact]
    public void OneAlternativeAskedFor_GivesOne_AndNoneAskedForGivesNone()
    {
        RoutingGraph g = ThreeRoads();
        Assert.Single(g.Route().From(TinyNetwork.At(2, 0)).To(TinyNetwork.At(2, 12)).Alternatives(1).Calculate().Alternatives);
        Assert.Empty(g.Route().From(TinyNetwork.At(2, 0)).To(TinyNetwork.At(2, 12)).Calculate().Alternatives);
    }

    // Excluding the straight road's class leaves the two bowed ones: the best is one, the other its alternative.
    [Fact]
    public void Alternatives_RespectExclusions()
    {
        RoutingGraph g = ThreeRoads("highway=residential bridge=yes");
        RouteResult result = g.Route().From(TinyNetwork.At(2, 0)).To(TinyNetwork.At(2, 12)).Excluding(RoadClass.Bridge).Alternatives(3).Calculate();
        Assert.DoesNotContain(1L, WaysOf(g, result.Route));
        Route alternative = Assert.Single(result.Alternatives);
        Assert.DoesNotContain(1L, WaysOf(g, alternative));
    }

    // A road twice as long as the best is beyond the stretch bound: no alternative.
    [Fact]
    public void TooLongARoad_IsNoAlternative()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (2, 0), (2, 2));
        tiny.Way("highway=residential", (2, 0), (5, 0), (5, 2), (2, 2));
        tiny.Way("highway=service", (5, 1), (6, 1));
        RoutingGraph g = tiny.Build().GraphFor(TravelProfiles.Foot);
        Assert.Empty(g.Route().From(TinyNetwork.At(2, 0)).To(TinyNetwork.At(2, 2)).Alternatives(3).Calculate().Alternatives);
    }

    [Fact]
    public void TooManyAlternatives_AreRefused()
    {
        RoutingGraph g = ThreeRoads();
        Assert.Throws<ArgumentOutOfRangeException>(() => g.Route().Alternatives(AlternativeRoutes.MaxCount + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => g.Route().Alternatives(-1));
    }

    private static long[] WaysOf(RoutingGraph g, Route route) =>
        [.. route.Legs.SelectMany(l => l.Trace!.DirectedEdges).Select(d => g.Network.Ways[g.Network.EdgeWay[RoutingGraph.EdgeOf(d)]].Id).Distinct()];
}
