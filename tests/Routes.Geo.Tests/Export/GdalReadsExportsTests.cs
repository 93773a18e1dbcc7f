namespace Routes.Geo.Tests.Export;

/// <summary>Every route export is opened by a real GIS client (GDAL's ogrinfo) and converted to GeoPackage by ogr2ogr.</summary>
public sealed class GdalReadsExportsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-gdal-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Route_IsALineStringWithRealLength()
    {
        string path = Path.Combine(_folder, "route.geojson");
        RouteGeoJson.Write(path, [new RouteGeoJson.Entry(SampleRoutes.Walk, "Monument aux Morts", "Monument aux fusillés")]);

        Gdal.Layer layer = Assert.Single(Gdal.Layers(path).Values);
        Assert.Equal("Line String", layer.Geometry);
        Assert.Equal(1, layer.FeatureCount);
        Assert.Equal("Real", layer.Fields["length_m"]);
        Gdal.AssertConvertsToGeoPackage(path, layer);
    }

    [Fact]
    public void MissingGdalTool_FailsTheTestWithAnInstallHint()
    {
        var failure = Assert.Throws<Xunit.Sdk.FailException>(() => Gdal.Run("ogrinfo-that-is-not-installed", "--version"));

        Assert.Contains("gdal-bin", failure.Message, StringComparison.Ordinal);
    }

}
