using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Routes.Geo.Benchmarks.Measure;
using Routes.Geo.Osm;
using Routes.Geo.Routing;
using Routes.Geo.Server;
using Routes.Geo.Server.Engine;
using Routes.Geo.Server.Osrm;

namespace Routes.Geo.Benchmarks;

/// <summary>
/// <c>serve-load</c>: the OSRM route endpoint under load on the loopback interface. N concurrent keep-alive clients
/// (default 16) send R route requests (with --steps: steps=true) (default 100,000) on Monaco by car, drawn from 1,000 fixed random pairs; every
/// answer is checked against the library's own route for the pair (distance, duration, full polyline6 geometry).
/// Reports client latency, the server's own time (its Server-Timing header) and requests per second. Bounded in time.
/// </summary>
internal static class ServeLoadRun
{
    // As the server writes strings: only what JSON requires is escaped.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(Options options)
    {
        int clients = options.Int("clients", 16);
        int requests = options.Int("requests", 100_000);
        var limit = TimeSpan.FromSeconds(options.Int("max-seconds", 600));
        string extract = options.Text("extract", "monaco");
        string query = "?overview=full&geometries=polyline6" + (options.Has("steps") ? "&steps=true" : "");
        return RunAsync(clients, requests, limit, extract, query).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int clients, int requests, TimeSpan limit, string extract, string query)
    {
        RoutingEngine engine = RoutingEngine.Prepare(OsmNetwork.Load(SharedData.PathOf("osm", extract + ".osm.pbf")));
        RoutingGraph car = engine.GraphOf(TravelMode.Driving);
        (string Url, string Geometry, string Figures)[] cases = Cases(car, 1000, query);
        Console.WriteLine($"{extract}: {cases.Length} pairs with a car route; {clients} clients, {requests:N0} requests of /route/v1/driving/a;b{query}");

        InProcess(engine, cases, Math.Min(requests, 20_000));
        await using RoutesGeoServer server = RoutesGeoServer.Create(new ServerOptions { Port = 0, ServerTimingHeader = true }, () => engine, _ => { });
        await server.StartAsync();
        await server.Ready;
        var address = new Uri($"http://127.0.0.1:{server.Port}");

        var clientMs = new double[requests];
        var serverMs = new double[requests];
        int next = -1, errors = 0, mismatches = 0;
        string? firstProblem = null;
        using var stop = new CancellationTokenSource(limit);
        var clock = Stopwatch.StartNew();
        Task[] workers = [.. Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) };
            using var client = new HttpClient(handler) { BaseAddress = address };
            while (!stop.IsCancellationRequested)
            {
                int i = Interlocked.Increment(ref next);
                if (i >= requests)
                {
                    return;
                }

                (string url, string geometry, string figures) = cases[i % cases.Length];
                long start = Stopwatch.GetTimestamp();
                using HttpResponseMessage response = await client.GetAsync(new Uri(url, UriKind.Relative), stop.Token);
                string body = await response.Content.ReadAsStringAsync(stop.Token);
                clientMs[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                serverMs[i] = response.Headers.TryGetValues("Server-Timing", out IEnumerable<string>? timing)
                    ? double.Parse(timing.First().AsSpan("app;dur=".Length), CultureInfo.InvariantCulture) : double.NaN;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstProblem, $"{url}: HTTP {(int)response.StatusCode} {body}", null);
                }
                else if (!body.Contains(geometry, StringComparison.Ordinal) || !body.Contains(figures, StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref mismatches);
                    Interlocked.CompareExchange(ref firstProblem, $"{url}: {body} does not contain {geometry} and {figures}", null);
                }
            }
        }))];
        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine($"stopped at the time limit of {limit.TotalSeconds} s");
        }

        double seconds = clock.Elapsed.TotalSeconds;
        int done = Math.Min(requests, next);
        double[] client = [.. clientMs.Take(done).Where(v => v > 0)];
        double[] own = [.. serverMs.Take(done).Where(v => v > 0)];
        Console.WriteLine($"| requests | errors | answers unlike the library's | requests/s | client latency p50 / p90 / p99 (ms) | server time p50 / p90 / p99 (ms) |");
        Console.WriteLine($"|---:|---:|---:|---:|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {client.Length:N0} | {errors} | {mismatches} | {client.Length / seconds:N0} | {Percentiles.Summary(client, 1, "0.000")} | {Percentiles.Summary(own, 1, "0.000")} |"));
        if (firstProblem is not null)
        {
            Console.WriteLine("first problem: " + firstProblem);
        }

        await server.StopAsync();
        return errors == 0 && mismatches == 0 && client.Length == requests ? 0 : 1;
    }

    // The handler's work without HTTP, on one thread: parse the URL, route, write the JSON into a pooled buffer.
    private static void InProcess(RoutingEngine engine, (string Url, string Geometry, string Figures)[] cases, int count)
    {
        var options = new ServerOptions();
        var micros = new double[count];
        for (int i = -1000; i < count; i++)
        {
            string url = cases[(i + 1000) % cases.Length].Url;
            int q = url.IndexOf('?', StringComparison.Ordinal);
            long start = Stopwatch.GetTimestamp();
            JsonBuffer buffer = JsonBuffer.Rent();
            OsrmService.Answer(engine, OsrmRequestParser.Parse(url[..q], url[q..], options), buffer);
            buffer.Writer.Flush();
            JsonBuffer.Return(buffer);
            if (i >= 0)
            {
                micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }

        Console.WriteLine($"in process, one thread, {count:N0} answers (after 1,000 warm-up): p50 / p90 / p99 {Percentiles.Summary(micros, 1, "0.0")} us");
    }

    // Each pair's request, and the part of the answer the library's own route fixes: geometry, then the route's figures.
    private static (string Url, string Geometry, string Figures)[] Cases(RoutingGraph car, int count, string query)
    {
        GeoPoint[] points = QueryPairs.RandomPoints(car, 2 * count, 42);
        var cases = new List<(string, string, string)>();
        var encoded = new ArrayBufferWriter<byte>();
        for (int i = 0; i + 1 < points.Length; i += 2)
        {
            GeoPoint a = Rounded(points[i]), b = Rounded(points[i + 1]);
            RouteResult result = car.Route().From(a).To(b).Calculate();
            if (!result.IsFound)
            {
                continue;
            }

            Route route = result.Route;
            encoded.ResetWrittenCount();
            Polyline.Encode([.. route.Geometry], 1e6, encoded);
            string geometry = JsonSerializer.Serialize(Encoding.ASCII.GetString(encoded.WrittenSpan), Relaxed);
            string figures = string.Create(CultureInfo.InvariantCulture,
                $"\"weight_name\":\"duration\",\"weight\":{OsrmJson.Tenth(route.DurationSeconds)},\"duration\":{OsrmJson.Tenth(route.DurationSeconds)},\"distance\":{OsrmJson.Tenth(route.LengthMetres)}}}");
            string url = string.Create(CultureInfo.InvariantCulture, $"/route/v1/driving/{a.Longitude},{a.Latitude};{b.Longitude},{b.Latitude}{query}");
            cases.Add((url, $"\"geometry\":{geometry},", figures));
        }

        return [.. cases];
    }

    private static GeoPoint Rounded(GeoPoint p) => new(Math.Round(p.Latitude, 6), Math.Round(p.Longitude, 6));
}
