using System.Text.RegularExpressions;

namespace Routes.Geo.Encirclement.Tests.Model;

/// <summary>Port states on the day of a change follow the event's time of day where the fact sheet gives one.</summary>
public partial class PortTimeOfDayTests
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    // From the fact sheet's timeline, by hand: "17 Sep | Boulogne | Operation Wellhit opens: bombers 08:30" and
    // "1 Oct 07:00 | Calais | Garrison surrenders". No other port phase's row gives a time for that port's event.
    [Theory]
    [InlineData("boulogne", 1944, 9, 17, 8, 30, PortState.Encircled, PortState.Besieged)]
    [InlineData("calais", 1944, 10, 1, 7, 0, PortState.Besieged, PortState.Liberated)]
    public void OnTheDayOfATimedPhase_TheEarlierStateHoldsUntilTheEventsTime(string port, int y, int m, int d, int h, int min, PortState before, PortState after)
    {
        var day = new DateOnly(y, m, d);
        var time = new TimeOnly(h, min);
        Port p = Model.Ports.Single(x => x.SiteId == port);
        Assert.Equal(before, p.StateAt(day, time.AddMinutes(-1)));
        Assert.Equal(after, p.StateAt(day, time));
        Assert.Equal(after, p.StateOn(day));
        Assert.Equal(before, Model.StateAt(day, new TimeOnly(0, 0)).Ports[port]);
        Assert.Equal(after, Model.StateAt(day, new TimeOnly(23, 59)).Ports[port]);
    }

    [Fact]
    public void OnlyTheTwoPhasesTheSheetTimes_HaveATime_AndAPhaseWithoutTimeHoldsFromItsDaysStart()
    {
        string[] timed = [.. Model.Ports.SelectMany(p => p.Phases.Where(ph => ph.FromTime is not null).Select(ph => $"{p.SiteId} {ph.State} {ph.FromTime:HH:mm}"))];
        Assert.Equal(["boulogne Besieged 08:30", "calais Liberated 07:00"], timed);
        Port boulogne = Model.Ports.Single(x => x.SiteId == "boulogne");
        Assert.Equal(PortState.Liberated, boulogne.StateAt(new DateOnly(1944, 9, 22), TimeOnly.MinValue));
        Assert.Equal(PortState.Besieged, boulogne.StateAt(new DateOnly(1944, 9, 21), TimeOnly.MaxValue));
    }

    [Fact]
    public void EveryPhaseTime_IsWrittenInTheFactSheetsTimelineRowOfThatDay()
    {
        string[] rows = [.. File.ReadLines(FactSheet()).Where(l => l.StartsWith("| ", StringComparison.Ordinal))];
        foreach (Port port in Model.Ports)
        {
            foreach (PortPhase phase in port.Phases.Where(ph => ph.FromTime is not null))
            {
                string day = $"{phase.From.Day} {phase.From:MMM}";
                string place = Model.FindSite(port.SiteId).Name;
                string? row = rows.FirstOrDefault(r => r.Split('|')[1].Trim().StartsWith(day, StringComparison.Ordinal) && r.Split('|')[2].Contains(place, StringComparison.Ordinal));
                Assert.True(row is not null, $"no timeline row of {day} at {place}");
                Assert.Contains($"{phase.FromTime:HH:mm}", row, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Marquise_IsLiberatedOn5September_AndMontreuilReachedOn4_AsTheSheetSays()
    {
        Match row = SheetRow().Match(File.ReadAllText(FactSheet()));
        Assert.True(row.Success, "the fact sheet's Montreuil/Marquise row is missing");
        Assert.Equal("4 Sep", row.Groups["montreuil"].Value);
        Assert.Equal("5 Sep", row.Groups["marquise"].Value);
        Assert.Equal(new DateOnly(1944, 9, 4), KeyEventStart("montreuil"));
        Assert.Equal(new DateOnly(1944, 9, 5), KeyEventStart("marquise"));
    }

    private static DateOnly KeyEventStart(string siteId) =>
        Model.Events.Single(e => e.Id == Model.FindSite(siteId).Chronology.EventId).Start;

    private static string FactSheet()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Routes.Geo.sln")))
        {
            directory = directory.Parent;
        }

        return Path.GetFullPath(Path.Combine(directory!.FullName, "..", "shared", "history", "encirclement-1944.md"));
    }

    [GeneratedRegex(@"Montreuil \((?<montreuil>\d+ Sep)\); Marquise liberated \((?<marquise>\d+ Sep)\)")]
    private static partial Regex SheetRow();
}
