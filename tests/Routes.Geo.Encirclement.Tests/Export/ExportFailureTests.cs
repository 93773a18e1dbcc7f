using Routes.Geo.Encirclement.Tests.Model;

namespace Routes.Geo.Encirclement.Tests.Export;

public sealed class ExportFailureTests : IDisposable
{
    private static readonly EncirclementModel Model = ExportSamples.Model;
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-export-fail-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Writers => ["sites", "events", "positions", "gpx"];

    [Theory]
    [MemberData(nameof(Writers))]
    public void MissingFolder_IsAnExportErrorNamingTheFile(string writer)
    {
        string path = Path.Combine(_folder, "no-such-folder", "out.file");

        var error = Assert.Throws<ExportException>(() => Write(writer, path, interrupted: false));

        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void UnwritableLocation_IsAnExportErrorNamingTheFile(string writer)
    {
        // A folder nobody can create files in, even root: /proc. Elsewhere, a target that is a folder.
        string path = Directory.Exists("/proc/self") ? "/proc/self/routes-geo.out" : _folder;

        var error = Assert.Throws<ExportException>(() => Write(writer, path, interrupted: false));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> InvalidPaths()
    {
        var data = new TheoryData<string, string>();
        foreach (string writer in new[] { "sites", "events", "positions", "gpx", "routes" })
        {
            foreach (string path in new[] { "", "    ", "a\0b.geojson" })
            {
                data.Add(writer, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidPaths))]
    public void InvalidPath_IsAnExportError_BeforeTheDataIsRead(string writer, string path)
    {
        bool read = false;
        IEnumerable<T> Watched<T>(IEnumerable<T> items) => items.Select(item =>
        {
            read = true;
            return item;
        });

        var error = Assert.Throws<ExportException>(() =>
        {
            switch (writer)
            {
                case "sites":
                    HistoryGeoJson.WriteSites(path, Watched(Model.Sites));
                    break;
                case "events":
                    HistoryGeoJson.WriteEvents(path, Model, Watched(Model.Events));
                    break;
                case "positions":
                    HistoryGeoJson.WritePositions(path, Model, Watched(Model.Positions));
                    break;
                case "gpx":
                    WalkGpx.Write(path, ExportSamples.Walk, "walk", Watched(Model.Sites));
                    break;
                default:
                    RouteGeoJson.Write(path, Watched(new[] { new RouteGeoJson.Entry(ExportSamples.Walk, "A", "B") }));
                    break;
            }
        });

        Assert.Equal(path, error.Path);
        Assert.False(read);
    }

    [Fact]
    public void TargetThatIsAFolder_IsAnExportError()
    {
        string path = Path.Combine(_folder, "a-folder");
        Directory.CreateDirectory(path);

        var error = Assert.Throws<ExportException>(() => HistoryGeoJson.WriteSites(path, Model.Sites));

        Assert.Equal(path, error.Path);
        Assert.True(Directory.Exists(path));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void InterruptedExport_LeavesThePreviousFileWholeAndNoTemporaryFile(string writer)
    {
        string path = Path.Combine(_folder, "export.out");
        File.WriteAllText(path, "previous export");

        Assert.Throws<InvalidOperationException>(() => Write(writer, path, interrupted: true));

        Assert.Equal("previous export", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void InterruptedFirstExport_LeavesNoFileAtAll(string writer)
    {
        string path = Path.Combine(_folder, "first.out");

        Assert.Throws<InvalidOperationException>(() => Write(writer, path, interrupted: true));

        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void EventsNamingASiteTheModelDoesNotHave_AreAnUnknownSiteErrorAndNoFile()
    {
        const string Sites = """
            [ { "id": "a", "name": "Alpha", "kinds": ["town"], "chronology": { "after": "dated-sites", "reason": "No dated event." },
                "coordinate": { "status": "VERIFIED", "lat": 50.0, "lon": 2.0, "source": "src A" }, "sources": ["src A"] },
              { "id": "b", "name": "Bravo", "kinds": ["fort"], "chronology": { "after": "dated-sites", "reason": "No dated event." },
                "coordinate": { "status": "VERIFIED", "lat": 50.1, "lon": 2.0, "source": "src B" }, "sources": ["src B"] },
              { "id": "c", "name": "Charlie", "kinds": ["battery"], "chronology": { "after": "dated-sites", "reason": "No dated event." },
                "coordinate": { "status": "VERIFIED", "lat": 50.0, "lon": 2.1, "source": "src C" }, "sources": ["src C"] } ]
            """;
        EncirclementModel other = HistoryTestData.Load(HistoryTestData.Document(sites: Sites));
        string path = Path.Combine(_folder, "events.geojson");

        var error = Assert.Throws<UnknownSiteException>(() => HistoryGeoJson.WriteEvents(path, Model, other.Events));

        Assert.Equal("a", error.Name);
        Assert.False(File.Exists(path));
    }

    private static void Write(string writer, string path, bool interrupted)
    {
        switch (writer)
        {
            case "sites":
                HistoryGeoJson.WriteSites(path, Maybe(Model.Sites, interrupted));
                break;
            case "events":
                HistoryGeoJson.WriteEvents(path, Model, Maybe(Model.Events, interrupted));
                break;
            case "positions":
                HistoryGeoJson.WritePositions(path, Model, Maybe(Model.Positions, interrupted));
                break;
            default:
                WalkGpx.Write(path, ExportSamples.Walk, "walk", Maybe(Model.Sites, interrupted));
                break;
        }
    }

    private static IEnumerable<T> Maybe<T>(IEnumerable<T> items, bool interrupted) => interrupted ? ThenFailure(items) : items;

    // Stands for anything that fails half-way through an export: a lazy query, a cancelled read.
    private static IEnumerable<T> ThenFailure<T>(IEnumerable<T> items)
    {
        foreach (T item in items.Take(2))
        {
            yield return item;
        }

        throw new InvalidOperationException("interrupted half-way");
    }
}
