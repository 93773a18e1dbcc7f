using System.Text.Json;
using PuppeteerSharp;
using SkiaSharp;

namespace Routes.Geo.Server.Tests.Story;

/// <summary>The story page served on Monaco, where none of the model's sites lies: what is about 1944 is not shown.</summary>
public sealed class StoryPageMonacoTests(MonacoServer monaco) : IClassFixture<MonacoServer>
{
    [Fact]
    public async Task OnANetworkWithoutSites_TheDateSliderAndThePortsLegendAreHidden_TheRouteLegendStays()
    {
        await using IBrowser browser = await StoryPageTests.Launch();
        IPage page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e.Message);
        await page.GoToAsync(monaco.BaseAddress.AbsoluteUri, new NavigationOptions { Timeout = 60_000 });
        await page.WaitForSelectorAsync("body[data-ready='true']", new WaitForSelectorOptions { Timeout = 60_000 });

        Assert.True(await page.EvaluateExpressionAsync<bool>("document.querySelector('.date-control').hidden"), "the 1944 date slider shows on Monaco");
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.querySelector('.legend .history').hidden"), "the ports' legend shows on Monaco");
        Assert.Contains("route", await page.EvaluateExpressionAsync<string>("document.querySelector('.legend').innerText"), StringComparison.Ordinal);
        Assert.Empty(errors);
        string png = Path.Combine(SharedData.RepositoryRoot(), "out", "server", "story-page-monaco.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        await Task.Delay(1500);
        await page.ScreenshotAsync(png);
    }

    // Points GDAL computes from the extract (as the offline page's ground test): the Palace on the Rock, Port Hercule's water.
    private static readonly GeoPoint Palace = new(43.731228, 7.419882);
    private static readonly GeoPoint Harbour = new(43.735149, 7.426735);
    private static readonly SKColor Sea = SKColor.Parse("#aad3df");
    private static readonly SKColor Land = SKColor.Parse("#f2efe9");

    [Fact]
    public async Task TheServedPage_PaintsPortHerculeAsSea_AndTheRockAsLand()
    {
        (int status, JsonElement ground) = await monaco.GetAsync("/api/v1/ground");
        Assert.Equal(200, status);
        string[] kinds = [.. ground.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("kind").GetString()!).Distinct()];
        Assert.Contains("sea", kinds);
        Assert.Contains("land", kinds);

        await using IBrowser browser = await StoryPageTests.Launch();
        IPage page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e.Message);
        await page.GoToAsync(monaco.BaseAddress.AbsoluteUri + "#v=43.7332,7.4233,16", new NavigationOptions { Timeout = 60_000 });
        await page.WaitForSelectorAsync("body[data-ready='true']", new WaitForSelectorOptions { Timeout = 60_000 });
        Assert.Equal("extract", await page.EvaluateExpressionAsync<string>("document.body.dataset.ground"));
        await Task.Delay(2000);
        string png = Path.Combine(SharedData.RepositoryRoot(), "out", "server", "story-page-monaco-ground.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        await page.ScreenshotAsync(png);
        using SKBitmap shot = SKBitmap.Decode(png);

        (double hx, double hy) = await PixelOf(page, Harbour);
        (double px, double py) = await PixelOf(page, Palace);
        Assert.True(HasColourNear(shot, hx, hy, 1, Sea), $"Port Hercule ({hx:0}, {hy:0}) should be sea-coloured");
        Assert.False(HasColourNear(shot, hx, hy, 1, Land), "no land colour on Port Hercule");
        Assert.True(HasColourNear(shot, px, py, 3, Land), $"the Prince's Palace ({px:0}, {py:0}) should be land-coloured");
        Assert.False(HasColourNear(shot, px, py, 3, Sea), "no sea within 3 px of the Palace");
        Assert.Empty(errors);
    }

    // Where Leaflet itself puts a point, in page pixels.
    private static async Task<(double X, double Y)> PixelOf(IPage page, GeoPoint point)
    {
        double[] xy = await page.EvaluateExpressionAsync<double[]>(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"(function () {{ var p = storyMap.latLngToContainerPoint([{point.Latitude}, {point.Longitude}]); var r = document.getElementById('map').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }})()"));
        return (xy[0], xy[1]);
    }

    private static bool HasColourNear(SKBitmap bitmap, double x, double y, int radius, SKColor colour)
    {
        for (int dy = -radius; dy <= radius; dy++)
        {
            for (int dx = -radius; dx <= radius; dx++)
            {
                SKColor c = bitmap.GetPixel((int)Math.Round(x) + dx, (int)Math.Round(y) + dy);
                if (Math.Abs(c.Red - colour.Red) <= 4 && Math.Abs(c.Green - colour.Green) <= 4 && Math.Abs(c.Blue - colour.Blue) <= 4)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
