using System.Globalization;
using Routes.Geo.Elevation;

namespace Routes.Geo.Tests.Elevation;

/// <summary>GeoTIFF DEMs written by GDAL from the real SRTM tile, read back through LibTiff: two decoding paths that must agree.</summary>
public sealed class GeoTiffDemTests : IDisposable
{
    private readonly DemFiles _files = new();

    [Theory]
    [InlineData("stripped Int16")]
    [InlineData("tiled deflate Int16", "-co", "TILED=YES", "-co", "COMPRESS=DEFLATE")]
    [InlineData("tiled LZW Float32", "-ot", "Float32", "-co", "TILED=YES", "-co", "BLOCKXSIZE=128", "-co", "BLOCKYSIZE=64", "-co", "COMPRESS=LZW")]
    [InlineData("PixelIsPoint", "-mo", "AREA_OR_POINT=Point")]
    public void GdalWrittenGeoTiff_GivesTheHgtTilesHeights(string kind, params string[] options)
    {
        string hgt = DemFiles.Unzip(DemFiles.MonacoZip, _files.NewFolder("plain"));
        string tif = DemFiles.Translate(hgt, Path.Combine(_files.NewFolder("tif"), "monaco.tif"), options);
        ElevationTiles fromHgt = ElevationTiles.FromFiles([hgt]), fromTiff = ElevationTiles.FromFiles([tif]);
        var random = new Random(16);
        int compared = 0;
        for (int i = 0; i < 2000; i++)
        {
            double lat = 43.001 + 0.998 * random.NextDouble(), lon = 7.001 + 0.998 * random.NextDouble();
            double? a = fromHgt.ElevationAt(lat, lon), b = fromTiff.ElevationAt(lat, lon);
            Assert.True(a is null == b is null, $"{kind}: ({lat}, {lon}) hgt {a}, GeoTIFF {b}");
            if (a is not null)
            {
                Assert.True(Math.Abs(a.Value - b!.Value) < 1e-3, $"{kind}: ({lat}, {lon}) hgt {a}, GeoTIFF {b}");
                compared++;
            }
        }

        Assert.True(compared > 1000, $"{compared} points compared");
    }

    [Fact]
    public void TwoGeoTiffsWithoutOverlap_InterpolateAcrossTheGapBetweenThem()
    {
        // Split the tile into a western and an eastern GeoTIFF sharing no pixel: points between their outermost pixel
        // centres need samples from both, and must agree with the whole tile.
        string hgt = DemFiles.Unzip(DemFiles.MonacoZip, _files.NewFolder("plain"));
        string folder = _files.NewFolder("split");
        DemFiles.Translate(hgt, Path.Combine(folder, "west.tif"), "-srcwin", "0", "0", "500", "1201");
        DemFiles.Translate(hgt, Path.Combine(folder, "east.tif"), "-srcwin", "500", "0", "701", "1201");
        ElevationTiles whole = ElevationTiles.FromFiles([hgt]), split = ElevationTiles.FromFolder(folder);
        Assert.Equal(2, split.TileCount);
        double border = 7 + 499.5 / 1200;   // halfway between column 499 (west) and 500 (east)
        foreach (double dx in (double[])[-0.6 / 1200, -0.5 / 1200, -0.2 / 1200, 0, 0.2 / 1200, 0.5 / 1200, 0.6 / 1200])
        {
            for (double lat = 43.70; lat < 43.80; lat += 0.0137)
            {
                Assert.Equal(whole.ElevationAt(lat, border + dx)!.Value, split.ElevationAt(lat, border + dx)!.Value, 6);
            }
        }
    }

    [Fact]
    public void ProjectedGeoTiff_IsRefusedAsUnsupportedProjection()
    {
        string hgt = DemFiles.Unzip(DemFiles.MonacoZip, _files.NewFolder("plain"));
        string utm = Path.Combine(_files.NewFolder("utm"), "monaco-utm32.tif");
        Gdal.Run("gdalwarp", "-q", "-t_srs", "EPSG:32632", "-te", "370000", "4840000", "380000", "4850000", "-tr", "90", "90", hgt, utm);
        var error = Assert.Throws<ElevationDataException>(() => ElevationTiles.FromFiles([utm]));
        Assert.Equal(ElevationDataProblem.UnsupportedProjection, error.Problem);
        Assert.Contains("32632", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeographicGeoTiffOnAnotherDatum_IsRefused()
    {
        string hgt = DemFiles.Unzip(DemFiles.MonacoZip, _files.NewFolder("plain"));
        string ed50 = DemFiles.Translate(hgt, Path.Combine(_files.NewFolder("ed50"), "monaco-ed50.tif"), "-a_srs", "EPSG:4230");
        var error = Assert.Throws<ElevationDataException>(() => ElevationTiles.FromFiles([ed50]));
        Assert.Equal(ElevationDataProblem.UnsupportedProjection, error.Problem);
    }

    [Fact]
    public void TruncatedGeoTiff_IsATypedErrorNotAWrongHeight()
    {
        string hgt = DemFiles.Unzip(DemFiles.MonacoZip, _files.NewFolder("plain"));
        string tif = DemFiles.Translate(hgt, Path.Combine(_files.NewFolder("tif"), "whole.tif"), "-co", "TILED=YES", "-co", "COMPRESS=DEFLATE");
        byte[] bytes = File.ReadAllBytes(tif);
        string cut = Path.Combine(_files.NewFolder("cut"), "cut.tif");
        // GDAL writes the directory first, so the header survives and the tiles end early.
        File.WriteAllBytes(cut, bytes[..(bytes.Length * 2 / 3)]);
        var error = Assert.Throws<ElevationDataException>(() => ElevationTiles.FromFiles([cut]).ElevationAt(43.75, 7.41));
        Assert.Contains("cut.tif", error.Message, StringComparison.Ordinal);
        File.WriteAllBytes(cut, bytes[..100]);
        Assert.Throws<ElevationDataException>(() => ElevationTiles.FromFiles([cut]).ElevationAt(43.75, 7.41));
    }

    [Fact]
    public void NotATiff_IsATypedError()
    {
        string path = Path.Combine(_files.NewFolder("text"), "dem.tif");
        File.WriteAllText(path, "not a tiff");
        var error = Assert.Throws<ElevationDataException>(() => ElevationTiles.FromFiles([path]));
        Assert.Equal(ElevationDataProblem.Unreadable, error.Problem);
    }

    [Fact]
    public void NoDataValue_IsAVoid()
    {
        string hgt = DemFiles.Unzip(DemFiles.MonacoZip, _files.NewFolder("plain"));
        // GDAL's nodata marks the sea level 0 as void here: the sea south of Monaco then has no height.
        string tif = DemFiles.Translate(hgt, Path.Combine(_files.NewFolder("nodata"), "monaco.tif"), "-a_nodata", "0");
        ElevationTiles tiles = ElevationTiles.FromFiles([tif]), raw = ElevationTiles.FromFiles([hgt]);
        int voids = 0;
        for (double lat = 43.50; lat < 43.70; lat += 0.01)
        {
            double? ours = tiles.ElevationAt(lat, 7.45);
            if (raw.ElevationAt(lat, 7.45) is null || ours is null)
            {
                voids++;
            }
            else
            {
                Assert.NotEqual(0, ours.Value);
            }
        }

        Assert.True(voids > 0, "the sea south of Monaco has void or zero samples");
    }

    public void Dispose() => _files.Dispose();

    internal static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
