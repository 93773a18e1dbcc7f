using System.Xml.Linq;

namespace Routes.Geo.Encirclement.Tests.Export;

public sealed class WalkGpxTests
{
    private static readonly XNamespace Gpx = "http://www.topografix.com/GPX/1/1";

    [Fact]
    public void Walk_IsAGpx11TrackWithVerifiedSitesAsWaypointsAndTheOdblCopyright()
    {
        string text = WalkGpx.ToGpx(ExportSamples.Walk, "Lille memorials", ExportSamples.LilleSites);
        XElement gpx = XDocument.Parse(text).Root!;

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        Assert.Equal("1.1", gpx.Attribute("version")!.Value);
        Assert.Equal("OpenStreetMap contributors", gpx.Element(Gpx + "metadata")!.Element(Gpx + "copyright")!.Attribute("author")!.Value);
        XElement[] points = [.. gpx.Element(Gpx + "trk")!.Element(Gpx + "trkseg")!.Elements(Gpx + "trkpt")];
        Assert.Equal(ExportSamples.Walk.Geometry.Select(p => (p.Latitude, p.Longitude)),
            points.Select(p => ((double)p.Attribute("lat")!, (double)p.Attribute("lon")!)));
        string[] names = [.. gpx.Elements(Gpx + "wpt").Select(w => w.Element(Gpx + "name")!.Value)];
        Assert.Equal(ExportSamples.LilleSites.Where(s => s.Coordinate.Verified is not null).Select(s => s.Name), names);
        Assert.Contains("Monument aux fusillés", names);
    }

    // Code points, not strings: xUnit's test data would turn a lone surrogate into U+FFFD.
    [Theory]
    [InlineData(0x0001, " back")]
    [InlineData(0xD800, "")]
    [InlineData(0xDC00, " back")]
    public void TextXmlCannotCarry_IsAnExportErrorNamingTheField_AndLeavesNoFile(int codePoint, string after)
    {
        string name = "walk " + (char)codePoint + after;
        string character = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"U+{codePoint:X4}");
        string folder = Directory.CreateTempSubdirectory("routes-geo-gpx-").FullName;
        try
        {
            string path = Path.Combine(folder, "walk.gpx");
            var error = Assert.Throws<ExportException>(() => WalkGpx.Write(path, ExportSamples.Walk, name, ExportSamples.LilleSites));
            Assert.Contains("the name holds " + character, error.Message, StringComparison.Ordinal);
            Assert.Equal(path, error.Path);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
            Assert.Equal("", Assert.Throws<ExportException>(() => WalkGpx.ToGpx(ExportSamples.Walk, name, [])).Path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void NameWithACharacterBeyondTheBasicPlane_IsWritten()
    {
        string text = WalkGpx.ToGpx(ExportSamples.Walk, "walk \U0001F6B6\tLille", []);
        Assert.Equal("walk \U0001F6B6\tLille", XDocument.Parse(text).Root!.Element(Gpx + "metadata")!.Element(Gpx + "name")!.Value);
    }
}
