using Routes.Geo.Fuzz;
using Routes.Geo.Fuzz.Running;
using Routes.Geo.Fuzz.Targets;

FuzzOptions options;
try
{
    options = FuzzOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(FuzzOptions.Usage);
    return 2;
}

DirectoryInfo work = Directory.CreateTempSubdirectory("routes-geo-fuzz-");
try
{
    var runner = new InputRunner(TimeSpan.FromSeconds(options.TimeoutSeconds), options.MaxAllocMegabytes * 1024 * 1024);
    return options.ReplayFile is { } replay ? Replay(replay, runner, work.FullName) : Fuzz(options, runner, work.FullName);
}
finally
{
    work.Delete(recursive: true);
}

static int Fuzz(FuzzOptions options, InputRunner runner, string work)
{
    var store = new FindingStore(options.Out);
    string[] names = options.Target == "all" ? ["pbf", "geojson", "saved"] : [options.Target];
    long findings = 0;
    Console.WriteLine($"seed {options.Seed}, {options.Seconds} s per target, limits {runner.TimeLimit.TotalSeconds} s and {runner.MaxAllocatedBytes >> 20} MiB per input, GC heap limit {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >> 20} MiB, extracts {options.Extracts}, findings to {Path.GetFullPath(options.Out)}");
    foreach (string name in names)
    {
        FuzzTarget target = CreateTarget(name, options.Extracts, work);
        var campaign = new Campaign(target, runner, store, options.Seed, options.Extracts);
        foreach ((string seed, Outcome outcome) in campaign.CheckSeeds())
        {
            Console.WriteLine($"  seed input {seed}: loads, {outcome.AllocatedBytes / 1024} KiB allocated, {outcome.Elapsed.TotalMilliseconds:F0} ms");
        }

        CampaignStats stats = campaign.Run(TimeSpan.FromSeconds(options.Seconds), options.Iterations, options.FirstIteration);
        Console.Write(stats.Describe());
        findings += stats.FindingCount;
    }

    Console.WriteLine(findings == 0 ? "no findings" : $"{findings} inputs were findings; replay one with: dotnet run -c Release --project tests/Routes.Geo.Fuzz -- replay FILE.input");
    return findings == 0 ? 0 : 1;
}

static int Replay(string file, InputRunner runner, string work)
{
    Dictionary<string, string> keys = FindingRecord.ReadKeys(Path.ChangeExtension(file, ".txt"));
    FuzzTarget target = CreateTarget(keys[FindingRecord.TargetKey], bool.Parse(keys.GetValueOrDefault("extracts", "False")), work);
    int seed = target.SeedNames.ToList().IndexOf(keys[FindingRecord.SeedInputKey]);
    if (seed < 0)
    {
        Console.Error.WriteLine($"{file}: seed input '{keys[FindingRecord.SeedInputKey]}' is not one of {target.Name}'s.");
        return 2;
    }

    byte[] input = File.ReadAllBytes(file);
    Outcome outcome = runner.Run(() => target.Run(input, seed));
    Console.WriteLine($"{file}: {outcome.Kind}, {outcome.AllocatedBytes / 1024} KiB allocated, {outcome.Elapsed.TotalMilliseconds:F0} ms");
    Console.WriteLine($"signature: {outcome.Signature}");
    Console.WriteLine(outcome.Error?.ToString() ?? "(no exception)");
    return outcome.IsFinding ? 1 : 0;
}

static FuzzTarget CreateTarget(string name, bool extracts, string work) => name switch
{
    "pbf" => new PbfTarget(extracts ? Extracts("osm", "monaco.osm.pbf", "andorra.osm.pbf", "liechtenstein.osm.pbf") : []),
    "geojson" => new GeoJsonTarget(extracts ? Extracts("lille", "highway_line.json") : []),
    _ => new SavedTarget(work, extracts ? Extracts("osm", "monaco.osm.pbf") : []),
};

static string[] Extracts(string folder, params string[] files) => [.. files.Select(f => SharedData.PathOf(folder, f))];
