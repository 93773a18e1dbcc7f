using System.Globalization;
using System.Text.Json;
using Routes.Geo.Matrices;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Tests;

/// <summary>
/// <c>bearings</c>, <c>approaches</c>, <c>nearest</c>'s <c>number</c> and <c>exclude</c> on table and trip, served on Monaco
/// and compared with the library's answer to the same request (<see cref="SnapConstraint"/>, <see cref="MatrixOptions"/>).
/// </summary>
public sealed class SnappingOptionsTests(MonacoServer monaco) : IClassFixture<MonacoServer>
{
    private const double RadiusMetres = 100;

    private RoutingGraph Car => monaco.Engine.GraphOf(TravelMode.Driving);

    [Fact]
    public async Task BearingsAndApproaches_ChooseTheRoadAsTheLibraryDoes_AndChangeSomeRoutes()
    {
        var random = new Random(14);
        int compared = 0, changed = 0;
        for (int pair = 0; pair < 60; pair++)
        {
            GeoPoint a = RandomPoint(random), b = RandomPoint(random);
            int heading = random.Next(0, 360);
            SnapConstraint start = SnapConstraint.Heading(heading, 45), end = SnapConstraint.Approaching(Approach.Curb);
            RouteResult library, plain;
            try
            {
                library = Car.Route().From(a, start).To(b, end).WithMaxSnapDistance(RadiusMetres).Calculate();
                plain = Car.Route().From(a).To(b).WithMaxSnapDistance(RadiusMetres).Calculate();
            }
            catch (SnapTooFarException)
            {
                continue;
            }

            string url = string.Create(CultureInfo.InvariantCulture,
                $"/route/v1/driving/{LibraryAgreementTests.Coordinates(a, b)}?radiuses={RadiusMetres};{RadiusMetres}&bearings={heading},45;&approaches=unrestricted;curb");
            (int status, JsonElement body) = await monaco.GetAsync(url);
            if (!library.IsFound)
            {
                Assert.Equal("NoRoute", body.GetProperty("code").GetString());
                continue;
            }

            Assert.Equal(200, status);
            compared++;
            double served = body.GetProperty("routes")[0].GetProperty("distance").GetDouble();
            Assert.Equal(library.Route.LengthMetres, served, 0.051);
            changed += plain.IsFound && Math.Abs(plain.Route.LengthMetres - served) > 1 ? 1 : 0;
        }

        Assert.True(compared >= 20, $"only {compared} of 60 pairs had a route");
        Assert.True(changed >= 5, $"the bearing and approach changed only {changed} of {compared} routes: too few to show they are applied");
    }

    [Fact]
    public async Task Bearing_SnapsToARoadRunningThatWay()
    {
        GeoPoint point = new(43.7311, 7.4197);
        foreach (int heading in (int[])[0, 90, 180, 270])
        {
            (int status, JsonElement body) = await monaco.GetAsync(string.Create(CultureInfo.InvariantCulture,
                $"/nearest/v1/driving/7.4197,43.7311?bearings={heading},20&radiuses=300"));
            SnapResult library = Car.Snap(point, 300, "coordinate 0", SnapConstraint.Heading(heading, 20));
            Assert.Equal(200, status);
            JsonElement location = body.GetProperty("waypoints")[0].GetProperty("location");
            Assert.Equal(library.Snapped.Longitude, location[0].GetDouble(), 1e-6);
            Assert.Equal(library.Snapped.Latitude, location[1].GetDouble(), 1e-6);
        }
    }

    [Fact]
    public async Task NearestNumber_GivesTheRoutesSnapThenTheNearestOtherRoads()
    {
        (int status, JsonElement body) = await monaco.GetAsync("/nearest/v1/driving/7.4197,43.7311?number=4");
        IReadOnlyList<SnapResult> library = Car.SnapNearest(new GeoPoint(43.7311, 7.4197), 4, 250);

        Assert.Equal(200, status);
        JsonElement waypoints = body.GetProperty("waypoints");
        Assert.Equal(4, waypoints.GetArrayLength());
        Assert.Equal(4, library.Count);
        Assert.Equal(Car.Snap(new GeoPoint(43.7311, 7.4197), 250).Snapped, library[0].Snapped);
        double previous = 0;
        for (int i = 0; i < 4; i++)
        {
            double distance = waypoints[i].GetProperty("distance").GetDouble();
            Assert.True(i < 2 || distance >= previous, $"waypoint {i} at {distance} m comes after one at {previous} m");
            Assert.Equal(library[i].DistanceMetres, distance, 0.051);
            previous = distance;
        }

        Assert.Equal(4, library.Select(s => Car.Network.EdgeTags(s.Edge)).Distinct().Count());
    }

