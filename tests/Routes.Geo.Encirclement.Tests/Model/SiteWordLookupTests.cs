namespace Routes.Geo.Encirclement.Tests.Model;

public class SiteWordLookupTests
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    [Theory]
    [InlineData("Lindemann", "batterie-lindemann")]
    [InlineData("lindemann", "batterie-lindemann")]
    [InlineData("Oldenburg", "batterie-oldenburg")]
    [InlineData("Todt", "batterie-todt")]
    [InlineData("Eperlecques", "blockhaus-eperlecques")]
    [InlineData("Coupole", "la-coupole")]
    [InlineData("Lambert", "mont-lambert")]
    [InlineData("Trulin", "lille-statue-leon-trulin")]
    [InlineData("Adegem", "adegem-canadian-war-cemetery")]
    public void OneWordOfAName_FindsTheOneSiteNamedWithIt(string word, string expectedId)
    {
        Assert.Equal(expectedId, Model.FindSite(word).Id);
    }

    [Fact]
    public void AWordSharedBySeveralSites_IsRefused_AndThoseSitesAreSuggestedFirst()
    {
        UnknownSiteException e = Assert.Throws<UnknownSiteException>(() => Model.FindSite("Cemetery"));

        string[] cemeteries = [.. Model.Sites.Where(s => s.Is(SiteKind.Cemetery)).Select(s => s.Name)];
        Assert.Equal(cemeteries.Length, e.Suggestions.Count);
        Assert.All(e.Suggestions, s => Assert.Contains(s, cemeteries));
    }

    [Fact]
    public void AMisspeltWord_StillSuggestsTheSiteByEditDistance()
    {
        UnknownSiteException e = Assert.Throws<UnknownSiteException>(() => Model.FindSite("Lindeman"));
        Assert.Equal("Batterie Lindemann", e.Suggestions[0]);
    }
}
