using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using Routes.Geo.Geodesy;
using Routes.Geo.IntegrationTests.Routing;
using Routes.Geo.Isochrones;
using Routes.Geo.Routing;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Isochrones;

public class ExtractIsochroneTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, double, double, double> Cases => new()
    {
        { "monaco", "foot", 43.7314, 7.4199, 10 },
        { "liechtenstein", "car", 47.1410, 9.5209, 10 },
        { "andorra", "foot", 42.5063, 1.5218, 15 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryVertexRoutedWithinTheTime_IsInside_AndEveryVertexRoutedLater_IsOutside_BeyondTheTolerance(string extract, string profile, double lat, double lon, double minutes)
    {
        RoadNetwork network = ExtractNetworks.Osm(extract);
        RoutingGraph graph = network.GraphFor(TravelProfiles.ByName(profile));
        var origin = new GeoPoint(lat, lon);
        TimeSpan within = TimeSpan.FromMinutes(minutes);
        IsochroneResult isochrone = Isochrone.Compute(graph, origin, within);
        Geometry area = isochrone.Bands[0].Area;
        Assert.True(area.IsValid);

        // The tolerance is measured from the reached roads themselves, in metres around the origin.
        var plane = new LocalPlane(isochrone.Origin.Snapped);
        ReachedNetwork reached = OneToAll.Dijkstra(graph, isochrone.Origin, within.TotalSeconds, RouteMetric.Fastest);
        var roads = new GeometryFactory().CreateMultiLineString([.. ReachArea.Lines(network, plane, reached.Pieces(within.TotalSeconds))
            .Where(l => l.Length >= 4).Select(l => new GeometryFactory().CreateLineString([.. Enumerable.Range(0, l.Length / 2).Select(k => new Coordinate(l[2 * k], l[(2 * k) + 1]))]))]);
        var nearest = new IndexedFacetDistance(roads);
        double tolerance = isochrone.Shape.BufferMetres + isochrone.Shape.GapMetres + isochrone.Shape.CellMetres;

        var random = new Random(19440903);
        int inside = 0, late = 0, lateInsideWithinTolerance = 0, unreachable = 0;
        for (int i = 0; i < 600; i++)
        {
            int edge = random.Next(network.EdgeCount);
            if (!graph.IsUsable(edge))
            {
                continue;
            }

            GeoPoint target = network.GetVertex(network.EdgeFrom[edge]);
            var point = new Point(target.Longitude, target.Latitude);
            (double x, double y) = plane.Forward(target.Latitude, target.Longitude);
            double offRoad = nearest.Distance(new Point(x, y));
            RouteResult route = graph.Route().From(origin).To(target).Calculate();
            double? seconds = route.IsFound ? route.Route.DurationSeconds : null;
            bool snappedAway = route.IsFound && Geodesic.Wgs84.Distance(route.Route.To, target) > 1;
            if (snappedAway)
            {
                continue;
            }

            if (seconds < within.TotalSeconds - 1)
            {
                Assert.True(area.Covers(point), $"{target} is {seconds / 60:0.00} min away but outside");
                inside++;
            }
            else if (seconds is null || seconds > within.TotalSeconds + 1)
            {
                (late, unreachable) = (late + 1, unreachable + (seconds is null ? 1 : 0));
                if (area.Covers(point))
                {
                    Assert.True(offRoad <= tolerance, $"{target}: {(seconds is { } s ? $"{s / 60:0.0} min" : "no route")}, {offRoad:0} m from any reached road, yet inside");
                    lateInsideWithinTolerance++;
                }
            }
        }

        output.WriteLine($"{extract} {profile} {minutes} min: {isochrone.Bands[0].AreaSquareMetres / 1e6:0.000} km², {area.NumPoints} points, search {isochrone.Search}, shape {isochrone.Shape}");
        output.WriteLine($"{inside} vertices routed in time, all inside; {late} later ({unreachable} with no route): {late - lateInsideWithinTolerance} outside, {lateInsideWithinTolerance} inside within {tolerance:0} m of a reached road");
        Assert.True(inside >= 10 && late >= 50);
        Assert.True(lateInsideWithinTolerance <= late / 4, "most later vertices are outside");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AreaOnTheEllipsoid_AgreesWithTheUtmZoneArea_OnceItsScaleIsTakenOut(string extract, string profile, double lat, double lon, double minutes)
    {
        RoutingGraph graph = ExtractNetworks.Osm(extract).GraphFor(TravelProfiles.ByName(profile));
        IsochroneBand band = Isochrone.Compute(graph, new GeoPoint(lat, lon), TimeSpan.FromMinutes(minutes)).Bands[0];

        // ProjNET's UTM of the origin's zone, an independent projection: its areas are k² times the true ones.
        int zone = (int)Math.Floor((lon + 180) / 6) + 1;
        ProjectedCoordinateSystem utm = ProjectedCoordinateSystem.WGS84_UTM(zone, true);
        MathTransform toUtm = new CoordinateTransformationFactory().CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, utm).MathTransform;
        Geometry projected = band.Area.Copy();
        projected.Apply(new UtmFilter(toUtm));
        double easting = projected.Centroid.X - 500_000, radius = 6_378_137 * 0.9983;
        double k = 0.9996 * (1 + (easting * easting / (2 * radius * radius)));
        double utmArea = projected.Area;
        double corrected = utmArea / (k * k);
        output.WriteLine($"{extract}: ellipsoid {band.AreaSquareMetres:0} m², UTM zone {zone} {utmArea:0} m² (k = {k:0.000000}), corrected {corrected:0} m², relative difference {(corrected - band.AreaSquareMetres) / band.AreaSquareMetres:E2}");
        Assert.Equal(1, corrected / band.AreaSquareMetres, 1e-5);
    }

    [Theory]
    [InlineData("monaco", "foot", 600)]
    [InlineData("liechtenstein", "car", 1800)]
    public void HierarchySweep_ReachesTheSameRoadPieces_AsTheBoundedDijkstra(string extract, string profile, double seconds)
    {
        RoutingGraph graph = ExtractNetworks.Osm(extract).GraphFor(TravelProfiles.ByName(profile));
        var hierarchy = graph.Prepare(RouteMetric.Fastest);
        var random = new Random(5);
        int edges = 0;
        for (int k = 0; k < 5; k++)
        {
            int edge;
            do
            {
                edge = random.Next(graph.Network.EdgeCount);
            }
            while (!graph.IsUsable(edge) || !graph.InLargeComponent[edge]);

            SnapResult origin = graph.Snap(graph.Network.GetVertex(graph.Network.EdgeFrom[edge]));
            Dictionary<int, (double, double)> plain = Spans(OneToAll.Dijkstra(graph, origin, seconds, RouteMetric.Fastest), seconds);
            Dictionary<int, (double, double)> swept = Spans(OneToAll.Phast(hierarchy, origin, seconds), seconds);
            Assert.Equal(plain.Count, swept.Count);
            foreach ((int e, (double from, double to)) in plain)
            {
                Assert.True(swept.TryGetValue(e, out var s) && Math.Abs(s.Item1 - from) < 1e-6 && Math.Abs(s.Item2 - to) < 1e-6, $"edge {e}: Dijkstra {from}..{to}, sweep {s}");
            }

            edges += plain.Count;
        }

        output.WriteLine($"{edges} reached edges over 5 origins: the same pieces by both searches ({hierarchy.Kind} hierarchy)");
    }

    private static Dictionary<int, (double, double)> Spans(ReachedNetwork reached, double budget)
    {
        var spans = new Dictionary<int, (double, double)>();
        foreach (ReachSearch.Piece p in reached.Pieces(budget).Where(p => p.To > p.From))
        {
            spans[p.Edge] = spans.TryGetValue(p.Edge, out var s) ? (Math.Min(s.Item1, p.From), Math.Max(s.Item2, p.To)) : (p.From, p.To);
        }

        return spans;
    }

    private sealed class UtmFilter(MathTransform transform) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            (double x, double y) = transform.Transform(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
