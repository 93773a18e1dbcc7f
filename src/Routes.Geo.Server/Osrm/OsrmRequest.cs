using Routes.Geo.Routing.Customizable;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Osrm;

/// <summary>How a route's geometry is written.</summary>
internal enum GeometryFormat
{
    Polyline,
    Polyline6,
    GeoJson,
}

/// <summary>Which overview geometry a route carries.</summary>
internal enum Overview
{
    Simplified,
    Full,
    None,
}

/// <summary>The per-segment annotations asked for.</summary>
[Flags]
internal enum Annotations
{
    None = 0,
    Duration = 1,
    Distance = 2,
    Speed = 4,
    Weight = 8,
    Nodes = 16,
    Datasources = 32,
}

/// <summary>An OSRM request, parsed and checked against the server's limits.</summary>
internal sealed class OsrmRequest
{
    public required string Service { get; init; }

    public required TravelMode Mode { get; init; }

    public required GeoPoint[] Coordinates { get; init; }

    /// <summary>Each coordinate's snapping radius, metres.</summary>
    public required double[] Radiuses { get; init; }

    /// <summary>Each coordinate's heading and approach (<c>bearings</c>, <c>approaches</c>); <see cref="SnapConstraint.None"/> where not given.</summary>
    public required SnapConstraint[] Constraints { get; init; }

    public bool GenerateHints { get; set; } = true;

    public bool SkipWaypoints { get; set; }

    public bool Steps { get; set; }

    /// <summary>The road classes <c>exclude=</c> leaves out (route only).</summary>
    public RoadClassSet Exclude { get; set; }

    /// <summary>How many alternatives <c>alternatives=</c> asks for besides the best (true = 1, as OSRM reads it).</summary>
    public int Alternatives { get; set; }

    /// <summary>Areas the route never enters (POST body's <c>avoid_areas</c>), or null.</summary>
    public Routing.Customizable.AvoidArea? Avoid { get; set; }

    /// <summary>Speed and priority rules (POST body's <c>custom_weights</c>), or null.</summary>
    public Routing.Customizable.CustomWeights? Weights { get; set; }

    public GeometryFormat Geometries { get; set; } = GeometryFormat.Polyline;

    public Overview Overview { get; set; } = Overview.Simplified;

    public Annotations Annotations { get; set; }

    /// <summary>The language of our own instruction text (<c>routes_geo_instruction</c>).</summary>
    public string Language { get; set; } = "en";

    public int[]? Sources { get; set; }

    public int[]? Destinations { get; set; }

    public bool TableDurations { get; set; } = true;

    public bool TableDistances { get; set; }

    public double? FallbackSpeed { get; set; }

    public bool FallbackFromSnapped { get; set; }

    public double ScaleFactor { get; set; } = 1;

    public int Number { get; set; } = 1;

    public bool RoundTrip { get; set; } = true;

    public bool SourceFirst { get; set; }

    public bool DestinationLast { get; set; }
}
