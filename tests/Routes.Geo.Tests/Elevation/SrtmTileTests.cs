using System.Globalization;
using Routes.Geo.Elevation;

namespace Routes.Geo.Tests.Elevation;

public sealed class SrtmTileTests : IDisposable
{
    private readonly DemFiles _files = new();

    [Fact]
    public void GridPoints_ReadExactlyTheValuesGdalDecodes()
    {
        // GDAL's own decoding of a 40 x 40 window of the hills above Monaco, as lon lat height per pixel centre.
        string hgt = DemFiles.Unzip(DemFiles.MonacoZip, _files.NewFolder("plain"));
        string xyz = DemFiles.Translate(hgt, Path.Combine(_files.Folder, "window.xyz"), "-of", "XYZ", "-srcwin", "480", "280", "40", "40");
        ElevationTiles zipped = ElevationTiles.FromFiles([DemFiles.MonacoZip]);
        ElevationTiles plain = ElevationTiles.FromFiles([hgt]);
        int compared = 0;
        foreach (string line in File.ReadAllLines(xyz))
        {
            double[] v = [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
            if (v[2] == -32768)
            {
                continue;
            }

            Assert.Equal(v[2], zipped.ElevationAt(v[1], v[0]));
            Assert.Equal(v[2], plain.ElevationAt(v[1], v[0]));
            compared++;
        }

        Assert.True(compared > 1500, $"{compared} grid points compared");
    }

    [Fact]
    public void BetweenGridPoints_AgreesWithGdalBilinearResampling()
    {
        // gdalwarp -r bilinear onto a lattice shifted by 0.3 and 0.6 of a sample: GDAL's interpolation, read back at its pixel centres.
        string hgt = DemFiles.Unzip(DemFiles.MonacoZip, _files.NewFolder("plain"));
        double step = 1.0 / 1200;
        double west = 7.40 + 0.3 * step, north = 43.76 + 0.6 * step;
        string warped = Path.Combine(_files.Folder, "bilinear.xyz");
        Gdal.Run("gdalwarp", "-q", "-r", "bilinear", "-te", F(west - step / 2), F(north - 19.5 * step), F(west + 19.5 * step), F(north + step / 2),
            "-tr", F(step), F(step), "-ot", "Float32", "-of", "GTiff", hgt, warped + ".tif");
        DemFiles.Translate(warped + ".tif", warped, "-of", "XYZ");
        ElevationTiles tiles = ElevationTiles.FromFiles([DemFiles.MonacoZip]);
        double largest = 0;
        int compared = 0;
        foreach (string line in File.ReadAllLines(warped))
        {
            double[] v = [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
            double ours = tiles.ElevationAt(v[1], v[0]) ?? double.NaN;
            largest = Math.Max(largest, Math.Abs(ours - v[2]));
            compared++;
        }

        Assert.Equal(400, compared);
        Assert.True(largest < 0.01, $"largest difference from GDAL's bilinear: {largest} m");
    }

    [Theory]
    [InlineData(43.73130, 7.41980, 58, 15)]     // Prince's Palace on the Rock of Monaco (data README: ~58 m)
    [InlineData(42.50750, 1.52180, 1024, 25)]   // Andorra la Vella, the old town (data README: ~1,024 m)
    public void KnownPlaces_HaveTheirPublishedHeight(double lat, double lon, double metres, double tolerance)
    {
        ElevationTiles tiles = ElevationTiles.FromFolder(Path.GetDirectoryName(DemFiles.MonacoZip)!);
        double height = tiles.ElevationAt(lat, lon) ?? double.NaN;
        Assert.InRange(height, metres - tolerance, metres + tolerance);
    }

    [Fact]
    public void Tiles_AreLoadedOnlyWhenAPointNeedsThem()
    {
        ElevationTiles tiles = ElevationTiles.FromFolder(Path.GetDirectoryName(DemFiles.MonacoZip)!);
        Assert.Equal(2, tiles.TileCount);
        Assert.Equal(0, tiles.LoadedTileCount);
        Assert.NotNull(tiles.ElevationAt(43.75, 7.41));
        Assert.Equal(1, tiles.LoadedTileCount);
        Assert.Null(tiles.ElevationAt(50.95, 1.85));   // Calais: no tile here
        Assert.Equal(1, tiles.LoadedTileCount);
    }

    [Fact]
    public void ConcurrentFirstQueries_ReadTheTileOnceAndAgree()
    {
        ElevationTiles tiles = ElevationTiles.FromFiles([DemFiles.MonacoZip]);
        double?[] heights = new double?[64];
        Parallel.For(0, heights.Length, i => heights[i] = tiles.ElevationAt(43.75, 7.41));
        Assert.All(heights, h => Assert.Equal(heights[0], h));
        Assert.NotNull(heights[0]);
    }

    [Fact]
    public void VoidSample_TakesTheMeanOfItsValidNeighbours_AndAllVoidHasNoHeight()
    {
        string hgt = DemFiles.Unzip(DemFiles.MonacoZip, _files.NewFolder("plain"));
        byte[] bytes = File.ReadAllBytes(hgt);
        short At(int r, int c) => (short)((bytes[2 * (r * 1201 + c)] << 8) | bytes[2 * (r * 1201 + c) + 1]);
        ElevationTiles tiles = ElevationTiles.FromFiles([hgt]);
        (int Row, int Col)? mixed = null, allVoid = null;
        for (int r = 0; r < 1200 && (mixed is null || allVoid is null); r++)
        {
            for (int c = 0; c < 1200; c++)
            {
                if (At(r, c) != -32768)
                {
                    continue;
                }

                int valid = new[] { At(r, c + 1), At(r + 1, c), At(r + 1, c + 1) }.Count(v => v != -32768);
                if (valid > 0 && mixed is null)
                {
                    mixed = (r, c);
                }
                else if (valid == 0 && allVoid is null)
                {
                    allVoid = (r, c);
                }
            }
        }

        Assert.NotNull(mixed);
        Assert.NotNull(allVoid);
        (int mr, int mc) = mixed.Value;
        double[] neighbours = [.. new[] { At(mr, mc + 1), At(mr + 1, mc), At(mr + 1, mc + 1) }.Where(v => v != -32768).Select(v => (double)v)];
        Assert.Equal(neighbours.Average(), tiles.ElevationAt(44 - mr / 1200.0, 7 + mc / 1200.0)!.Value, 9);
        (int vr, int vc) = allVoid.Value;
        Assert.Null(tiles.ElevationAt(44 - (vr + 0.5) / 1200.0, 7 + (vc + 0.5) / 1200.0));
    }

    [Fact]
    public void TileEdges_ReadTheEdgeSamplesOfTheTile()
    {
        // The northern row is lat 44, the southern lat 43, the western column lon 7, the eastern lon 8 (SRTM tiles share edges).
        string hgt = DemFiles.Unzip(DemFiles.MonacoZip, _files.NewFolder("plain"));
        byte[] bytes = File.ReadAllBytes(hgt);
        double At(int r, int c) => (short)((bytes[2 * (r * 1201 + c)] << 8) | bytes[2 * (r * 1201 + c) + 1]);
        ElevationTiles tiles = ElevationTiles.FromFiles([hgt]);
        Assert.Equal(At(0, 0), tiles.ElevationAt(44, 7));
        Assert.Equal(At(1200, 1200), tiles.ElevationAt(43, 8));
        Assert.Equal(At(0, 1200), tiles.ElevationAt(44, 8));
        Assert.Equal(At(1200, 0), tiles.ElevationAt(43, 7));
        Assert.Null(tiles.ElevationAt(44.0001, 7.5));
        Assert.Null(tiles.ElevationAt(43.5, 8.0001));
    }

    [Fact]
    public void AdjacentSrtmTiles_InterpolateContinuouslyAcrossTheirBorder()
    {
        // Two synthetic 3" tiles side by side (lon 0..1 and 1..2) sharing their border column, as SRTM tiles do;
        // a slope rising 1 m per sample eastwards. Points just either side of lon 1 agree with the slope.
        string folder = _files.NewFolder("pair");
        WriteTile(Path.Combine(folder, "N00E000.hgt"), (r, c) => (short)c);
        WriteTile(Path.Combine(folder, "N00E001.hgt"), (r, c) => (short)(1200 + c));
        ElevationTiles tiles = ElevationTiles.FromFolder(folder);
        foreach (double dx in (double[])[-1e-9, 0, 1e-9, -0.4 / 1200, 0.4 / 1200])
        {
            double expected = 1200 + dx * 1200;
            Assert.Equal(expected, tiles.ElevationAt(0.5, 1 + dx)!.Value, 6);
        }
    }

    [Fact]
    public void TruncatedTile_IsATypedErrorNamingTheFile()
    {
        string folder = _files.NewFolder("cut");
        byte[] bytes = File.ReadAllBytes(DemFiles.Unzip(DemFiles.MonacoZip, _files.NewFolder("plain")));
        string path = Path.Combine(folder, "N43E007.hgt");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        ElevationTiles tiles = ElevationTiles.FromFolder(folder);
        var error = Assert.Throws<ElevationDataException>(() => tiles.ElevationAt(43.75, 7.41));
        Assert.Equal(ElevationDataProblem.Truncated, error.Problem);
        Assert.Contains("N43E007.hgt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptZip_IsATypedError()
    {
        string folder = _files.NewFolder("corrupt");
        byte[] zip = File.ReadAllBytes(DemFiles.MonacoZip);
        string path = Path.Combine(folder, "N43E007.hgt.zip");
        byte[] damaged = (byte[])zip.Clone();
        for (int i = 200; i < 20_000; i += 7)
        {
            damaged[i] ^= 0x5A;
        }

        File.WriteAllBytes(path, damaged);
        ElevationTiles tiles = ElevationTiles.FromFolder(folder);
        Assert.Throws<ElevationDataException>(() => tiles.ElevationAt(43.75, 7.41));
        File.WriteAllBytes(path, zip[..(zip.Length / 3)]);
        Assert.Throws<ElevationDataException>(() => ElevationTiles.FromFolder(folder).ElevationAt(43.75, 7.41));
    }

    [Fact]
    public void BadFolders_AreTypedErrors()
    {
        Assert.Throws<ElevationDataException>(() => ElevationTiles.FromFolder(Path.Combine(_files.Folder, "absent")));
        Assert.Throws<ElevationDataException>(() => ElevationTiles.FromFolder(_files.NewFolder("empty")));
        string misnamed = _files.NewFolder("misnamed");
        File.WriteAllBytes(Path.Combine(misnamed, "monaco.hgt"), new byte[2 * 1201 * 1201]);
        Assert.Throws<ElevationDataException>(() => ElevationTiles.FromFolder(misnamed));
    }

    [Fact]
    public void OneArcSecondTile_IsToldApartBySize()
    {
        string folder = _files.NewFolder("one");
        var bytes = new byte[2 * 3601 * 3601];
        // Row 1800 (lat 50.5), column 900 (lon 2.25) holds 321 m.
        int index = 2 * (1800 * 3601 + 900);
        bytes[index] = 321 >> 8;
        bytes[index + 1] = 321 & 0xFF;
        File.WriteAllBytes(Path.Combine(folder, "N50E002.hgt"), bytes);
        ElevationTiles tiles = ElevationTiles.FromFolder(folder);
        Assert.Equal(321, tiles.ElevationAt(50.5, 2.25));
        Assert.Equal(160.5, tiles.ElevationAt(50.5, 2.25 + 0.5 / 3600)!.Value, 9);
    }

    public void Dispose() => _files.Dispose();

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteTile(string path, Func<int, int, short> height)
    {
        var bytes = new byte[2 * 1201 * 1201];
        for (int r = 0; r < 1201; r++)
        {
            for (int c = 0; c < 1201; c++)
            {
                short h = height(r, c);
                bytes[2 * (r * 1201 + c)] = (byte)(h >> 8);
                bytes[2 * (r * 1201 + c) + 1] = (byte)h;
            }
        }

        File.WriteAllBytes(path, bytes);
    }
}
