using System.Globalization;
using PuppeteerSharp;

namespace Routes.Geo.Server.Tests.Story;

/// <summary>
/// The story page in Debian's headless Chromium, driven by PuppeteerSharp, against the server on Lille: bookmarks, the
/// tour, the share link, a route from a clicked point; console errors collected; screenshots kept in out/server/.
/// </summary>
public sealed class StoryPageTests(LilleServer lille) : IClassFixture<LilleServer>
{
    private static readonly string[] Three = ["lille-monument-aux-fusilles", "lille-monument-aux-morts", "lille-statue-leon-trulin"];

    [Fact]
    public async Task BookmarkThreeSites_BuildTheTour_ReloadFromTheShareLink_FindsTheSameTour()
    {
        await using IBrowser browser = await Launch();
        var errors = new List<string>();
        IPage page = await Open(browser, lille.BaseAddress.AbsoluteUri, errors);
        await Screenshot(page, "story-page-opened.png");

        foreach (string id in Three)
        {
            await page.ClickAsync($".site-item[data-id='{id}']");
            await page.ClickAsync("#bookmark-button");
        }

        Assert.Equal(Three, await page.EvaluateExpressionAsync<string[]>("JSON.parse(localStorage.getItem('routes-geo.bookmarks'))"));
        await page.SelectAsync("#tour-mode", "bike");
        await page.ClickAsync("#tour-button");
        await page.WaitForSelectorAsync("#tour-summary[data-ready='true']", new WaitForSelectorOptions { Timeout = 30_000 });
        string order = await Attribute(page, "#tour-summary", "data-order");
        string length = await Attribute(page, "#tour-summary", "data-length");
        Assert.Equal(Three.Order(), order.Split(',').Order());
        await Screenshot(page, "story-page-tour.png");

        await page.ClickAsync("#share-button");
        string link = await page.EvaluateExpressionAsync<string>("document.getElementById('share-link').value");
        Assert.Contains("tour=1", link, StringComparison.Ordinal);
        Assert.Contains("mode=bike", link, StringComparison.Ordinal);
        string geojsonHref = await Attribute(page, "#tour-geojson", "href");
        Assert.Contains("/api/v1/tour.geojson?", geojsonHref, StringComparison.Ordinal);
        using (HttpResponseMessage download = await lille.Client.GetAsync(new Uri(geojsonHref, UriKind.Relative)))
        {
            Assert.Equal(200, (int)download.StatusCode);
        }

        // A fresh browser (no localStorage) opening the link finds the same selection, tour and view.
        await using IBrowser other = await Launch();
        IPage reopened = await Open(other, link, errors);
        await reopened.WaitForSelectorAsync("#tour-summary[data-ready='true']", new WaitForSelectorOptions { Timeout = 30_000 });
        Assert.Equal(order, await Attribute(reopened, "#tour-summary", "data-order"));
        Assert.Equal(length, await Attribute(reopened, "#tour-summary", "data-length"));
        Assert.Equal("bike", await reopened.EvaluateExpressionAsync<string>("document.getElementById('tour-mode').value"));
        Assert.Equal(Three, await reopened.EvaluateExpressionAsync<string[]>("JSON.parse(localStorage.getItem('routes-geo.bookmarks'))"));
        await Screenshot(reopened, "story-page-shared.png");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task RouteFromAClickedPoint_ToASite_ListsTurnByTurnInFrench()
    {
        await using IBrowser browser = await Launch();
        var errors = new List<string>();
        IPage page = await Open(browser, lille.BaseAddress.AbsoluteUri, errors);
        await page.ClickAsync(".site-item[data-id='lille-monument-aux-morts']");
        Assert.StartsWith("Where it stands in 1944 — Lille, 1944-09-0", await page.EvaluateExpressionAsync<string>("document.getElementById('site-context').textContent"), StringComparison.Ordinal);
        await page.SelectAsync("#route-language", "fr");

        // Click the map where Rue Nationale runs west of the Monument aux fusillés's neighbourhood (a point on the network).
        var point = await page.EvaluateExpressionAsync<double[]>(string.Create(CultureInfo.InvariantCulture,
            $"(function () {{ var m = document.getElementById('map').getBoundingClientRect(); var p = window.storyMap.latLngToContainerPoint([50.6368, 3.0560]); return [m.left + p.x, m.top + p.y]; }})()"));
        await page.Mouse.ClickAsync((decimal)point[0], (decimal)point[1]);
        await page.WaitForSelectorAsync("#route-summary[data-ready='true']", new WaitForSelectorOptions { Timeout = 30_000 });

        string[] steps = await page.EvaluateExpressionAsync<string[]>("Array.prototype.map.call(document.querySelectorAll('#route-steps li'), function (li) { return li.textContent; })");
        Assert.True(steps.Length >= 3, $"only {steps.Length} steps");
        Assert.StartsWith("Vous avez atteint", steps[^1], StringComparison.Ordinal);
        double distance = double.Parse(await Attribute(page, "#route-summary", "data-distance"), CultureInfo.InvariantCulture);
        Assert.InRange(distance, 200, 3000);
        await Screenshot(page, "story-page-route.png");

        // Lille is far from the Channel ports: the date control says so and shows them on request.
        Assert.False(await page.EvaluateExpressionAsync<bool>("document.getElementById('date-note').hidden"));
        await page.ClickAsync("#show-ports");
        await page.WaitForFunctionAsync("function () { return document.getElementById('date-note').hidden; }", new WaitForFunctionOptions { Timeout = 10_000 });
        await Task.Delay(500);
        await Screenshot(page, "story-page-ports.png");
        // At coast scale close sites' names would overprint each other: every pair of names still written is apart.
        double[][] boxes = await page.EvaluateExpressionAsync<double[][]>(
            "Array.prototype.filter.call(document.querySelectorAll('.site-label'), function (e) { return e.style.visibility !== 'hidden'; })" +
            ".map(function (e) { var r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
        int hidden = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.site-label.label-hidden').length");
        Assert.True(boxes.Length >= 15, $"only {boxes.Length} names written at coast scale");
        string[] written = await page.EvaluateExpressionAsync<string[]>(
            "Array.prototype.filter.call(document.querySelectorAll('.site-label'), function (e) { return e.style.visibility !== 'hidden'; }).map(function (e) { return e.textContent; })");
        Assert.Subset(written.ToHashSet(), new HashSet<string> { "Calais", "Dunkirk", "Boulogne" });
        Assert.True(hidden >= 1, "no name was left out, yet several sites lie within a label's width of each other at this scale");
        for (int i = 0; i < boxes.Length; i++)
        {
            for (int j = i + 1; j < boxes.Length; j++)
            {
                bool overlap = boxes[i][0] < boxes[j][2] && boxes[i][2] > boxes[j][0] && boxes[i][1] < boxes[j][3] && boxes[i][3] > boxes[j][1];
                Assert.False(overlap, $"names {i} and {j} overlap");
            }
        }

        Assert.Empty(errors);
    }

    /// <summary>Headless Debian Chromium with the page's viewport (1400×900); skips the test where it is missing.</summary>
    internal static async Task<IBrowser> Launch()
    {
        Chromium.Require();
        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            DefaultViewport = new ViewPortOptions { Width = 1400, Height = 900 },
        });
    }

