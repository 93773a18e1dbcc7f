using Routes.Geo.Export;

namespace Routes.Geo.Tests.Export;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void FailedWrite_LeavesThePreviousContentAndNoTemporaryFile()
    {
        string path = Path.Combine(_folder, "route.geojson");
        File.WriteAllText(path, "previous");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half a fi"u8);
            throw new InvalidOperationException("interrupted");
        }));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void FailedFirstWrite_LeavesNoFile()
    {
        string path = Path.Combine(_folder, "new.geojson");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("interrupted")));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void MissingFolder_IsAnExportErrorNamingTheFile()
    {
        string path = Path.Combine(_folder, "no-such-folder", "route.geojson");
        var error = Assert.Throws<ExportException>(() => AtomicFile.Write(path, s => s.WriteByte(1)));
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void SuccessfulWrite_ReplacesTheContent()
    {
        string path = Path.Combine(_folder, "route.geojson");
        File.WriteAllText(path, "previous");
        AtomicFile.Write(path, s => s.Write("new"u8));
        Assert.Equal("new", File.ReadAllText(path));
    }
}
