using NetTopologySuite.Geometries;
using Routes.Geo.Geodesy;
using Xunit.Abstractions;

namespace Routes.Geo.Encirclement.Tests.Geodesy;

public sealed class EllipsoidMeasureTests(ITestOutputHelper output)
{
    private const double A = 6378137;
    private const double F = 1 / 298.257223563;
    private static readonly double E2 = F * (2 - F);
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    [Fact]
    public void SmallQuadrangle_MatchesTheClosedFormEllipsoidalZoneArea()
    {
        // 0.1° × 0.1° at 51°N: its geodesic edges stray from the parallels by about a metre.
        Polygon cell = Ring((51.0, 2.0), (51.0, 2.1), (51.1, 2.1), (51.1, 2.0), (51.0, 2.0));

        double expected = (ZoneArea(51.1) - ZoneArea(51.0)) * 0.1 / 360;

        Assert.Equal(1, EllipsoidMeasure.Area(cell) / expected, 1e-5);
    }

    [Fact]
    public void DunkirkPocket_AgreesWithLambert93AndWithASphericalExcess()
    {
        MilitaryPosition pocket = Model.Positions.Single(p => p.Id == "dunkirk-pocket-september");
        var polygon = (Polygon)pocket.Geometry;

        double area = pocket.AreaSquareMetres;
        double lambert = Projections.Lambert93.Project(polygon).Area;
        double k = Lambert93ScaleFactor(polygon.Centroid.Y);
        double sphere = SphericalExcessArea(polygon);
        output.WriteLine($"ellipsoid {area / 1e6:F4} km², Lambert-93 planar {lambert / 1e6:F4} km² (k = {k:F6}), "
            + $"Lambert-93 / k² {lambert / (k * k) / 1e6:F4} km², spherical excess {sphere / 1e6:F4} km²");

        Assert.InRange(area / 1e6, 100, 160);
        Assert.Equal(1, lambert / area, 0.005);
        Assert.Equal(1, lambert / (k * k) / area, 0.0005);
        Assert.Equal(1, sphere / area, 0.0005);
    }

    [Fact]
    public void LineLength_IsTheSumOfVincentyDistancesBetweenItsVertices()
    {
        MilitaryPosition line = Model.Positions.Single(p => p.Id == "dunkirk-outpost-line");
        Coordinate[] c = line.Geometry.Coordinates;

        double expected = Enumerable.Range(1, c.Length - 1).Sum(i => Vincenty.Distance(c[i - 1].Y, c[i - 1].X, c[i].Y, c[i].X));

        Assert.Equal(expected, line.LengthMetres, 0.001);
        Assert.Equal(0, line.AreaSquareMetres);
    }

    [Fact]
    public void Area_DoesNotDependOnRingOrientationAndHolesAreSubtracted()
    {
        Polygon cell = Ring((51.0, 2.0), (51.0, 2.1), (51.1, 2.1), (51.1, 2.0), (51.0, 2.0));
        var reversed = (Polygon)cell.Reverse();
        Polygon hole = Ring((51.02, 2.02), (51.02, 2.04), (51.04, 2.04), (51.04, 2.02), (51.02, 2.02));
        Polygon holed = Factory.CreatePolygon((LinearRing)cell.ExteriorRing, [(LinearRing)hole.ExteriorRing]);

        Assert.Equal(EllipsoidMeasure.Area(cell), EllipsoidMeasure.Area(reversed), 1e-3);
        Assert.Equal(EllipsoidMeasure.Area(cell) - EllipsoidMeasure.Area(hole), EllipsoidMeasure.Area(holed), 1e-3);
        Assert.Equal(0, EllipsoidMeasure.Area(Factory.CreatePoint(new Coordinate(2, 51))));
        Assert.Equal(0, EllipsoidMeasure.Length(Factory.CreatePoint(new Coordinate(2, 51))));
    }

    private static Polygon Ring(params (double Lat, double Lon)[] points) =>
        Factory.CreatePolygon([.. points.Select(p => new Coordinate(p.Lon, p.Lat))]);

    // Area between the equator and latitude phi over all longitudes (e.g. Snyder, Map Projections, eq. 3-12 integrated).
    private static double ZoneArea(double latitude)
    {
        double e = Math.Sqrt(E2), b = A * (1 - F), s = Math.Sin(latitude * Math.PI / 180);
        return Math.PI * b * b * ((s / (1 - (E2 * s * s))) + (Math.Log((1 + (e * s)) / (1 - (e * s))) / (2 * e)));
    }

    // Lambert conformal conic on GRS80 with standard parallels 44°N and 49°N: k = m1·t^n / (m·t1^n).
    private static double Lambert93ScaleFactor(double latitude)
    {
        const double F = 1 / 298.257222101;
        double e2 = F * (2 - F), e = Math.Sqrt(e2);
        double M(double phi) => Math.Cos(phi) / Math.Sqrt(1 - (e2 * Math.Sin(phi) * Math.Sin(phi)));
        double T(double phi) => Math.Tan((Math.PI / 4) - (phi / 2)) / Math.Pow((1 - (e * Math.Sin(phi))) / (1 + (e * Math.Sin(phi))), e / 2);
        double phi1 = 44 * Math.PI / 180, phi2 = 49 * Math.PI / 180, phi = latitude * Math.PI / 180;
        double n = (Math.Log(M(phi1)) - Math.Log(M(phi2))) / (Math.Log(T(phi1)) - Math.Log(T(phi2)));
        return M(phi1) * Math.Pow(T(phi), n) / (M(phi) * Math.Pow(T(phi1), n));
    }

    // Great-circle polygon on the sphere of Gaussian mean radius sqrt(M·N) at the centroid: signed fan of
    // triangles, each excess from tan(E/2) = a·(b×c) / (1 + a·b + b·c + c·a) (Van Oosterom and Strackee).
    private static double SphericalExcessArea(Polygon polygon)
    {
        double lat0 = polygon.Centroid.Y * Math.PI / 180, w = 1 - (E2 * Math.Sin(lat0) * Math.Sin(lat0));
        double radius = Math.Sqrt(A * (1 - E2) / Math.Pow(w, 1.5) * (A / Math.Sqrt(w)));
        double[][] v = [.. polygon.ExteriorRing.Coordinates.Select(c => Unit(c.Y, c.X))];
        double excess = 0;
        for (int i = 1; i < v.Length - 2; i++)
        {
            double[] a = v[0], b = v[i], c = v[i + 1];
            double triple = (a[0] * ((b[1] * c[2]) - (b[2] * c[1]))) - (a[1] * ((b[0] * c[2]) - (b[2] * c[0]))) + (a[2] * ((b[0] * c[1]) - (b[1] * c[0])));
            excess += 2 * Math.Atan2(triple, 1 + Dot(a, b) + Dot(b, c) + Dot(c, a));
        }

        return Math.Abs(excess) * radius * radius;
    }

    private static double[] Unit(double lat, double lon)
    {
        double phi = lat * Math.PI / 180, lambda = lon * Math.PI / 180;
        return [Math.Cos(phi) * Math.Cos(lambda), Math.Cos(phi) * Math.Sin(lambda), Math.Sin(phi)];
    }

    private static double Dot(double[] a, double[] b) => (a[0] * b[0]) + (a[1] * b[1]) + (a[2] * b[2]);
}
