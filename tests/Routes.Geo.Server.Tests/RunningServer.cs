using System.Net.Http.Json;
using System.Text.Json;
using Routes.Geo.Network;
using Routes.Geo.Osm;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Tests;

/// <summary>A server on 127.0.0.1 and a free port, its graphs ready, and a keep-alive client for it.</summary>
public abstract class RunningServer : IAsyncLifetime
{
    private RoutesGeoServer? _server;

    public RoutingEngine Engine { get; private set; } = null!;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public Uri BaseAddress => new($"http://127.0.0.1:{_server!.Port}/");

    protected virtual ServerOptions Options => new() { Port = 0 };

    public async Task InitializeAsync()
    {
        Engine = MakeEngine();
        _server = RoutesGeoServer.Create(Options, () => Engine, logging => { });
        await _server.StartAsync();
        await _server.Ready.WaitAsync(TimeSpan.FromMinutes(2));
        Client.BaseAddress = BaseAddress;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
    }

    /// <summary>GETs <paramref name="url"/>; returns the status and the parsed body.</summary>
    public async Task<(int Status, JsonElement Body)> GetAsync(string url)
    {
        using HttpResponseMessage response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        JsonElement body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ((int)response.StatusCode, body);
    }

    /// <summary>Sends a GET of <paramref name="pathAndQuery"/> exactly as written (no client-side escaping).</summary>
    public async Task<(int Status, string Body)> RawGetAsync(string pathAndQuery)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync("127.0.0.1", _server!.Port);
        await using System.Net.Sockets.NetworkStream stream = tcp.GetStream();
        byte[] request = System.Text.Encoding.ASCII.GetBytes($"GET {pathAndQuery} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream);
        string response = await reader.ReadToEndAsync();
        int status = int.Parse(response.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        return (status, response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
    }

    protected virtual RoutingEngine MakeEngine() => RoutingEngine.Prepare(Network());

    protected abstract RoadNetwork Network();
}

/// <summary>Monaco's OpenStreetMap extract, served.</summary>
public sealed class MonacoServer : RunningServer
{
    public static readonly Lazy<RoadNetwork> Monaco = new(() => OsmNetwork.Load(SharedData.PathOf("osm", "monaco.osm.pbf")));

    /// <summary>Monaco's three prepared graphs, made once for every test that serves Monaco.</summary>
    public static readonly Lazy<RoutingEngine> MonacoEngine = new(() => RoutingEngine.Prepare(Monaco.Value));

    // The page's ground as the CLI gives it for an extract: the coastline's land and sea over the extract's box.
    protected override ServerOptions Options => new()
    {
        Port = 0, MaxRouteCoordinates = 10, MaxTableSize = 3, MaxNearestResults = 5,
        Ground = () =>
        {
            Maps.BaseMap ground = Maps.BaseMap.FromOsm(SharedData.PathOf("osm", "monaco.osm.pbf"));
            return ground.ToGeoJson(ground.Coverage, widen: 1);
        },
    };

    protected override RoutingEngine MakeEngine() => MonacoEngine.Value;

    protected override RoadNetwork Network() => Monaco.Value;
}

/// <summary>
/// Two islands of road 1 km apart, and a one-way spur: a place where tables, routes and trips have no answer.
/// Island A: nodes 1-2-3 (residential); island B: nodes 10-11 (residential); spur 3 → 4 one-way (out only).
/// </summary>
public sealed class IslandsServer : RunningServer
{
    public static GeoPoint A1 => new(50.0000, 2.0000);

    public static GeoPoint A3 => new(50.0000, 2.0040);

    public static GeoPoint B1 => new(50.0100, 2.0000);

    public static GeoPoint B2 => new(50.0100, 2.0040);

    protected override RoadNetwork Network()
    {
        var builder = new RoadNetworkBuilder("islands");
        builder.AddNode(1, A1.Latitude, A1.Longitude);
        builder.AddNode(2, 50.0000, 2.0020);
        builder.AddNode(3, A3.Latitude, A3.Longitude);
        builder.AddNode(10, B1.Latitude, B1.Longitude);
        builder.AddNode(11, B2.Latitude, B2.Longitude);
        builder.AddWay(100, [1, 2, 3], [new("highway", "residential"), new("name", "Rue A")]);
        builder.AddWay(101, [10, 11], [new("highway", "residential"), new("name", "Rue B")]);
        return builder.Build();
    }
}
