using NetTopologySuite.Geometries;

namespace Routes.Geo.Geodesy;

/// <summary>NetTopologySuite filter that replaces every vertex (X, Y) by map(X, Y); Z and M are kept.</summary>
internal sealed class CoordinateMapFilter(Func<double, double, (double X, double Y)> map) : ICoordinateSequenceFilter
{
    public bool Done => false;

    public bool GeometryChanged => true;

    public void Filter(CoordinateSequence seq, int i)
    {
        (double x, double y) = map(seq.GetX(i), seq.GetY(i));
        seq.SetX(i, x);
        seq.SetY(i, y);
    }
}
