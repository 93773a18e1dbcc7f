using System.Globalization;

namespace Routes.Geo.Benchmarks.Peers;

/// <summary>One median per query for the charts: an extract, a profile, a router and seconds.</summary>
internal sealed record ChartRow(string Extract, string Profile, string Router, double Seconds);

/// <summary>
/// Prints the tables the chart tool (benchmarks/Charts) reads: network sizes in a "vertices / edges" column,
/// and one "Per query" figure per extract, profile and router.
/// </summary>
internal static class PeersChartTable
{
    public static void Write(IReadOnlyList<ChartRow> rows, IEnumerable<string> extracts)
    {
        Console.WriteLine("## For the charts: network sizes, and query time by router (the LongRoutes pairs, median per query)");
        Console.WriteLine();
        Console.WriteLine("| Extract | network vertices / edges |");
        Console.WriteLine("|---|---|");
        foreach (string extract in extracts)
        {
            Console.WriteLine($"| {extract} | {Extracts.Network(extract).VertexCount:N0} / {Extracts.Network(extract).EdgeCount:N0} |");
        }

        Console.WriteLine();
        Console.WriteLine("| Extract | Profile | Router | Per query |");
        Console.WriteLine("|---|---|---|---:|");
        foreach (ChartRow row in rows)
        {
            Console.WriteLine($"| {row.Extract} | {row.Profile} | {row.Router} | {Duration(row.Seconds)} |");
        }
    }

    // The same rounding as the full tables' Percentiles.Summary (custom formats), so both show the same digits.
    private static string Duration(double seconds) => seconds < 1e-3
        ? (seconds * 1e6).ToString("#,##0.0", CultureInfo.InvariantCulture) + " µs"
        : (seconds * 1e3).ToString("#,##0.00", CultureInfo.InvariantCulture) + " ms";
}
