using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Routes.Geo.Osm.Pbf;

/// <summary>
/// Reads the file's framing: [4-byte big-endian length][BlobHeader][Blob], one blob at a time,
/// decompressed into a buffer reused for the next blob. Every framing problem is an <see cref="OsmFormatException"/>.
/// </summary>
internal sealed class PbfBlobReader : IDisposable
{
    /// <summary>Spec limit for a BlobHeader; a larger length means the file is not PBF or is corrupt.</summary>
    public const int MaxBlobHeaderSize = 64 * 1024;

    /// <summary>Spec limit for a blob, compressed or not; checked before allocating anything.</summary>
    public const int MaxBlobSize = 32 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly string _source;
    private readonly long _origin;
    private readonly byte[] _prefix = new byte[4];
    private byte[] _headerBuffer = [];
    private byte[] _blobBuffer = [];
    private byte[] _dataBuffer = [];

    public PbfBlobReader(Stream stream, string source, bool leaveOpen)
    {
        _stream = stream;
        _source = source;
        _leaveOpen = leaveOpen;
        _origin = stream.CanSeek ? stream.Position : 0;
    }

    /// <summary>Offset, from where reading began, of the next blob's length prefix.</summary>
    public long Position { get; private set; }

    /// <summary>Moves back to <paramref name="position"/>, returning false when the stream cannot seek.</summary>
    public bool TrySeek(long position)
    {
        if (position == Position)
        {
            return true;
        }

        if (!_stream.CanSeek)
        {
            return false;
        }

        _stream.Seek(_origin + position, SeekOrigin.Begin);
        Position = position;
        return true;
    }

    /// <summary>
    /// Reads the next blob. Returns false at a clean end of file; otherwise the blob's type
    /// ("OSMHeader", "OSMData", ...), the offset of its length prefix and its decompressed bytes.
    /// The bytes stay valid until the next call.
    /// </summary>
    public bool TryReadNext(out string type, out long offset, out ReadOnlyMemory<byte> data) =>
        TryReadNext(null, out type, out offset, out data);

