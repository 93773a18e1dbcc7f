using System.Xml.Linq;
using Routes.Geo.Export;

namespace Routes.Geo.Tests.Export;

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
}
