using Routes.Geo.History;
using Routes.Geo.Routing;

namespace Routes.Geo.Tests.Export;

/// <summary>Inputs the export tests share: the embedded model, Lille's curated sites and a hand-made walk.</summary>
internal static class ExportSamples
{
    public static EncirclementModel Model { get; } = EncirclementModel.Load();

    /// <summary>The Lille sites of the model, verified and not (the town itself is UNVERIFIED).</summary>
    public static IReadOnlyList<Site> LilleSites { get; } =
        [.. Model.Sites.Where(s => s.Id.StartsWith("lille", StringComparison.Ordinal))];

    /// <summary>A three-point walk between two Lille memorials; its length is not a whole number of metres.</summary>
    public static Route Walk { get; } = new(
        "foot",
        RouteMetric.Shortest,
        [new GeoPoint(50.635566, 3.062158), new GeoPoint(50.6362, 3.0581), new GeoPoint(50.637725, 3.051623)],
        843.27,
        607.1,
        [],
        []);
}
