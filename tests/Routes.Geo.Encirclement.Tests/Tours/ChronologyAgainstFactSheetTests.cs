namespace Routes.Geo.Encirclement.Tests.Tours;

// Dates copied by hand from shared/history/encirclement-1944.md (timeline and site table), not from the JSON.
public class ChronologyAgainstFactSheetTests
{
    private static readonly (string Site, DateOnly Day, TimeOnly? Time, string Source)[] FactSheet =
    [
        ("blockhaus-eperlecques", new(1944, 9, 4), null, "en.wikipedia \"Blockhaus d'Éperlecques\": captured 4 Sep"),
        ("bourbourg", new(1944, 9, 7), null, "LR 2482; Copp ch. 5: fighting 7-8 Sep"),
        ("gravelines", new(1944, 9, 7), null, "legionmagazine.com: reconnaissance runs into German positions 7 Sep"),
        ("loon-plage", new(1944, 9, 8), null, "LR 2521: advance from Bourbourg 8-9 Sep"),
        ("hondschoote", new(1944, 9, 8), null, "SSR history ch. 8: debus at Hondschoote 8 Sep"),
        ("bray-dunes", new(1944, 9, 10), new(21, 0), "LR 2516: entered 10 Sep 21:00"),
        ("bergues", new(1944, 9, 16), null, "LR 2482: 16 Sep"),
        ("mont-lambert", new(1944, 9, 17), new(8, 30), "LR 2554; museedelaresistanceenligne.org: Wellhit opens 08:30, Mont Lambert surrenders 17 Sep"),
        ("mardyck", new(1944, 9, 17), null, "archives.sncf.com: 5th Brigade takes Mardyck 17 Sep"),
        ("fort-de-la-creche", new(1944, 9, 22), null, "fortdelacreche.fr: surrenders 22 Sep"),
        ("boulogne", new(1944, 9, 22), null, "LR 2437: Boulogne liberated 22 Sep"),
        ("batterie-todt", new(1944, 9, 29), new(6, 35), "LR 2413: Todt battery attacked and taken 29 Sep 06:35"),
        ("grosser-kurfurst", new(1944, 9, 29), new(6, 35), "en.wikipedia \"Todt Battery\": taken the same day"),
        ("cap-gris-nez", new(1944, 9, 29), new(6, 35), "LR 2413: Cape positions secured 29 Sep"),
        ("calais-lighthouse", new(1944, 9, 30), new(18, 0), "LR 2510: advance to the citadel, then the lighthouse, 30 Sep 18:00-19:00"),
        ("calais", new(1944, 10, 1), new(7, 0), "LR 2510: garrison surrenders 1 Oct 07:00"),
        ("dunkirk", new(1945, 5, 9), null, "en.wikipedia \"Siege of Dunkirk\": Frisius surrenders 9 May 1945"),
    ];

    // Sites the fact sheet dates nothing at, and the place of the story they belong to.
    private static readonly (string Site, string After)[] Undated =
    [
        ("boulogne-eastern-cemetery", "boulogne"),
        ("calais-canadian-war-cemetery", "calais"),
        ("leubringhen", "calais"),
        ("batterie-oldenburg", "calais"),
        ("dunkirk-town-cemetery", "dunkirk"),
        ("spycker", "dunkirk"),
    ];

    [Fact]
    public void CoastSites_FollowTheFactSheetDates_SiteBySite_AndUndatedSitesFollowTheirPort()
    {
        EncirclementModel model = EncirclementModel.Load();
        Site[] coast = [.. FactSheet.Select(f => f.Site).Concat(Undated.Select(u => u.Site)).Append("adegem-canadian-war-cemetery")
            .Select(id => model.Sites.Single(s => s.Id == id))];
        (IReadOnlyList<DatedSite> order, IReadOnlyList<ExcludedSite> excluded) = ChronologicalTour.Select(model, coast.Reverse());
        Assert.Empty(excluded);
        Assert.Equal(coast.Length, order.Count);
        List<string> ids = [.. order.Select(d => d.Site.Id)];

        foreach ((string site, DateOnly day, TimeOnly? time, string source) in FactSheet)
        {
            DatedSite placed = order[ids.IndexOf(site)];
            Assert.True(placed.HasOwnEvent, $"{site} should be placed by its own event ({source})");
            Assert.True(placed.KeyEvent!.Start == day, $"{site}: the model's key event is {placed.KeyEvent.Start}, the fact sheet says {day} ({source})");
            Assert.Equal(time, placed.KeyEvent.StartTime);
        }

        var dated = ids.Where(id => FactSheet.Any(f => f.Site == id)).Select(id => FactSheet.Single(f => f.Site == id)).ToList();
        for (int i = 1; i < dated.Count; i++)
        {
            Assert.True((dated[i - 1].Day, dated[i - 1].Time ?? TimeOnly.MinValue).CompareTo((dated[i].Day, dated[i].Time ?? TimeOnly.MinValue)) <= 0,
                $"{dated[i - 1].Site} ({dated[i - 1].Day}) comes before {dated[i].Site} ({dated[i].Day})");
        }

        foreach ((string site, string after) in Undated)
        {
            int anchor = ids.IndexOf(after), at = ids.IndexOf(site);
            Assert.True(at > anchor, $"{site} should follow {after}");
            Assert.All(ids.Skip(anchor + 1).Take(at - anchor - 1), between => Assert.Contains(Undated, u => u.Site == between && u.After == after));
            Assert.False(string.IsNullOrWhiteSpace(order[at].Placement.Reason));
        }

        Assert.Equal("adegem-canadian-war-cemetery", ids[^1]);
        Assert.Null(order[^1].KeyEvent);
    }

    [Fact]
    public void EverySiteOfTheData_IsPlaced_NoneDroppedForLackOfAnEvent()
    {
        EncirclementModel model = EncirclementModel.Load();
        (IReadOnlyList<DatedSite> order, IReadOnlyList<ExcludedSite> excluded) = ChronologicalTour.Select(model, model.Sites);
        Assert.Equal(model.Sites.Count, order.Count + excluded.Count);
        Assert.All(excluded, e => Assert.Equal(ExclusionReason.NoVerifiedCoordinate, e.Reason));
        Assert.All(order.Where(d => !d.HasOwnEvent), d => Assert.False(string.IsNullOrWhiteSpace(d.Placement.Reason)));
    }
}
