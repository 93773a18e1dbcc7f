using System.Globalization;
using Routes.Geo.Routing;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Elevation;

/// <summary>
/// 1,000 random pairs per extract with the wheelchair profile on the networks with heights: no route uses steps, a way
/// tagged inaccessible or rough, a raised kerb or a stile, or a stretch steeper than 6% on the DEM; checked by this
/// test's own reading of the tags and heights, not by the profile.
/// </summary>
public class WheelchairOnExtractsTests(ITestOutputHelper output)
{
    private const int Pairs = 1000;

    private static readonly HashSet<string> Rough = new(StringComparer.OrdinalIgnoreCase)
    {
        "unpaved", "gravel", "dirt", "earth", "ground", "grass", "sand", "mud", "cobblestone", "unhewn_cobblestone", "pebblestone", "rock",
    };

    [Theory]
    [InlineData("monaco", false, 500)]
    [InlineData("andorra", false, 200)]
    [InlineData("monaco", true, 5)]
    [InlineData("andorra", true, 5)]
    public void RandomRoutes_NeverUseStepsInaccessibleWaysOrSteepStretches(string extract, bool withHeights, int minimumRoutes)
    {
        // With heights most pairs have no route: these extracts are steep (a sixth to a tenth of their wheelchair ways stay under 6%).
        RoadNetwork network = withHeights ? HillyExtracts.Osm(extract) : Routing.ExtractNetworks.Osm(extract);
        RoutingGraph wheelchair = network.GraphFor(TravelProfiles.Wheelchair);
        var random = new Random(6_2026);
        int found = 0, tooFar = 0, edges = 0;
        var reasons = new Dictionary<NoRouteReason, int>();
        double steepest = 0;
        for (int i = 0; i < Pairs; i++)
        {
            GeoPoint a = HillyExtracts.NearRoad(network, random), b = HillyExtracts.NearRoad(network, random);
            RouteResult result;
            try
            {
                result = wheelchair.Route().From(a).To(b).Calculate();
            }
            catch (SnapTooFarException)
            {
                tooFar++;
                continue;
            }

            if (!result.IsFound)
            {
                reasons[result.Failure!.Reason] = reasons.GetValueOrDefault(result.Failure.Reason) + 1;
                continue;
            }

            found++;
            foreach (RouteLeg leg in result.Route.Legs)
            {
                int[] path = leg.Trace!.DirectedEdges;
                for (int k = 0; k < path.Length; k++)
                {
                    int edge = RoutingGraph.EdgeOf(path[k]);
                    edges++;
                    IReadOnlyDictionary<string, string> tags = network.EdgeTags(edge);
                    string? wheel = tags.GetValueOrDefault("wheelchair");
                    bool declared = wheel is "yes" or "designated";
                    Assert.False(tags.GetValueOrDefault("highway") == "steps" && !declared && tags.GetValueOrDefault("ramp:wheelchair") != "yes", $"way {network.EdgeWayId(edge)}: steps");
                    Assert.False(wheel is "no" or "limited", $"way {network.EdgeWayId(edge)}: wheelchair={wheel}");
                    string? surface = tags.GetValueOrDefault("surface");
                    Assert.False(!declared && surface is not null && Rough.Contains(surface), $"way {network.EdgeWayId(edge)}: surface={surface}");
                    Assert.False(!declared && tags.GetValueOrDefault("smoothness") is "bad" or "very_bad" or "horrible" or "very_horrible" or "impassable", $"way {network.EdgeWayId(edge)}: smoothness");
                    if (k > 0)
                    {
                        int vertex = wheelchair.Tail(path[k]);
                        if (network.VertexTags.TryGetValue(vertex, out IReadOnlyDictionary<string, string>? node) && node.GetValueOrDefault("wheelchair") is not "yes")
                        {
                            Assert.False(node.GetValueOrDefault("kerb") == "raised", $"vertex {vertex}: kerb=raised");
                            Assert.False(node.GetValueOrDefault("barrier") is "stile" or "turnstile" or "kissing_gate" or "full-height_turnstile", $"vertex {vertex}: barrier");
                        }
                    }

                    steepest = Math.Max(steepest, SustainedGrade(network, edge));
                }
            }
        }

        string why = string.Join(", ", reasons.Select(r => $"{r.Value} {r.Key}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{extract} wheelchair{(withHeights ? " with heights" : "")}: {Pairs} pairs, {tooFar} snap too far, {found} routes over {edges} edges, none on steps, inaccessible or rough ways; steepest 50 m stretch used {steepest:P1}; no route: {why}"));
        Assert.True(found >= minimumRoutes, $"{found} routes");
        Assert.True(steepest <= Profiles.AccessibleFootProfile.MaxGrade + 1e-3, $"a stretch of {steepest:P1}");
    }

    // This test's own reading of the heights: the steepest mean grade over 50 m windows stepped every 5 m (the whole edge when shorter).
    private static double SustainedGrade(RoadNetwork network, int edge)
    {
        double length = network.EdgeLengthMetres(edge), steepest = 0;
        double window = Math.Min(50, length);
        if (window <= 0)
        {
            return 0;
        }

        for (double at = 0; at + window <= length + 1e-6; at += 5)
        {
            if (network.EdgeElevationMetres(edge, at) is { } h0 && network.EdgeElevationMetres(edge, Math.Min(length, at + window)) is { } h1)
            {
                steepest = Math.Max(steepest, Math.Abs(h1 - h0) / window);
            }
        }

        return steepest;
    }
}
