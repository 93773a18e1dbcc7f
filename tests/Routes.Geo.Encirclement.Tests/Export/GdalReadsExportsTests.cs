using Routes.Geo.Geodesy;

namespace Routes.Geo.Encirclement.Tests.Export;

/// <summary>Every export of the story is opened by a real GIS client (GDAL's ogrinfo) and converted to GeoPackage by ogr2ogr.</summary>
public sealed class GdalReadsExportsTests : IDisposable
{
    private static readonly EncirclementModel Model = ExportSamples.Model;
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-gdal-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Sites_ArePointsWithNullGeometriesForUnverifiedOnes()
    {
        string path = Path.Combine(_folder, "sites.geojson");
        HistoryGeoJson.WriteSites(path, Model.Sites);

        Gdal.Layer layer = Assert.Single(Gdal.Layers(path).Values);
        Assert.Equal("Point", layer.Geometry);
        Assert.Equal(Model.Sites.Count, layer.FeatureCount);
        Assert.Equal(Model.Sites.Count(s => s.Coordinate.Verified is not null), Gdal.Count(path, "sites", "OGR_GEOMETRY = 'POINT'"));
        Assert.Equal(Model.Sites.Count(s => s.Coordinate.Verified is null), Gdal.Count(path, "sites", "OGR_GEOMETRY IS NULL"));
        Assert.Equal("String", layer.Fields["status"]);
        Assert.Equal("Integer(Boolean)", layer.Fields["tied_to_1944"]);
        Assert.Equal("Integer64", layer.Fields["osm_id"]);
        Gdal.AssertConvertsToGeoPackage(path, layer);
    }

    [Fact]
    public void Events_AreMultiPointsWithDateFields()
    {
        string path = Path.Combine(_folder, "events.geojson");
        HistoryGeoJson.WriteEvents(path, Model);

        Gdal.Layer layer = Assert.Single(Gdal.Layers(path).Values);
        Assert.Equal("Multi Point", layer.Geometry);
        Assert.Equal(Model.Events.Count, layer.FeatureCount);
        Assert.Equal("Date", layer.Fields["start"]);
        Assert.Equal("Date", layer.Fields["end"]);
        Assert.Equal("Time", layer.Fields["start_time"]);
        Gdal.AssertConvertsToGeoPackage(path, layer);
    }

    [Fact]
    public void Positions_HaveTheirGeometryTypesDatesAndRealMeasures()
    {
        string path = Path.Combine(_folder, "positions.geojson");
        HistoryGeoJson.WritePositions(path, Model);

        Gdal.Layer layer = Assert.Single(Gdal.Layers(path).Values);
        Assert.Equal(Model.Positions.Count, layer.FeatureCount);
        Assert.Equal(Model.Positions.Count(p => p.Shape == PositionShape.Polygon), Gdal.Count(path, "positions", "OGR_GEOMETRY = 'POLYGON'"));
        Assert.Equal(Model.Positions.Count(p => p.Shape == PositionShape.Line), Gdal.Count(path, "positions", "OGR_GEOMETRY = 'LINESTRING'"));
        Assert.Equal(Model.Positions.Count(p => p.Shape == PositionShape.Points), Gdal.Count(path, "positions", "OGR_GEOMETRY = 'MULTIPOINT'"));
        Assert.Equal(1, Gdal.Count(path, "positions", "CAST(\"end\" AS character(10)) = '1945/05/09' AND id = 'dunkirk-pocket-static'"));
        Assert.Equal("Date", layer.Fields["start"]);
        Assert.Equal("Date", layer.Fields["end"]);
        Assert.Equal("Real", layer.Fields["length_m"]);
        Assert.Equal("Real", layer.Fields["area_km2"]);
        Assert.Equal("Integer(Boolean)", layer.Fields["approximate"]);
        Gdal.AssertConvertsToGeoPackage(path, layer);
    }

