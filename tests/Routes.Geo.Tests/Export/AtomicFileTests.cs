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

    public static TheoryData<string, string> InvalidPaths => new()
    {
        { "", "empty" },
        { "   ", "white space" },
        { "out\0put.geojson", "NUL" },
        { "sub/", "not a file" },
    };

    [Theory]
    [MemberData(nameof(InvalidPaths))]
    public void InvalidPath_IsAnExportErrorNamingTheProblem_BeforeAnyWork(string path, string problem)
    {
        bool called = false;
        var error = Assert.Throws<ExportException>(() => AtomicFile.Write(path, _ => called = true));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
        Assert.False(called);
    }

    [Fact]
    public void TemporaryFile_IsHiddenBesideTheTargetAndNamedAfterIt_AndGoneWhenTheWriteIsInterrupted()
    {
        string path = Path.Combine(_folder, "route.geojson");
        string[] during = [];
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[100_000]);
            stream.Flush();
            during = Directory.GetFiles(_folder);
            throw new InvalidOperationException("interrupted mid-stream");
        }));

        string temporary = Path.GetFileName(Assert.Single(during));
        Assert.StartsWith(".route.geojson.", temporary, StringComparison.Ordinal);
        Assert.EndsWith(AtomicFile.TemporarySuffix, temporary, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void NextWrite_RemovesStaleTemporariesOfItsTarget_AndNoOtherFile()
    {
        string path = Path.Combine(_folder, "route.geojson");
        // As left by processes killed mid-write: one long ago, one that may still be writing.
        string stale = Temporary("route.geojson", AtomicFile.StaleTemporaryAge * 2);
        string recent = Temporary("route.geojson", TimeSpan.Zero);
        string otherTarget = Temporary("route.geojson.bak", AtomicFile.StaleTemporaryAge * 2);
        string notOurs = Path.Combine(_folder, ".route.geojson.notes" + AtomicFile.TemporarySuffix);
        File.WriteAllText(notOurs, "a user's file");
        File.SetLastWriteTimeUtc(notOurs, DateTime.UtcNow - (AtomicFile.StaleTemporaryAge * 2));

        AtomicFile.Write(path, s => s.Write("new"u8));

        Assert.False(File.Exists(stale));
        Assert.Equal(new[] { path, recent, otherTarget, notOurs }.Order(), Directory.GetFiles(_folder).Order());
    }

    private string Temporary(string target, TimeSpan age)
    {
        string temporary = Path.Combine(_folder, $".{target}.{Guid.NewGuid():N}{AtomicFile.TemporarySuffix}");
        File.WriteAllText(temporary, "half a fi");
        File.SetLastWriteTimeUtc(temporary, DateTime.UtcNow - age);
        return temporary;
    }
}
