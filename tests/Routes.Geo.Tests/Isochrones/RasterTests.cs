using NetTopologySuite.Geometries;
using Routes.Geo.Isochrones;

namespace Routes.Geo.Tests.Isochrones;

public class RasterTests
{
    [Fact]
    public void DistanceTransform_EqualsTheBruteForceNearestSource_OnRandomGrids()
    {
        var random = new Random(3);
        for (int round = 0; round < 20; round++)
        {
            int width = random.Next(1, 40), height = random.Next(1, 40);
            var grid = new float[width * height];
            Array.Fill(grid, float.PositiveInfinity);
            var sources = new List<(int X, int Y)>();
            for (int k = random.Next(1, 6); k > 0; k--)
            {
                (int x, int y) = (random.Next(width), random.Next(height));
                grid[(y * width) + x] = 0;
                sources.Add((x, y));
            }

            DistanceTransform.Squared(grid, width, height);
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    double expected = sources.Min(s => ((s.X - x) * (s.X - x)) + ((s.Y - y) * (s.Y - y)));
                    Assert.Equal(expected, grid[(y * width) + x], 3);
                }
            }
        }
    }

    [Fact]
    public void ContourTracer_OfTwoDiscsWithAHole_GivesCounterClockwiseShellsAroundTheirClockwiseHoles()
    {
        // A ring-shaped disc (radius 20, hole of radius 8) and a separate disc of radius 6, on a 100 x 60 grid.
        const int Width = 100, Height = 60;
        var values = new float[Width * Height];
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                double ring = Math.Max(Math.Sqrt(((x - 30) * (x - 30)) + ((y - 30) * (y - 30))) - 20, 8 - Math.Sqrt(((x - 30) * (x - 30)) + ((y - 30) * (y - 30))));
                double disc = Math.Sqrt(((x - 75) * (x - 75)) + ((y - 30) * (y - 30))) - 6;
                values[(y * Width) + x] = (float)Math.Min(ring, disc);
            }
        }

        var parts = ContourTracer.Trace(values, Width, Height, (x, y) => new Coordinate(x, y));
        var factory = new GeometryFactory();
        Polygon[] polygons = [.. parts.Select(p => factory.CreatePolygon(factory.CreateLinearRing(p.Shell), [.. p.Holes.Select(factory.CreateLinearRing)]))];
        Assert.Equal(2, polygons.Length);
        Assert.All(polygons, p => Assert.True(p.IsValid && p.Shell.IsCCW));
        Polygon big = polygons.Single(p => p.NumInteriorRings == 1), small = polygons.Single(p => p.NumInteriorRings == 0);
        Assert.False(big.Holes[0].IsCCW);
        Assert.Equal(Math.PI * ((20 * 20) - (8 * 8)), big.Area, Math.PI * ((20 * 20) - (8 * 8)) * 0.01);
        Assert.Equal(Math.PI * 36, small.Area, Math.PI * 36 * 0.03);
    }
}
