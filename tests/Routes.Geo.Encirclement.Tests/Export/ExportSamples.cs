namespace Routes.Geo.Encirclement.Tests.Export;

/// <summary>Inputs the export tests share: the embedded model, Lille's curated sites and a hand-made walk.</summary>
internal static class ExportSamples
{
    public static EncirclementModel Model { get; } = EncirclementModel.Load();

    /// <summary>The Lille sites of the model, verified and not (the town itself is UNVERIFIED).</summary>
    public static IReadOnlyList<Site> LilleSites { get; } =
        [.. Model.Sites.Where(s => s.Id.StartsWith("lille", StringComparison.Ordinal))];

    /// <summary>A three-point walk between two Lille memorials (<see cref="SampleRoutes.Walk"/>).</summary>
    public static Route Walk => SampleRoutes.Walk;
}
