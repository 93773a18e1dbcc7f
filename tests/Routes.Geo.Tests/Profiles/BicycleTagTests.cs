using Routes.Geo.Profiles;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Profiles;

/// <summary>What the bicycle profile makes of tags that push or keep cyclists off a way.</summary>
public class BicycleTagTests(ITestOutputHelper output)
{
    // bicycle=dismount on a footway is walking the bike (it once gave riding speed)
    [Fact]
    public void Bicycle_Dismount_IsPushingSpeed()
    {
        EdgeAccess a = TravelProfiles.Bicycle.Evaluate(TinyNetwork.Tags("highway=footway bicycle=dismount"));
        output.WriteLine(a.ToString());
        Assert.Equal(BicycleProfile.PushingSpeedKmh, a.SpeedKmh);
    }

    // motorroad=yes forbids bicycles
    [Fact]
    public void Bicycle_Motorroad_IsForbidden()
    {
        EdgeAccess a = TravelProfiles.Bicycle.Evaluate(TinyNetwork.Tags("highway=trunk motorroad=yes"));
        output.WriteLine(a.ToString());
        Assert.False(a.IsUsable);
    }

    // bicycle=use_sidepath: the cyclist must take the separate path
    [Fact]
    public void Bicycle_UseSidepath_IsForbidden()
    {
        EdgeAccess a = TravelProfiles.Bicycle.Evaluate(TinyNetwork.Tags("highway=primary bicycle=use_sidepath"));
        output.WriteLine(a.ToString());
        Assert.False(a.IsUsable);
    }
}
