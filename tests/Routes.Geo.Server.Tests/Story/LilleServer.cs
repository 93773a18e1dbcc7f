using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Tests.Story;

/// <summary>Central Lille's roads (the shared GeoJSON), where four verified sites of the 1944 model stand, served.</summary>
public sealed class LilleServer : RunningServer
{
    public static readonly Lazy<RoadNetwork> Lille = new(() => GeoJsonRoads.Load(SharedData.PathOf("lille", "highway_line.json")));

    public static readonly Lazy<RoutingEngine> LilleEngine = new(() => RoutingEngine.Prepare(Lille.Value));

    /// <summary>The model's sites on this network (checked by a test against the model).</summary>
    public static readonly string[] Sites = ["lille-monument-aux-fusilles", "lille-monument-aux-morts", "lille-statue-leon-trulin", "lille-parvis-des-justes"];

    protected override ServerOptions Options => new() { Port = 0, MaxTourStops = 4, MaxIsochroneMinutes = 30 };

    protected override RoutingEngine MakeEngine() => LilleEngine.Value;

    protected override RoadNetwork Network() => Lille.Value;
}
