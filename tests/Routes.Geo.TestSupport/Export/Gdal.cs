using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Routes.Geo.TestSupport;

/// <summary>
/// Runs GDAL's command-line tools, the GIS client the exports are checked with. A missing tool
/// fails the test: CI installs gdal-bin (.ci/run), so a skip would hide a broken check.
/// </summary>
public static partial class Gdal
{
    /// <summary>Runs <paramref name="tool"/> and returns its output; fails the test on a non-zero exit or an ERROR line.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(tool);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"'{tool}' was not found on PATH ({e.Message}). Install GDAL (apt-get install gdal-bin); .ci/run does so on CI.");
            throw;
        }

        using (process)
        {
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), $"{tool} did not finish within 2 minutes");
            string errors = stderr.Result;
            Assert.True(process.ExitCode == 0 && !errors.Contains("ERROR", StringComparison.Ordinal),
                $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {errors}");
            return stdout;
        }
    }

    /// <summary>The layers `ogrinfo -so -al` reports, by name.</summary>
    public static Dictionary<string, Layer> Layers(string path)
    {
        var layers = new Dictionary<string, Layer>(StringComparer.Ordinal);
        Layer? current = null;
        foreach (string line in Run("ogrinfo", "-ro", "-so", "-al", path).Split('\n'))
        {
            if (line.StartsWith("Layer name: ", StringComparison.Ordinal))
            {
                current = new Layer(line["Layer name: ".Length..].Trim());
                layers.Add(current.Name, current);
            }
            else if (current is null)
            {
                continue;
            }
            else if (line.StartsWith("Geometry: ", StringComparison.Ordinal))
            {
                current.Geometry = line["Geometry: ".Length..].Trim();
            }
            else if (line.StartsWith("Feature Count: ", StringComparison.Ordinal))
            {
                current.FeatureCount = long.Parse(line["Feature Count: ".Length..], CultureInfo.InvariantCulture);
            }
            else if (FieldLine().Match(line) is { Success: true } field)
            {
                current.Fields[field.Groups[1].Value] = field.Groups[2].Value;
            }
        }

        return layers;
    }

    /// <summary>Counts the features of <paramref name="layer"/> matching an OGR SQL condition.</summary>
    public static long Count(string path, string layer, string where)
    {
        string output = Run("ogrinfo", "-ro", "-q", path, "-sql", $"SELECT COUNT(*) AS n FROM \"{layer}\" WHERE {where}");
        Match match = CountLine().Match(output);
        Assert.True(match.Success, $"no count in ogrinfo output: {output}");
        return long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Converts <paramref name="path"/> to a GeoPackage beside it with ogr2ogr and returns the new file.</summary>
    public static string ToGeoPackage(string path)
    {
        string target = Path.ChangeExtension(path, ".gpkg");
        Run("ogr2ogr", "-f", "GPKG", target, path);
        Assert.True(File.Exists(target), $"ogr2ogr wrote no {target}");
        return target;
    }

    [GeneratedRegex(@"^([^\s:][^:]*): ((?:String|Integer|Integer64|Real|Date|DateTime|Time)(?:\(\w+\))?) \(")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"n \(Integer(?:64)?\) = (\d+)")]
    private static partial Regex CountLine();

    /// <summary>What ogrinfo says about one layer: geometry type, feature count, field types (e.g. "Date", "Real", "Integer(Boolean)").</summary>
    public sealed class Layer(string name)
    {
        public string Name { get; } = name;

        public string Geometry { get; set; } = "";

        public long FeatureCount { get; set; } = -1;

        public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Converts <paramref name="path"/> to GeoPackage with ogr2ogr and checks its features and date and length fields survive.</summary>
    public static void AssertConvertsToGeoPackage(string path, Layer layer)
    {
        string gpkg = ToGeoPackage(path);
        Layer converted = Assert.Single(Layers(gpkg).Values);
        Assert.Equal(layer.FeatureCount, converted.FeatureCount);
        foreach ((string name, string type) in layer.Fields.Where(f => f.Key is "start" or "end" or "length_m"))
        {
            Assert.Equal(type, converted.Fields[name]);
        }
    }
}
