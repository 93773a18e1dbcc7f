using BitMiracle.LibTiff.Classic;

namespace Routes.Geo.Elevation;

/// <summary>
/// GeoTIFF DEMs (Copernicus GLO-30/90, SRTM as GeoTIFF, ...) decoded by LibTiff.NET: one band of Int16, Int32, Float32
/// or Float64 samples, tiled or stripped, any compression LibTiff reads. Only geographic WGS84 (EPSG:4326, read from the
/// GeoKeyDirectory) is accepted; GDAL's NoData value and -32768 become voids. PixelIsArea rasters (the default) have
/// their samples at pixel centres, PixelIsPoint rasters at the tie point itself.
/// </summary>
internal static class GeoTiffDem
{
    private const TiffTag ModelPixelScale = (TiffTag)33550;
    private const TiffTag ModelTiepoint = (TiffTag)33922;
    private const TiffTag ModelTransformation = (TiffTag)34264;
    private const TiffTag GeoKeyDirectory = (TiffTag)34735;
    private const TiffTag GdalNoData = (TiffTag)42113;

    private const int GTModelTypeGeoKey = 1024, GTRasterTypeGeoKey = 1025, GeographicTypeGeoKey = 2048;
    private const int GeogGeodeticDatumGeoKey = 2050, ProjectedCSTypeGeoKey = 3072;
    private const int ModelTypeGeographic = 2, RasterPixelIsPoint = 2, Wgs84 = 4326, Wgs84Datum = 6326, UserDefined = 32767;

    /// <summary>Where the samples lie, without reading them.</summary>
    public static ElevationGrid ReadHeader(string path) => Read(path, samples: false);

    /// <summary>Every sample; voids as NaN.</summary>
    /// <exception cref="ElevationDataException">Not a TIFF, not georeferenced in WGS84, an unsupported layout, or truncated/corrupt data.</exception>
    public static ElevationGrid Read(string path) => Read(path, samples: true);

    // LibTiff.NET's error handler is process-wide: one file at a time, so each read collects its own messages.
    private static readonly Lock HandlerLock = new();

    private static ElevationGrid Read(string path, bool samples)
    {
        if (!File.Exists(path))
        {
            throw new ElevationDataException(path, ElevationDataProblem.Unreadable, "no such file.");
        }

        var errors = new CollectingErrorHandler();
        using Lock.Scope scope = HandlerLock.EnterScope();
        TiffErrorHandler previous = Tiff.SetErrorHandler(errors);
        try
        {
            using Tiff? tiff = Tiff.Open(path, "r");
            if (tiff is null)
            {
                throw new ElevationDataException(path, ElevationDataProblem.Unreadable, "not a TIFF file LibTiff can open" + errors.Suffix);
            }

            return ReadOpen(path, tiff, samples, errors);
        }
        catch (Exception e) when (e is not ElevationDataException && e is IOException or InvalidOperationException or ArgumentException
                                      or IndexOutOfRangeException or NullReferenceException or OverflowException or InvalidCastException)
        {
            // LibTiff.NET reports some damaged files by throwing its own way; they are damaged files all the same.
            throw new ElevationDataException(path, ElevationDataProblem.Truncated, "the TIFF is damaged: " + e.Message + errors.Suffix, e);
        }
        finally
        {
            Tiff.SetErrorHandler(previous);
        }
    }

