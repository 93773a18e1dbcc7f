namespace Routes.Geo.Osm.Pbf;

/// <summary>
/// A block asks for more than a <see cref="PbfLimits"/> value allows. Thrown by the decoder; the reader
/// turns it into an <see cref="OsmFormatException"/> with the file and block offset.
/// </summary>
internal sealed class PbfLimitException(string message) : Exception(message)
{
    /// <summary>The exception for <paramref name="element"/> holding <paramref name="count"/> items, above <paramref name="limitName"/>.</summary>
    public static PbfLimitException Exceeded(string element, long count, string items, string limitName, long limit) =>
        new($"{element} has {count} {items}, more than PbfLimits.{limitName} ({limit})");
}