    [Fact]
    public void Gpx_HasTheWalkAsATrackAndTheVerifiedSitesAsWaypoints()
    {
        string path = Path.Combine(_folder, "walk.gpx");
        IReadOnlyList<Site> skipped = WalkGpx.Write(path, ExportSamples.Walk, "Lille memorials", ExportSamples.LilleSites);

        Dictionary<string, Gdal.Layer> layers = Gdal.Layers(path);
        int verified = ExportSamples.LilleSites.Count(s => s.Coordinate.Verified is not null);
        Assert.True(verified >= 4, "the sample needs several verified sites");
        Assert.Equal(ExportSamples.LilleSites.Count - verified, skipped.Count);
        Assert.Equal("Point", layers["waypoints"].Geometry);
        Assert.Equal(verified, layers["waypoints"].FeatureCount);
        Assert.Equal("String", layers["waypoints"].Fields["name"]);
        Assert.Equal("Multi Line String", layers["tracks"].Geometry);
        Assert.Equal(1, layers["tracks"].FeatureCount);
        Assert.Equal(ExportSamples.Walk.Geometry.Count, layers["track_points"].FeatureCount);
        string gpkg = Gdal.ToGeoPackage(path);
        Dictionary<string, Gdal.Layer> converted = Gdal.Layers(gpkg);
        Assert.Equal(verified, converted["waypoints"].FeatureCount);
        Assert.Equal(1, converted["tracks"].FeatureCount);
    }

    [Fact]
    public void Gpx_OfAShortWalk_CarriesItsStopsAndOnlyTheSitesWithinTheDistance_InTheOrderPassed()
    {
        // The walk's two ends are Lille memorials; the model's other sites lie up to 120 km away on the coast.
        Route walk = ExportSamples.Walk;
        Site[] verified = [.. Model.Sites.Where(s => s.Coordinate.Verified is not null)];
        Site first = verified.MinBy(s => Geodesic.Wgs84.Distance(s.Coordinate.Verified!.Value, walk.From))!;
        Site last = verified.MinBy(s => Geodesic.Wgs84.Distance(s.Coordinate.Verified!.Value, walk.To))!;
        string path = Path.Combine(_folder, "walk-near.gpx");
        IReadOnlyList<Site> written = WalkGpx.Write(path, walk, "Lille memorials", [first, last], Model.Sites, sitesWithinMetres: 500);

        // Independently: the track sampled every metre, each site's nearest sample within 500 m, ordered along the track
        // (to 2 m; sites nearest to one corner of the track tie, and go by name as SitesAlongRoute orders them).
        var samples = new List<(GeoPoint Point, double Along)>();
        double along = 0;
        for (int i = 1; i < walk.Geometry.Count; i++)
        {
            GeoPoint a = walk.Geometry[i - 1], b = walk.Geometry[i];
            double length = Geodesic.Wgs84.Distance(a, b);
            for (int k = 0; k < (int)length; k++)
            {
                double t = k / length;
                samples.Add((new GeoPoint(a.Latitude + (t * (b.Latitude - a.Latitude)), a.Longitude + (t * (b.Longitude - a.Longitude))), along + k));
            }

            along += length;
        }

        samples.Add((walk.To, along));
        string[] near = [.. verified.Where(s => s != first && s != last)
            .Select(s => (Site: s, Nearest: samples.MinBy(p => Geodesic.Wgs84.Distance(p.Point, s.Coordinate.Verified!.Value))))
            .Where(x => Geodesic.Wgs84.Distance(x.Nearest.Point, x.Site.Coordinate.Verified!.Value) <= 499)
            .OrderBy(x => Math.Round(x.Nearest.Along / 2)).ThenBy(x => x.Site.Name, StringComparer.OrdinalIgnoreCase).Select(x => x.Site.Name)];
        Assert.True(near.Length >= 1, "the sample walk passes at least one other site");
        Assert.True(verified.Length >= near.Length + 10, "most of the model's sites are far from Lille");

        string[] names = [.. Gdal.Run("ogrinfo", "-q", path, "waypoints").Split('\n')
            .Where(l => l.TrimStart().StartsWith("name (String) = ", StringComparison.Ordinal))
            .Select(l => l.Trim()["name (String) = ".Length..])];
        Assert.Equal(names, written.Select(s => s.Name));
        Assert.Equal(first.Name, names[0]);
        Assert.Equal(last.Name, names[^1]);
        Assert.Equal(near, names[1..^1]);
    }
}
