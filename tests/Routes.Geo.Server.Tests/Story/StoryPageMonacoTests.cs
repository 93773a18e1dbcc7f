using PuppeteerSharp;

namespace Routes.Geo.Server.Tests.Story;

/// <summary>The story page served on Monaco, where none of the model's sites lies: what is about 1944 is not shown.</summary>
public sealed class StoryPageMonacoTests(MonacoServer monaco) : IClassFixture<MonacoServer>
{
    [Fact]
    public async Task OnANetworkWithoutSites_TheDateSliderAndThePortsLegendAreHidden_TheRouteLegendStays()
    {
        Chromium.Require();
        await using IBrowser browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
            DefaultViewport = new ViewPortOptions { Width = 1400, Height = 900 },
        });
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
}
