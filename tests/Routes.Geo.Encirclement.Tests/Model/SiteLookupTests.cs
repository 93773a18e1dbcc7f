namespace Routes.Geo.Encirclement.Tests.Model;

public class SiteLookupTests
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    [Theory]
    [InlineData("Bergues", "bergues")]
    [InlineData("BERGUES", "bergues")]
    [InlineData("dunkerque", "dunkirk")]
    [InlineData("Dunkirk", "dunkirk")]
    [InlineData("Duinkerke", "dunkirk")]
    [InlineData("Grosser Kurfurst", "grosser-kurfurst")]
    [InlineData("großer kurfürst", "grosser-kurfurst")]
    [InlineData("fort de la creche", "fort-de-la-creche")]
    [InlineData("Loon Plage", "loon-plage")]
    [InlineData("  cap gris nez ", "cap-gris-nez")]
    [InlineData("Rijsel", "lille")]
    [InlineData("calais-citadel", "calais-citadel")]
    [InlineData("Grosser Kurfurst battery (Framzelle)", "grosser-kurfurst")]
    [InlineData("MUSEE DUNKERQUE 1940 OPERATION DYNAMO", "musee-dunkerque-1940")]
    [InlineData("blockhaus d eperlecques", "blockhaus-eperlecques")]
    public void FindSite_IgnoresAccentsAndCase(string query, string expectedId)
    {
        Assert.Equal(expectedId, Model.FindSite(query).Id);
    }

    [Fact]
    public void UnknownSite_SuggestsNearestNames()
    {
        UnknownSiteException e = Assert.Throws<UnknownSiteException>(() => Model.FindSite("Berges"));

        Assert.Equal("Berges", e.Name);
        Assert.Equal("Bergues", e.Suggestions[0]);
        Assert.InRange(e.Suggestions.Count, 1, 3);
        Assert.Contains("Bergues", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<RoutesGeoException>(e);
    }

    [Fact]
    public void UnknownSite_MisspeltBattery_SuggestsTheBattery()
    {
        UnknownSiteException e = Assert.Throws<UnknownSiteException>(() => Model.FindSite("Grosser Kurfust"));

        Assert.Equal("Grosser Kurfürst battery (Framzelle)", e.Suggestions[0]);
    }

    [Fact]
    public void TryFindSite_ReturnsFalseForUnknownName()
    {
        Assert.False(Model.TryFindSite("Atlantis", out Site? site));
        Assert.Null(site);
    }

    [Fact]
    public void SitesOfKind_Cemetery_ListsTheWarCemeteries()
    {
        string[] ids = [.. Model.SitesOfKind(SiteKind.Cemetery).Select(s => s.Id)];

        Assert.Equal(["calais-canadian-war-cemetery", "boulogne-eastern-cemetery", "dunkirk-town-cemetery", "adegem-canadian-war-cemetery"], ids);
    }

    [Fact]
    public void SitesOfKind_Museum_IncludesSitesWithSeveralKinds()
    {
        IReadOnlyList<Site> museums = Model.SitesOfKind(SiteKind.Museum);

        Assert.Contains(museums, s => s.Id == "batterie-todt" && s.Is(SiteKind.Battery));
        Assert.Contains(museums, s => s.Id == "musee-dunkerque-1940");
    }

    [Fact]
    public void Normalize_FoldsAccentsSharpSAndPunctuation()
    {
        Assert.Equal("GROSSER KURFURST", SiteNameIndex.Normalize("Großer  Kurfürst"));
        Assert.Equal("BLOCKHAUS D EPERLECQUES", SiteNameIndex.Normalize("Blockhaus d'Éperlecques"));
        Assert.Equal("LISKA", SiteNameIndex.Normalize("Liška"));
        Assert.Equal("CRECHE", SiteNameIndex.Normalize("Cre\u0300che"));
    }
}
