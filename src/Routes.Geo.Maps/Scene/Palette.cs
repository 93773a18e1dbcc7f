using Routes.Geo.Encirclement;

namespace Routes.Geo.Maps.Scene;

/// <summary>The colours of the maps (also those of the offline page), chosen to read in print and on screen.</summary>
internal static class Palette
{
    public const string Sea = "#cfe3ef";
    public const string Land = "#f4efe1";
    public const string Coast = "#a9a28c";
    public const string Road = "#d2c9b6";
    public const string Green = "#dfe9cf";
    public const string WaterEdge = "#a9c7da";
    public const string German = "#b03a2e";
    public const string Allied = "#1f5fbf";
    public const string Route = "#6a1b9a";
    public const string Ink = "#222222";
    public const string Paper = "#ffffff";

    /// <summary>The dash of everything whose position the sources give only approximately.</summary>
    public static readonly IReadOnlyList<double> ApproximateDash = [8, 5];

    public static string Port(PortState state) => state switch
    {
        PortState.GermanHeld => "#5b1a12",
        PortState.Encircled => "#e67e22",
        PortState.Besieged => "#d62728",
        _ => "#2e8b57",
    };

    public static string PortWord(PortState state) => state switch
    {
        PortState.GermanHeld => "German-held",
        PortState.Encircled => "encircled",
        PortState.Besieged => "besieged",
        _ => "liberated",
    };

    public static string Site(SiteKind kind) => kind switch
    {
        SiteKind.Cemetery => "#2f6b3a",
        SiteKind.Memorial => "#7b3f9e",
        SiteKind.Museum => "#0f7f8a",
        SiteKind.Battery => "#4a4a4a",
        SiteKind.Fort => "#8a5a00",
        SiteKind.Battlefield => "#b8860b",
        SiteKind.Bunker => "#6b6b6b",
        SiteKind.Landmark => "#1c4e80",
        _ => "#333333",
    };
}
