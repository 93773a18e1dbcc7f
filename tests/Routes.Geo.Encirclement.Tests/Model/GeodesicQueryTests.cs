namespace Routes.Geo.Encirclement.Tests.Model;

public sealed class GeodesicQueryTests
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    // JFK and Heathrow as in GeographicLib's documentation: GeodSolve -i gives 5551759.400 m.
    private const string SitesWithAirports = """
        [
          { "id": "a", "name": "Alpha", "kinds": ["town"], "chronology": { "after": "dated-sites", "reason": "No dated event." },
            "coordinate": { "status": "VERIFIED", "lat": 50.0, "lon": 2.0, "source": "src A" }, "sources": ["src A"] },
          { "id": "b", "name": "Bravo", "kinds": ["fort"], "chronology": { "after": "dated-sites", "reason": "No dated event." },
            "coordinate": { "status": "VERIFIED", "lat": 50.1, "lon": 2.0, "source": "src B" }, "sources": ["src B"] },
          { "id": "c", "name": "Charlie", "kinds": ["battery"], "chronology": { "after": "dated-sites", "reason": "No dated event." },
            "coordinate": { "status": "VERIFIED", "lat": 50.0, "lon": 2.1, "source": "src C" }, "sources": ["src C"] },
          { "id": "u", "name": "Unknown place", "kinds": ["museum"], "chronology": { "after": "dated-sites", "reason": "No dated event." }, "coordinate": { "status": "UNVERIFIED" }, "sources": ["src U"] },
          { "id": "k", "name": "Contested fort", "kinds": ["fort"], "chronology": { "after": "dated-sites", "reason": "No dated event." }, "coordinate": { "status": "CONFLICTING", "note": "two sources",
            "candidates": [ { "lat": 50.0, "lon": 2.0001, "source": "src K1" }, { "lat": 50.0, "lon": 2.0002, "source": "src K2" } ] },
            "sources": ["src K"] },
          { "id": "jfk", "name": "JFK", "kinds": ["landmark"], "chronology": { "after": "dated-sites", "reason": "No dated event." },
            "coordinate": { "status": "VERIFIED", "lat": 40.6, "lon": -73.8, "source": "GeographicLib docs" }, "sources": ["GeographicLib docs"] },
          { "id": "lhr", "name": "LHR", "kinds": ["landmark"], "chronology": { "after": "dated-sites", "reason": "No dated event." },
            "coordinate": { "status": "VERIFIED", "lat": 51.6, "lon": -0.5, "source": "GeographicLib docs" }, "sources": ["GeographicLib docs"] }
        ]
        """;

    private static readonly EncirclementModel Small = HistoryTestData.Load(HistoryTestData.Document(sites: SitesWithAirports));

    [Fact]
    public void DistanceTable_MatchesGeographicLibsPublishedJfkToHeathrow()
    {
        SiteDistanceTable table = EncirclementModel.DistanceTable([Small.FindSite("JFK"), Small.FindSite("LHR")]);

        Assert.Equal(5551759.400, table[0, 1], 0.001);
        Assert.Equal(["JFK", "LHR"], table.Names);
    }

    [Fact]
    public void DistanceTable_AgreesWithVincentyOnTheCapeSitesToTheMillimetre()
    {
        Site[] sites = [.. new[] { "Cap Gris-Nez", "Batterie Todt", "Dunkirk", "Bergues", "Boulogne-sur-Mer" }.Select(Model.FindSite)];

        SiteDistanceTable table = EncirclementModel.DistanceTable(sites);

        for (int i = 0; i < sites.Length; i++)
        {
            Assert.Equal(0, table[i, i]);
            for (int j = 0; j < sites.Length; j++)
            {
                double expected = Vincenty.Distance(sites[i].Coordinate.Verified!.Value, sites[j].Coordinate.Verified!.Value);
                Assert.Equal(expected, table[i, j], 0.001);
                Assert.Equal(table[j, i], table[i, j]);
            }
        }

        Assert.Equal(table[2, 3], table.Metres(sites[2], sites[3]));
    }

    [Theory]
    [InlineData("Unknown place", "UNVERIFIED")]
    [InlineData("Contested fort", "CONFLICTING")]
    public void DistanceTable_SiteWithoutVerifiedCoordinate_IsATypedErrorNamingIt(string name, string status)
    {
        var error = Assert.Throws<SiteWithoutCoordinateException>(
            () => EncirclementModel.DistanceTable([Small.FindSite("Alpha"), Small.FindSite(name)]));

        Assert.Same(Small.FindSite(name), error.Site);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(status, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SitesWithin_ReturnsExactlyTheSitesVincentyPutsInsideTheRadius_NearestFirst()
    {
        GeoPoint center = Model.FindSite("Cap Gris-Nez").Coordinate.Verified!.Value;
        const double Radius = 15_000;

        IReadOnlyList<SiteDistance> found = Model.SitesWithin(center, Radius);

        string[] expected = [.. Model.Sites
            .Where(s => s.Coordinate.Verified is { } p && Vincenty.Distance(center, p) <= Radius)
            .Select(s => s.Id)
            .Order(StringComparer.Ordinal)];
        Assert.Equal(expected, found.Select(x => x.Site.Id).Order(StringComparer.Ordinal));
        Assert.Equal("cap-gris-nez", found[0].Site.Id);
        Assert.All(found, x => Assert.Equal(Vincenty.Distance(center, x.Site.Coordinate.Verified!.Value), x.Metres, 0.001));
        Assert.Equal(found.Select(x => x.Metres).Order(), found.Select(x => x.Metres));
    }

    [Fact]
    public void SitesWithin_LeavesOutUnverifiedAndConflictingSitesEvenWhenTheyWouldBeNear()
    {
        // Both candidates of the contested fort lie within 20 m of Alpha.
        GeoPoint alpha = Small.FindSite("Alpha").Coordinate.Verified!.Value;

        IReadOnlyList<SiteDistance> all = Small.SitesWithin(alpha, 20_000_000);

        Assert.DoesNotContain(all, x => x.Site.Id is "u" or "k");
        Assert.Equal(Small.Sites.Count(s => s.Coordinate.Status == CoordinateStatus.Verified), all.Count);
        Assert.Equal(Model.Sites.Count(s => s.Coordinate.Verified is not null), Model.SitesWithin(alpha, 20_000_000).Count);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void SitesWithin_RejectsAnInvalidRadius(double radius) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Model.SitesWithin(new GeoPoint(50.9, 1.6), radius));
}
