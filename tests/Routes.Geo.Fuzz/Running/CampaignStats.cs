using System.Globalization;
using System.Text;

namespace Routes.Geo.Fuzz.Running;

/// <summary>The counts of one target's campaign and the findings grouped by signature.</summary>
internal sealed class CampaignStats(string target)
{
    private readonly List<long> _allocations = [];

    public string Target { get; } = target;

    public long Inputs { get; private set; }

    public Dictionary<OutcomeKind, long> ByKind { get; } = Enum.GetValues<OutcomeKind>().ToDictionary(k => k, _ => 0L);

    public SortedDictionary<string, long> TypedErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>Each finding signature: how many inputs, the first iteration, and the first file kept.</summary>
    public SortedDictionary<string, (long Count, long FirstIteration, string? File)> Findings { get; } = new(StringComparer.Ordinal);

    public (long Bytes, long Iteration) PeakAllocation { get; private set; }

    public TimeSpan Elapsed { get; set; }

    public string? StoppedBy { get; set; }

    public long FindingCount => Findings.Values.Sum(f => f.Count);

    public void Add(FindingRecord record, string? file)
    {
        Outcome outcome = record.Outcome;
        Inputs++;
        ByKind[outcome.Kind]++;
        _allocations.Add(outcome.AllocatedBytes);
        if (outcome.AllocatedBytes > PeakAllocation.Bytes)
        {
            PeakAllocation = (outcome.AllocatedBytes, record.Iteration);
        }

        if (outcome.Kind == OutcomeKind.TypedError)
        {
            string type = outcome.Error!.GetType().Name;
            TypedErrors[type] = TypedErrors.GetValueOrDefault(type) + 1;
        }
        else if (outcome.IsFinding)
        {
            string signature = outcome.Signature;
            Findings[signature] = Findings.TryGetValue(signature, out var f)
                ? (f.Count + 1, f.FirstIteration, f.File ?? file)
                : (1, record.Iteration, file);
        }
    }

    public string Describe()
    {
        var text = new StringBuilder();
        var ic = CultureInfo.InvariantCulture;
        long[] sorted = [.. _allocations.Order()];
        long Percentile(double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];
        text.AppendLine(ic, $"target {Target}: {Inputs} inputs in {Elapsed.TotalSeconds:F0} s{(StoppedBy is null ? "" : ", stopped by " + StoppedBy)}");
        text.AppendLine(ic, $"  successes          {ByKind[OutcomeKind.Success]}");
        text.AppendLine(ic, $"  typed errors       {ByKind[OutcomeKind.TypedError]}{(TypedErrors.Count == 0 ? "" : " (" + string.Join(", ", TypedErrors.Select(t => $"{t.Key} {t.Value}")) + ")")}");
        text.AppendLine(ic, $"  untyped exceptions {ByKind[OutcomeKind.UntypedException]}");
        text.AppendLine(ic, $"  bad output         {ByKind[OutcomeKind.BadOutput]}");
        text.AppendLine(ic, $"  hangs              {ByKind[OutcomeKind.Hang]}");
        text.AppendLine(ic, $"  memory blow-ups    {ByKind[OutcomeKind.MemoryBlowUp]}");
        text.AppendLine(ic, $"  allocated per input: median {Percentile(0.5) / 1024.0:F0} KiB, p99 {Percentile(0.99) / 1048576.0:F1} MiB, peak {PeakAllocation.Bytes / 1048576.0:F1} MiB (iteration {PeakAllocation.Iteration})");
        foreach ((string signature, (long count, long first, string? file)) in Findings)
        {
            text.AppendLine(ic, $"  FINDING {signature}: {count} inputs, first iteration {first}, replay: {file ?? "(not kept)"}");
        }

        return text.ToString();
    }
}
