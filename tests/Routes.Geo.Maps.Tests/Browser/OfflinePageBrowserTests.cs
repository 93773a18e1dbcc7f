using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Routes.Geo.Encirclement;
using SkiaSharp;

namespace Routes.Geo.Maps.Tests.Browser;

/// <summary>The offline page opened from file:// in headless Chromium: what it draws, and that it is not blank.</summary>
public sealed partial class OfflinePageBrowserTests : IDisposable
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();
    private readonly string _folder = Directory.CreateTempSubdirectory("maps-page-").FullName;
    private readonly string _page;

    public OfflinePageBrowserTests()
    {
        _page = Path.Combine(_folder, "map.html");
        OfflineMapPage.Write(_page, Model, [new RouteGeoJson.Entry(MapsTestData.Line(50.95, 1.86, 50.86, 1.74), "Calais", "Leubringhen")]);
    }

    public void Dispose() => Directory.Delete(_folder, true);

    [Theory]
    [InlineData("1944-09-12")]
    [InlineData("1944-09-30")]
    [InlineData("1945-05-09")]
    public void Page_loads_without_errors_and_draws_every_feature_of_the_day(string day)
    {
        Chromium.Require();
        (string dom, string stderr) = Chromium.Run(Url(day), "--dump-dom");

        Match status = Status().Match(dom);
        Assert.True(status.Success, "the page's #status element was not found in the DOM:\n" + dom[..Math.Min(dom.Length, 500)]);
        Assert.Equal("0", status.Groups["errors"].Value);
        Assert.Empty(Chromium.PageErrors(stderr));

        var date = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        int expected = 1 /* land */ + 1 /* route */ + Model.Sites.Count(s => s.Coordinate.Verified is not null)
            + Model.Positions.Count(p => p.ValidFrom <= date && date <= p.ValidTo) + Model.Ports.Count;
        Assert.Equal(expected, int.Parse(status.Groups["features"].Value, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1944-09-21", "boulogne", "Besieged")]
    [InlineData("1944-09-22", "boulogne", "Liberated")]
    [InlineData("1944-10-01", "calais", "Liberated")]
    [InlineData("1944-10-01", "dunkirk", "Besieged")]
    public void The_date_slider_colours_each_port_by_its_state_that_day(string day, string port, string state)
    {
        Chromium.Require();
        (string dom, _) = Chromium.Run(Url(day), "--dump-dom");
        Assert.Contains($"data-port=\"{port}\" data-state=\"{state}\"", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_popup_tells_its_story_events_and_sources()
    {
        Chromium.Require();
        Site todt = Model.FindSite("batterie-todt");
        (string dom, _) = Chromium.Run(Url("1944-09-25") + "&site=batterie-todt", "--dump-dom");
        string popup = WebUtility.HtmlDecode(Popup().Match(dom).Value);

        Assert.Contains(todt.Name, popup, StringComparison.Ordinal);
        Assert.Contains(todt.WhatHappened!, popup, StringComparison.Ordinal);
        Assert.All(Model.EventsAt(todt), e => Assert.Contains(e.Description, popup, StringComparison.Ordinal));
        Assert.NotEmpty(Model.EventsAt(todt));
        Assert.All(todt.Sources, s => Assert.Contains(s, popup, StringComparison.Ordinal));
    }

    [Fact]
    public void Screenshot_shows_sea_land_and_features_not_a_blank_page()
    {
        Chromium.Require();
        // The page without a route opens on the Channel ports (one with a route opens on the route).
        string overview = Path.Combine(_folder, "overview.html");
        OfflineMapPage.Write(overview, Model);
        string shot = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "maps-output")).FullName, "page-overview-1944-09-12.png");
        File.Delete(shot);
        Chromium.Run(new Uri(overview).AbsoluteUri + "#date=1944-09-12", "--window-size=1200,900", $"--screenshot={shot}");
        Assert.True(File.Exists(shot), "Chromium wrote no screenshot");

        using SKBitmap png = Pictures.Decode(File.ReadAllBytes(shot));
        Assert.True(Pictures.LuminanceVariance(png) > 100, "the screenshot is (nearly) uniform");
        Assert.True(Share(png, Pictures.Hex("#f4efe1")) > 0.2, "land colour should cover a good part of the map");
        Assert.True(Share(png, Pictures.Hex("#cfe3ef")) > 0.05, "sea colour should show");
        Assert.True(Share(png, Pictures.Hex("#b03a2e")) > 0.0005, "German positions should be drawn");
    }

    [Fact]
    public void Page_is_self_contained()
    {
        string html = File.ReadAllText(_page);
        Assert.DoesNotMatch(@"<script[^>]+src=|<link[^>]+href=|url\((?!#)[^)]*\)|@import", html);
        Assert.Contains("Leaflet 1.9.4", html, StringComparison.Ordinal);
    }

    private string Url(string day) => new Uri(_page).AbsoluteUri + "#date=" + day;

    private static double Share(SKBitmap bitmap, SKColor colour)
    {
        int hits = 0, n = 0;
        for (int y = 0; y < bitmap.Height; y += 3)
        {
            for (int x = 0; x < bitmap.Width; x += 3, n++)
            {
                SKColor c = bitmap.GetPixel(x, y);
                hits += Math.Abs(c.Red - colour.Red) + Math.Abs(c.Green - colour.Green) + Math.Abs(c.Blue - colour.Blue) <= 12 ? 1 : 0;
            }
        }

        return (double)hits / n;
    }

    [GeneratedRegex("class=\"leaflet-popup-content\".*?leaflet-popup-tip", RegexOptions.Singleline)]
    private static partial Regex Popup();

    [GeneratedRegex("<div id=\"status\" data-features=\"(?<features>\\d+)\" data-errors=\"(?<errors>\\d+)\"")]
    private static partial Regex Status();
}
