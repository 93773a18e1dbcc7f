using Routes.Geo.Export;
using Routes.Geo.Osm;

namespace Routes.Geo.Encirclement.Tests.Discovery;

public sealed class OsmSitesTests : IDisposable
{
    private static readonly string LillePoints = SharedData.PathOf("lille", "historic_point.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-osmsites-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Monaco_HasOneMemorial_AsGdalsOsmDriverCountsIt()
    {
        IReadOnlyList<Site> sites = OsmSites.Discover(OsmTestData.MonacoPath);

        long gdal = Gdal.Count(OsmTestData.MonacoPath, "points", "other_tags LIKE '%\"historic\"=>\"memorial\"%'");
        Assert.Equal(1, gdal);
        Assert.Equal(gdal, sites.Count(s => s.OsmNodeId is not null && s.OsmHistoric == "memorial"));
    }

    [Fact]
    public void Monaco_NodeSites_AreTheTaggedPointsGdalFinds()
    {
        // osmium tags-filter with the same tags finds 7 nodes and 7 ways (the 6 cemeteries have no war graves).
        IReadOnlyList<Site> sites = OsmSites.Discover(OsmTestData.MonacoPath);

        long gdal = Gdal.Count(OsmTestData.MonacoPath, "points",
            "other_tags LIKE '%\"historic\"=>\"memorial\"%' OR other_tags LIKE '%\"historic\"=>\"monument\"%' "
            + "OR other_tags LIKE '%\"historic\"=>\"battlefield\"%' OR other_tags LIKE '%\"historic\"=>\"fort\"%' "
            + "OR other_tags LIKE '%\"military\"=>\"bunker\"%'");
        Assert.Equal(7, gdal);
        Assert.Equal(gdal, sites.Count(s => s.OsmNodeId is not null));
        Assert.Equal(7, sites.Count(s => s.OsmWayId is not null));
        Assert.Equal(14, sites.Count);
    }

    [Fact]
    public void Monaco_WaySite_IsAtTheMeanOfItsNodes_WithTheWayAsSource()
    {
        Site fort = OsmSites.Discover(OsmTestData.MonacoPath).Single(s => s.Name == "Fort de la Tête de Chien");

        Assert.Equal("osm-way-143229028", fort.Id);
        Assert.Equal(143229028, fort.OsmWayId);
        Assert.Equal([SiteKind.Fort], fort.Kinds);
        Assert.Equal("OpenStreetMap, way 143229028", fort.Coordinate.Candidates[0].Source);
        Assert.Contains(Attribution.OpenStreetMap, fort.Sources);
        Assert.False(fort.TiedTo1944);
        GeoPoint p = fort.Coordinate.Verified!.Value;
        Assert.Equal(43.7323, p.Latitude, 0.001);
        Assert.Equal(7.4028, p.Longitude, 0.001);
    }

    [Fact]
    public void LillePoints_AreUnprojectedFromWebMercator_AndCountedLikeGdal()
    {
        IReadOnlyList<Site> sites = OsmSites.DiscoverGeoJson(LillePoints);

        long gdal = Gdal.Count(LillePoints, "historic_point", "historic IN ('memorial', 'monument', 'battlefield', 'fort')");
        Assert.Equal(7, gdal);
        Assert.Equal(gdal, sites.Count);
        Assert.All(sites, s => Assert.InRange(s.Coordinate.Verified!.Value.Latitude, 50.6, 50.7));
        Assert.All(sites, s => Assert.InRange(s.Coordinate.Verified!.Value.Longitude, 3.0, 3.1));
        Assert.All(sites, s => Assert.StartsWith("OpenStreetMap, node ", s.Coordinate.Candidates[0].Source, StringComparison.Ordinal));
    }

    [Fact]
    public void LillePoints_MergedWithTheModel_MatchTheFourCuratedMemorialsByNode()
    {
        EncirclementModel model = EncirclementModel.Load();
        IReadOnlyList<Site> sites = OsmSites.DiscoverGeoJson(LillePoints);

        SiteMerge merge = model.WithDiscoveredSites(sites);

        Assert.Equal(4, merge.Candidates.Count);
        Assert.All(merge.Candidates, c => Assert.Equal(SiteMatchReason.SameOsmElement, c.Reason));
        // The curated coordinates were taken from these nodes (another export of OSM): within a metre.
        Assert.All(merge.Candidates, c => Assert.InRange(
            Routes.Geo.Geodesy.Geodesic.Wgs84.Distance(c.Curated.Coordinate.Verified!.Value, c.Discovered.Coordinate.Verified!.Value), 0, 1));
        Assert.Equal(3, merge.Added.Count);
        Assert.Equal(model.Sites.Count + 3, merge.Sites.Count);
    }

    [Fact]
    public void GeoJsonThatIsNotJson_IsAGeoJsonFormatErrorNamingTheFile()
    {
        string path = Path.Combine(_folder, "broken.json");
        File.WriteAllText(path, "{\"type\": \"FeatureCollection\", \"features\": [");

        var error = Assert.Throws<GeoJsonFormatException>(() => OsmSites.DiscoverGeoJson(path));

        Assert.Equal(path, error.FileName);
    }

    [Fact]
    public void PbfThatIsNotPbf_IsAnOsmFormatError()
    {
        string path = Path.Combine(_folder, "not.osm.pbf");
        File.WriteAllText(path, "this is not a PBF file at all");

        Assert.Throws<OsmFormatException>(() => OsmSites.Discover(path));
    }
    [Theory]
    [InlineData("\"historic\": \"\\ud800\"", "feature 0")]
    [InlineData("\"historic\": \"memorial\"", "feature 0", "[\"east\", 50.6]")]
    [InlineData("\"historic\": \"memorial\"", "feature 0", "[3.05, 1e400]")]
    public void UnreadableFeature_IsATypedErrorNamingIt(string property, string named, string coordinates = "[3.05, 50.6]")
    {
        string path = Path.Combine(_folder, "sites.geojson");
        File.WriteAllText(path, $$$"""
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": {{{coordinates}}}}, "properties": {"osm_id": 5, {{{property}}}}}
            ]}
            """);
        // 1e400 reads as infinity: an invalid coordinate, the others a format error; both name the feature.
        RoutesGeoException error = Assert.ThrowsAny<RoutesGeoException>(() => OsmSites.DiscoverGeoJson(path));
        Assert.True(error is GeoJsonFormatException or InvalidCoordinateException, error.GetType().Name);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