    private static async Task<IPage> Open(IBrowser browser, string url, List<string> errors)
    {
        IPage page = await browser.NewPageAsync();
        page.Console += (_, e) =>
        {
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning)
            {
                errors.Add($"{url}: console {e.Message.Type}: {e.Message.Text}");
            }
        };
        page.PageError += (_, e) => errors.Add($"{url}: {e.Message}");
        page.RequestFailed += (_, e) => errors.Add($"{url}: request failed {e.Request.Url}");
        string origin = new Uri(url).GetLeftPart(UriPartial.Authority);
        page.Request += (_, e) =>
        {
            // Offline: everything the page loads comes from the server itself (data: URIs aside).
            if (!e.Request.Url.StartsWith(origin, StringComparison.Ordinal) && !e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                errors.Add($"{url}: asked for {e.Request.Url}, outside the server");
            }
        };
        await page.GoToAsync(url, new NavigationOptions { Timeout = 60_000 });
        await page.WaitForSelectorAsync("body[data-ready]", new WaitForSelectorOptions { Timeout = 60_000 });
        Assert.Equal("true", await Attribute(page, "body", "data-ready"));
        return page;
    }

    private static Task<string> Attribute(IPage page, string selector, string name) =>
        page.EvaluateExpressionAsync<string>($"document.querySelector(\"{selector}\").getAttribute('{name}')");

    private static async Task Screenshot(IPage page, string name)
    {
        // Let the road tiles that the last move asked for arrive before the picture.
        await Task.Delay(1500);
        string png = Path.Combine(SharedData.RepositoryRoot(), "out", "server", name);
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        await page.ScreenshotAsync(png);
        Assert.True(new FileInfo(png).Length > 20_000, $"{name} is (nearly) empty");
    }
}
