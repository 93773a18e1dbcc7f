using System.Buffers.Binary;
using System.Security.Cryptography;
using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo.Tests.Storage;

/// <summary>
/// Save streams the file to disk and patches its payload size and checksum in at the end (so a file may pass 2 GB; a unit
/// test cannot write one, so these check the streaming path on small files against an independent reading of the bytes).
/// </summary>
public sealed class SavedNetworkWriteTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-write-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static RoutingGraph Grid(int size)
    {
        var tiny = new TinyNetwork();
        tiny.RandomGrid(new Random(5), size);
        return tiny.Build().GraphFor(TravelProfiles.Foot);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(70)] // more than the 1 MB the checksum is read back in
    public void Save_PatchesThePayloadSizeAndTheChecksumOfTheBytesOnDisk(int size)
    {
        string path = Path.Combine(_folder, $"grid-{size}.rgnet");
        SavedNetwork.Save(path, Grid(size), RouteMetric.Fastest, RouteMetric.Shortest);
        byte[] bytes = File.ReadAllBytes(path);
        SavedFile walked = SavedFile.Of(bytes);

        long payload = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(walked.Fields["header.payloadBytes"]));
        Assert.Equal(bytes.Length - walked.ChecksumAt - 32, payload);
        Assert.Equal(payload, SavedNetwork.ReadHeader(path).PayloadBytes);
        // The checksum recomputed here with SHA-256 over everything but itself, in one piece.
        byte[] expected = SHA256.HashData([.. bytes[..walked.ChecksumAt], .. bytes[(walked.ChecksumAt + 32)..]]);
        Assert.Equal(Convert.ToHexString(expected), SavedNetwork.ReadHeader(path).Sha256);
        if (size > 6)
        {
            Assert.True(bytes.Length > 1 << 20, $"the file has {bytes.Length} bytes, fewer than one read-back piece");
        }

        Assert.Equal(walked.Arrays["h1.rank"].Count, SavedNetwork.Load(path, TravelProfiles.Foot).Prepare(RouteMetric.Shortest).NodeCount);
    }

    [Fact]
    public void Save_LeavesNoTemporaryFileBehind()
    {
        string path = Path.Combine(_folder, "grid.rgnet");
        SavedNetwork.Save(path, Grid(6), RouteMetric.Fastest);
        SavedNetwork.Save(path, Grid(6));

        Assert.Equal(["grid.rgnet"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        Assert.Empty(SavedNetwork.ReadHeader(path).Hierarchies);
    }
}
