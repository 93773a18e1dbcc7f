namespace Routes.Geo.Export;

/// <summary>Attribution lines that files derived from the data sources must carry.</summary>
public static class Attribution
{
    /// <summary>The line required wherever OpenStreetMap data is shown or shipped (ODbL 1.0).</summary>
    public const string OpenStreetMap = "© OpenStreetMap contributors, ODbL 1.0";
}
