using System.Globalization;
using System.Text;

namespace Routes.Geo.Fuzz.Running;

/// <summary>
/// Writes findings to a folder as pairs: NAME.input (the bytes) and NAME.txt (how to rebuild and replay
/// them, the mutations and the exception). Keeps the first few inputs of each signature, counts the rest.
/// </summary>
internal sealed class FindingStore(string folder, int keepPerSignature = 3)
{
    private readonly Dictionary<string, int> _kept = [];

    public string Folder { get; } = folder;

    /// <summary>Saves the finding unless its signature already has enough inputs; returns the .input path or null.</summary>
    public string? Write(FindingRecord finding, byte[] input)
    {
        int kept = _kept.GetValueOrDefault(finding.Outcome.Signature);
        if (kept >= keepPerSignature)
        {
            return null;
        }

        _kept[finding.Outcome.Signature] = kept + 1;
        Directory.CreateDirectory(Folder);
        string name = string.Create(CultureInfo.InvariantCulture, $"{finding.Target}-{finding.Outcome.Kind}-s{finding.Seed}-i{finding.Iteration}");
        string inputPath = Path.Combine(Folder, name + ".input");
        File.WriteAllBytes(inputPath, input);
        File.WriteAllText(Path.Combine(Folder, name + ".txt"), finding.Describe(input.Length), Encoding.UTF8);
        return inputPath;
    }
}

/// <summary>Everything needed to rebuild and replay one finding.</summary>
internal sealed record FindingRecord(string Target, string SeedInput, long Seed, long Iteration, bool Extracts, IReadOnlyList<string> Mutations, Outcome Outcome)
{
    public const string TargetKey = "target";
    public const string SeedInputKey = "seed-input";

    public string Describe(int inputBytes)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{TargetKey}={Target}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{SeedInputKey}={SeedInput}");
        text.AppendLine(CultureInfo.InvariantCulture, $"seed={Seed}");
        text.AppendLine(CultureInfo.InvariantCulture, $"iteration={Iteration}");
        text.AppendLine(CultureInfo.InvariantCulture, $"extracts={Extracts}");
        text.AppendLine(CultureInfo.InvariantCulture, $"input-bytes={inputBytes}");
        text.AppendLine(CultureInfo.InvariantCulture, $"outcome={Outcome.Kind}");
        text.AppendLine(CultureInfo.InvariantCulture, $"signature={Outcome.Signature}");
        text.AppendLine(CultureInfo.InvariantCulture, $"allocated-bytes={Outcome.AllocatedBytes}");
        text.AppendLine(CultureInfo.InvariantCulture, $"elapsed-ms={Outcome.Elapsed.TotalMilliseconds:F0}");
        text.AppendLine("mutations:");
        foreach (string m in Mutations)
        {
            text.AppendLine("  " + m);
        }

        text.AppendLine("exception:");
        text.AppendLine(Outcome.Error?.ToString() ?? "(none: the input did not finish)");
        return text.ToString();
    }

    /// <summary>The key=value lines of a finding's .txt file.</summary>
    public static Dictionary<string, string> ReadKeys(string path) =>
        File.ReadLines(path).TakeWhile(l => l != "mutations:").Select(l => l.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
