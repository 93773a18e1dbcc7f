namespace Routes.Geo.Elevation;

/// <summary>Collects a leg's heights (one per geometry point) and its climb while the leg's geometry is built.</summary>
internal sealed class LegClimb
{
    private readonly EdgeElevation _elevation;
    private readonly double[] _pointHeights;
    private readonly List<double> _heights;
    private double _ascent, _descent, _knownMetres, _lengthMetres;
    private int _sampleHint = -1;

    public LegClimb(EdgeElevation elevation, double[] pointHeights, int capacity)
    {
        _elevation = elevation;
        _pointHeights = pointHeights;
        _heights = new List<double>(capacity);
    }

    // Points come in order along each part, so the sample lookup walks on from the last one (no binary search per point).
    public void AddHeight(int edge, double offsetMetres) => _heights.Add(_elevation.HeightAt(edge, offsetMetres, ref _sampleHint));

    /// <summary>The height of the network's geometry point <paramref name="point"/>, looked up once per network.</summary>
    public void AddPointHeight(int point) => _heights.Add(_pointHeights[point]);

    public void RepeatLastHeight() => _heights.Add(_heights[^1]);

    public void AddPart(int edge, double fromMetres, double toMetres)
    {
        (double up, double down, double known) = _elevation.ClimbAndCoverage(edge, fromMetres, toMetres);
        _ascent += up;
        _descent += down;
        _knownMetres += known;
        _lengthMetres += Math.Abs(toMetres - fromMetres);
    }

    public RouteLeg Complete(RouteLeg leg) => leg with
    {
        AscentMetres = _ascent,
        DescentMetres = _descent,
        GeometryElevationMetres = _heights,
        // Sample offsets are single precision: a millimetre short of the whole length is the whole length.
        ElevationCoverage = _lengthMetres > 0 && _knownMetres < _lengthMetres - 1e-3 ? _knownMetres / _lengthMetres : 1,
    };
}