    private static ElevationGrid ReadOpen(string path, Tiff tiff, bool readSamples, CollectingErrorHandler errors)
    {
        int width = Int(tiff, TiffTag.IMAGEWIDTH) ?? 0, height = Int(tiff, TiffTag.IMAGELENGTH) ?? 0;
        int bands = Int(tiff, TiffTag.SAMPLESPERPIXEL) ?? 1, bits = Int(tiff, TiffTag.BITSPERSAMPLE) ?? 1;
        var format = (SampleFormat)(Int(tiff, TiffTag.SAMPLEFORMAT) ?? (int)SampleFormat.UINT);
        if (width <= 1 || height <= 1 || (long)width * height > 400_000_000L)
        {
            throw new ElevationDataException(path, ElevationDataProblem.UnsupportedLayout, $"{width} x {height} pixels: a DEM tile has 2 to 400 million.");
        }

        if (bands != 1 || !(format is SampleFormat.INT && bits is 16 or 32 || format is SampleFormat.IEEEFP && bits is 32 or 64))
        {
            throw new ElevationDataException(path, ElevationDataProblem.UnsupportedLayout,
                $"{bands} band(s) of {bits}-bit {format} samples: a DEM is read from one band of Int16, Int32, Float32 or Float64.");
        }

        ushort[] keys = GeoKeys(path, tiff);
        CheckWgs84(path, keys);
        bool pixelIsPoint = Key(keys, GTRasterTypeGeoKey) == RasterPixelIsPoint;
        if (tiff.GetField(ModelTransformation) is not null)
        {
            throw new ElevationDataException(path, ElevationDataProblem.UnsupportedLayout, "a ModelTransformation (rotated or sheared raster); only a tie point and pixel scale are read.");
        }

        double[] scale = Doubles(tiff, ModelPixelScale), tie = Doubles(tiff, ModelTiepoint);
        if (scale.Length < 2 || tie.Length < 6 || !(scale[0] > 0) || !(scale[1] > 0) || !double.IsFinite(tie[3]) || !double.IsFinite(tie[4]))
        {
            throw new ElevationDataException(path, ElevationDataProblem.UnsupportedProjection, "no usable ModelPixelScale and ModelTiepoint: the raster is not georeferenced.");
        }

        // The tie point maps raster (I, J) to (lon, lat); with PixelIsArea, raster (0, 0) is the first pixel's corner.
        double half = pixelIsPoint ? 0 : 0.5;
        double westLon = tie[3] + (half - tie[0]) * scale[0];
        double northLat = tie[4] - (half - tie[1]) * scale[1];
        if (northLat > 90 + scale[1] || northLat - (height - 1) * scale[1] < -90 - scale[1] || westLon < -180 - scale[0] || westLon + (width - 1) * scale[0] > 180 + scale[0])
        {
            throw new ElevationDataException(path, ElevationDataProblem.UnsupportedProjection,
                $"its extent (north {northLat}, west {westLon}) is not in degrees of latitude and longitude.");
        }

        float[] heights = readSamples ? Samples(path, tiff, width, height, format, bits, NoData(tiff), errors) : new float[(long)width * height];
        return new ElevationGrid(height, width, northLat, westLon, scale[1], scale[0], heights);
    }

    private static void CheckWgs84(string path, ushort[] keys)
    {
        int? model = Key(keys, GTModelTypeGeoKey), geographic = Key(keys, GeographicTypeGeoKey), projected = Key(keys, ProjectedCSTypeGeoKey);
        if (projected is not null || model is not ModelTypeGeographic)
        {
            throw new ElevationDataException(path, ElevationDataProblem.UnsupportedProjection,
                $"model type {model?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "absent"}" +
                (projected is null ? "" : $", projected CRS EPSG:{projected}") + ": only geographic WGS84 (EPSG:4326) DEMs are read; reproject it (gdalwarp -t_srs EPSG:4326).");
        }

        bool wgs84 = geographic == Wgs84 || (geographic is null or UserDefined && Key(keys, GeogGeodeticDatumGeoKey) == Wgs84Datum);
        if (!wgs84)
        {
            throw new ElevationDataException(path, ElevationDataProblem.UnsupportedProjection,
                $"geographic CRS EPSG:{geographic?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "absent"}: only WGS84 (EPSG:4326) is read.");
        }
    }

    // The GeoKeyDirectory: a header of four shorts (version, revision, minor, count), then four per key
    // (id, location, count, value); a key stored in the short itself has location 0.
    private static ushort[] GeoKeys(string path, Tiff tiff)
    {
        FieldValue[]? field = tiff.GetField(GeoKeyDirectory);
        ushort[]? keys = field is { Length: >= 2 } ? field[1].ToUShortArray() : null;
        if (keys is null || keys.Length < 4 || keys.Length < 4 + 4 * keys[3])
        {
            throw new ElevationDataException(path, ElevationDataProblem.UnsupportedProjection, "no GeoKeyDirectory: the TIFF is not a GeoTIFF.");
        }

        return keys;
    }

