using Routes.Geo.Network;
using Routes.Geo.Server.Api;

namespace Routes.Geo.Server.Tests;

/// <summary>What the service reads on ways (road tiles, nearest's name) is kept by every import: the library's way keys.</summary>
public class WayKeyTests
{
    [Fact]
    public void ServiceWayKeys_AreAmongTheLibrarysKeptKeys() =>
        Assert.Subset(new HashSet<string>(WayTagKeys.Library), new HashSet<string>(RoadTiles.WayKeys));
}
