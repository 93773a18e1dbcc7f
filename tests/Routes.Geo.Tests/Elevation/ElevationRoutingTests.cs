using Routes.Geo.Elevation;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo.Tests.Elevation;

public sealed class ElevationRoutingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "routes-geo-elev-" + Guid.NewGuid().ToString("N"));

    public ElevationRoutingTests() => Directory.CreateDirectory(_folder);

    // One footway of five rows (about 556 m) straight north.
    private static RoadNetwork Hill(string tags = "highway=footway")
    {
        var tiny = new TinyNetwork();
        tiny.Way(tags, (0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0));
        return tiny.Build();
    }

    [Fact]
    public void WalkUp_IsSlowerThanTheSameWalkDown_ByToblersFunction()
    {
        // 5.56 m per 111.2 m row: a 5% grade.
        RoadNetwork network = Hill().WithElevation(new ElevationOptions(new SlopeDem(5.56)));
        Route up = network.Route(TravelProfiles.Foot).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(5, 0)).Calculate().Route;
        Route down = network.Route(TravelProfiles.Foot).From(TinyNetwork.At(5, 0)).To(TinyNetwork.At(0, 0)).Calculate().Route;
        double grade = 5 * 5.56 / up.LengthMetres;
        double flatSeconds = up.LengthMetres / (FootProfile.WalkingSpeedKmh / 3.6);
        // Heights are kept in single precision: a millisecond of 8 minutes.
        Assert.Equal(flatSeconds / HikingSpeed.Factor(grade), up.DurationSeconds, 3);
        Assert.Equal(flatSeconds / HikingSpeed.Factor(-grade), down.DurationSeconds, 3);
        Assert.True(up.DurationSeconds > flatSeconds && down.DurationSeconds < flatSeconds);
        Assert.Equal(27.8, up.AscentMetres, 3);
        Assert.Equal(0, up.DescentMetres, 9);
        Assert.Equal(27.8, down.DescentMetres, 3);
        Assert.Equal(1, up.ElevationCoverage);
    }

    [Fact]
    public void ToblersFunction_PeaksAtFivePercentDownhill()
    {
        Assert.Equal(1, HikingSpeed.Factor(0), 12);
        Assert.Equal(6 / (6 * Math.Exp(-3.5 * 0.05)), HikingSpeed.Factor(-0.05), 12);
        Assert.True(HikingSpeed.Factor(-0.05) > HikingSpeed.Factor(-0.04) && HikingSpeed.Factor(-0.05) > HikingSpeed.Factor(-0.06));
        Assert.Equal(Math.Exp(-3.5 * 0.2) / Math.Exp(-3.5 * 0.05), HikingSpeed.Factor(0.15), 12);
    }

    [Fact]
    public void WithoutElevation_DurationsAreLengthOverSpeed_BothWays()
    {
        RoadNetwork network = Hill();
        RoutingGraph graph = network.GraphFor(TravelProfiles.Foot);
        Assert.False(network.HasElevation);
        for (int e = 0; e < network.EdgeCount; e++)
        {
            double expected = network.EdgeLengthMetres(e) / (FootProfile.WalkingSpeedKmh / 3.6);
            Assert.Equal(expected, graph.DirectedDurationSeconds[2 * e]);
            Assert.Equal(expected, graph.DirectedDurationSeconds[2 * e + 1]);
        }

        Route route = network.Route(TravelProfiles.Foot).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(5, 0)).Calculate().Route;
        Assert.Null(route.GeometryElevationMetres);
        Assert.Null(route.ElevationCoverage);
        Assert.Equal(0, route.AscentMetres);
    }

    [Fact]
    public void LevelGround_GivesTheFlatDurations()
    {
        RoadNetwork flat = Hill("highway=residential"), level = Hill("highway=residential").WithElevation(new ElevationOptions(new SlopeDem(0)));
        foreach (Profile profile in (Profile[])[TravelProfiles.Foot, TravelProfiles.Bicycle, TravelProfiles.Car, TravelProfiles.Wheelchair])
        {
            RouteResult a = flat.Route(profile).From(TinyNetwork.At(0.2, 0)).To(TinyNetwork.At(4.7, 0)).Calculate();
            RouteResult b = level.Route(profile).From(TinyNetwork.At(0.2, 0)).To(TinyNetwork.At(4.7, 0)).Calculate();
            Assert.Equal(a.IsFound, b.IsFound);
            if (a.IsFound)
            {
                Assert.Equal(a.Route.DurationSeconds, b.Route.DurationSeconds, 9);
                Assert.Equal(a.Route.LengthMetres, b.Route.LengthMetres);
            }
        }
    }

    [Fact]
    public void AscentMinusDescent_IsTheHeightDifferenceOfTheEnds()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (1, 0), (1, 1), (2, 1), (2, 2), (0, 2), (0, 3));
        RoadNetwork network = tiny.Build().WithElevation(new ElevationOptions(new SlopeDem(7.5)));
        Route route = network.Route(TravelProfiles.Foot).From(TinyNetwork.At(0.3, 0)).Via(TinyNetwork.At(2, 1.5)).To(TinyNetwork.At(0, 2.6)).Calculate().Route;
        IReadOnlyList<double> heights = route.GeometryElevationMetres!;
        Assert.Equal(route.Geometry.Count, heights.Count);
        Assert.Equal(heights[^1] - heights[0], route.AscentMetres - route.DescentMetres, 6);
        Assert.Equal(route.Legs.Sum(l => l.AscentMetres), route.AscentMetres, 9);
        // Up 1.7 rows to row 2, down 2 rows to row 0: 12.75 m up, 15 m down.
        Assert.Equal(12.75, route.AscentMetres, 3);
        Assert.Equal(15, route.DescentMetres, 3);
        foreach ((GeoPoint p, double h) in route.Geometry.Zip(heights))
        {
            Assert.Equal(100 + (p.Latitude - 50.6) / 0.001 * 7.5, h, 3);
        }
    }

    [Fact]
    public void LongSegments_AreSampledAtTheSpacing()
    {
        // A valley the straight segment crosses: without inner samples it would look flat.
        var tiny = new TinyNetwork();
        tiny.Way("highway=footway", (0, 0), (4, 0));
        RoadNetwork network = tiny.Build().WithElevation(new ElevationOptions(new ValleyDem()));
        Assert.Equal((int)Math.Ceiling(network.EdgeLengthMetres(0) / 30) + 1, network.Statistics.ElevationSamples);
        (double up, double down) = network.EdgeClimbMetres(0);
        Assert.True(up > 15 && down > 15, $"up {up}, down {down}");
        Assert.Equal(up, down, 6);
    }

    [Fact]
    public void BridgesAndTunnels_RunStraightBetweenTheirEnds()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=footway bridge=yes", (0, 0), (4, 0));
        RoadNetwork network = tiny.Build().WithElevation(new ElevationOptions(new ValleyDem()));
        Assert.Equal((0, 0), network.EdgeClimbMetres(0));
    }

    [Fact]
    public void MissingTile_IsRoutedFlatThere_AndTheRouteSaysHowMuch()
    {
        // No heights east of column 2.5: an east-west way with a slope only in its western half.
        var tiny = new TinyNetwork();
        tiny.Way("highway=footway", (0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5));
        RoadNetwork network = tiny.Build().WithElevation(new ElevationOptions(new SlopeDem(5, missingEastOfLon: 3.0035)));
        Assert.True(network.Statistics.ElevationSamplesWithoutHeight > 0);
        Assert.True(network.Statistics.ElevationSamplesWithoutHeight < network.Statistics.ElevationSamples);
        Route route = network.Route(TravelProfiles.Foot).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 5)).Calculate().Route;
        Assert.InRange(route.ElevationCoverage!.Value, 0.40, 0.55);
        Assert.Contains(route.GeometryElevationMetres!, double.IsNaN);
        Assert.Equal(route.LengthMetres / (FootProfile.WalkingSpeedKmh / 3.6), route.DurationSeconds, 6);   // level where known
    }

    [Fact]
    public void Cycling_IsSlowerUphill_AndCappedDownhill()
    {
        RoadNetwork network = Hill("highway=residential").WithElevation(new ElevationOptions(new SlopeDem(11.12)));   // 10%
        Route up = network.Route(TravelProfiles.Bicycle).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(5, 0)).Calculate().Route;
        Route down = network.Route(TravelProfiles.Bicycle).From(TinyNetwork.At(5, 0)).To(TinyNetwork.At(0, 0)).Calculate().Route;
        double flatSeconds = up.LengthMetres / (15 / 3.6);
        Assert.True(up.DurationSeconds > 3 * flatSeconds, $"up {up.DurationSeconds} s, flat {flatSeconds} s");
        Assert.Equal(flatSeconds / CyclingSpeed.DownhillCapFactor, down.DurationSeconds, 6);
        Assert.Equal(15, CyclingSpeed.SpeedKmh(15, 0), 12);
        Assert.Equal(15, CyclingSpeed.SpeedKmh(15, 0.005), 12);
        Assert.True(CyclingSpeed.SpeedKmh(15, 0.03) < 15 && CyclingSpeed.SpeedKmh(15, -0.01) > 15);
        // The model itself: 100 W balance 90 kg on 5% at v·(m·g·(0.01 + 0.05) + 0.225·v²).
        double v = CyclingSpeed.ModelSpeedMetresPerSecond(0.05);
        Assert.Equal(100, v * (90 * 9.81 * 0.06 + 0.225 * v * v), 6);
    }

    [Fact]
    public void Steps_KeepTheirOwnSpeed_OnAnyGrade()
    {
        RoadNetwork network = Hill("highway=steps").WithElevation(new ElevationOptions(new SlopeDem(11.12)));
        Route up = network.Route(TravelProfiles.Foot).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(5, 0)).Calculate().Route;
        Assert.Equal(up.LengthMetres / (FootProfile.StepsSpeedKmh / 3.6), up.DurationSeconds, 6);
    }

    [Fact]
    public void Car_IgnoresGrades()
    {
        RoadNetwork network = Hill("highway=residential").WithElevation(new ElevationOptions(new SlopeDem(11.12)));
        Route up = network.Route(TravelProfiles.Car).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(5, 0)).Calculate().Route;
        Route flat = Hill("highway=residential").Route(TravelProfiles.Car).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(5, 0)).Calculate().Route;
        Assert.Equal(flat.DurationSeconds, up.DurationSeconds);
        Assert.True(up.AscentMetres > 50);
    }

    [Fact]
    public void SavedNetwork_KeepsTheHeights_AndTheUphillTimes()
    {
        RoadNetwork network = Hill().WithElevation(new ElevationOptions(new SlopeDem(5.56)));
        string path = Path.Combine(_folder, "hill.rgnet");
        SavedNetwork.Save(path, network.GraphFor(TravelProfiles.Foot), RouteMetric.Fastest);
        RoutingGraph loaded = SavedNetwork.Load(path, TravelProfiles.Foot);
        Assert.True(loaded.Network.HasElevation);
        Assert.Equal(network.Statistics, loaded.Network.Statistics);
        Route a = network.Route(TravelProfiles.Foot).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(5, 0)).Calculate().Route;
        Route b = loaded.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(5, 0)).Calculate().Route;
        Assert.Equal(a.DurationSeconds, b.DurationSeconds);
        Assert.Equal(a.AscentMetres, b.AscentMetres);
        Assert.Equal(a.GeometryElevationMetres, b.GeometryElevationMetres);
    }

    // Format 4 was written both with via edges (turns) and with heights (elevation); 5 holds both; 6 adds destination-only states.
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void SavedNetworkOfAnOlderFormat_IsRefusedWithAClearError(int oldVersion)
    {
        string path = Path.Combine(_folder, $"old{oldVersion}.rgnet");
        SavedNetwork.Save(path, Hill().GraphFor(TravelProfiles.Foot));
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(9, SavedNetwork.FormatVersion);
        Assert.Equal(SavedNetwork.FormatVersion, BitConverter.ToInt32(bytes, 8));
        BitConverter.GetBytes(oldVersion).CopyTo(bytes, 8);
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Foot));
        Assert.Contains($"format version {oldVersion}; this version of Routes.Geo reads format versions 6 to 9 only", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    // 20 m deep between rows 1 and 3, level at rows 0 and 4.
    private sealed class ValleyDem : IElevationSource
    {
        public double? ElevationAt(double lat, double lon)
        {
            double row = (lat - 50.6) / 0.001;
            return 100 - 20 * Math.Sin(Math.PI * Math.Clamp(row / 4, 0, 1));
        }
    }
}
