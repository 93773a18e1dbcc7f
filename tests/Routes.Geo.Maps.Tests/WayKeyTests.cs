using Routes.Geo.Maps.Scene;
using Routes.Geo.Network;

namespace Routes.Geo.Maps.Tests;

/// <summary>What maps read on ways is kept by every import (the library's way keys), so a map never draws a road unstyled for want of a tag.</summary>
public class WayKeyTests
{
    [Fact]
    public void MapWayKeys_AreAmongTheLibrarysKeptKeys() =>
        Assert.Subset(new HashSet<string>(WayTagKeys.Library), new HashSet<string>(RoadStyles.WayKeys));
}
