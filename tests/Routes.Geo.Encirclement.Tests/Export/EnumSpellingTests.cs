using System.Text.Json;
using System.Text.RegularExpressions;

namespace Routes.Geo.Encirclement.Tests.Export;

public sealed partial class EnumSpellingTests : IDisposable
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-enums-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(PositionKind.OutpostLine, "outpost_line")]
    [InlineData(PositionKind.Perimeter, "perimeter")]
    [InlineData(CoordinateStatus.Unverified, "unverified")]
    [InlineData(SiteKind.Battery, "battery")]
    public void OutputName_IsSnakeLowerCase(Enum value, string expected)
    {
        string name = value switch
        {
            PositionKind k => OutputName.Of(k),
            CoordinateStatus s => OutputName.Of(s),
            SiteKind k => OutputName.Of(k),
            _ => throw new ArgumentException("unexpected enum", nameof(value)),
        };
        Assert.Equal(expected, name);
    }

    [Fact]
    public void EveryEnumValuedProperty_OfSitesAndPositions_IsWrittenInSnakeLowerCase()
    {
        string sites = Path.Combine(_folder, "sites.geojson"), positions = Path.Combine(_folder, "positions.geojson");
        HistoryGeoJson.WriteSites(sites, Model.Sites);
        HistoryGeoJson.WritePositions(positions, Model);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string file, string[] fields) in new[] { (sites, new[] { "kinds", "status" }), (positions, ["side", "kind", "shape"]) })
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (JsonElement feature in json.RootElement.GetProperty("features").EnumerateArray())
            {
                foreach (string field in fields)
                {
                    string value = feature.GetProperty("properties").GetProperty(field).GetString()!;
                    Assert.Matches(SnakeList(), value);
                    seen.Add($"{field}={value}");
                }
            }
        }

        Assert.Contains("kind=outpost_line", seen);
        Assert.Contains("status=conflicting", seen);
        Assert.Contains("kinds=battery, museum", seen);
    }

    [GeneratedRegex("^[a-z]+(_[a-z]+)*(, [a-z]+(_[a-z]+)*)*$")]
    private static partial Regex SnakeList();
}
