using Routes.Geo.Elevation;

namespace Routes.Geo.Tests.Elevation;

/// <summary>The route builder's fast paths (a walked sample lookup, whole edges' sums) against the plain computations.</summary>
public sealed class EdgeElevationLookupTests
{
    // Three edges: 0 has 5 samples, 1 has 2, 2 has 4 with a void (NaN) in the middle.
    private static EdgeElevation Profile() => new(
        [0, 5, 7, 11],
        [0f, 10f, 25f, 40f, 55f, 0f, 30f, 0f, 5f, 20f, 31f],
        [100f, 104f, 101f, 110f, 99f, 50f, 80f, 7f, float.NaN, 9f, 12f],
        30);

    [Fact]
    public void WalkedLookup_GivesTheBinarySearchHeight_InAnyOrderAndFromAnyHint()
    {
        EdgeElevation profile = Profile();
        var random = new Random(17);
        int hint = -1;
        for (int n = 0; n < 5_000; n++)
        {
            int edge = random.Next(3);
            double length = profile.SampleOffsetMetres[profile.SampleStart[edge + 1] - 1];
            double offset = (random.NextDouble() * (length + 10)) - 5;
            double expected = profile.HeightAt(edge, offset), walked = profile.HeightAt(edge, offset, ref hint);
            Assert.True(expected.Equals(walked), $"edge {edge} at {offset} m: {walked} walked, {expected} by binary search");
        }
    }

    [Fact]
    public void PointHeights_AreTheSampledHeightsAtEachGeometryPoint()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=footway", (0, 0), (1, 0), (2, 1), (3, 1));
        tiny.Way("highway=footway", (3, 1), (3, 3));
        RoadNetwork flat = tiny.Build(), network = flat.WithElevation(new ElevationOptions(new SlopeDem(5.56)));
        double[] heights = network.PointHeightsMetres!;
        int checkedPoints = 0;
        for (int edge = 0; edge < network.EdgeCount; edge++)
        {
            for (int k = network.EdgeGeometryStart[edge]; k < network.EdgeGeometryStart[edge + 1]; k++, checkedPoints++)
            {
                Assert.Equal(network.ElevationData!.HeightAt(edge, network.PointOffsetMetres[k]), heights[k]);
            }
        }

        Assert.Equal(network.PointOffsetMetres.Length, checkedPoints);
        Assert.Null(flat.PointHeightsMetres);
    }

    [Fact]
    public void WholeEdgeClimb_EqualsTheSumOverItsSamples_BothWays()
    {
        EdgeElevation profile = Profile();
        // Edge 0 forward: +4 -3 +9 -11; edge 2 skips the stretches next to its void.
        Assert.Equal((13.0, 14.0, 55.0), profile.ClimbAndCoverage(0, 0, 55));
        Assert.Equal((14.0, 13.0, 55.0), profile.ClimbAndCoverage(0, 55, 0));
        Assert.Equal((3.0, 0.0, 11.0), profile.ClimbAndCoverage(2, 0, 31));
        (double up, double down, double known) = profile.ClimbAndCoverage(0, 5, 47.5);
        Assert.Equal(2 + 9, up, 9);
        Assert.Equal(3 + 5.5, down, 9);
        Assert.Equal(42.5, known, 9);
    }
}
