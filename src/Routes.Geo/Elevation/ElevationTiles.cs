namespace Routes.Geo.Elevation;

/// <summary>
/// A set of DEM tiles (SRTM <c>.hgt</c> / <c>.hgt.zip</c>, 1 or 3 arc-seconds; GeoTIFF <c>.tif</c> / <c>.tiff</c> in
/// EPSG:4326) answering heights by bilinear interpolation of the four samples around a point. A tile is found by
/// coordinate (an SRTM tile by its name, N43E007 covering lat 43..44, lon 7..8; a GeoTIFF by its header, read when the
/// set is made), read on first use and then kept; safe to query from many threads.
/// </summary>
/// <remarks>
/// Interpolation is continuous across tile borders: a sample missing from one tile (the gap between two GeoTIFFs whose
/// pixels do not overlap) is read from the neighbouring tile that has it. A void sample (SRTM's -32768, a GeoTIFF's
/// NoData) is left out and the weights of the valid ones among the four are renormalised; a point whose four samples
/// are all void, or that no tile covers, has no height (null).
/// </remarks>
public sealed class ElevationTiles : IElevationSource
{
    // Snap a fractional row or column this close to a sample onto it, so grid points read back exactly.
    private const double OnSampleTolerance = 1e-7;

    private readonly List<Tile> _tiles = [];
    private readonly Dictionary<(int Lat, int Lon), List<Tile>> _byDegree = [];

    private ElevationTiles(IEnumerable<string> files)
    {
        foreach (string file in files)
        {
            Tile tile = Tile.Open(file);
            _tiles.Add(tile);
            for (int lat = (int)Math.Floor(tile.South); lat <= (int)Math.Floor(tile.North); lat++)
            {
                for (int lon = (int)Math.Floor(tile.West); lon <= (int)Math.Floor(tile.East); lon++)
                {
                    if (!_byDegree.TryGetValue((lat, lon), out List<Tile>? list))
                    {
                        _byDegree[(lat, lon)] = list = [];
                    }

                    list.Add(tile);
                }
            }
        }
    }

    /// <summary>Number of tiles in the set.</summary>
    public int TileCount => _tiles.Count;

    /// <summary>Number of tiles whose samples have been read so far.</summary>
    public int LoadedTileCount => _tiles.Count(t => t.IsLoaded);

    /// <summary>The tiles' files, in the order given.</summary>
    public IReadOnlyList<string> Files => [.. _tiles.Select(t => t.Path)];

