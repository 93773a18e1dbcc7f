using System.Buffers.Binary;
using Routes.Geo.Osm.Pbf;

namespace Routes.Geo.Osm.Tests.Pbf;

/// <summary>Every way a file can be bad ends in an OsmFormatException naming the file and the block offset.</summary>
public class PbfReaderErrorTests
{
    private const string Name = "bad.osm.pbf";

    private static readonly Lazy<byte[]> Monaco = new(() => File.ReadAllBytes(OsmTestData.MonacoPath));

    [Fact]
    public void Empty_file()
    {
        OsmFormatException error = OpenFails([]);

        Assert.Equal(0, error.BlockOffset);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_on_disk_names_its_path()
    {
        string path = Path.Combine(Path.GetTempPath(), $"routes-geo-{Guid.NewGuid():N}.osm.pbf");
        File.WriteAllBytes(path, []);
        try
        {
            OsmFormatException error = Assert.Throws<OsmFormatException>(() => new PbfReader(path));
            Assert.Equal(path, error.FileName);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Xml_file()
    {
        byte[] xml = "<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\"><node id=\"1\" lat=\"43.7\" lon=\"7.4\"/></osm>\n"u8.ToArray();

        OsmFormatException error = OpenFails(xml);

        Assert.Equal(0, error.BlockOffset);
        Assert.Contains("not an OSM PBF file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_file_shorter_than_a_length_prefix()
    {
        Assert.Equal(0, OpenFails("hi"u8.ToArray()).BlockOffset);
    }

    [Fact]
    public void Monaco_truncated_in_the_middle_of_a_data_blob()
    {
        (long offset, long end) = BlobSpans(Monaco.Value)[2];
        byte[] cut = Monaco.Value[..(int)((offset + end) / 2)];

        OsmFormatException error = ReadFails(cut);

        Assert.Equal(offset, error.BlockOffset);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Monaco_truncated_inside_a_length_prefix()
    {
        (long offset, _) = BlobSpans(Monaco.Value)[1];

        Assert.Equal(offset, ReadFails(Monaco.Value[..(int)(offset + 2)]).BlockOffset);
    }

    [Fact]
    public void Monaco_with_corrupt_zlib_data()
    {
        (long offset, long end) = BlobSpans(Monaco.Value)[1];
        byte[] corrupt = (byte[])Monaco.Value.Clone();
        // The middle of a blob lies inside its zlib_data payload, which is nearly all of it.
        long middle = (offset + end) / 2;
        for (long i = middle; i < middle + 64; i++)
        {
            corrupt[i] ^= 0x5A;
        }

        OsmFormatException error = ReadFails(corrupt);

        Assert.Equal(offset, error.BlockOffset);
        Assert.Contains("zlib", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_protobuf_inside_a_valid_zlib_stream()
    {
        var garbage = new byte[4096];
        new Random(42).NextBytes(garbage);
        byte[] header = TestPbf.StandardHeader();

        OsmFormatException error = ReadFails(TestPbf.File(header, TestPbf.Frame("OSMData", garbage)));

        Assert.Equal(header.Length, error.BlockOffset);
        Assert.IsType<InvalidDataException>(error.InnerException);
    }

    [Fact]
    public void Monaco_data_block_replaced_by_garbage_protobuf()
    {
        (long offset, long end) = BlobSpans(Monaco.Value)[1];
        var garbage = new byte[100_000];
        new Random(7).NextBytes(garbage);
        byte[] file = [.. Monaco.Value[..(int)offset], .. TestPbf.Frame("OSMData", garbage), .. Monaco.Value[(int)end..]];

        Assert.Equal(offset, ReadFails(file).BlockOffset);
    }

    [Fact]
    public void String_table_index_out_of_range()
    {
        byte[] header = TestPbf.StandardHeader();

        OsmFormatException error = ReadFails(TestPbf.File(header, TestPbf.Frame("OSMData", TestPbf.DataBlock(relationRole: 999))));

        Assert.Equal(header.Length, error.BlockOffset);
        Assert.Contains("string table index 999", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x7FFF_FFFFu)]
    [InlineData(0xFFFF_FFFFu)]
    [InlineData(64u * 1024 + 1)]
    public void Absurd_blob_header_length_fails_without_allocating_it(uint length)
    {
        var file = new byte[64];
        BinaryPrimitives.WriteUInt32BigEndian(file, length);
        long before = GC.GetAllocatedBytesForCurrentThread();

        OsmFormatException error = OpenFails(file);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000, "allocated as if trusting the length");
        Assert.Contains("64 KiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absurd_blob_datasize_fails_without_allocating_it()
    {
        byte[] header = new ProtoWriter().String(1, "OSMHeader").Varint(3, 2_000_000_000).ToArray();
        var prefix = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(prefix, header.Length);
        long before = GC.GetAllocatedBytesForCurrentThread();

        OsmFormatException error = OpenFails([.. prefix, .. header, 1, 2, 3]);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000, "allocated as if trusting the size");
        Assert.Contains("32 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absurd_raw_size_fails_without_allocating_it()
    {
        byte[] blob = new ProtoWriter().Varint(2, 3_000_000_000).Bytes(3, TestPbf.Compress([1, 2, 3])).ToArray();
        long before = GC.GetAllocatedBytesForCurrentThread();

        OsmFormatException error = OpenFails(TestPbf.FrameBlob("OSMHeader", blob));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000, "allocated as if trusting raw_size");
        Assert.Contains("raw_size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_size_that_does_not_match_the_inflated_data()
    {
        byte[] blob = new ProtoWriter().Varint(2, 1000).Bytes(3, TestPbf.Compress(TestPbf.HeaderBlock())).ToArray();

        Assert.Contains("raw_size", OpenFails(TestPbf.FrameBlob("OSMHeader", blob)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HistoricalInformation")]
    [InlineData("LocationsOnWays")]
    public void Unsupported_required_feature(string feature)
    {
        OsmFormatException error = OpenFails(TestPbf.Frame("OSMHeader", TestPbf.HeaderBlock("OsmSchema-V0.6", "DenseNodes", feature)));

        Assert.Equal(0, error.BlockOffset);
        Assert.Contains(feature, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_compression()
    {
        byte[] blob = new ProtoWriter().Varint(2, 10).Bytes(7, [1, 2, 3]).ToArray();

        Assert.Contains("zstd", OpenFails(TestPbf.FrameBlob("OSMHeader", blob)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_block_before_any_header()
    {
        Assert.Contains("OSMHeader", OpenFails(TestPbf.Frame("OSMData", TestPbf.DataBlock())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_single_truncation_of_a_small_file_fails_cleanly()
    {
        byte[] header = TestPbf.StandardHeader();
        byte[] file = TestPbf.File(header, TestPbf.Frame("OSMData", TestPbf.DataBlock()));
        for (int length = 0; length < file.Length; length++)
        {
            if (length == header.Length)
            {
                continue; // A file of just a header is valid.
            }

            byte[] cut = file[..length];
            Assert.ThrowsAny<OsmFormatException>(() =>
            {
                using var reader = new PbfReader(new MemoryStream(cut), Name);
                _ = reader.Read().Count();
            });
        }
    }

    [Fact]
    public void Every_single_byte_flip_of_a_raw_data_block_is_caught_or_decodes()
    {
        // Flipping bytes of an uncompressed block reaches the protobuf decoder directly; nothing else may escape.
        byte[] header = TestPbf.StandardHeader();
        byte[] file = TestPbf.File(header, TestPbf.Frame("OSMData", TestPbf.DataBlock(), raw: true));
        for (int i = header.Length; i < file.Length; i++)
        {
            byte[] flipped = (byte[])file.Clone();
            flipped[i] ^= 0xFF;
            try
            {
                using var reader = new PbfReader(new MemoryStream(flipped), Name);
                _ = reader.Read().Count();
            }
            catch (OsmFormatException error)
            {
                Assert.Equal(Name, error.FileName);
            }
        }
    }

    private static OsmFormatException OpenFails(byte[] file)
    {
        OsmFormatException error = Assert.Throws<OsmFormatException>(() => new PbfReader(new MemoryStream(file), Name));
        Assert.Equal(Name, error.FileName);
        Assert.Contains(Name, error.Message, StringComparison.Ordinal);
        return error;
    }

    private static OsmFormatException ReadFails(byte[] file)
    {
        using var reader = new PbfReader(new MemoryStream(file), Name);
        OsmFormatException error = Assert.Throws<OsmFormatException>(() => reader.Read().Count());
        Assert.Equal(Name, error.FileName);
        Assert.Contains($"offset {error.BlockOffset}", error.Message, StringComparison.Ordinal);
        return error;
    }

    /// <summary>Start (length prefix) and end offsets of every blob of a well-formed file.</summary>
    private static List<(long Offset, long End)> BlobSpans(byte[] file)
    {
        using var blobs = new PbfBlobReader(new MemoryStream(file), "spans", leaveOpen: false);
        var spans = new List<(long, long)>();
        while (blobs.TryReadNext(out _, out long offset, out _))
        {
            spans.Add((offset, blobs.Position));
        }

        return spans;
    }
}
