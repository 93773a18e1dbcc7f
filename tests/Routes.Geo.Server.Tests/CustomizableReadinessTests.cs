using System.Text.Json;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Tests;

/// <summary>/ready tells what is ready: the fastest-route graphs, and each profile's customizable hierarchy, built after start-up.</summary>
public sealed class CustomizableReadinessTests(IslandsServer islands) : IClassFixture<IslandsServer>
{
    [Fact]
    public async Task Ready_ReportsEachProfilesCustomizableHierarchy_AllReadyOnceBuilt()
    {
        await islands.Engine.CustomizableReady.WaitAsync(TimeSpan.FromMinutes(1));
        (int status, JsonElement body) = await islands.GetAsync("/ready");

        Assert.Equal(200, status);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        foreach (TravelMode mode in (TravelMode[])[TravelMode.Driving, TravelMode.Walking, TravelMode.Cycling])
        {
            Assert.Equal("ready", islands.Engine.CustomizableState(mode));
            Assert.Equal("ready", body.GetProperty("customizable").GetProperty(mode.ToString().ToLowerInvariant()).GetString());
        }
    }
}
