namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>The central Lille road network as the CLI tests pass it (relative to the repository root, where the tool runs).</summary>
internal static class LilleData
{
    public const string Network = "../shared/data/lille/highway_line.json";
}
