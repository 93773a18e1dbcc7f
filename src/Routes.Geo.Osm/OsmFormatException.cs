namespace Routes.Geo.Osm;

/// <summary>
/// An OpenStreetMap file that cannot be read: not PBF, truncated, or a corrupt block.
/// The message names the file and the byte offset of the block where reading failed.
/// </summary>
public sealed class OsmFormatException : RoutesGeoException
{
    /// <summary>Creates the exception for a problem at <paramref name="blockOffset"/> of <paramref name="source"/>.</summary>
    public OsmFormatException(string message, string source, long blockOffset, Exception? innerException = null)
        : base($"{source}: {message} (block at byte offset {blockOffset})", innerException ?? new InvalidDataException(message))
    {
        FileName = source;
        BlockOffset = blockOffset;
    }

    /// <summary>The file (or stream description) being read.</summary>
    public string FileName { get; }

    /// <summary>Byte offset in the file of the block (BlobHeader length prefix) where the problem was found.</summary>
    public long BlockOffset { get; }
}
