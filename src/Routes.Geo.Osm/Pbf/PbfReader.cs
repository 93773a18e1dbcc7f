namespace Routes.Geo.Osm.Pbf;

/// <summary>
/// Streaming reader of OpenStreetMap PBF files (.osm.pbf). It holds one block (at most 32 MiB,
/// typically a few hundred KiB) and a chunk of its decoded elements (about 65,536 elements, node
/// references, members and tags) in memory at a time, never the whole file.
/// </summary>
/// <remarks>
/// Construction reads and checks the OSMHeader block, so a file that is not PBF fails early.
/// <see cref="Read(OsmElementFilter)"/> may be called again for another pass when the source can seek
/// (a file path always can); enumerations must not overlap. Not thread-safe.
/// Every problem with the file's content is an <see cref="OsmFormatException"/> naming the file and
/// the byte offset of the failing block; so is an element beyond <see cref="Limits"/>, which the message names.
/// </remarks>
public sealed class PbfReader : IDisposable
{
    private readonly PbfBlobReader _blobs;
    private readonly string _source;
    private readonly long _dataStart;
    private readonly PbfLimits _limits;
    private bool _reading;
    private bool _disposed;

    /// <summary>Opens the PBF file at <paramref name="path"/> and reads its header.</summary>
    /// <param name="path">Path of a .osm.pbf file; errors name it.</param>
    /// <param name="limits">What a block may ask to allocate; null for <see cref="PbfLimits.Default"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="limits"/> is zero or negative.</exception>
    /// <exception cref="IOException">The file cannot be opened (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened for reading.</exception>
    /// <exception cref="OsmFormatException">The file is empty, not PBF, corrupt, or requires an unsupported feature.</exception>
    public PbfReader(string path, PbfLimits? limits = null)
        : this(OpenFile(path, limits), path, leaveOpen: false, limits)
    {
    }

