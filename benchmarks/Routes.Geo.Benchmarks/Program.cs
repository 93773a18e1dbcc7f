using BenchmarkDotNet.Running;
using Routes.Geo.Benchmarks;
using Routes.Geo.Benchmarks.Measure;
using Routes.Geo.Benchmarks.Peers;
using Routes.Geo.Benchmarks.Synthetic;

// BenchmarkDotNet suites: dotnet run -c Release --project benchmarks/Routes.Geo.Benchmarks -- --filter '*' --job short
// Console modes (single long runs, process-level peers): scaling, synthetic-osm, breakdown, peers, degrees, routehash, turncosts, isochrones, isochrone-stages, tours, customizable, alternatives, serve-load, mapped, stored-customizable, snap-index; see benchmarks/README.md.
var options = new Options(args);
return args.FirstOrDefault() switch
{
    "scaling" => ScalingRun.Run(options),
    "synthetic-osm" => SyntheticOsmRun.Run(options),
    "breakdown" => BreakdownRun.Run(options),
    "peers" => PeersRun.Run(options),
    "degrees" => DegreesRun.Run(options),
    "elevation" => ElevationRun.Run(options),
    "routehash" => RouteHashRun.Run(options),
    "turncosts" => TurnCostRun.Run(options),
    "isochrones" => IsochroneRun.Run(options),
    "isochrone-stages" => IsochroneStagesRun.Run(options),
    "tours" => TourRun.Run(options),
    "customizable" => Routes.Geo.Benchmarks.Customizable.CustomizableRun.Run(options),
    "alternatives" => Routes.Geo.Benchmarks.Customizable.AlternativesRun.Run(options),
    "serve-load" => ServeLoadRun.Run(options),
    "mapped" => MappedRun.Run(options),
    "mapped-hold" => MappedRun.Hold(args),
    "stored-customizable" => StoredCustomizableRun.Run(options),
    "snap-index" => SnapIndexRun.Run(options),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run(args);
    return 0;
}
