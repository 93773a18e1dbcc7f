using System.Globalization;
using Routes.Geo.Routing;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Elevation;

/// <summary>
/// 1,000 random pairs per extract and profile, routed flat and with the real SRTM3 heights: the change in duration
/// has the sign and size the grade model predicts, and every route's ascent minus descent is its ends' height difference.
/// </summary>
public class HillRoutingOnExtractsTests(ITestOutputHelper output)
{
    private const int Pairs = 1000;

    [Theory]
    [InlineData("monaco", "foot")]
    [InlineData("monaco", "bicycle")]
    [InlineData("andorra", "foot")]
    [InlineData("andorra", "bicycle")]
    public void DurationsChangeAsTheGradeModelPredicts_AndClimbBalancesTheEnds(string extract, string profileName)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        RoadNetwork flat = Routing.ExtractNetworks.Osm(extract), hilly = HillyExtracts.Osm(extract);
        Assert.True(hilly.Statistics.ElevationSamples > flat.PointLat.Length);
        RoutingGraph flatGraph = flat.GraphFor(profile), hillyGraph = hilly.GraphFor(profile);
        var random = new Random(16_2026);
        var ratios = new List<double>();
        var climbing = new List<double>();
        var descending = new List<double>();
        double worstBalance = 0, worstEndHeight = 0;
        int routed = 0, slowerUphill = 0, uphill = 0, notOptimal = 0;
        for (int i = 0; i < Pairs; i++)
        {
            GeoPoint a = HillyExtracts.NearRoad(flat, random), b = HillyExtracts.NearRoad(flat, random);
            RouteResult f, h;
            try
            {
                f = flatGraph.Route().From(a).To(b).Calculate();
                h = hillyGraph.Route().From(a).To(b).Calculate();
            }
            catch (SnapTooFarException)
            {
                continue;
            }

            Assert.Equal(f.IsFound, h.IsFound);
            if (!f.IsFound || f.Route.LengthMetres < 200)
            {
                continue;
            }

            routed++;
            Route hr = h.Route, fr = f.Route;
            IReadOnlyList<double> heights = hr.GeometryElevationMetres!;
            worstBalance = Math.Max(worstBalance, Math.Abs(hr.AscentMetres - hr.DescentMetres - (heights[^1] - heights[0])));
            // The route's end heights come from the samples along the edge; the DEM at the snapped points must agree within the sampling.
            // (On a bridge or in a tunnel the heights run straight between its ends, not on the ground.)
            if (!OnBridgeOrTunnel(hilly, hr.Waypoints[0].Edge))
            {
                worstEndHeight = Math.Max(worstEndHeight, Math.Abs(heights[0] - HillyExtracts.Tiles.ElevationAt(hr.From.Latitude, hr.From.Longitude)!.Value));
            }

            if (!OnBridgeOrTunnel(hilly, hr.Waypoints[^1].Edge))
            {
                worstEndHeight = Math.Max(worstEndHeight, Math.Abs(heights[^1] - HillyExtracts.Tiles.ElevationAt(hr.To.Latitude, hr.To.Longitude)!.Value));
            }
            // The hilly route is the fastest under the hilly times: never slower than the flat route's own path timed on the hills.
            double flatPathOnHills = Rescore(hillyGraph, fr);
            notOptimal += hr.DurationSeconds > flatPathOnHills * (1 + 1e-9) ? 1 : 0;
            double ratio = hr.DurationSeconds / fr.DurationSeconds;
            ratios.Add(ratio);
            double netRisePerKm = (hr.AscentMetres - hr.DescentMetres) / (hr.LengthMetres / 1000);
            if (netRisePerKm > 40)
            {
                uphill++;
                slowerUphill += ratio > 1 ? 1 : 0;
                climbing.Add(ratio);
            }
            else if (netRisePerKm < -40)
            {
                descending.Add(ratio);
            }
        }

        ratios.Sort();
        climbing.Sort();
        descending.Sort();
        string P(List<double> r) => string.Join(" / ", new[] { 0.05, 0.25, 0.5, 0.75, 0.95 }.Select(p => HillyExtracts.Percentile(r, p).ToString("0.000", CultureInfo.InvariantCulture)));
        output.WriteLine($"{extract} {profileName}: {routed} routes of 200 m or more; hilly/flat duration p5/p25/p50/p75/p95 {P(ratios)}; "
            + $"net climb > 40 m/km: {climbing.Count} routes, {P(climbing)}, slower {slowerUphill}/{uphill}; net drop > 40 m/km: {descending.Count} routes, {P(descending)}; "
            + $"|ascent - descent - end difference| <= {worstBalance:0.0000} m; end heights vs DEM <= {worstEndHeight:0.000} m; not optimal {notOptimal}");
        Assert.True(routed > 500, $"{routed} routes");
        Assert.Equal(0, notOptimal);
        Assert.True(worstBalance < 0.01, $"ascent - descent is off the end difference by {worstBalance} m");
        // The route interpolates between samples up to 30 m apart, the DEM bilinearly between posts 90 m apart.
        Assert.True(worstEndHeight < 3, $"end heights off the DEM by {worstEndHeight} m");
        // Walking or riding up a hill takes longer than on the flat, on every clearly climbing route.
        Assert.Equal(uphill, slowerUphill);
        Assert.True(HillyExtracts.Percentile(ratios, 0.5) > 1, "hills make the median route slower");
    }

    [Fact]
    public void FlatNetwork_GivesTodaysDurations_OnTheExtracts()
    {
        // Without elevation the directed durations are length over speed in both directions, as before directed costs existed.
        RoadNetwork network = Routing.ExtractNetworks.Osm("monaco");
        foreach (Profile profile in TravelProfiles.All)
        {
            RoutingGraph graph = network.GraphFor(profile);
            for (int e = 0; e < network.EdgeCount; e++)
            {
                Assert.Equal(graph.DirectedDurationSeconds[2 * e], graph.DirectedDurationSeconds[2 * e + 1]);
            }
        }
    }

    private static bool OnBridgeOrTunnel(RoadNetwork network, int edge) =>
        network.EdgeTags(edge).GetValueOrDefault("bridge") is { } b && b != "no" || network.EdgeTags(edge).GetValueOrDefault("tunnel") is { } t && t != "no";

    // The route's directed edges timed on another graph of the same network (partial first and last edges pro rata).
    private static double Rescore(RoutingGraph graph, Route route)
    {
        double total = 0;
        foreach (RouteLeg leg in route.Legs)
        {
            Routes.Geo.Routing.LegTrace trace = leg.Trace!;
            for (int i = 0; i < trace.DirectedEdges.Length; i++)
            {
                int directed = trace.DirectedEdges[i];
                double length = graph.EdgeLength[RoutingGraph.EdgeOf(directed)];
                total += length > 0 ? graph.DirectedDurationSeconds[directed] * trace.LengthMetres[i] / length : 0;
            }
        }

        return total;
    }
}
