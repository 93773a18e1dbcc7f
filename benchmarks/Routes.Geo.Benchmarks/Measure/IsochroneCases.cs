namespace Routes.Geo.Benchmarks.Measure;

/// <summary>One isochrone benchmark case: an extract and profile, the landmark origin, the bands in minutes.</summary>
internal sealed record IsochroneCase(string Extract, string Profile, GeoPoint Landmark, double[] Minutes);

/// <summary>The isochrone cases of issue 17 (Monaco 10 min on foot, Liechtenstein 30 min by car, 5/10/15 min bands), for the isochrone modes.</summary>
internal static class IsochroneCases
{
    private static readonly GeoPoint Monaco = new(43.7314, 7.4199), Andorra = new(42.5063, 1.5218), Vaduz = new(47.1410, 9.5209);

    /// <summary>Every case (mode <c>isochrones</c>).</summary>
    public static IReadOnlyList<IsochroneCase> All { get; } =
    [
        new("monaco", "foot", Monaco, [10]),
        new("monaco", "foot", Monaco, [5, 10, 15]),
        new("andorra", "foot", Andorra, [10]),
        new("andorra", "car", Andorra, [30]),
        new("liechtenstein", "foot", Vaduz, [10]),
        new("liechtenstein", "car", Vaduz, [30]),
        new("liechtenstein", "car", Vaduz, [5, 10, 15]),
    ];

    /// <summary>The targets themselves, Monaco on foot and Liechtenstein by car (mode <c>isochrone-stages</c>).</summary>
    public static IReadOnlyList<IsochroneCase> Targets { get; } =
        [.. All.Where(c => (c.Extract, c.Profile) is ("monaco", "foot") or ("liechtenstein", "car"))];
}
