using Routes.Geo.Geodesy;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;

namespace Routes.Geo.Instructions;

/// <summary>Flattens a route's legs into <see cref="Piece"/>s, with headings from the geodesic azimuths.</summary>
internal static class RouteTrace
{
    /// <summary>The way keys instructions read: a road's name, ref and class (<see cref="RoadLabel"/>) and roundabouts (here and in <see cref="ManeuverFinder"/>).</summary>
    internal static readonly string[] WayKeys = ["name", "ref", "highway", "junction"];

    // Headings look this far along the line, so a noisy 1 m segment at a junction does not decide the turn.
    private const double LookMetres = 10;

    public static List<Piece> Pieces(Route route, RoutingGraph graph)
    {
        var pieces = new List<Piece>();
        for (int l = 0; l < route.Legs.Count; l++)
        {
            RouteLeg leg = route.Legs[l];
            LegTrace trace = leg.Trace ?? throw new ArgumentException(
                "The route has a leg without its searched edges: instructions need a route computed by RouteRequest.Calculate().", nameof(route));
            for (int i = 0; i < trace.Count; i++)
            {
                int directed = trace.DirectedEdges[i];
                int edge = RoutingGraph.EdgeOf(directed);
                if (edge >= graph.Network.EdgeCount)
                {
                    throw new ArgumentException("The route was not computed on this graph's network.", nameof(graph));
                }

                int first = trace.GeometryStart[i];
                int last = i + 1 < trace.Count ? trace.GeometryStart[i + 1] : leg.Geometry.Count - 1;
                IReadOnlyDictionary<string, string> tags = graph.Network.EdgeTags(edge);
                pieces.Add(new Piece(
                    l, directed, first, last, trace.LengthMetres[i], trace.DurationSeconds[i], RoadLabel.Of(tags), tags.Get("highway"),
                    tags.Get("junction") is "roundabout" or "circular",
                    StartAzimuth(leg.Geometry, first, last), EndAzimuth(leg.Geometry, first, last)));
            }
        }

        return pieces;
    }

    /// <summary>Heading leaving point <paramref name="first"/> towards <paramref name="last"/>; NaN if the part has no length.</summary>
    public static double StartAzimuth(IReadOnlyList<GeoPoint> line, int first, int last)
    {
        double walked = 0;
        for (int k = first + 1; k <= last; k++)
        {
            walked += Geodesic.Wgs84.Distance(line[k - 1], line[k]);
            if (walked >= LookMetres || k == last)
            {
                return walked > 0 ? Geodesic.Wgs84.Inverse(line[first], line[k]).Azimuth1Degrees : double.NaN;
            }
        }

        return double.NaN;
    }

    /// <summary>Heading arriving at point <paramref name="last"/> from <paramref name="first"/>; NaN if the part has no length.</summary>
    public static double EndAzimuth(IReadOnlyList<GeoPoint> line, int first, int last)
    {
        double walked = 0;
        for (int k = last - 1; k >= first; k--)
        {
            walked += Geodesic.Wgs84.Distance(line[k], line[k + 1]);
            if (walked >= LookMetres || k == first)
            {
                return walked > 0 ? Geodesic.Wgs84.Inverse(line[k], line[last]).Azimuth2Degrees : double.NaN;
            }
        }

        return double.NaN;
    }

    /// <summary>The heading of directed edge <paramref name="directed"/> as it leaves its tail vertex.</summary>
    public static double Leaving(RoutingGraph graph, int directed)
    {
        IReadOnlyList<GeoPoint> line = graph.Network.GetEdgeGeometry(RoutingGraph.EdgeOf(directed));
        if (RoutingGraph.IsBackward(directed))
        {
            line = [.. line.Reverse()];
        }

        return StartAzimuth(line, 0, line.Count - 1);
    }
}
