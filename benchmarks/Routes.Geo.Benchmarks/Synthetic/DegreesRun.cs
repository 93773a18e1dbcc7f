namespace Routes.Geo.Benchmarks.Synthetic;

/// <summary>
/// Console mode <c>degrees [--nodes N]</c>: share of vertices by degree (edges met, any profile) in both synthetic layouts
/// and in each real extract, to show how the generator differs from real road networks.
/// </summary>
internal static class DegreesRun
{
    public static int Run(Options options)
    {
        int nodes = options.Int("nodes", 10_000);
        Console.WriteLine("| network | vertices | degree 1 | 2 | 3 | 4 | 5+ | edges per vertex |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (SyntheticLayout layout in Enum.GetValues<SyntheticLayout>())
        {
            Print($"synthetic {layout} ~{nodes:N0}", SyntheticNetwork.Build(SyntheticNetwork.SideFor(nodes, layout), 1, layout));
        }

        foreach (string extract in Extracts.Names)
        {
            Print(extract, Extracts.Network(extract));
        }

        return 0;
    }

    private static void Print(string name, RoadNetwork network)
    {
        var degree = new int[network.VertexCount];
        for (int e = 0; e < network.EdgeCount; e++)
        {
            degree[network.EdgeFrom[e]]++;
            degree[network.EdgeTo[e]]++;
        }

        string Share(Func<int, bool> which) => (100.0 * degree.Count(which) / degree.Length).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
        Console.WriteLine($"| {name} | {network.VertexCount:N0} | {Share(d => d == 1)} | {Share(d => d == 2)} | {Share(d => d == 3)} | {Share(d => d == 4)} | {Share(d => d >= 5)} | {(double)network.EdgeCount / network.VertexCount:0.00} |");
    }
}
