using System.Globalization;
using System.Text.RegularExpressions;
using Routes.Geo.Elevation;
using Routes.Geo.Encirclement;
using Routes.Geo.Osm;
using SkiaSharp;

namespace Routes.Geo.Maps.Tests.Browser;

/// <summary>The offline page with a route that has heights: its elevation profile under the map.</summary>
public sealed partial class OfflinePageProfileTests : IDisposable
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    private static readonly Lazy<RoadNetwork> HillyMonaco = new(() =>
        OsmNetwork.Load(RealData.PathOf("osm", "monaco.osm.pbf"), ElevationOptions.FromFolder(RealData.PathOf("elevation"))));

    private readonly string _folder = Directory.CreateTempSubdirectory("maps-profile-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    [Fact]
    public void A_route_with_heights_shows_its_elevation_profile_under_the_map_with_ascent_and_descent()
    {
        Chromium.Require();
        Route walk = RealData.Walk(HillyMonaco.Value, 43.7314, 7.4199, 43.7394, 7.4276);
        Assert.True(walk.AscentMetres > 20, $"the walk climbs {walk.AscentMetres:0} m");
        string page = Path.Combine(_folder, "monaco-hills.html");
        OfflineMapPage.Write(page, Model, [new RouteGeoJson.Entry(walk, "Prince's Palace", "Casino")], roads: HillyMonaco.Value);

        (string dom, string stderr) = Chromium.Run(new Uri(page).AbsoluteUri, "--window-size=1200,900", "--dump-dom");
        Assert.Empty(Chromium.PageErrors(stderr));
        Match figure = Figure().Match(dom);
        Assert.True(figure.Success, "no elevation profile on the page");
        Assert.Contains("Prince's Palace to Casino", figure.Value, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{walk.AscentMetres:0} m"), figure.Value, StringComparison.Ordinal);

        string shot = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "maps-output")).FullName, "page-monaco-elevation.png");
        File.Delete(shot);
        Chromium.Run(new Uri(page).AbsoluteUri, "--window-size=1200,900", $"--screenshot={shot}");
        using SKBitmap png = Pictures.Decode(File.ReadAllBytes(shot));
        // The chart's ground fill (#c9dcb3 at 0.85 over white) lies in the bottom 210 px, none of it in the map above.
        SKColor ground = new(0xd1, 0xe1, 0xbe);
        Assert.True(Rows(png, 900 - 210, 900, ground) > 0.05, "the profile's ground should fill part of the chart under the map");
        Assert.True(Rows(png, 0, 900 - 220, ground) < 0.001, "the chart's colour should not show over the map");
        Assert.True(Rows(png, 0, 900 - 220, Pictures.Hex("#6a1b9a")) > 0.0005, "the route still shows on the map above the chart");
    }

    [Fact]
    public void A_route_without_heights_has_no_profile_and_the_map_fills_the_page()
    {
        Route flat = RealData.Walk(RealData.Monaco, 43.7314, 7.4199, 43.7394, 7.4276);
        string html = OfflineMapPage.ToHtml(Model, [new RouteGeoJson.Entry(flat, "Prince's Palace", "Casino")], roads: RealData.Monaco);
        Assert.DoesNotContain("id=\"profiles\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<body class=\"with-profiles\"", html, StringComparison.Ordinal);
    }

    private static double Rows(SKBitmap bitmap, int top, int bottom, SKColor colour)
    {
        int hits = 0, n = 0;
        for (int y = top; y < Math.Min(bottom, bitmap.Height); y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2, n++)
            {
                SKColor c = bitmap.GetPixel(x, y);
                hits += Math.Abs(c.Red - colour.Red) + Math.Abs(c.Green - colour.Green) + Math.Abs(c.Blue - colour.Blue) <= 12 ? 1 : 0;
            }
        }

        return (double)hits / n;
    }

    [GeneratedRegex("<figure class=\"profile\".*?</figure>", RegexOptions.Singleline)]
    private static partial Regex Figure();
}
