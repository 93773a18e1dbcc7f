namespace Routes.Geo.Elevation;

/// <summary>
/// One DEM tile's samples on a regular latitude/longitude lattice: row 0 is the northern row, column 0 the western
/// one; sample (r, c) lies at (<see cref="NorthLat"/> - r·<see cref="LatStep"/>, <see cref="WestLon"/> + c·<see cref="LonStep"/>).
/// Heights in metres; NaN marks a void.
/// </summary>
internal sealed class ElevationGrid
{
    private readonly float[] _heights;

    public ElevationGrid(int rows, int columns, double northLat, double westLon, double latStep, double lonStep, float[] heights)
    {
        if (heights.Length != (long)rows * columns)
        {
            throw new ArgumentException($"{heights.Length} samples for a {rows} x {columns} grid.", nameof(heights));
        }

        Rows = rows;
        Columns = columns;
        NorthLat = northLat;
        WestLon = westLon;
        LatStep = latStep;
        LonStep = lonStep;
        _heights = heights;
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>Latitude of row 0's samples.</summary>
    public double NorthLat { get; }

    /// <summary>Longitude of column 0's samples.</summary>
    public double WestLon { get; }

    public double LatStep { get; }

    public double LonStep { get; }

    public double SouthLat => NorthLat - (Rows - 1) * LatStep;

    public double EastLon => WestLon + (Columns - 1) * LonStep;

    public int VoidCount => _heights.Count(float.IsNaN);

    /// <summary>The sample at row <paramref name="row"/> and column <paramref name="column"/> (NaN for a void).</summary>
    public float Sample(int row, int column) => _heights[(long)row * Columns + column];

    public bool Contains(int row, int column) => row >= 0 && row < Rows && column >= 0 && column < Columns;
}