    /// <summary>
    /// The tiles in <paramref name="folder"/> (not its subfolders): every <c>*.hgt</c> and <c>*.hgt.zip</c> named like
    /// <c>N43E007</c>, and every <c>*.tif</c> / <c>*.tiff</c>. Other files are ignored.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is null or blank.</exception>
    /// <exception cref="ElevationDataException">The folder does not exist or holds no tile; a GeoTIFF's header is unreadable or not in WGS84; an .hgt file is not named by its tile.</exception>
    public static ElevationTiles FromFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new ElevationDataException(folder, ElevationDataProblem.Unreadable, "no such folder of elevation tiles.");
        }

        string[] files = [.. Directory.EnumerateFiles(folder).Where(IsTileFile).Order(StringComparer.Ordinal)];
        if (files.Length == 0)
        {
            throw new ElevationDataException(folder, ElevationDataProblem.Unreadable, "the folder holds no elevation tile (*.hgt, *.hgt.zip, *.tif, *.tiff).");
        }

        return new ElevationTiles(files);
    }

    /// <summary>The given tile files (same kinds as <see cref="FromFolder"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null.</exception>
    /// <exception cref="ElevationDataException">A file is missing, of an unknown kind, or (GeoTIFF) has an unreadable or non-WGS84 header.</exception>
    public static ElevationTiles FromFiles(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new ElevationTiles(files);
    }

    /// <inheritdoc />
    public double? ElevationAt(double lat, double lon)
    {
        if (!double.IsFinite(lat) || !double.IsFinite(lon))
        {
            return null;
        }

        Tile? tile = Find(lat, lon, except: null);
        if (tile is null)
        {
            return null;
        }

        ElevationGrid grid = tile.Grid;
        double r = Snap((grid.NorthLat - lat) / grid.LatStep), c = Snap((lon - grid.WestLon) / grid.LonStep);
        // On the last row or column, interpolate towards the inside so the point needs no neighbour tile.
        int r0 = (int)Math.Floor(r), c0 = (int)Math.Floor(c);
        r0 -= r0 == grid.Rows - 1 && r == r0 ? 1 : 0;
        c0 -= c0 == grid.Columns - 1 && c == c0 ? 1 : 0;
        double fr = r - r0, fc = c - c0;
        double sum = 0, weights = 0, anySum = 0;
        int valid = 0;
        for (int corner = 0; corner < 4; corner++)
        {
            int dr = corner >> 1, dc = corner & 1;
            double weight = (dr == 0 ? 1 - fr : fr) * (dc == 0 ? 1 - fc : fc);
            float h = SampleAt(tile, grid, r0 + dr, c0 + dc);
            if (float.IsNaN(h))
            {
                continue;
            }

            sum += weight * h;
            weights += weight;
            anySum += h;
            valid++;
        }

        if (valid == 0)
        {
            return null;
        }

        // A point on a void sample itself: its valid neighbours' mean.
        return weights > 1e-12 ? sum / weights : anySum / valid;
    }

    private static double Snap(double x)
    {
        double nearest = Math.Round(x);
        return Math.Abs(x - nearest) < OnSampleTolerance ? nearest : x;
    }

    // A sample of the lattice around a point of `tile`: from the tile itself, else from a neighbour holding that sample.
    private float SampleAt(Tile tile, ElevationGrid grid, int row, int column)
    {
        if (grid.Contains(row, column))
        {
            return grid.Sample(row, column);
        }

        double lat = grid.NorthLat - row * grid.LatStep, lon = grid.WestLon + column * grid.LonStep;
        Tile? other = Find(lat, lon, except: tile);
        if (other is null)
        {
            return float.NaN;
        }

        ElevationGrid g = other.Grid;
        double r = (g.NorthLat - lat) / g.LatStep, c = (lon - g.WestLon) / g.LonStep;
        int rr = (int)Math.Round(r), cc = (int)Math.Round(c);
        // Tiles of another resolution share no lattice with this one: no sample there rather than a wrong one.
        bool onLattice = Math.Abs(r - rr) < 1e-6 && Math.Abs(c - cc) < 1e-6;
        return onLattice && g.Contains(rr, cc) ? g.Sample(rr, cc) : float.NaN;
    }

    private Tile? Find(double lat, double lon, Tile? except)
    {
        if (!_byDegree.TryGetValue(((int)Math.Floor(lat), (int)Math.Floor(lon)), out List<Tile>? candidates))
        {
            return null;
        }

        foreach (Tile tile in candidates)
        {
            if (tile != except && tile.Covers(lat, lon))
            {
                return tile;
            }
        }

        return null;
    }

    private static bool IsTileFile(string path) =>
        path.EndsWith(".hgt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".hgt.zip", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".tif", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tiff", StringComparison.OrdinalIgnoreCase);

    // One file: its coverage known up front, its samples read on first use (Lazy publishes one grid to all threads).
    private sealed class Tile
    {
        private readonly Lazy<ElevationGrid> _grid;

        private Tile(string path, double south, double north, double west, double east, Func<ElevationGrid> load)
        {
            Path = path;
            (South, North, West, East) = (south, north, west, east);
            _grid = new Lazy<ElevationGrid>(load, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public string Path { get; }

        // The area whose points interpolate from this tile: its samples' extent, widened by half a step on each side
        // for rasters whose samples sit at pixel centres (the half pixel beyond belongs to no sample of theirs).
        public double South { get; }

        public double North { get; }

        public double West { get; }

        public double East { get; }

        public bool IsLoaded => _grid.IsValueCreated;

        public ElevationGrid Grid => _grid.Value;

        public bool Covers(double lat, double lon) => lat >= South && lat <= North && lon >= West && lon <= East;

        public static Tile Open(string path)
        {
            if (SrtmTile.TryParseName(path, out int south, out int west))
            {
                if (!File.Exists(path))
                {
                    throw new ElevationDataException(path, ElevationDataProblem.Unreadable, "no such file.");
                }

                return new Tile(path, south, south + 1, west, west + 1, () => SrtmTile.Read(path, south, west));
            }

            if (path.EndsWith(".hgt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".hgt.zip", StringComparison.OrdinalIgnoreCase))
            {
                throw new ElevationDataException(path, ElevationDataProblem.Unreadable,
                    "an SRTM tile is named by its south-west corner (N43E007.hgt or .hgt.zip); this name gives none.");
            }

            if (path.EndsWith(".tif", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tiff", StringComparison.OrdinalIgnoreCase))
            {
                ElevationGrid header = GeoTiffDem.ReadHeader(path);
                return new Tile(path, header.SouthLat - header.LatStep / 2, header.NorthLat + header.LatStep / 2,
                    header.WestLon - header.LonStep / 2, header.EastLon + header.LonStep / 2, () => GeoTiffDem.Read(path));
            }

            throw new ElevationDataException(path, ElevationDataProblem.Unreadable, "not an elevation tile (*.hgt, *.hgt.zip, *.tif, *.tiff).");
        }
    }
}
