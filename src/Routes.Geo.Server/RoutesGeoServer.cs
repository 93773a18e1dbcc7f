using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Routes.Geo.Server.Engine;
using Routes.Geo.Server.Hosting;

namespace Routes.Geo.Server;

/// <summary>
/// The routing service: Kestrel on <see cref="ServerOptions.Host"/>:<see cref="ServerOptions.Port"/> answering the OSRM HTTP API v5
/// (<c>/route</c>, <c>/table</c>, <c>/nearest</c>, <c>/trip</c>), <c>/health</c> (the process is alive) and <c>/ready</c>
/// (the graphs are prepared). It listens at once and prepares the graphs in the background; until they are ready
/// the OSRM endpoints answer HTTP 503 with code <c>NotReady</c>.
/// </summary>
public sealed class RoutesGeoServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EngineHolder _engine;
    private readonly Func<RoutingEngine> _load;

    private RoutesGeoServer(WebApplication app, EngineHolder engine, Func<RoutingEngine> load)
    {
        _app = app;
        _engine = engine;
        _load = load;
    }

    /// <summary>The port the server listens on (the one chosen when <see cref="ServerOptions.Port"/> was 0); valid after <see cref="StartAsync"/>.</summary>
    public int Port { get; private set; }

    /// <summary>Completes when the graphs are prepared; faults with the loader's exception when preparing failed.</summary>
    public Task Ready => _engine.Ready;

    /// <summary>
    /// Makes the server. <paramref name="load"/> reads and prepares the network; it runs once, on a background thread, after the server starts.
    /// </summary>
    /// <param name="options">Address, port and limits.</param>
    /// <param name="load">Makes the engine (e.g. <c>() =&gt; RoutingEngine.Prepare(OsmNetwork.Load(path))</c>).</param>
    /// <param name="logging">Configures logging (default: the console, warnings from ASP.NET Core itself).</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (<see cref="ServerOptions.Validate"/>).</exception>
    /// <exception cref="FormatException">The host is not an IP address.</exception>
    public static RoutesGeoServer Create(ServerOptions options, Func<RoutingEngine> load, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(load);
        options.Validate();
        IPAddress address = IPAddress.Parse(options.Host);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        if (logging is null)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Microsoft", LogLevel.Warning);
        }
        else
        {
            logging(builder.Logging);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = options.MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = Math.Max(32 * 1024, options.MaxRequestLineBytes + (16 * 1024));
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Listen(address, options.Port);
        });
        WebApplication app = builder.Build();
        var engine = new EngineHolder();
        var endpoints = new Endpoints(engine, options, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Routes.Geo.Server"));
        app.Run(endpoints.HandleAsync);
        return new RoutesGeoServer(app, engine, load);
    }

    /// <summary>Starts listening, then prepares the graphs in the background (see <see cref="Ready"/>).</summary>
    /// <exception cref="IOException">The address is in use.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        IServerAddressesFeature? addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        Port = addresses?.Addresses.Select(a => new Uri(a).Port).FirstOrDefault() ?? 0;
        ILogger logger = _app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Routes.Geo.Server");
        Log.Listening(logger, string.Join(", ", addresses?.Addresses ?? []));
        _engine.Load(_load, logger);
    }

    /// <summary>Waits until the process is asked to stop (Ctrl+C, SIGTERM) or <paramref name="cancellationToken"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening, letting requests in flight finish.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