    /// <summary>Reads PBF data from <paramref name="stream"/>, starting at its current position, and reads the header.</summary>
    /// <param name="stream">A readable stream; it may be non-seekable, but then only one <see cref="Read(OsmElementFilter)"/> pass is possible.</param>
    /// <param name="sourceName">How errors name the data, e.g. a file name or URL.</param>
    /// <param name="leaveOpen">True to leave <paramref name="stream"/> open when this reader is disposed (or its construction fails).</param>
    /// <param name="limits">What a block may ask to allocate; null for <see cref="PbfLimits.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not readable.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="limits"/> is zero or negative.</exception>
    /// <exception cref="OsmFormatException">The data is empty, not PBF, corrupt, or requires an unsupported feature.</exception>
    public PbfReader(Stream stream, string sourceName, bool leaveOpen = false, PbfLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        _limits = limits ?? PbfLimits.Default;
        _limits.Validate();
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(stream));
        }

        _source = sourceName;
        _blobs = new PbfBlobReader(stream, sourceName, leaveOpen);
        try
        {
            Header = ReadHeader();
            _dataStart = _blobs.Position;
        }
        catch
        {
            _blobs.Dispose();
            throw;
        }
    }

    /// <summary>What the file's OSMHeader block declares (bounding box, features, writing program).</summary>
    public OsmFileHeader Header { get; }

    /// <summary>The area the header declares, or null when the file declares none.</summary>
    public OsmBoundingBox? BoundingBox => Header.BoundingBox;

    /// <summary>The name errors use for the data (the path, or the name given with the stream).</summary>
    public string SourceName => _source;

    /// <summary>The limits this reader decodes under; <see cref="OsmNetwork"/> also applies its import limits.</summary>
    public PbfLimits Limits => _limits;

    /// <summary>
    /// Byte offset (of the length prefix) of the block the element last enumerated came from, so a caller
    /// can name it in an <see cref="OsmFormatException"/>; 0 before any data block.
    /// </summary>
    public long CurrentBlockOffset { get; private set; }

    /// <summary>Enumerates every element with its tags. Same contract as <see cref="Read(OsmElementFilter)"/>.</summary>
    public IEnumerable<OsmElement> Read() => Read(OsmElementFilter.All);

    /// <summary>
    /// Enumerates the elements <paramref name="filter"/> selects, in file order (usually nodes, then ways,
    /// then relations), decoding one block at a time as the enumeration advances.
    /// </summary>
    /// <param name="filter">Which element kinds to decode; excluded kinds cost no decoding.</param>
    /// <returns>A lazy sequence; each enumeration re-reads the file from its first data block.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed (also when enumeration starts after disposal).</exception>
    /// <exception cref="InvalidOperationException">While enumerating: another enumeration of this reader is in progress,
    /// or a non-seekable stream was already read.</exception>
    /// <exception cref="OsmFormatException">While enumerating: a block is truncated, corrupt or not decodable.</exception>
    /// <exception cref="IOException">While enumerating: the underlying stream fails to read.</exception>
    public IEnumerable<OsmElement> Read(OsmElementFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Enumerate(filter);
    }

    /// <summary>Releases the stream (unless it was left open) and the block buffers.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _blobs.Dispose();
        }
    }

    private IEnumerable<OsmElement> Enumerate(OsmElementFilter filter)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_reading)
        {
            throw new InvalidOperationException("Another enumeration of this PbfReader is in progress; enumerations must not overlap.");
        }

        if (!_blobs.TrySeek(_dataStart))
        {
            throw new InvalidOperationException("The stream cannot seek, so it can be read only once.");
        }

        _reading = true;
        try
        {
            var decoder = new PrimitiveBlockDecoder(_limits);
            var batch = new List<OsmElement>();

            // The spec says readers skip blob types they do not know; they are skipped undecoded.
            while (_blobs.TryReadNext("OSMData", out string type, out long offset, out ReadOnlyMemory<byte> data))
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (type != "OSMData")
                {
                    continue;
                }

                bool more = Decode(
                    () =>
                    {
                        decoder.Start(data);
                        return true;
                    },
                    offset);
                while (more)
                {
                    batch.Clear();
                    more = Decode(() => decoder.DecodeChunk(filter, batch), offset);
                    CurrentBlockOffset = offset;
                    foreach (OsmElement element in batch)
                    {
                        yield return element;
                    }
                }
            }
        }
        finally
        {
            _reading = false;
        }
    }

    // Runs one decoding step of the block at offset, turning its exceptions into OsmFormatException; true to go on.
    private bool Decode(Func<bool> step, long offset)
    {
        try
        {
            return step();
        }
        catch (PbfLimitException ex)
        {
            throw new OsmFormatException($"OSMData block exceeds a limit: {ex.Message}", _source, offset, ex);
        }
        catch (InvalidDataException ex)
        {
            throw new OsmFormatException($"corrupt OSMData block: {ex.Message}", _source, offset, ex);
        }
    }

    private OsmFileHeader ReadHeader()
    {
        if (!_blobs.TryReadNext(out string type, out long offset, out ReadOnlyMemory<byte> data))
        {
            throw new OsmFormatException("empty file: not an OSM PBF file", _source, 0);
        }

        if (type != "OSMHeader")
        {
            throw new OsmFormatException($"first block is '{type}', not 'OSMHeader': not an OSM PBF file", _source, offset);
        }

        OsmFileHeader header;
        try
        {
            header = HeaderBlockDecoder.Decode(data.Span);
        }
        catch (InvalidDataException ex)
        {
            throw new OsmFormatException($"corrupt OSMHeader block: {ex.Message}", _source, offset, ex);
        }

        foreach (string feature in header.RequiredFeatures)
        {
            if (!HeaderBlockDecoder.SupportedFeatures.Contains(feature))
            {
                throw new OsmFormatException(
                    $"file requires the unsupported feature '{feature}' (supported: {string.Join(", ", HeaderBlockDecoder.SupportedFeatures)})",
                    _source,
                    offset);
            }
        }

        return header;
    }

    private static FileStream OpenFile(string path, PbfLimits? limits)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        limits?.Validate();
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
    }
}
