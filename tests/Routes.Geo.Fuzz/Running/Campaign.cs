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
        for (long i = firstIteration; i - firstIteration < maxIterations && clock.Elapsed < duration; i++)
        {
            (FindingRecord record, byte[] input) = RunOne(i);
            string? file = record.Outcome.IsFinding ? store.Write(record, input) : null;
            stats.Add(record, file);
            // An overrunning thread keeps a core and its memory: the next inputs wait until it ends.
            if (!record.Outcome.Finished && !runner.AwaitOverrun(OverrunGrace))
            {
                stats.StoppedBy = $"an input still running {OverrunGrace.TotalSeconds:F0} s past its limits ({record.Outcome.Kind}) at iteration {i}";
                break;
            }
        }

        stats.Elapsed = clock.Elapsed;
        return stats;
    }

    /// <summary>Rebuilds input <paramref name="iteration"/> and runs it once.</summary>
    public (FindingRecord Record, byte[] Input) RunOne(long iteration)
    {
        FuzzRandom random = FuzzRandom.ForInput(seed, target.Name, iteration);
        int seedInput = random.Next(target.SeedNames.Count);
        var log = new List<string>();
        byte[] input = target.Mutate(seedInput, random, log);
        Outcome outcome = runner.Run(() => target.Run(input, seedInput), _allowance.ElementAtOrDefault(seedInput));
        return (new FindingRecord(target.Name, target.SeedNames[seedInput], seed, iteration, extracts, log, outcome), input);
    }
}
