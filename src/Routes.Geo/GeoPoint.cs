using System.Globalization;

namespace Routes.Geo;

/// <summary>
/// A WGS84 position in degrees. Construction validates: latitude must be finite and in -90..90,
/// longitude finite and in -180..180, otherwise <see cref="InvalidCoordinateException"/>.
/// </summary>
public readonly record struct GeoPoint
{
    /// <summary>Creates a point from latitude and longitude in degrees (note the order: lat, lon).</summary>
    /// <exception cref="InvalidCoordinateException">A value is NaN, infinite or out of range.</exception>
    public GeoPoint(double latitude, double longitude)
        : this(latitude, longitude, "GeoPoint") { }

    /// <summary>Creates a point, naming <paramref name="context"/> in the error if the values are invalid.</summary>
    /// <exception cref="InvalidCoordinateException">A value is NaN, infinite or out of range.</exception>
    public GeoPoint(double latitude, double longitude, string context)
    {
        if (!IsValid(latitude, longitude))
        {
            throw new InvalidCoordinateException(latitude, longitude, context);
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Latitude in degrees, -90..90.</summary>
    public double Latitude { get; }

    /// <summary>Longitude in degrees, -180..180.</summary>
    public double Longitude { get; }

    /// <summary>True when the pair is finite and within the WGS84 ranges.</summary>
    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude)
        && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({Latitude:0.######}, {Longitude:0.######})");
}
