using Routes.Geo.Elevation;
using Routes.Geo.Profiles;

namespace Routes.Geo.Tests.Elevation;

public sealed class AccessibleFootProfileTests
{
    private static readonly Profile Wheelchair = TravelProfiles.Wheelchair;

    [Theory]
    [InlineData("highway=steps")]
    [InlineData("highway=footway wheelchair=no")]
    [InlineData("highway=footway wheelchair=limited")]
    [InlineData("highway=footway surface=gravel")]
    [InlineData("highway=residential surface=cobblestone")]
    [InlineData("highway=footway smoothness=bad")]
    [InlineData("highway=path")]
    [InlineData("highway=track")]
    [InlineData("highway=footway incline=8%")]
    [InlineData("highway=footway incline=-10%")]
    [InlineData("highway=footway incline=5°")]
    [InlineData("highway=footway kerb=raised")]
    public void InaccessibleWays_AreNotUsed(string tags)
    {
        Assert.False(Wheelchair.Evaluate(TinyNetwork.Tags(tags)).IsUsable);
        Assert.True(TravelProfiles.Foot.Evaluate(TinyNetwork.Tags(tags.Replace(" wheelchair=no", "").Replace(" wheelchair=limited", ""))).IsUsable);
    }

    [Theory]
    [InlineData("highway=footway")]
    [InlineData("highway=residential surface=asphalt smoothness=good")]
    [InlineData("highway=path surface=asphalt")]
    [InlineData("highway=track surface=compacted")]
    [InlineData("highway=footway incline=5%")]
    [InlineData("highway=footway incline=up")]
    [InlineData("highway=steps ramp:wheelchair=yes")]
    [InlineData("highway=path surface=gravel wheelchair=yes")]
    public void AccessibleWays_AreUsed_AtTheWheelchairSpeed(string tags)
    {
        EdgeAccess access = Wheelchair.Evaluate(TinyNetwork.Tags(tags));
        Assert.True(access.IsUsable);
        Assert.Equal(AccessibleFootProfile.WheelchairSpeedKmh, access.SpeedKmh);
    }

    [Theory]
    [InlineData("barrier=kerb", false)]
    [InlineData("barrier=kerb kerb=raised", false)]
    [InlineData("barrier=kerb kerb=lowered", true)]
    [InlineData("barrier=kerb kerb=flush", true)]
    [InlineData("highway=crossing kerb=raised", false)]
    [InlineData("barrier=stile", false)]
    [InlineData("barrier=turnstile", false)]
    [InlineData("barrier=kissing_gate", false)]
    [InlineData("barrier=cycle_barrier", false)]
    [InlineData("barrier=gate", true)]
    [InlineData("barrier=bollard", true)]
    [InlineData("barrier=stile wheelchair=yes", true)]
    [InlineData("wheelchair=no", false)]
    public void Nodes_StopAWheelOrNot(string tags, bool passes) =>
        Assert.Equal(passes, Wheelchair.CanPassNode(TinyNetwork.Tags(tags)));

    [Fact]
    public void OnlyStepsConnect_NoRouteSaysSo()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=footway", (0, 0), (0, 1));
        tiny.Way("highway=steps", (0, 1), (0, 2));
        tiny.Way("highway=footway", (0, 2), (0, 3));
        RoadNetwork network = tiny.Build();
        Assert.True(network.Route(TravelProfiles.Foot).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 3)).Calculate().IsFound);
        RouteResult result = network.Route(Wheelchair).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 3)).Calculate();
        Assert.False(result.IsFound);
        Assert.Equal(NoRouteReason.OnlyInaccessibleWaysConnect, result.Failure!.Reason);
        Assert.Contains("steps, raised kerbs", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RaisedKerb_IsGoneAroundByTheLoweredOne()
    {
        // Two ways from (0,0) to (0,2): straight through a raised kerb at (0,1), or round by row 1.
        var tiny = new TinyNetwork();
        tiny.Way("highway=footway", (0, 0), (0, 1), (0, 2));
        tiny.Way("highway=footway", (0, 0), (1, 0), (1, 2), (0, 2));
        tiny.NodeTags(0, 1, "barrier=kerb kerb=raised");
        RoadNetwork network = tiny.Build();
        Route foot = network.Route(TravelProfiles.Foot).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 2)).Calculate().Route;
        Route wheel = network.Route(Wheelchair).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 2)).Calculate().Route;
        Assert.True(wheel.LengthMetres > foot.LengthMetres + 200, $"wheelchair {wheel.LengthMetres} m, foot {foot.LengthMetres} m");
    }

    [Fact]
    public void SteepStretch_IsAvoided_WhenTheNetworkHasHeights()
    {
        // Straight up column 0 at 8%, or round by column 4 and back along row 2 at 4.5%.
        var tiny = new TinyNetwork();
        tiny.Way("highway=footway", (0, 0), (1, 0), (2, 0));
        tiny.Way("highway=footway", (0, 0), (0, 4), (2, 4), (2, 0));
        RoadNetwork flat = tiny.Build();
        RoadNetwork hilly = flat.WithElevation(new ElevationOptions(new SlopeFadingEast()));
        Route direct = flat.Route(Wheelchair).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(2, 0)).Calculate().Route;
        Route aside = hilly.Route(Wheelchair).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(2, 0)).Calculate().Route;
        Assert.True(aside.LengthMetres > direct.LengthMetres + 600, $"{aside.LengthMetres} m against {direct.LengthMetres} m");
        Assert.InRange(aside.AscentMetres, 17.7, 17.9);
        Route walker = hilly.Route(TravelProfiles.Foot).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(2, 0)).Calculate().Route;
        Assert.Equal(direct.LengthMetres, walker.LengthMetres, 6);
    }

    [Fact]
    public void ByName_FindsTheWheelchairProfile()
    {
        Assert.Same(TravelProfiles.Wheelchair, TravelProfiles.ByName("wheelchair"));
        Assert.Contains(TravelProfiles.Wheelchair, TravelProfiles.All);
    }

    // Rises 8.9 m per row (8%) on column 0, less and less eastwards, level from column 4 on.
    private sealed class SlopeFadingEast : IElevationSource
    {
        public double? ElevationAt(double lat, double lon)
        {
            double row = (lat - 50.6) / 0.001, column = (lon - 3.0) / 0.0014;
            return 100 + 8.9 * row * Math.Max(0, 1 - column / 4);
        }
    }
}
