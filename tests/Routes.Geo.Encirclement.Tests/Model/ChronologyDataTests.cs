namespace Routes.Geo.Encirclement.Tests.Model;

public class ChronologyDataTests
{
    private const string AlphaKey = "\"chronology\": { \"event\": \"ev-1\" },";
    private const string BravoWithAlpha = "\"chronology\": { \"with\": \"a\", \"reason\": \"Belongs to Alpha.\" },";

    [Fact]
    public void SiteWithoutChronology_IsRejected_NamingTheSite()
    {
        HistoryDataException e = Reject(HistoryTestData.Sites.Replace(AlphaKey, "", StringComparison.Ordinal));
        Assert.Equal("a", e.RecordId);
        Assert.Contains("'chronology'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyEventThatDoesNotListTheSite_IsRejected()
    {
        HistoryDataException e = Reject(HistoryTestData.Sites.Replace(BravoWithAlpha, "\"chronology\": { \"event\": \"ev-1\" },", StringComparison.Ordinal));
        Assert.Equal("b", e.RecordId);
        Assert.Contains("does not list the site", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyEvent_IsRejected()
    {
        HistoryDataException e = Reject(HistoryTestData.Sites.Replace(AlphaKey, "\"chronology\": { \"event\": \"ev-9\" },", StringComparison.Ordinal));
        Assert.Contains("'ev-9'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PlacedWithAnUndatedSite_IsRejected()
    {
        HistoryDataException e = Reject(HistoryTestData.Sites.Replace(BravoWithAlpha, "\"chronology\": { \"with\": \"c\", \"reason\": \"x\" },", StringComparison.Ordinal));
        Assert.Equal("b", e.RecordId);
        Assert.Contains("no key event", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UndatedPlacementWithoutReason_IsRejected()
    {
        HistoryDataException e = Reject(HistoryTestData.Sites.Replace(BravoWithAlpha, "\"chronology\": { \"with\": \"a\" },", StringComparison.Ordinal));
        Assert.Contains("'reason'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoRulesAtOnce_AreRejected()
    {
        HistoryDataException e = Reject(HistoryTestData.Sites.Replace(AlphaKey, "\"chronology\": { \"event\": \"ev-1\", \"after\": \"dated-sites\", \"reason\": \"x\" },", StringComparison.Ordinal));
        Assert.Contains("exactly one", e.Problem, StringComparison.Ordinal);
    }

    private static HistoryDataException Reject(string sites) => HistoryTestData.Reject(HistoryTestData.Document(sites: sites));
}
