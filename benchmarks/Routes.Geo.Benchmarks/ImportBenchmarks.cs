using BenchmarkDotNet.Attributes;
using Routes.Geo.Osm;

namespace Routes.Geo.Benchmarks;

/// <summary>Import of the real extracts: both PBF passes, edge cutting and ellipsoidal measuring.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    [Params("monaco", "andorra", "liechtenstein")]
    public string Extract { get; set; } = "monaco";

    [Benchmark]
    public RoadNetwork ImportPbf() => OsmNetwork.Load(Extracts.PbfPath(Extract));
}
