using Routes.Geo.Network;

namespace Routes.Geo.Osm.Tests.Pbf;

/// <summary>
/// The memory budget of an import is only as good as <see cref="RoadNetworkBuilder.EstimatedPeakBytes"/>: it must not
/// undercount what the builder allocates, or a file could pass the budget and still exhaust memory.
/// </summary>
public class ImportMemoryEstimateTests
{
    [Theory]
    [InlineData(100, 0)]
    [InlineData(60, 500)]
    public void EstimatedPeakBytes_IsAtLeastEverythingTheBuilderAndBuildAllocate(int side, int restrictions)
    {
        // A grid of side horizontal and side vertical ways meeting at every node: every node a vertex, the worst case for edges.
        long[][] rows = [.. Enumerable.Range(0, side).Select(r => Enumerable.Range(0, side).Select(c => (long)((r * side) + c + 1)).ToArray())];
        long[][] columns = [.. Enumerable.Range(0, side).Select(c => Enumerable.Range(0, side).Select(r => (long)((r * side) + c + 1)).ToArray())];
        KeyValuePair<string, string>[][] tags = [.. Enumerable.Range(0, 2 * side).Select(i => new[] { KeyValuePair.Create("highway", "residential"), KeyValuePair.Create("name", $"Street {i}") })];
        KeyValuePair<string, string>[] restrictionTags = [new("type", "restriction"), new("restriction", "no_left_turn")];
        var builder = new RoadNetworkBuilder("grid");
        long before = GC.GetAllocatedBytesForCurrentThread();

        for (int i = 0; i < side; i++)
        {
            builder.AddWay(i + 1, rows[i], tags[i]);
            builder.AddWay(side + i + 1, columns[i], tags[side + i]);
        }

        for (int n = 1; n <= side * side; n++)
        {
            builder.AddNode(n, 43.7 + (((n - 1) / side) * 1e-4), 7.4 + (((n - 1) % side) * 1e-4));
        }

        for (int k = 0; k < restrictions; k++)
        {
            int r = k % side, c = k / side % side;
            builder.AddTurnRestriction(k, r + 1, (r * side) + c + 1, side + c + 1, restrictionTags);
        }

        long estimate = builder.EstimatedPeakBytes;
        RoadNetwork network = builder.Build();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(side * side, network.VertexCount);
        Assert.True(allocated <= estimate, $"allocated {allocated:N0} bytes, estimated {estimate:N0}");
    }
}
