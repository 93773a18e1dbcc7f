namespace Routes.Geo.Server.Engine;

// The server's own view of an answer, made by the engine adapter: the OSRM writers read these and never the engine's types.

/// <summary>Where a coordinate met the network.</summary>
internal sealed record ServedWaypoint(GeoPoint Input, GeoPoint Location, double DistanceMetres, string Name, int Edge, double OffsetMetres);

/// <summary>A route: its legs in order, and where each given point was snapped.</summary>
internal sealed record ServedRoute(double DistanceMetres, double DurationSeconds, IReadOnlyList<ServedLeg> Legs, IReadOnlyList<ServedWaypoint> Waypoints);

/// <summary>One leg, with its geometry (both ends included) and, when asked for, its steps and per-segment figures.</summary>
internal sealed record ServedLeg(GeoPoint[] Geometry, double DistanceMetres, double DurationSeconds, string Summary)
{
    /// <summary>The steps (empty unless steps were asked for).</summary>
    public IReadOnlyList<ServedStep> Steps { get; init; } = [];

    /// <summary>Length of each geometry segment, metres (Geometry.Length - 1 values).</summary>
    public double[] SegmentMetres { get; init; } = [];

    /// <summary>Travel time of each geometry segment, seconds; they add up to the leg's duration.</summary>
    public double[] SegmentSeconds { get; init; } = [];
}

/// <summary>A step in OSRM's maneuver model, covering leg geometry points First..Last.</summary>
internal sealed record ServedStep(
    string Type,
    string? Modifier,
    int? Exit,
    GeoPoint Location,
    int BearingBefore,
    int BearingAfter,
    string Name,
    double DistanceMetres,
    double DurationSeconds,
    int First,
    int Last,
    string Text)
{
    /// <summary>OSRM's direction of the maneuver ("left", "slight right", ...); for a roundabout, set from where it is left.</summary>
    public string? Modifier { get; set; } = Modifier;

    /// <summary>The step's last geometry point (where the next step starts); set once the next maneuver is placed.</summary>
    public int Last { get; set; } = Last;
}

/// <summary>A travel-time and length matrix; NaN where no route.</summary>
internal sealed record ServedTable(double[] DurationSeconds, double[] DistanceMetres, int Sources, int Destinations);