    [Fact]
    public async Task TableExclude_EqualsTheLibrarysMatrixWithoutThoseClasses()
    {
        // Three points among which leaving out tunnels changes some route (Monaco drives through many).
        var random = new Random(3);
        GeoPoint[] points;
        TravelMatrix library;
        int attempts = 0;
        do
        {
            Assert.True(attempts++ < 40, "no three points found whose routes change without tunnels");
            points = [RandomPoint(random), RandomPoint(random), RandomPoint(random)];
            library = TravelMatrix.Compute(Car, points, points, new MatrixOptions { MaxSnapMetres = RadiusMetres, Excluded = RoadClassSet.Of([RoadClass.Tunnel]) });
        }
        while (!Differs(library, TravelMatrix.Compute(Car, points, points, new MatrixOptions { MaxSnapMetres = RadiusMetres })));

        (int status, JsonElement body) = await monaco.GetAsync($"/table/v1/driving/{LibraryAgreementTests.Coordinates(points)}?exclude=tunnel&annotations=duration,distance&radiuses=100;100;100");

        Assert.True(status == 200, body.ToString());
        for (int s = 0; s < 3; s++)
        {
            for (int t = 0; t < 3; t++)
            {
                JsonElement distance = body.GetProperty("distances")[s][t], duration = body.GetProperty("durations")[s][t];
                Assert.Equal(library[s, t].IsFound, distance.ValueKind == JsonValueKind.Number);
                if (library[s, t].IsFound)
                {
                    Assert.Equal(library[s, t].LengthMetres, distance.GetDouble(), 0.051);
                    Assert.Equal(library[s, t].DurationSeconds, duration.GetDouble(), 0.051);
                }
            }
        }
    }

    private static bool AllFound(TravelMatrix matrix) =>
        Enumerable.Range(0, matrix.Sources.Count).All(s => Enumerable.Range(0, matrix.Targets.Count).All(t => matrix[s, t].IsFound));

    private static bool Differs(TravelMatrix a, TravelMatrix b)
    {
        bool snapped = true, differs = false;
        for (int s = 0; s < a.Sources.Count; s++)
        {
            for (int t = 0; t < a.Targets.Count; t++)
            {
                snapped &= a[s, t].IsFound && b[s, t].IsFound;
                differs |= a[s, t].IsFound && b[s, t].IsFound && Math.Abs(a[s, t].LengthMetres - b[s, t].LengthMetres) > 1;
            }
        }

        return snapped && differs;
    }

    [Fact]
    public async Task TripExclude_TravelsTheLibrarysExcludingRouteInTheServedOrder()
    {
        // Three points that tunnels are not needed to join (Monaco's car network falls apart without some of them).
        var random = new Random(5);
        GeoPoint[] points;
        int attempts = 0;
        do
        {
            Assert.True(attempts++ < 40, "no three points found that join without tunnels");
            points = [RandomPoint(random), RandomPoint(random), RandomPoint(random)];
        }
        while (!AllFound(TravelMatrix.Compute(Car, points, points, new MatrixOptions { MaxSnapMetres = 250, Excluded = RoadClassSet.Of([RoadClass.Tunnel]) })));

        (int status, JsonElement body) = await monaco.GetAsync($"/trip/v1/driving/{LibraryAgreementTests.Coordinates(points)}?exclude=tunnel&radiuses=250;250;250");

        Assert.True(status == 200, body.ToString());
        int[] order = new int[3];
        for (int i = 0; i < 3; i++)
        {
            order[body.GetProperty("waypoints")[i].GetProperty("waypoint_index").GetInt32()] = i;
        }

        RouteRequest request = Car.Route().From(points[order[0]]).Via(points[order[1]]).Via(points[order[2]]).To(points[order[0]]).WithMaxSnapDistance(250).Excluding(RoadClass.Tunnel);
        Assert.Equal(request.Calculate().Route.LengthMetres, body.GetProperty("trips")[0].GetProperty("distance").GetDouble(), 0.051);
    }

    private static GeoPoint RandomPoint(Random random) => new(Math.Round(43.725 + (random.NextDouble() * 0.025), 6), Math.Round(7.410 + (random.NextDouble() * 0.028), 6));
}
