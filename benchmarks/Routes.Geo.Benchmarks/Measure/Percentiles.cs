namespace Routes.Geo.Benchmarks.Measure;

/// <summary>Median and percentiles of timings (linear interpolation between closest ranks).</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> values, double percent)
    {
        double[] sorted = [.. values.Order()];
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        double rank = percent / 100 * (sorted.Length - 1);
        int low = (int)Math.Floor(rank);
        int high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
    }

    /// <summary>"median / p90 / p99" in the given unit, for a results table.</summary>
    public static string Summary(IReadOnlyList<double> values, double scale, string format = "0.0") =>
        string.Join(" / ", new[] { 50.0, 90, 99 }.Select(p => (Of(values, p) * scale).ToString(format, System.Globalization.CultureInfo.InvariantCulture)));
}
