namespace Routes.Geo.Benchmarks.Peers;

/// <summary>Compares a peer's route costs with ours pair by pair, to show it routed the same graph.</summary>
internal static class CostCheck
{
    private const double RelativeTolerance = 1e-9;

    /// <summary>Counts of equal, dearer and cheaper costs and of pairs found by one side only.</summary>
    public static string Describe(IReadOnlyList<double?> ours, IReadOnlyList<double?> theirs)
    {
        int both = 0, equal = 0, dearer = 0, cheaper = 0, onlyOurs = 0, onlyTheirs = 0;
        for (int i = 0; i < ours.Count; i++)
        {
            switch (ours[i], theirs[i])
            {
                case ({ } o, { } t):
                    both++;
                    equal += Math.Abs(o - t) <= RelativeTolerance * Math.Max(o, t) ? 1 : 0;
                    dearer += o > t * (1 + RelativeTolerance) ? 1 : 0;
                    cheaper += o < t * (1 - RelativeTolerance) ? 1 : 0;
                    break;
                case (not null, null):
                    onlyOurs++;
                    break;
                case (null, not null):
                    onlyTheirs++;
                    break;
            }
        }

        return $"route time against our Dijkstra's: {both} pairs found by both, equal (≤ {RelativeTolerance:0e0} relative) on {equal}, " +
            $"ours dearer on {dearer} (expected only where one of our turn restrictions binds: the peer's graph has none), ours cheaper on {cheaper}; " +
            $"found only by us {onlyOurs}, only by the peer {onlyTheirs}";
    }
}
