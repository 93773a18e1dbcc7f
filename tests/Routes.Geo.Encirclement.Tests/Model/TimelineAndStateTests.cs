namespace Routes.Geo.Encirclement.Tests.Model;

public class TimelineAndStateTests
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    [Fact]
    public void StateOn_22Sep1944_BoulogneLiberated_CalaisBesieged()
    {
        EncirclementState state = Model.StateOn(new DateOnly(1944, 9, 22));

        Assert.Equal(PortState.Liberated, state.Ports["boulogne"]);
        Assert.Equal(PortState.Besieged, state.Ports["calais"]);
        Assert.Equal(PortState.Besieged, state.Ports["dunkirk"]);
    }

    [Fact]
    public void StateOn_1Sep1944_AllPortsGermanHeld()
    {
        EncirclementState state = Model.StateOn(new DateOnly(1944, 9, 1));

        Assert.All(state.Ports.Values, s => Assert.Equal(PortState.GermanHeld, s));
        Assert.Empty(state.PositionsHeld);
    }

    [Fact]
    public void StateOn_12Sep1944_DunkirkEncircledNotYetBesieged()
    {
        EncirclementState state = Model.StateOn(new DateOnly(1944, 9, 12));

        Assert.Equal(PortState.Encircled, state.Ports["dunkirk"]);
        Assert.Equal(PortState.Encircled, state.Ports["boulogne"]);
        Assert.Equal(PortState.Encircled, state.Ports["calais"]);
        Assert.Contains(state.PositionsHeld, p => p.Id == "dunkirk-outpost-line");
    }

    [Fact]
    public void StateOn_1Oct1944_CalaisLiberated_DunkirkStillBesieged()
    {
        EncirclementState state = Model.StateOn(new DateOnly(1944, 10, 1));

        Assert.Equal(PortState.Liberated, state.Ports["calais"]);
        Assert.Equal(PortState.Besieged, state.Ports["dunkirk"]);
        Assert.Equal(["calais-fortress", "dunkirk-pocket-static"], state.PositionsHeld.Select(p => p.Id));
    }

    [Fact]
    public void StateOn_9May1945_DunkirkLiberated()
    {
        EncirclementState state = Model.StateOn(new DateOnly(1945, 5, 9));

        Assert.Equal(PortState.Liberated, state.Ports["dunkirk"]);
        Assert.Equal(["dunkirk-pocket-static"], state.PositionsHeld.Select(p => p.Id));
    }

    [Fact]
    public void PortStates_AreDerivedFromEvents()
    {
        Port calais = Model.Ports.Single(p => p.SiteId == "calais");

        Assert.Equal(
            [new PortPhase(PortState.Encircled, new DateOnly(1944, 9, 5), "ev-1944-09-05-calais-cut"),
             new PortPhase(PortState.Besieged, new DateOnly(1944, 9, 20), "ev-1944-09-20-calais-bombardment"),
             new PortPhase(PortState.Liberated, new DateOnly(1944, 10, 1), "ev-1944-10-01-calais-surrender")],
            calais.Phases);
    }

    [Theory]
    [InlineData(1944, 8, 31)]
    [InlineData(1945, 5, 10)]
    public void StateOn_DateOutsideModel_Throws(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        DateOutsideModelException e = Assert.Throws<DateOutsideModelException>(() => Model.StateOn(date));

        Assert.Equal(date, e.Date);
        Assert.Equal(new DateOnly(1944, 9, 1), e.First);
        Assert.Equal(new DateOnly(1945, 5, 9), e.Last);
    }

    [Fact]
    public void EventsBetween_DateOutsideModel_Throws()
    {
        Assert.Throws<DateOutsideModelException>(() => Model.EventsBetween(new DateOnly(1944, 6, 6), new DateOnly(1944, 9, 5)));
    }

    [Fact]
    public void EventsBetween_IncludesEventsOverlappingTheRange()
    {
        string[] ids = [.. Model.EventsBetween(new DateOnly(1944, 9, 25), new DateOnly(1944, 9, 25)).Select(e => e.Id)];

        // The 20–25 Sep bombardment overlaps 25 Sep; Undergo starts that day.
        Assert.Equal(["ev-1944-09-20-calais-bombardment", "ev-1944-09-25-undergo"], ids);
    }

    [Fact]
    public void Undergo_Opens25Sep_At1015()
    {
        HistoricalEvent undergo = Model.Events.Single(e => e.Id == "ev-1944-09-25-undergo");

        Assert.Equal(new TimeOnly(10, 15), undergo.StartTime);
        Assert.Contains("https://www.liberationroute.com/pois/2485", Model.Events.Single(e => e.Id == "ev-1944-09-20-calais-bombardment").Sources);
    }

    [Fact]
    public void LoonPlage_KeepsTheDateDisagreement()
    {
        HistoricalEvent loonPlage = Model.EventsAt(Model.FindSite("Loon-Plage")).Single();

        Assert.Equal(new DateOnly(1944, 9, 8), loonPlage.Start);
        Assert.Equal(new DateOnly(1944, 9, 9), loonPlage.End);
        Assert.Contains(loonPlage.Notes, n => n.Contains("7 Sep", StringComparison.Ordinal) && n.Contains("9 Sep", StringComparison.Ordinal));
    }

    [Fact]
    public void Bergues_KeepsThe15Versus16SepDisagreement()
    {
        HistoricalEvent bergues = Model.EventsAt(Model.FindSite("Bergues")).Single();

        Assert.Equal(new DateOnly(1944, 9, 16), bergues.Start);
        Assert.Contains(bergues.Notes, n => n.Contains("15 Sep", StringComparison.Ordinal));
    }

    [Fact]
    public void CalaisTruce_HasStartAndEndTimesOverTwoDays()
    {
        HistoricalEvent truce = Model.Events.Single(e => e.Id == "ev-1944-09-29-calais-truce");

        Assert.Equal((new DateOnly(1944, 9, 29), new TimeOnly(14, 0)), (truce.Start, truce.StartTime!.Value));
        Assert.Equal((new DateOnly(1944, 9, 30), new TimeOnly(12, 0)), (truce.LastDay, truce.EndTime!.Value));
    }

    [Fact]
    public void Events_AreInChronologicalOrder()
    {
        Assert.Equal(Model.Events.OrderBy(e => e.Start).Select(e => e.Start), Model.Events.Select(e => e.Start));
        Assert.Equal(39, Model.Events.Count);
    }
}
