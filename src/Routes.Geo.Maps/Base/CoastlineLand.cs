using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Polygonize;
using NetTopologySuite.Operation.Union;

namespace Routes.Geo.Maps.Base;

/// <summary>
/// Land from coastlines, the way OSM's coastline processing sees it: pieces joined end to start,
/// the box cut along them, and each face of the cut kept when it lies left of the coast. A piece that
/// stops inside the box (the data ends there) is carried on straight, in its last direction, out of the box.
/// </summary>
internal static class CoastlineLand
{
    private static readonly GeometryFactory Factory = new();

    public static Geometry Land(IReadOnlyList<Coordinate[]> pieces, Envelope box)
    {
        Polygon frame = (Polygon)Factory.ToGeometry(box);
        if (pieces.Count == 0)
        {
            return frame;
        }

        var chains = Join(pieces).Select(c => c[0].Equals2D(c[^1]) ? c : Extend(c, box)).ToList();
        var linework = new List<Geometry> { frame.ExteriorRing };
        foreach (Coordinate[] chain in chains)
        {
            LineString line = Factory.CreateLineString(chain);
            if (line.EnvelopeInternal.Intersects(box) && line.Intersection(frame) is { IsEmpty: false } clipped)
            {
                linework.Add(clipped);
            }
        }

        var polygonizer = new Polygonizer();
        polygonizer.Add(UnaryUnionOp.Union(Factory.BuildGeometry(linework)));
        Polygon[] faces = [.. polygonizer.GetPolygons().Cast<Polygon>()];
        bool?[] land = Classify(faces, chains, box);
        Geometry[] kept = [.. faces.Where((_, i) => land[i] == true)];
        return Factory.BuildGeometry(kept);
    }

    // A point just left of a coast segment is land, just right is sea; a face no coast touches takes the side of the nearest segment.
    private static bool?[] Classify(Polygon[] faces, List<Coordinate[]> chains, Envelope box)
    {
        var land = new bool?[faces.Length];
        var index = new STRtree<int>();
        for (int i = 0; i < faces.Length; i++)
        {
            index.Insert(faces[i].EnvelopeInternal, i);
        }

        var locators = faces.Select(f => new IndexedPointInAreaLocator(f)).ToArray();
        int open = faces.Length;
        foreach (Coordinate[] chain in chains)
        {
            for (int i = 1; i < chain.Length && open > 0; i++)
            {
                (Coordinate a, Coordinate b) = (chain[i - 1], chain[i]);
                double dx = b.X - a.X, dy = b.Y - a.Y, length = Math.Sqrt((dx * dx) + (dy * dy));
                var mid = new Coordinate((a.X + b.X) / 2, (a.Y + b.Y) / 2);
                if (length == 0 || !box.Contains(mid))
                {
                    continue;
                }

                double step = Math.Min(length * 0.05, 2e-7);
                foreach ((double side, bool isLand) in new[] { (1.0, true), (-1.0, false) })
                {
                    var p = new Coordinate(mid.X - (dy / length * step * side), mid.Y + (dx / length * step * side));
                    foreach (int f in index.Query(new Envelope(p)))
                    {
                        if (land[f] is null && locators[f].Locate(p) == Location.Interior)
                        {
                            land[f] = isLand;
                            open--;
                        }
                    }
                }
            }
        }

        for (int f = 0; f < faces.Length; f++)
        {
            land[f] ??= LeftOfNearest(faces[f].InteriorPoint.Coordinate, chains);
        }

        return land;
    }

    private static bool LeftOfNearest(Coordinate p, List<Coordinate[]> chains)
    {
        double best = double.MaxValue, cross = 1;
        foreach (Coordinate[] chain in chains)
        {
            for (int i = 1; i < chain.Length; i++)
            {
                var segment = new LineSegment(chain[i - 1], chain[i]);
                double d = segment.Distance(p);
                if (d < best)
                {
                    best = d;
                    cross = ((segment.P1.X - segment.P0.X) * (p.Y - segment.P0.Y)) - ((segment.P1.Y - segment.P0.Y) * (p.X - segment.P0.X));
                }
            }
        }

        return cross > 0;
    }

    /// <summary>Pieces that meet end to start, joined into chains (closed rings stay as they are).</summary>
    internal static List<Coordinate[]> Join(IReadOnlyList<Coordinate[]> pieces)
    {
        var byStart = new Dictionary<(double, double), List<int>>();
        var byEnd = new Dictionary<(double, double), List<int>>();
        for (int i = 0; i < pieces.Count; i++)
        {
            Add(byStart, Key(pieces[i][0]), i);
            Add(byEnd, Key(pieces[i][^1]), i);
        }

        var used = new bool[pieces.Count];
        var chains = new List<Coordinate[]>();
        for (int i = 0; i < pieces.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            used[i] = true;
            var chain = new LinkedList<Coordinate[]>([pieces[i]]);
            while (!Closed(chain) && Next(byStart, Key(chain.Last!.Value[^1]), used) is int next)
            {
                chain.AddLast(pieces[next]);
            }

            while (!Closed(chain) && Next(byEnd, Key(chain.First!.Value[0]), used) is int previous)
            {
                chain.AddFirst(pieces[previous]);
            }

            var coordinates = new List<Coordinate>(chain.First!.Value);
            foreach (Coordinate[] piece in chain.Skip(1))
            {
                coordinates.AddRange(piece.Skip(1));
            }

            chains.Add([.. coordinates]);
        }

        return chains;
    }

    private static bool Closed(LinkedList<Coordinate[]> chain) => chain.First!.Value[0].Equals2D(chain.Last!.Value[^1]);

    private static int? Next(Dictionary<(double, double), List<int>> at, (double, double) key, bool[] used)
    {
        if (at.TryGetValue(key, out List<int>? candidates) && candidates.FirstOrDefault(c => !used[c], -1) is int c and >= 0)
        {
            used[c] = true;
            return c;
        }

        return null;
    }

    private static void Add(Dictionary<(double, double), List<int>> map, (double, double) key, int i)
    {
        if (!map.TryGetValue(key, out List<int>? list))
        {
            map[key] = list = [];
        }

        list.Add(i);
    }

    private static (double, double) Key(Coordinate c) => (c.X, c.Y);

    // An end inside the box (the data stops there) is carried on in the direction of its last segment, just beyond the box.
    private static Coordinate[] Extend(Coordinate[] chain, Envelope box)
    {
        double margin = Math.Max(box.Width, box.Height) * 1e-3;
        Coordinate? Out(Coordinate end, Coordinate before)
        {
            if (!box.Contains(end))
            {
                return null;
            }

            double dx = end.X - before.X, dy = end.Y - before.Y, length = Math.Sqrt((dx * dx) + (dy * dy));
            (dx, dy) = length > 0 ? (dx / length, dy / length) : (1, 0);
            double tx = dx > 0 ? (box.MaxX - end.X) / dx : dx < 0 ? (box.MinX - end.X) / dx : double.MaxValue;
            double ty = dy > 0 ? (box.MaxY - end.Y) / dy : dy < 0 ? (box.MinY - end.Y) / dy : double.MaxValue;
            double t = Math.Min(tx, ty) + margin;
            return new Coordinate(end.X + (dx * t), end.Y + (dy * t));
        }

        var result = new List<Coordinate>(chain.Length + 2);
        if (Out(chain[0], chain[1]) is { } head)
        {
            result.Add(head);
        }

        result.AddRange(chain);
        if (Out(chain[^1], chain[^2]) is { } tail)
        {
            result.Add(tail);
        }

        return [.. result];
    }
}
