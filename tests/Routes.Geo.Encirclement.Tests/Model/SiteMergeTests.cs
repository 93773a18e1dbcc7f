namespace Routes.Geo.Encirclement.Tests.Model;

public sealed class SiteMergeTests
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    private static Site Discovered(long node, string name, double lat, double lon) => new()
    {
        Id = $"osm-node-{node}",
        Name = name,
        Kinds = [SiteKind.Memorial],
        Coordinate = new SiteCoordinate(CoordinateStatus.Verified, [new SourcedCoordinate(new GeoPoint(lat, lon), $"OpenStreetMap, node {node}")], null),
        Sources = [$"OpenStreetMap, node {node}"],
        TiedTo1944 = false,
        OsmNodeId = node,
    };

    [Fact]
    public void CuratedSites_AreKeptAsTheyAre_AndNewSitesAreAppended()
    {
        Site fresh = Discovered(1, "A memorial nobody curated", 50.5, 2.5);

        SiteMerge merge = Model.WithDiscoveredSites([fresh, fresh]);

        Assert.Equal(Model.Sites.Count + 1, merge.Sites.Count);
        Assert.All(Model.Sites.Zip(merge.Sites), pair => Assert.Same(pair.First, pair.Second));
        Assert.Same(fresh, merge.Sites[^1]);
        Assert.Equal([fresh], merge.Added);
        Assert.Empty(merge.Candidates);
    }

    [Fact]
    public void DiscoveredSiteNamedLikeAnUnverifiedSite_IsACandidate_AndTheStatusStaysUnverified()
    {
        Site curated = Model.FindSite("Batterie Lindemann");
        Assert.Equal(CoordinateStatus.Unverified, curated.Coordinate.Status);
        Site osm = Discovered(2, "Batterie Lindemann", 50.92, 1.72);

        SiteMerge merge = Model.WithDiscoveredSites([osm]);

        SiteCandidate candidate = Assert.Single(merge.Candidates);
        Assert.Equal((curated, osm, SiteMatchReason.SameName), (candidate.Curated, candidate.Discovered, candidate.Reason));
        Assert.DoesNotContain(osm, merge.Sites);
        Assert.Same(curated, merge.Sites.Single(s => s.Id == curated.Id));
        Assert.Equal(CoordinateStatus.Unverified, curated.Coordinate.Status);
        Assert.Null(curated.Coordinate.Verified);
    }

    [Fact]
    public void DiscoveredSiteNamedLikeAConflictingSite_IsACandidate_AndBothCandidatesStay()
    {
        Site curated = Model.FindSite("Calais citadel");
        SiteMerge merge = Model.WithDiscoveredSites([Discovered(3, "Citadel of Calais", 50.955, 1.85)]);

        Assert.Equal(curated, Assert.Single(merge.Candidates).Curated);
        Assert.Equal(CoordinateStatus.Conflicting, curated.Coordinate.Status);
        Assert.Equal(2, curated.Coordinate.Candidates.Count);
    }

    [Fact]
    public void SameOsmNode_IsACandidateWhateverTheName()
    {
        Site curated = Model.Sites.First(s => s.OsmNodeId is not null);

        SiteMerge merge = Model.WithDiscoveredSites([Discovered(curated.OsmNodeId!.Value, "unnamed", 50.6, 3.06)]);

        Assert.Equal((curated, SiteMatchReason.SameOsmElement), (merge.Candidates[0].Curated, merge.Candidates[0].Reason));
        Assert.Empty(merge.Added);
    }

    [Fact]
    public void CommonNameFarFromTheVerifiedSiteOfThatName_IsAddedAsAnotherPlace()
    {
        Site curated = Model.Sites.First(s => s.OsmNodeId is not null && s.Coordinate.Verified is not null);
        GeoPoint p = curated.Coordinate.Verified!.Value;

        SiteMerge merge = Model.WithDiscoveredSites([Discovered(4, curated.Name, p.Latitude + 0.1, p.Longitude)]);

        Assert.Single(merge.Added);
        Assert.Empty(merge.Candidates);
    }
}
