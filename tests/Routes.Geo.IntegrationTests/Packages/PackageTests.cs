using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Xml.Linq;
using Routes.Geo.IntegrationTests.Cli;

namespace Routes.Geo.IntegrationTests.Packages;

/// <summary>
/// Packs the four shipped projects from the build the tests use (dotnet pack --no-build) and reads the
/// packages back: NuGet metadata, README, XML docs, and a symbol package whose PDB carries SourceLink.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.PackedFolder>
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private readonly PackedFolder _packed;

    public PackageTests(PackedFolder packed) => _packed = packed;

    [Theory]
    [InlineData("Routes.Geo")]
    [InlineData("Routes.Geo.Osm")]
    [InlineData("Routes.Geo.Encirclement")]
    [InlineData("Routes.Geo.Maps")]
    public void The_package_carries_id_description_tags_license_project_url_readme_and_repository_commit(string id)
    {
        using ZipArchive package = _packed.Open(id, "nupkg");
        XElement metadata = Nuspec(package);
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal(id, Value("id"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("openstreetmap", Value("tags"), StringComparison.Ordinal);
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")?.Value);
        Assert.StartsWith("https://", Value("projectUrl"), StringComparison.Ordinal);
        Assert.Equal("README.md", Value("readme"));
        Assert.NotNull(package.GetEntry("README.md"));
        Assert.NotNull(package.GetEntry($"lib/net10.0/{id}.xml"));
        XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
    }

    [Theory]
    [InlineData("Routes.Geo")]
    [InlineData("Routes.Geo.Osm")]
    [InlineData("Routes.Geo.Encirclement")]
    [InlineData("Routes.Geo.Maps")]
    public void The_symbol_package_pdb_maps_every_source_to_the_repository_at_the_packed_commit(string id)
    {
        using ZipArchive symbols = _packed.Open(id, "snupkg");
        string commit = Nuspec(_packed.Open(id, "nupkg")).Elements().Single(e => e.Name.LocalName == "repository").Attribute("commit")!.Value;
        using var pdb = new MemoryStream();
        using (Stream entry = symbols.GetEntry($"lib/net10.0/{id}.pdb")!.Open())
        {
            entry.CopyTo(pdb);
        }

        pdb.Position = 0;
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        MetadataReader reader = provider.GetMetadataReader();
        string sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .Single();

        Assert.Contains($"https://raw.githubusercontent.com/routes-geo/Routes.Geo/{commit}/*", sourceLink, StringComparison.Ordinal);
    }

    private static XElement Nuspec(ZipArchive package)
    {
        ZipArchiveEntry nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = nuspec.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static readonly string[] ShippedProjects =
    [
        "src/Routes.Geo/Routes.Geo.csproj", "src/Routes.Geo.Osm/Routes.Geo.Osm.csproj",
        "src/Routes.Geo.Encirclement/Routes.Geo.Encirclement.csproj", "src/Routes.Geo.Maps/Routes.Geo.Maps.csproj",
    ];

    /// <summary>A temporary folder with every shipped package, packed once for the class.</summary>
    public sealed class PackedFolder : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-pack-").FullName;

        public PackedFolder()
        {
            string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            foreach (string project in ShippedProjects)
            {
                Pack(project, configuration);
            }
        }

        // "Routes.Geo.0.1.0.nupkg" but not "Routes.Geo.Osm.0.1.0.nupkg": the id is followed by the version's digit.
        public ZipArchive Open(string id, string extension) =>
            ZipFile.OpenRead(Directory.GetFiles(_folder, $"*.{extension}")
                .Single(f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f), $@"^{System.Text.RegularExpressions.Regex.Escape(id)}\.[0-9]")));

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private void Pack(string project, string configuration)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = CliProcess.RepositoryRoot(), RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string a in new[] { "pack", project, "-c", configuration, "--no-build", "-o", _folder, "-nologo" })
            {
                start.ArgumentList.Add(a);
            }

            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
            }
        }
    }
}
