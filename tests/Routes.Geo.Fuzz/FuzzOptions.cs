using System.Globalization;

namespace Routes.Geo.Fuzz;

/// <summary>The command line: <c>[replay FILE] --target pbf|geojson|saved|all --seconds N --seed S --out DIR ...</c>.</summary>
internal sealed record FuzzOptions
{
    public const string Usage = """
        Routes.Geo.Fuzz: mutation fuzzing of the PBF, GeoJSON and saved-network readers.
          --target pbf|geojson|saved|all  which reader (default all)
          --seconds N          time per target (default 20)
          --seed S             campaign seed (default 1); input i is rebuilt from (S, target, i)
          --out DIR            where findings are written (default fuzz-findings)
          --iterations N       at most N inputs per target
          --first-iteration I  start at iteration I (with --iterations 1: rebuild one input)
          --extracts           add the real extracts of ../shared/data as seeds (read, never copied)
          --timeout-seconds T  an input running longer is a hang (default 5)
          --max-alloc-mb M     an input allocating more is a memory blow-up (default 512)
        replay FILE            runs a finding's .input again (its .txt names the target and seed input)
        Exit code: 0 no finding, 1 findings, 2 bad arguments.
        """;

    public string Target { get; init; } = "all";
    public double Seconds { get; init; } = 20;
    public long Seed { get; init; } = 1;
    public string Out { get; init; } = "fuzz-findings";
    public long Iterations { get; init; } = long.MaxValue;
    public long FirstIteration { get; init; }
    public bool Extracts { get; init; }
    public double TimeoutSeconds { get; init; } = 5;
    public long MaxAllocMegabytes { get; init; } = 512;
    public string? ReplayFile { get; init; }

    /// <exception cref="ArgumentException">An unknown option or a value that does not parse.</exception>
    public static FuzzOptions Parse(string[] args)
    {
        var options = new FuzzOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "replay" => options with { ReplayFile = Value() },
                "--target" => options with { Target = KnownTarget(Value()) },
                "--seconds" => options with { Seconds = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = long.Parse(Value(), CultureInfo.InvariantCulture) },
                "--out" => options with { Out = Value() },
                "--iterations" => options with { Iterations = long.Parse(Value(), CultureInfo.InvariantCulture) },
                "--first-iteration" => options with { FirstIteration = long.Parse(Value(), CultureInfo.InvariantCulture) },
                "--extracts" => options with { Extracts = true },
                "--timeout-seconds" => options with { TimeoutSeconds = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--max-alloc-mb" => options with { MaxAllocMegabytes = long.Parse(Value(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'."),
            };
        }

        return options;
    }

    private static string KnownTarget(string name) =>
        name is "pbf" or "geojson" or "saved" or "all" ? name : throw new ArgumentException($"unknown target '{name}'.");
}
