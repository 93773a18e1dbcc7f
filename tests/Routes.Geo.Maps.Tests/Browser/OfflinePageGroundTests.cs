using System.Globalization;
using System.Text.RegularExpressions;
using Routes.Geo.Encirclement;
using SkiaSharp;

namespace Routes.Geo.Maps.Tests.Browser;

/// <summary>The offline page with a Monaco walk: the extract's own sea and land, the walk's ends marked, no 1944 panel where it does not apply.</summary>
public sealed partial class OfflinePageGroundTests : IDisposable
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    // Points GDAL computes from the extract (see BaseMapTests): the Palace on the Rock, Port Hercule's water.
    private static readonly GeoPoint Palace = new(43.731228, 7.419882);
    private static readonly GeoPoint Harbour = new(43.735149, 7.426735);

    private readonly string _folder = Directory.CreateTempSubdirectory("maps-ground-").FullName;
    private readonly Route _walk = RealData.Walk(RealData.Monaco, 43.7314, 7.4199, 43.7394, 7.4276);
    private readonly string _page;

    public OfflinePageGroundTests()
    {
        _page = Path.Combine(_folder, "monaco.html");
        OfflineMapPage.Write(_page, Model, [new RouteGeoJson.Entry(_walk, "Prince's Palace", "Casino")], roads: RealData.Monaco, ground: RealData.MonacoBase);
    }

    public void Dispose() => Directory.Delete(_folder, true);

    [Fact]
    public void A_Monaco_page_carries_the_extracts_sea_and_says_no_1944_site_is_near()
    {
        string html = OfflineMapPage.ToHtml(Model, [new RouteGeoJson.Entry(_walk, "Prince's Palace", "Casino")], ground: RealData.MonacoBase);
        Assert.Contains("\"kind\":\"sea\"", html, StringComparison.Ordinal);
        Assert.Contains("\"history\":false", html, StringComparison.Ordinal);
        Assert.Contains("Coast and land: OpenStreetMap", html, StringComparison.Ordinal);
        Assert.Contains("\"history\":true", OfflineMapPage.ToHtml(Model), StringComparison.Ordinal);
    }

    [Fact]
    public void Monaco_page_paints_Port_Hercule_as_sea_and_the_Rock_as_land()
    {
        Chromium.Require();
        (string dom, string stderr) = Chromium.Run(new Uri(_page).AbsoluteUri, "--window-size=1200,900", "--dump-dom");
        Assert.Empty(Chromium.PageErrors(stderr));
        Match view = View().Match(dom);
        Assert.True(view.Success, "the page reports no view");
        double lat = D(view.Groups["lat"].Value), lon = D(view.Groups["lon"].Value), zoom = D(view.Groups["zoom"].Value);

        string shot = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "maps-output")).FullName, "page-monaco-walk.png");
        File.Delete(shot);
        Chromium.Run(new Uri(_page).AbsoluteUri, "--window-size=1200,900", $"--screenshot={shot}");
        using SKBitmap png = Pictures.Decode(File.ReadAllBytes(shot));
        // Where Leaflet puts a point: Web Mercator at 256·2^zoom pixels around the view's centre (1200 × 900).
        double world = 256 * Math.Pow(2, zoom);
        double X(double longitude) => (longitude + 180) / 360 * world;
        double Y(double latitude) => (1 - (Math.Log(Math.Tan((Math.PI / 4) + (latitude * Math.PI / 360))) / Math.PI)) / 2 * world;
        (double px, double py) = (600 + X(Palace.Longitude) - X(lon), 450 + Y(Palace.Latitude) - Y(lat));
        (double hx, double hy) = (600 + X(Harbour.Longitude) - X(lon), 450 + Y(Harbour.Latitude) - Y(lat));
        Assert.True(Pictures.HasColourNear(png, hx, hy, 1, Pictures.Hex("#cfe3ef")), $"Port Hercule ({hx:0}, {hy:0}) should be sea-coloured");
        Assert.False(Pictures.HasColourNear(png, hx, hy, 1, Pictures.Hex("#f4efe1")), "no land colour on Port Hercule");
        Assert.True(Pictures.HasColourNear(png, px, py, 3, Pictures.Hex("#f4efe1")), $"the Prince's Palace ({px:0}, {py:0}) should be land-coloured");
        Assert.False(Pictures.HasColourNear(png, px, py, 3, Pictures.Hex("#cfe3ef")), "no sea within 3 px of the Palace");
    }

    [Fact]
    public void The_walk_has_a_numbered_start_and_end_and_the_1944_panel_and_legend_rows_are_hidden()
    {
        Chromium.Require();
        (string dom, _) = Chromium.Run(new Uri(_page).AbsoluteUri, "--window-size=1200,900", "--dump-dom");
        Assert.Matches("<div id=\"panel\" hidden", dom);
        Assert.Matches("class=\"[^\"]*route-end[^\"]*\"[^>]*title=\"Start: Prince's Palace\"[^>]*>1</div>", dom);
        Assert.Matches("class=\"[^\"]*route-end[^\"]*\"[^>]*title=\"End: Casino\"[^>]*>2</div>", dom);
        string legend = Legend().Match(dom).Value;
        Assert.Contains("Route", legend, StringComparison.Ordinal);
        Assert.Contains("Its start and end", legend, StringComparison.Ordinal);
        Assert.DoesNotContain("Port ", legend, StringComparison.Ordinal);
        Assert.DoesNotContain("Allied contact line", legend, StringComparison.Ordinal);
    }

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("data-view=\"(?<lat>-?[\\d.]+),(?<lon>-?[\\d.]+),(?<zoom>[\\d.]+)\"")]
    private static partial Regex View();

    [GeneratedRegex("id=\"legend\".*?</details>", RegexOptions.Singleline)]
    private static partial Regex Legend();
}
