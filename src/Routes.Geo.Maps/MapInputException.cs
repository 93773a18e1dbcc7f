namespace Routes.Geo.Maps;

/// <summary>
/// A map cannot be drawn from what it was given (an empty route, a bounding box of zero size, a
/// size below the minimum); the message names the input and the problem. Nothing is written.
/// </summary>
public sealed class MapInputException : RoutesGeoException
{
    /// <summary>Creates the exception with a message naming the input and the problem.</summary>
    public MapInputException(string message) : base(message) { }
}
