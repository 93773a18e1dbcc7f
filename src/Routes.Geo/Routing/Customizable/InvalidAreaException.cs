namespace Routes.Geo.Routing.Customizable;

/// <summary>An area to avoid that is not a valid GeoJSON Polygon or MultiPolygon; the message names the polygon, ring, position and problem.</summary>
public sealed class InvalidAreaException : RoutesGeoException
{
    /// <summary>Creates the error with a message naming the problem.</summary>
    public InvalidAreaException(string message) : base(message) { }

    /// <summary>Creates the error with a message and the error that caused it.</summary>
    public InvalidAreaException(string message, Exception innerException) : base(message, innerException) { }
}
