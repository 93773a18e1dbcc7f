using System.Buffers;
using NetTopologySuite.Geometries;
using Routes.Geo.Routing;

namespace Routes.Geo.Isochrones;

/// <summary>
/// The area a person would draw around reached road pieces: every grid node within <see cref="IsochroneShape.BufferMetres"/>
/// plus <see cref="IsochroneShape.GapMetres"/> of a reached piece, shrunk back by the gap (a morphological closing, so
/// blocks and gaps narrower than about twice the gap fill in), outlined by marching squares.
/// </summary>
internal static class ReachArea
{
    /// <summary>Largest grid built; wider reaches get coarser cells.</summary>
    public const int MaxCells = 1_000_000;

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>The pieces' polylines in the plane, as interleaved x, y metres.</summary>
    public static List<double[]> Lines(RoadNetwork network, LocalPlane plane, List<ReachSearch.Piece> pieces)
    {
        var lines = new List<double[]>(pieces.Count);
        var points = new List<double>();
        foreach (ReachSearch.Piece piece in pieces)
        {
            points.Clear();
            double length = network.EdgeLengthMetres(piece.Edge);
            double from = piece.From * length, to = piece.To * length;
            int first = network.EdgeGeometryStart[piece.Edge], last = network.EdgeGeometryStart[piece.Edge + 1] - 1;
            AddAt(network, plane, first, last, from, points);
            for (int i = first; i <= last; i++)
            {
                if (network.PointOffsetMetres[i] > from && network.PointOffsetMetres[i] < to)
                {
                    (double x, double y) = plane.Forward(network.PointLat[i], network.PointLon[i]);
                    points.Add(x);
                    points.Add(y);
                }
            }

            AddAt(network, plane, first, last, to, points);
            lines.Add([.. points]);
        }

        return lines;
    }

    /// <summary>The cell size for lines spanning <paramref name="box"/>: the shape's, or coarser when the grid would pass <see cref="MaxCells"/>.</summary>
    public static double CellFor(Envelope box, double requestedCell, double marginMetres)
    {
        double width = box.Width + (2 * marginMetres), height = box.Height + (2 * marginMetres);
        return Math.Max(requestedCell, Math.Sqrt(width * height / MaxCells));
    }

    public static Envelope Bounds(List<double[]> lines)
    {
        var box = new Envelope();
        foreach (double[] line in lines)
        {
            for (int k = 0; k < line.Length; k += 2)
            {
                box.ExpandToInclude(line[k], line[k + 1]);
            }
        }

        return box;
    }

    /// <summary>The closed area around <paramref name="lines"/> as a WGS84 Polygon or MultiPolygon (empty when there are no lines).</summary>
    public static Geometry Build(List<double[]> lines, LocalPlane plane, IsochroneShape shape)
    {
        if (lines.Count == 0)
        {
            return Wgs84.CreatePolygon();
        }

        double cell = shape.CellMetres, reach = shape.BufferMetres + shape.GapMetres;
        Envelope box = Bounds(lines);
        double margin = reach + (3 * cell);
        double x0 = box.MinX - margin, y0 = box.MinY - margin;
        int width = (int)Math.Ceiling((box.Width + (2 * margin)) / cell) + 1, height = (int)Math.Ceiling((box.Height + (2 * margin)) / cell) + 1;
        // Pooled: a wide reach's grid is megabytes, and each band built its own.
        int cells = width * height;
        float[] grid = ArrayPool<float>.Shared.Rent(cells);
        List<(Coordinate[] Shell, List<Coordinate[]> Holes)> parts;
        try
        {
            Field(grid, width, height, lines, x0, y0, shape);
            parts = ContourTracer.Trace(grid, width, height, (i, j) =>
            {
                (double lat, double lon) = plane.Inverse(x0 + (i * cell), y0 + (j * cell));
                return new Coordinate(lon, lat);
            });
        }
        finally
        {
            ArrayPool<float>.Shared.Return(grid);
        }

        Polygon[] polygons = [.. parts.Select(p => Wgs84.CreatePolygon(Wgs84.CreateLinearRing(p.Shell), [.. p.Holes.Select(Wgs84.CreateLinearRing)]))];
        return polygons.Length == 1 ? polygons[0] : Wgs84.CreateMultiPolygon(polygons);
    }

    // The field traced at 0 (inside where negative): distance to the reached roads, then (for a closing) distance
    // from the dilated area's outside; in the first width × height cells of grid.
    private static void Field(float[] grid, int width, int height, List<double[]> lines, double x0, double y0, IsochroneShape shape)
    {
        double cell = shape.CellMetres, reach = shape.BufferMetres + shape.GapMetres;
        int cells = width * height;
        Array.Fill(grid, float.PositiveInfinity, 0, cells);
        foreach (double[] line in lines)
        {
            Mark(grid, width, line, x0, y0, cell);
        }

        DistanceTransform.Squared(grid, width, height);
        if (shape.GapMetres > 0)
        {
            float dilated = (float)(reach / cell * (reach / cell));
            for (int k = 0; k < cells; k++)
            {
                grid[k] = grid[k] <= dilated ? float.PositiveInfinity : 0;
            }

            DistanceTransform.Squared(grid, width, height);
            float gap = (float)(shape.GapMetres / cell);
            for (int k = 0; k < cells; k++)
            {
                grid[k] = gap - MathF.Sqrt(grid[k]);
            }
        }
        else
        {
            float buffer = (float)(shape.BufferMetres / cell);
            for (int k = 0; k < cells; k++)
            {
                grid[k] = MathF.Sqrt(grid[k]) - buffer;
            }
        }
    }

    // Every grid node nearest to a point sampled each half cell along the line becomes a source of the distance field.
    private static void Mark(float[] grid, int width, double[] line, double x0, double y0, double cell)
    {
        MarkPoint(grid, width, line[0], line[1], x0, y0, cell);
        for (int k = 2; k < line.Length; k += 2)
        {
            double ax = line[k - 2], ay = line[k - 1], bx = line[k], by = line[k + 1];
            int steps = (int)Math.Ceiling(Math.Sqrt(((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay))) / (cell / 2));
            for (int s = 1; s <= steps; s++)
            {
                double t = (double)s / steps;
                MarkPoint(grid, width, ax + (t * (bx - ax)), ay + (t * (by - ay)), x0, y0, cell);
            }
        }
    }

    private static void MarkPoint(float[] grid, int width, double x, double y, double x0, double y0, double cell)
    {
        int i = (int)Math.Round((x - x0) / cell), j = (int)Math.Round((y - y0) / cell);
        grid[(j * width) + i] = 0;
    }

    private static void AddAt(RoadNetwork network, LocalPlane plane, int first, int last, double offset, List<double> points)
    {
        int i = first;
        while (i < last - 1 && network.PointOffsetMetres[i + 1] < offset)
        {
            i++;
        }

        double span = network.PointOffsetMetres[i + 1] - network.PointOffsetMetres[i];
        double t = span > 0 ? Math.Clamp((offset - network.PointOffsetMetres[i]) / span, 0, 1) : 0;
        (double x, double y) = plane.Forward(
            network.PointLat[i] + (t * (network.PointLat[i + 1] - network.PointLat[i])),
            network.PointLon[i] + (t * (network.PointLon[i + 1] - network.PointLon[i])));
        points.Add(x);
        points.Add(y);
    }
}
