using Xunit.Abstractions;

namespace Routes.Geo.Tests.Profiles;

/// <summary>The duration tag of ferries, read into travel time, at its extremes.</summary>
public class DurationTagTests(ITestOutputHelper output)
{
    // A duration beyond what TimeSpan holds once escaped as OverflowException
    [Fact]
    public void FerryWithHugeIsoDuration_DoesNotBreakTheGraph()
    {
        var tiny = new TinyNetwork();
        tiny.Way("route=ferry motorcar=yes duration=P99999999D", (0, 0), (0, 1));
        RoadNetwork network = tiny.Build();
        var e = Record.Exception(() => network.GraphFor(TravelProfiles.Car));
        output.WriteLine(e?.GetType().FullName + ": " + e?.Message);
        Assert.Null(e);
    }
}
