namespace Routes.Geo.Maps.Scene;

/// <summary>How a road class is drawn, minor to major (the painting order).</summary>
internal enum RoadClass
{
    Path,
    Cycleway,
    Track,
    Service,
    Pedestrian,
    Street,
    Tertiary,
    Secondary,
    Primary,
    Trunk,
    Motorway,
}

/// <summary>
/// Road widths and colours in the manner of OpenStreetMap's standard style (openstreetmap-carto),
/// toned down towards the paper so the route and the sites stay the strongest marks.
/// </summary>
internal static class RoadStyles
{
    /// <summary>The way keys maps read: the class that styles a road (<see cref="ClassOf"/>) and the street names along a route (PageRoads).</summary>
    public static readonly string[] WayKeys = ["highway", "name"];

    public static RoadClass? ClassOf(string? highway) => highway switch
    {
        "motorway" or "motorway_link" => RoadClass.Motorway,
        "trunk" or "trunk_link" => RoadClass.Trunk,
        "primary" or "primary_link" => RoadClass.Primary,
        "secondary" or "secondary_link" => RoadClass.Secondary,
        "tertiary" or "tertiary_link" => RoadClass.Tertiary,
        "residential" or "unclassified" or "living_street" or "road" => RoadClass.Street,
        "pedestrian" => RoadClass.Pedestrian,
        "service" => RoadClass.Service,
        "track" => RoadClass.Track,
        "cycleway" => RoadClass.Cycleway,
        "footway" or "path" or "steps" or "bridleway" or "corridor" => RoadClass.Path,
        null => null,
        _ => RoadClass.Service,
    };

    /// <summary>Width in pixels at <see cref="MapBuilder.Unit"/> 1 and street-level scale.</summary>
    public static double Width(RoadClass c) => c switch
    {
        RoadClass.Motorway => 7,
        RoadClass.Trunk => 6.5,
        RoadClass.Primary => 6,
        RoadClass.Secondary => 5.5,
        RoadClass.Tertiary => 5,
        RoadClass.Street or RoadClass.Pedestrian => 4,
        RoadClass.Service => 2.5,
        RoadClass.Track => 1.6,
        _ => 1.3,
    };

    public static string Fill(RoadClass c) => c switch
    {
        RoadClass.Motorway => "#eab0ba",
        RoadClass.Trunk => "#f4c4b3",
        RoadClass.Primary => "#f6dcb8",
        RoadClass.Secondary => "#f1f3c9",
        RoadClass.Pedestrian => "#e4e4ec",
        RoadClass.Track => "#b89c6e",
        RoadClass.Cycleway => "#8fa8e0",
        RoadClass.Path => "#e29a88",
        _ => "#ffffff",
    };

    /// <summary>The edge line drawn under a road (null for paths and tracks, drawn dashed without one).</summary>
    public static string? Casing(RoadClass c) => c switch
    {
        RoadClass.Motorway => "#d68a9c",
        RoadClass.Trunk => "#d49a86",
        RoadClass.Primary => "#c9a77a",
        RoadClass.Secondary => "#b3b787",
        RoadClass.Tertiary => "#b0b0b0",
        RoadClass.Street or RoadClass.Service => "#c6c6c6",
        RoadClass.Pedestrian => "#c3c3d0",
        _ => null,
    };

    public static IReadOnlyList<double>? Dash(RoadClass c) => c switch
    {
        RoadClass.Track => [5, 3],
        RoadClass.Path or RoadClass.Cycleway => [3, 2.5],
        _ => null,
    };

    public static string Name(RoadClass c) => c switch
    {
        RoadClass.Motorway => "Motorway",
        RoadClass.Trunk => "Trunk road",
        RoadClass.Primary => "Primary road",
        RoadClass.Secondary => "Secondary road",
        RoadClass.Tertiary => "Tertiary road",
        RoadClass.Street => "Street",
        RoadClass.Pedestrian => "Pedestrian street",
        RoadClass.Service => "Service road",
        RoadClass.Track => "Track",
        RoadClass.Cycleway => "Cycleway",
        _ => "Footway, path or steps",
    };

    /// <summary>
    /// Roads thin out as the map zooms out: full width at about 2 m per pixel, a quarter at 30 m and
    /// beyond (the square root keeps major roads visible on a regional map).
    /// </summary>
    public static double ScaleFactor(double groundMetresPerPixel) => Math.Clamp(Math.Sqrt(2.5 / groundMetresPerPixel), 0.25, 1.1);

    /// <summary>Minor classes are left out where they would only grey the map (beyond 6 m per pixel for paths and service roads).</summary>
    public static bool Shown(RoadClass c, double groundMetresPerPixel) =>
        c >= RoadClass.Street || groundMetresPerPixel <= 6 || (c == RoadClass.Pedestrian && groundMetresPerPixel <= 12);
}
