using Routes.Geo.Geodesy;

namespace Routes.Geo.Maps.Scene;

/// <summary>The named stretches of a route: each leg's line cut where its steps (one way each) change name.</summary>
internal static class StreetNames
{
    public static IEnumerable<(string Name, IReadOnlyList<GeoPoint> Line)> Of(Route route)
    {
        foreach (RouteLeg leg in route.Legs)
        {
            if (leg.Steps.Count == 0 || leg.Geometry.Count < 2)
            {
                continue;
            }

            var along = new double[leg.Geometry.Count];
            for (int i = 1; i < along.Length; i++)
            {
                along[i] = along[i - 1] + Geodesic.Wgs84.Distance(leg.Geometry[i - 1], leg.Geometry[i]);
            }

            // Step lengths are cut at the snapped ends like the geometry; the ratio absorbs rounding.
            double stepsMetres = leg.Steps.Sum(s => s.LengthMetres);
            double scale = stepsMetres > 0 ? along[^1] / stepsMetres : 0;
            double from = 0;
            int k = 0;
            while (k < leg.Steps.Count)
            {
                string? name = leg.Steps[k].RoadName;
                double metres = 0;
                while (k < leg.Steps.Count && leg.Steps[k].RoadName == name)
                {
                    metres += leg.Steps[k++].LengthMetres;
                }

                double to = from + (metres * scale);
                if (name is not null && to > from)
                {
                    yield return (name, Slice(leg.Geometry, along, from, to));
                }

                from = to;
            }
        }
    }

    private static List<GeoPoint> Slice(IReadOnlyList<GeoPoint> line, double[] along, double from, double to)
    {
        var result = new List<GeoPoint> { At(line, along, from) };
        for (int i = 0; i < line.Count; i++)
        {
            if (along[i] > from && along[i] < to)
            {
                result.Add(line[i]);
            }
        }

        result.Add(At(line, along, to));
        return result;
    }

    private static GeoPoint At(IReadOnlyList<GeoPoint> line, double[] along, double metres)
    {
        int i = Array.FindIndex(along, a => a >= metres);
        if (i <= 0)
        {
            return i == 0 ? line[0] : line[^1];
        }

        double t = (metres - along[i - 1]) / Math.Max(along[i] - along[i - 1], 1e-9);
        return new GeoPoint(line[i - 1].Latitude + (t * (line[i].Latitude - line[i - 1].Latitude)),
            line[i - 1].Longitude + (t * (line[i].Longitude - line[i - 1].Longitude)));
    }
}
