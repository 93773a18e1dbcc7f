using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Routes.Geo.Geodesy;

namespace Routes.Geo.TestSupport.Peers;

/// <summary>
/// Drives Routino (Debian package <c>routino</c>): <c>planetsplitter</c> builds a database from an
/// OSM file into a temporary directory once, then <c>routino-router</c> answers one route per call,
/// read back from its <c>--output-text-all</c> table. Thread-safe after construction; deletes its
/// directory on dispose.
/// </summary>
public sealed class RoutinoRunner : IDisposable
{
    public const string ConfigDirectory = "/usr/share/routino";

    private const string Splitter = "planetsplitter";
    private const string Router = "routino-router";

    private readonly string _directory;

    private RoutinoRunner(string directory) => _directory = directory;

    /// <summary>
    /// Builds a Routino database from <paramref name="osmFile"/> (.osm, .pbf) with the stock tagging rules and
    /// <c>--prune-none</c>: Routino's default pruning drops nodes within 3 m of a straight line, merges short
    /// segments and removes small isolated groups, which would change the geometry we compare lengths on.
    /// <paramref name="prune"/> keeps Routino's default pruning, as a user of Routino would run it (the benchmark's peer).
    /// </summary>
    /// <exception cref="InvalidOperationException">Routino is not installed or planetsplitter failed.</exception>
    public static RoutinoRunner Build(string osmFile, bool prune = false)
    {
        foreach (string tool in (string[])[Splitter, Router])
        {
            if (FindOnPath(tool) is null)
            {
                throw new InvalidOperationException(
                    $"Routino's '{tool}' is not on PATH: install it with 'sudo apt-get install routino' (.ci/run does this on CI).");
            }
        }

        string directory = Path.Combine(Path.GetTempPath(), "routes-geo-routino-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            (int code, string stdout, string stderr) = Run(Splitter,
                ["--dir=" + directory, "--tagging=" + Path.Combine(ConfigDirectory, "tagging.xml"), "--loggable", .. (prune ? Array.Empty<string>() : ["--prune-none"]), osmFile]);
            if (code != 0)
            {
                throw new InvalidOperationException($"planetsplitter exited with {code}:\n{stderr}\n{Tail(stdout)}");
            }

            return new RoutinoRunner(directory);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// The highway-type preferences of a stock profile with every allowed type raised to 100%, and every
    /// property (paved, multilane, bridge, tunnel, foot/bicycle route) at the neutral 50%. Routino's
    /// <c>--shortest</c> divides each segment's length by these preferences, so with the stock values it is
    /// not the shortest path; with these it is. Types at 0% (not allowed) stay at 0%.
    /// </summary>
    public static IReadOnlyList<string> NeutralPreferences(string profile)
    {
        XElement root = XDocument.Load(Path.Combine(ConfigDirectory, "profiles.xml")).Root
            ?? throw new InvalidOperationException("profiles.xml is empty");
        XElement element = root.Elements("profile").SingleOrDefault(p => (string?)p.Attribute("name") == profile)
            ?? throw new ArgumentException($"No Routino profile named '{profile}' in profiles.xml.", nameof(profile));
        var options = new List<string>();
        foreach (XElement preference in element.Elements("preferences").Elements("preference"))
        {
            double percent = double.Parse((string)preference.Attribute("percent")!, CultureInfo.InvariantCulture);
            options.Add($"--highway-{(string)preference.Attribute("highway")!}={(percent > 0 ? 100 : 0)}");
        }

        foreach (XElement property in element.Elements("properties").Elements("property"))
        {
            options.Add($"--property-{(string)property.Attribute("type")!}=50");
        }

        return options;
    }

    /// <summary>
    /// Runs <c>routino-router --shortest</c> from <paramref name="from"/> to <paramref name="to"/>.
    /// Routino snaps each point to the nearest segment its profile may use (a node when the point is on one).
    /// </summary>
    /// <returns>
    /// The route's points, or null when Routino finds no route ("Cannot find route/super-route compatible
    /// with profile", its message in <paramref name="error"/>).
    /// </returns>
    public RoutinoRoute? Route(string profile, IReadOnlyList<string> extraOptions, GeoPoint from, GeoPoint to, out string? error)
    {
        string[] arguments =
        [
            "--translations=" + Path.Combine(ConfigDirectory, "translations.xml"),
            "--profile=" + profile,
            "--shortest",
            "--output-text-all",
            "--output-stdout",
            "--quiet",
            .. extraOptions,
            Invariant($"--lat1={from.Latitude:0.#########}"), Invariant($"--lon1={from.Longitude:0.#########}"),
            Invariant($"--lat2={to.Latitude:0.#########}"), Invariant($"--lon2={to.Longitude:0.#########}"),
        ];
        (int code, string stdout, string stderr) = RunRouter(arguments);
        if (code != 0)
        {
            error = (stderr + stdout).Trim();
            if (error.Contains("route compatible with profile", StringComparison.Ordinal))
            {
                return null;
            }

            throw new InvalidOperationException($"routino-router exited with {code}: {error}\n  {string.Join(' ', arguments)}");
        }

        error = null;
        return RoutinoRoute.Parse(stdout);
    }

    /// <summary>Runs <c>routino-router</c> on this database with the stock profiles and <paramref name="options"/>.</summary>
    public (int Code, string Stdout, string Stderr) RunRouter(IEnumerable<string> options) =>
        Run(Router, ["--dir=" + _directory, "--profiles=" + Path.Combine(ConfigDirectory, "profiles.xml"), .. options]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);

    private static (int Code, string Stdout, string Stderr) Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + tool);
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
    }
}

