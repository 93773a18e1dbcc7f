using System.Globalization;

namespace Routes.Geo.Benchmarks;

/// <summary>The <c>--name value</c> and <c>--flag</c> options of the console modes.</summary>
internal sealed class Options(string[] args)
{
    public bool Has(string name) => args.Contains("--" + name);

    public string Text(string name, string fallback)
    {
        int i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    public int Int(string name, int fallback) => int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
}