    private static int? Key(ushort[] keys, int id)
    {
        for (int k = 4; k + 3 < keys.Length && k < 4 + 4 * keys[3]; k += 4)
        {
            if (keys[k] == id)
            {
                return keys[k + 1] == 0 ? keys[k + 3] : null;
            }
        }

        return null;
    }

    private static double? NoData(Tiff tiff)
    {
        FieldValue[]? field = tiff.GetField(GdalNoData);
        string? text = field is { Length: >= 2 } ? field[1].ToString()?.Trim('\0', ' ') : null;
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value) ? value : null;
    }

    private static float[] Samples(string path, Tiff tiff, int width, int height, SampleFormat format, int bits, double? noData, CollectingErrorHandler errors)
    {
        var heights = new float[(long)width * height];
        int bytes = bits / 8;
        if (tiff.IsTiled())
        {
            int tileWidth = Int(tiff, TiffTag.TILEWIDTH) ?? 0, tileHeight = Int(tiff, TiffTag.TILELENGTH) ?? 0;
            var buffer = new byte[tiff.TileSize()];
            for (int y = 0; y < height; y += tileHeight)
            {
                for (int x = 0; x < width; x += tileWidth)
                {
                    int got = tiff.ReadTile(buffer, 0, x, y, 0, 0);
                    if (got < 0)
                    {
                        throw Damaged(path, $"tile at pixel ({x}, {y})", errors);
                    }

                    for (int row = 0; row < tileHeight && y + row < height; row++)
                    {
                        for (int col = 0; col < tileWidth && x + col < width; col++)
                        {
                            heights[(long)(y + row) * width + x + col] = Decode(buffer, (row * tileWidth + col) * bytes, format, bits, noData);
                        }
                    }
                }
            }
        }
        else
        {
            var buffer = new byte[tiff.ScanlineSize()];
            for (int row = 0; row < height; row++)
            {
                if (!tiff.ReadScanline(buffer, row))
                {
                    throw Damaged(path, $"row {row}", errors);
                }

                for (int col = 0; col < width; col++)
                {
                    heights[(long)row * width + col] = Decode(buffer, col * bytes, format, bits, noData);
                }
            }
        }

        if (errors.Messages.Count > 0)
        {
            throw Damaged(path, "its data", errors);
        }

        return heights;
    }

    private static ElevationDataException Damaged(string path, string where, CollectingErrorHandler errors) =>
        new(path, ElevationDataProblem.Truncated, $"cannot decode {where}: the file is truncated or corrupt" + errors.Suffix);

    // LibTiff hands samples over in the machine's byte order whatever the file's.
    private static float Decode(byte[] buffer, int offset, SampleFormat format, int bits, double? noData)
    {
        double value = (format, bits) switch
        {
            (SampleFormat.INT, 16) => BitConverter.ToInt16(buffer, offset),
            (SampleFormat.INT, _) => BitConverter.ToInt32(buffer, offset),
            (_, 32) => BitConverter.ToSingle(buffer, offset),
            _ => BitConverter.ToDouble(buffer, offset),
        };
        bool isVoid = !double.IsFinite(value) || value == SrtmTile.VoidValue || (noData is { } nd && (value == nd || (double)(float)value == (float)nd));
        return isVoid ? float.NaN : (float)value;
    }

    private static int? Int(Tiff tiff, TiffTag tag) => tiff.GetField(tag) is { Length: >= 1 } field ? field[0].ToInt() : null;

    private static double[] Doubles(Tiff tiff, TiffTag tag) =>
        tiff.GetField(tag) is { Length: >= 2 } field ? field[1].ToDoubleArray() ?? [] : [];

    // LibTiff writes warnings and errors to the console by default; a library must not.
    private sealed class CollectingErrorHandler : TiffErrorHandler
    {
        public List<string> Messages { get; } = [];

        public string Suffix => Messages.Count == 0 ? "." : " (" + string.Join("; ", Messages.Distinct().Take(3)) + ").";

        public override void ErrorHandler(Tiff tif, string method, string format, params object[] args) =>
            Messages.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

        public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) =>
            Messages.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

        public override void WarningHandler(Tiff tif, string method, string format, params object[] args) { }

        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) { }
    }
}
