using System.CommandLine;
using Routes.Geo.Elevation;
using Routes.Geo.Routing;
using Routes.Geo.Server;
using Routes.Geo.Server.Engine;
using Routes.Geo.Storage;

namespace Routes.Geo.Cli;

internal static partial class Commands
{
    public static Command Serve()
    {
        var network = new NetworkOptions();
        var defaults = new ServerOptions();
        var port = new Option<int>("--port") { Description = "TCP port (0: any free one, printed at start).", DefaultValueFactory = _ => defaults.Port };
        var host = new Option<string>("--host") { Description = "Address to listen on; 0.0.0.0 serves other machines too.", DefaultValueFactory = _ => defaults.Host };
        var maxRoute = new Option<int>("--max-route-coordinates") { Description = "Most coordinates in a route request.", DefaultValueFactory = _ => defaults.MaxRouteCoordinates };
        var maxTrip = new Option<int>("--max-trip-coordinates") { Description = "Most coordinates in a trip request.", DefaultValueFactory = _ => defaults.MaxTripCoordinates };
        var maxTable = new Option<int>("--max-table-size") { Description = "A table may have at most N x N cells.", DefaultValueFactory = _ => defaults.MaxTableSize };
        var maxNearest = new Option<int>("--max-nearest-results") { Description = "Largest 'number' of a nearest request.", DefaultValueFactory = _ => defaults.MaxNearestResults };
        var radius = new Option<double>("--default-radius") { Description = "Snapping radius of a coordinate given none, metres.", DefaultValueFactory = _ => defaults.DefaultRadiusMetres };
        var maxRadius = new Option<double>("--max-radius") { Description = "Largest radius a request may give ('unlimited' means this), metres.", DefaultValueFactory = _ => defaults.MaxRadiusMetres };
        var timeout = new Option<double>("--request-timeout") { Description = "Longest time a request may take, seconds (then TooBig).", DefaultValueFactory = _ => defaults.RequestTimeout.TotalSeconds };
        var maxQuery = new Option<int>("--max-query-bytes") { Description = "Longest query string read, bytes (then TooBig).", DefaultValueFactory = _ => defaults.MaxQueryStringBytes };
        var maxTourStops = new Option<int>("--max-tour-stops") { Description = "Most sites in a tour of /api/v1/tour.", DefaultValueFactory = _ => defaults.MaxTourStops };
        var maxIsochrone = new Option<int>("--max-isochrone-minutes") { Description = "Longest isochrone of /api/v1/isochrone, minutes.", DefaultValueFactory = _ => defaults.MaxIsochroneMinutes };
        var command = new Command("serve", """
            Serve routes over HTTP with the OSRM API v5 (route, table, nearest, trip), for a web page or any OSRM client.
            Loads the network once and prepares car, foot and bicycle (through the prepared-network cache); /health answers
            at once, /ready once the graphs are prepared. Beside it: the story page at / (sites, bookmarks, tours, share, routes),
            the own endpoints under /api/v1/ described at /openapi/v1.json. Stop with Ctrl+C.
            Example: routes-geo serve --network monaco.osm.pbf --port 5000
                     (with --elevation DIR, walking and cycling follow the hills and routes carry "ascent" and "descent", metres)
                     curl 'http://127.0.0.1:5000/route/v1/driving/7.4197,43.7311;7.4246,43.7384?steps=true'
            """)
        {
            port, host, maxRoute, maxTrip, maxTable, maxNearest, radius, maxRadius, timeout, maxQuery, maxTourStops, maxIsochrone,
        };
        network.AddTo(command);
        command.SetAction(result => Run(() =>
        {
            string path = network.PathIn(result) ?? throw new UsageException("--network is required: give an .osm.pbf extract, a GeoJSON file of road lines or a saved network.");
            NetworkFileKind kind = NetworkFile.Sniff(path);
            var options = new ServerOptions
            {
                Host = result.GetValue(host)!,
                Port = result.GetValue(port),
                MaxRouteCoordinates = result.GetValue(maxRoute),
                MaxTripCoordinates = result.GetValue(maxTrip),
                MaxTableSize = result.GetValue(maxTable),
                MaxNearestResults = result.GetValue(maxNearest),
                DefaultRadiusMetres = result.GetValue(radius),
                MaxRadiusMetres = result.GetValue(maxRadius),
                RequestTimeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
                MaxQueryStringBytes = result.GetValue(maxQuery),
                MaxTourStops = result.GetValue(maxTourStops),
                MaxIsochroneMinutes = result.GetValue(maxIsochrone),
            };
            foreach ((string name, double value) in (ReadOnlySpan<(string, double)>)[
                ("--max-route-coordinates", options.MaxRouteCoordinates), ("--max-trip-coordinates", options.MaxTripCoordinates),
                ("--max-table-size", options.MaxTableSize), ("--max-nearest-results", options.MaxNearestResults),
                ("--default-radius", options.DefaultRadiusMetres), ("--max-radius", options.MaxRadiusMetres),
                ("--request-timeout", options.RequestTimeout.TotalSeconds), ("--max-query-bytes", options.MaxQueryStringBytes),
                ("--max-tour-stops", options.MaxTourStops), ("--max-isochrone-minutes", options.MaxIsochroneMinutes)])
            {
                if (!(value > 0) || !double.IsFinite(value))
                {
                    throw new UsageException(FormattableString.Invariant($"{name} must be a positive number; {value} was given."));
                }
            }

            if (options.Port is < 0 or > 65535)
            {
                throw new UsageException($"--port must be 0..65535 (0: any free port); {options.Port} was given.");
            }

            if (!System.Net.IPAddress.TryParse(options.Host, out _))
            {
                throw new UsageException($"--host '{options.Host}' is not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for every interface).");
            }

            Func<NetworkCache?> cache = () => result.GetValue(network.NoCache) ? null : NetworkCache.For(path, result.GetValue(network.Cache));
            ElevationOptions? heights = ElevationFolder.Open(result.GetValue(network.Elevation));
            if (heights is not null && kind == NetworkFileKind.SavedNetwork)
            {
                throw new UsageException("--elevation applies to an extract or a GeoJSON file: a saved network keeps the heights it was saved with.");
            }

            // An extract also gives the page its coastline's land and sea, a box-width beyond the extract on each side so a view
            // fitted to it has ground to its edges (read again, once, at the page's first request).
            options = kind == NetworkFileKind.OsmPbf ? options with { Ground = () => GroundOf(path) } : options;
            bool trusted = result.GetValue(network.TrustNetwork);
            return ServeUntilStopped(options, () => LoadEngine(path, kind, cache, heights, trusted));
        }));
        return command;
    }

