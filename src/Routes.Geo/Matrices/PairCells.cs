namespace Routes.Geo.Matrices;

/// <summary>The loop the one-query-per-pair strategies share: every pair of snapped points, rows in parallel.</summary>
internal static class PairCells
{
    /// <summary>Fills cells[s * targets.Length + t] with <paramref name="cell"/> for every pair whose two points snapped (null entries are left alone).</summary>
    public static void Fill(SnapResult?[] sources, SnapResult?[] targets, TravelCell?[] cells, Func<SnapResult, SnapResult, TravelCell> cell)
    {
        Parallel.For(0, sources.Length, s =>
        {
            if (sources[s] is not { } from)
            {
                return;
            }

            for (int t = 0; t < targets.Length; t++)
            {
                if (targets[t] is { } to)
                {
                    cells[(s * targets.Length) + t] = cell(from, to);
                }
            }
        });
    }
}
