using System.Globalization;

namespace Routes.Geo;

/// <summary>
/// A latitude or longitude that is NaN, infinite or outside its range
/// (latitude -90..90, longitude -180..180). The message names the value and where it came from.
/// </summary>
public sealed class InvalidCoordinateException : RoutesGeoException
{
    /// <summary>Creates the exception for the given offending values.</summary>
    /// <param name="latitude">The latitude given, in degrees.</param>
    /// <param name="longitude">The longitude given, in degrees.</param>
    /// <param name="context">Where the coordinate came from (a parameter name, a file and line, ...).</param>
    public InvalidCoordinateException(double latitude, double longitude, string context)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"Invalid coordinate ({latitude}, {longitude}) [lat, lon] in {context}: latitude must be a finite number in -90..90 and longitude in -180..180."))
    {
        Latitude = latitude;
        Longitude = longitude;
        Context = context;
    }

    /// <summary>The latitude given, in degrees.</summary>
    public double Latitude { get; }

    /// <summary>The longitude given, in degrees.</summary>
    public double Longitude { get; }

    /// <summary>Where the coordinate came from.</summary>
    public string Context { get; }
}
