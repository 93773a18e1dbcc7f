using System.Diagnostics;
using Routes.Geo.Fuzz.Mutation;
using Routes.Geo.Fuzz.Targets;

namespace Routes.Geo.Fuzz.Running;

/// <summary>
/// The mutation loop of one target: iteration i mutates the seed input and applies the mutations that
/// <see cref="FuzzRandom.ForInput"/>(seed, target, i) chooses, so any iteration can be rebuilt alone.
/// </summary>
internal sealed class Campaign(FuzzTarget target, InputRunner runner, FindingStore store, long seed, bool extracts)
{
    // A seed's own allocation times this is also allowed, so a real extract is not a blow-up by itself.
    private const int AllowanceOverSeed = 4;

    private static readonly TimeSpan OverrunGrace = TimeSpan.FromSeconds(30);

    private long[] _allowance = [];

    /// <summary>Runs each seed unchanged: every one must load, and its allocation sets its inputs' allowance.</summary>
    /// <exception cref="InvalidOperationException">A seed does not load: the harness, not the reader, is wrong.</exception>
    public IReadOnlyList<(string Seed, Outcome Outcome)> CheckSeeds()
    {
        var results = new List<(string, Outcome)>();
        _allowance = new long[target.SeedNames.Count];
        for (int s = 0; s < target.SeedNames.Count; s++)
        {
            byte[] bytes = target.SeedBytes(s);
            int index = s;
            Outcome outcome = runner.Run(() => target.Run(bytes, index));
            if (outcome.Kind != OutcomeKind.Success)
            {
                throw new InvalidOperationException($"{target.Name} seed {target.SeedNames[s]} does not load ({outcome.Kind}): {outcome.Error}");
            }

            _allowance[s] = outcome.AllocatedBytes * AllowanceOverSeed;
            results.Add((target.SeedNames[s], outcome));
        }

        return results;
    }

    /// <summary>Runs iterations from <paramref name="firstIteration"/> until the time is up, the count is reached, or an input still runs 30 s past its limits.</summary>
    public CampaignStats Run(TimeSpan duration, long maxIterations, long firstIteration = 0)
    {
        if (_allowance.Length == 0)
        {
            CheckSeeds();
        }

        var stats = new CampaignStats(target.Name);
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(store.Folder);
        string inFlight = Path.Combine(store.Folder, $"{target.Name}-in-flight.txt");
        for (long i = firstIteration; i - firstIteration < maxIterations && clock.Elapsed < duration; i++)
        {
            // Should the whole process die (out of memory past the GC heap limit), this names the input that killed it.
            File.WriteAllText(inFlight, FormattableString.Invariant($"seed {seed}, target {target.Name}, iteration {i}, extracts {extracts}\n"));
            (FindingRecord record, byte[] input) = RunOne(i, inFlight);
            string? file = record.Outcome.IsFinding ? store.Write(record, input) : null;
            stats.Add(record, file);
            // An overrunning thread keeps a core and its memory: the next inputs wait until it ends.
            if (!record.Outcome.Finished && !runner.AwaitOverrun(OverrunGrace))
            {
                stats.StoppedBy = $"an input still running {OverrunGrace.TotalSeconds:F0} s past its limits ({record.Outcome.Kind}) at iteration {i}";
                break;
            }
        }

        File.Delete(inFlight);
        File.Delete(inFlight + ".input");
        stats.Elapsed = clock.Elapsed;
        return stats;
    }

    /// <summary>Rebuilds input <paramref name="iteration"/> and runs it once (with <paramref name="inFlight"/>, its bytes and mutations written there first).</summary>
    public (FindingRecord Record, byte[] Input) RunOne(long iteration, string? inFlight = null)
    {
        FuzzRandom random = FuzzRandom.ForInput(seed, target.Name, iteration);
        int seedInput = random.Next(target.SeedNames.Count);
        var log = new List<string>();
        byte[] input;
        try
        {
            input = target.Mutate(seedInput, random, log);
        }
        catch (OutOfMemoryException)
        {
            Console.Error.WriteLine($"the mutator ran out of memory on iteration {iteration}: {string.Join(" / ", log)}");
            throw;
        }

        if (inFlight is not null)
        {
            File.WriteAllBytes(inFlight + ".input", input);
            File.AppendAllLines(inFlight, [$"seed input {target.SeedNames[seedInput]}", .. log]);
        }

        Outcome outcome = runner.Run(() => target.Run(input, seedInput), _allowance.ElementAtOrDefault(seedInput));
        return (new FindingRecord(target.Name, target.SeedNames[seedInput], seed, iteration, extracts, log, outcome), input);
    }
}
