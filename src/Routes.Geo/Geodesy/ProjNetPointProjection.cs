using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Routes.Geo.Geodesy;

/// <summary>
/// Projection through ProjNET transforms between the CRS's own geographic CRS and the CRS, so no
/// datum step is applied (WGS84 coordinates are taken as the CRS's datum, a null transformation).
/// </summary>
internal sealed class ProjNetPointProjection : PointProjection
{
    // ProjNET does not document its transforms as thread-safe; one lock per CRS keeps them so.
    private readonly Lock _gate = new();
    private readonly MathTransform _forward;
    private readonly MathTransform _inverse;

    public ProjNetPointProjection(ProjectedCoordinateSystem crs)
    {
        var factory = new CoordinateTransformationFactory();
        _forward = factory.CreateFromCoordinateSystems(crs.GeographicCoordinateSystem, crs).MathTransform;
        _inverse = factory.CreateFromCoordinateSystems(crs, crs.GeographicCoordinateSystem).MathTransform;
    }

    public override (double X, double Y) Forward(double longitude, double latitude)
    {
        lock (_gate)
        {
            return _forward.Transform(longitude, latitude);
        }
    }

    public override (double Longitude, double Latitude) Inverse(double x, double y)
    {
        lock (_gate)
        {
            return _inverse.Transform(x, y);
        }
    }
}