/// <summary>One point of Routino's <c>--output-text-all</c> table.</summary>
/// <param name="Point">The point (Routino prints 6 decimals, about 0.1 m).</param>
/// <param name="Type">Waypt#1, Junct, Inter, Change, ... (Routino's point type).</param>
/// <param name="SegmentKm">Routino's own length of the segment ending here, km (3 decimals).</param>
/// <param name="Highway">The name of the way the segment ending here is on, or its Routino highway type when unnamed.</param>
public sealed record RoutinoPoint(GeoPoint Point, string Type, double SegmentKm, string Highway);

/// <summary>A route read from Routino's text output.</summary>
public sealed record RoutinoRoute(IReadOnlyList<RoutinoPoint> Points, double TotalKm)
{
    /// <summary>The length of the polyline on the WGS84 ellipsoid, measured as we measure ours.</summary>
    public double LengthMetres =>
        Points.Zip(Points.Skip(1)).Sum(p => Geodesic.Wgs84.Distance(p.First.Point, p.Second.Point));

    public GeoPoint From => Points[0].Point;

    public GeoPoint To => Points[^1].Point;

    /// <summary>The ways in order as Routino names them, with the length on each, consecutive repeats merged.</summary>
    public string Describe()
    {
        var parts = new List<(string Name, double Metres)>();
        for (int i = 1; i < Points.Count; i++)
        {
            double metres = Geodesic.Wgs84.Distance(Points[i - 1].Point, Points[i].Point);
            if (parts.Count > 0 && parts[^1].Name == Points[i].Highway)
            {
                parts[^1] = (parts[^1].Name, parts[^1].Metres + metres);
            }
            else
            {
                parts.Add((Points[i].Highway, metres));
            }
        }

        return string.Join(" > ", parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Metres:0}")));
    }

    public static RoutinoRoute Parse(string text)
    {
        var points = new List<RoutinoPoint>();
        double total = 0;
        foreach (string line in text.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // Latitude, Longitude, Node, Type, Segment Dist, Segment Durat'n, Total Dist, Total Durat'n, Speed, Bearing, Highway.
            string[] f = line.Split('\t');
            if (f.Length < 8)
            {
                throw new FormatException("Unexpected routino-router line: " + line);
            }

            var point = new GeoPoint(Number(f[0]), Number(f[1]));
            points.Add(new RoutinoPoint(point, f[3].Trim(), Number(f[4]), f.Length > 10 ? f[10].Trim() : ""));
            total = Number(f[6]);
        }

        if (points.Count < 2)
        {
            throw new FormatException("routino-router printed fewer than two points:\n" + text);
        }

        return new RoutinoRoute(points, total);
    }

    private static double Number(string field) => double.Parse(field.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