    private static string? GroundOf(string path)
    {
        Routes.Geo.Maps.BaseMap ground = Routes.Geo.Maps.BaseMap.FromOsm(path);
        return ground.ToGeoJson(ground.Coverage, widen: 1);
    }

    private static int ServeUntilStopped(ServerOptions options, Func<RoutingEngine> load)
    {
        RoutesGeoServer server;
        try
        {
            server = RoutesGeoServer.Create(options, load);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException(WithoutParameterName(e.Message));
        }

        return Task.Run(async () =>
        {
            await using (server.ConfigureAwait(false))
            {
                try
                {
                    await server.StartAsync().ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    throw new UsageException($"Cannot listen on {options.Host}:{options.Port}: {e.Message}");
                }

                Console.Error.WriteLine($"routes-geo serve: http://{options.Host}:{server.Port}/ (health: /health, readiness: /ready)");
                Task stopped = server.WaitForShutdownAsync();
                if (await Task.WhenAny(server.Ready, stopped).ConfigureAwait(false) == server.Ready && server.Ready.IsFaulted)
                {
                    await server.StopAsync().ConfigureAwait(false);
                    throw server.Ready.Exception!.InnerException!;
                }

                await stopped.ConfigureAwait(false);
                return 0;
            }
        }).GetAwaiter().GetResult();
    }

    // One import (or one saved file) for all three profiles; each profile's graph comes from the cache when it has one.
    private static RoutingEngine LoadEngine(string path, NetworkFileKind kind, Func<NetworkCache?> cacheFor, ElevationOptions? heights, bool trusted)
    {
        Profile[] profiles = [TravelProfiles.Car, TravelProfiles.Foot, TravelProfiles.Bicycle];
        RoutingGraph[] graphs;
        if (kind == NetworkFileKind.SavedNetwork)
        {
            var router = new Router(SavedNetworkOpener.Open(path, ProfileOf(SavedNetwork.ReadHeader(path).Profile), trusted));
            graphs = [.. profiles.Select(router.GraphFor)];
        }
        else
        {
            var router = new Lazy<Router>(() => new Router(ElevationFolder.Apply(NetworkLoader.Load(path, showProgress: false), heights)));
            NetworkCache? cache = cacheFor();
            graphs = [.. profiles.Select(p => cache?.Load(path, p, RouteMetric.Fastest, () => router.Value.Network, ElevationFolder.CacheTag(heights)) ?? router.Value.GraphFor(p))];
        }

        RoutingEngine engine = RoutingEngine.FromGraphs(graphs[0], graphs[1], graphs[2]);
        // Once built in the background, the customizable hierarchies go into the cache entries (a saved --network keeps its own).
        engine.CustomizableReady.ContinueWith(_ => Array.ForEach(graphs, g => NetworkCache.StoreCustomizable(g, spin: false)), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return engine;
    }
}
