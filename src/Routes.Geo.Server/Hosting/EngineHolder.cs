using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Hosting;

/// <summary>The engine once prepared, and what readiness reports until then.</summary>
internal sealed class EngineHolder
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile RoutingEngine? _engine;
    private volatile string _state = "loading";

    public RoutingEngine? Engine => _engine;

    public string State => _state;

    public Task Ready => _ready.Task;

    public void Load(Func<RoutingEngine> load, ILogger logger)
    {
        _ = Task.Factory.StartNew(() =>
        {
            Log.Preparing(logger);
            var clock = Stopwatch.StartNew();
            try
            {
                RoutingEngine engine = load();
                _engine = engine;
                _state = "ready";
                Log.Ready(logger, engine.Source, clock.Elapsed.TotalSeconds);
                _ready.SetResult();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _state = "failed: " + e.Message;
                Log.LoadFailed(logger, e);
                _ready.SetException(e);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }
}