    /// <summary>
    /// Like <see cref="TryReadNext(out string, out long, out ReadOnlyMemory{byte})"/>, but a blob whose type is
    /// not <paramref name="wantedType"/> (when given) is skipped undecoded, and its data is empty.
    /// </summary>
    public bool TryReadNext(string? wantedType, out string type, out long offset, out ReadOnlyMemory<byte> data)
    {
        offset = Position;
        type = string.Empty;
        data = default;

        int got = ReadFully(_prefix, offset);
        if (got == 0)
        {
            return false;
        }

        if (got < 4)
        {
            throw Error("file ends inside a BlobHeader length prefix (truncated file)", offset);
        }

        uint headerLength = BinaryPrimitives.ReadUInt32BigEndian(_prefix);
        if (headerLength > MaxBlobHeaderSize)
        {
            throw Error($"BlobHeader length {headerLength} exceeds the format's 64 KiB limit: not an OSM PBF file, or a corrupt one", offset);
        }

        EnsureCapacity(ref _headerBuffer, (int)headerLength);
        ReadExactly(_headerBuffer.AsSpan(0, (int)headerLength), offset, "BlobHeader");
        int dataSize = ParseBlobHeader(_headerBuffer.AsSpan(0, (int)headerLength), offset, out type);
        if (wantedType is not null && type != wantedType)
        {
            SkipBlob(dataSize, offset);
            return true;
        }

        EnsureCapacity(ref _blobBuffer, dataSize);
        ReadExactly(_blobBuffer.AsSpan(0, dataSize), offset, "Blob");
        data = DecodeBlob(dataSize, offset);
        return true;
    }

    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }

        _headerBuffer = _blobBuffer = _dataBuffer = [];
    }

    private int ParseBlobHeader(ReadOnlySpan<byte> header, long offset, out string type)
    {
        string? blobType = null;
        long dataSize = -1;
        try
        {
            var reader = new ProtoReader(header);
            while (reader.TryReadTag(out int field, out WireType wireType))
            {
                switch (field)
                {
                    case 1:
                        blobType = Encoding.UTF8.GetString(reader.ReadBytes(wireType, "BlobHeader.type"));
                        break;
                    case 3:
                        dataSize = (long)reader.ReadVarint(wireType, "BlobHeader.datasize");
                        break;
                    default:
                        reader.Skip(wireType);
                        break;
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw Error($"corrupt BlobHeader: {ex.Message}", offset, ex);
        }

        if (blobType is null || dataSize < 0)
        {
            throw Error("BlobHeader lacks its type or datasize: not an OSM PBF file, or a corrupt one", offset);
        }

        if (dataSize > MaxBlobSize)
        {
            throw Error($"blob size {dataSize} exceeds the format's 32 MiB limit", offset);
        }

        type = blobType;
        return (int)dataSize;
    }

    // Neither parsed nor inflated: a blob of unknown type costs only its bytes' reading (none when seeking).
    private void SkipBlob(int size, long offset)
    {
        if (!_stream.CanSeek)
        {
            EnsureCapacity(ref _blobBuffer, size);
            ReadExactly(_blobBuffer.AsSpan(0, size), offset, "Blob");
            return;
        }

        if (_stream.Length - _stream.Position < size)
        {
            throw Error("file ends inside a Blob (truncated file)", offset);
        }

        _stream.Seek(size, SeekOrigin.Current);
        Position += size;
    }

    private ReadOnlyMemory<byte> DecodeBlob(int size, long offset)
    {
        int payloadStart = -1;
        int payloadLength = 0;
        long rawSize = -1;
        bool compressed = false;
        try
        {
            var reader = new ProtoReader(_blobBuffer.AsSpan(0, size));
            while (reader.TryReadTag(out int field, out WireType wireType))
            {
                switch (field)
                {
                    case 1 or 3:
                        payloadLength = reader.ReadBytes(wireType, field == 1 ? "Blob.raw" : "Blob.zlib_data").Length;
                        payloadStart = reader.Position - payloadLength;
                        compressed = field == 3;
                        break;
                    case 2:
                        rawSize = (long)reader.ReadVarint(wireType, "Blob.raw_size");
                        break;
                    case 4 or 5 or 6 or 7:
                        string name = field switch { 4 => "lzma", 5 => "bzip2", 6 => "lz4", _ => "zstd" };
                        throw Error($"blob uses {name} compression; only raw and zlib blobs are supported", offset);
                    default:
                        reader.Skip(wireType);
                        break;
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw Error($"corrupt Blob: {ex.Message}", offset, ex);
        }

        if (payloadStart < 0)
        {
            throw Error("blob has no data (neither raw nor zlib_data)", offset);
        }

        return compressed
            ? Inflate(payloadStart, payloadLength, rawSize, offset)
            : _blobBuffer.AsMemory(payloadStart, payloadLength);
    }

    private ReadOnlyMemory<byte> Inflate(int start, int length, long rawSize, long offset)
    {
        if (rawSize < 0 || rawSize > MaxBlobSize)
        {
            throw Error(rawSize < 0 ? "zlib blob lacks raw_size" : $"blob raw_size {rawSize} exceeds the format's 32 MiB limit", offset);
        }

        EnsureCapacity(ref _dataBuffer, (int)rawSize);
        Span<byte> target = _dataBuffer.AsSpan(0, (int)rawSize);
        try
        {
            using var compressedData = new MemoryStream(_blobBuffer, start, length, writable: false);
            using var zlib = new ZLibStream(compressedData, CompressionMode.Decompress);
            int inflated = zlib.ReadAtLeast(target, target.Length, throwOnEndOfStream: false);
            Span<byte> probe = stackalloc byte[1];
            if (inflated != target.Length || zlib.Read(probe) != 0)
            {
                throw Error($"zlib data does not inflate to the declared raw_size {rawSize}", offset);
            }
        }
        catch (InvalidDataException ex)
        {
            throw Error($"corrupt zlib data: {ex.Message}", offset, ex);
        }

        return _dataBuffer.AsMemory(0, (int)rawSize);
    }

    private void ReadExactly(Span<byte> buffer, long offset, string what)
    {
        if (ReadFully(buffer, offset) < buffer.Length)
        {
            throw Error($"file ends inside a {what} (truncated file)", offset);
        }
    }

    private int ReadFully(Span<byte> buffer, long offset)
    {
        int got;
        try
        {
            got = _stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (EndOfStreamException ex)
        {
            throw Error("unexpected end of file (truncated file)", offset, ex);
        }

        Position += got;
        return got;
    }

    private static void EnsureCapacity(ref byte[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            // Grow geometrically so a file with slowly growing blocks does not reallocate each time.
            buffer = new byte[Math.Min(Math.Max(size, buffer.Length * 2), MaxBlobSize)];
        }
    }

    private OsmFormatException Error(string message, long offset, Exception? inner = null) =>
        new(message, _source, offset, inner);
}
