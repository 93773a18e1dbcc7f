using System.Globalization;
using System.IO.Compression;

namespace Routes.Geo.Tests.Geodesy;

/// <summary>One geodesic of Karney's GeodTest set, computed with high-precision arithmetic.</summary>
internal sealed record GeodTestLine(
    int LineNumber,
    double Lat1, double Lon1, double Azi1,
    double Lat2, double Lon2, double Azi2,
    double S12, double A12, double M12, double Area12);

/// <summary>
/// Reads ../shared/data/geodtest/GeodTest-short.dat.gz (10,000 lines) from the shared data folder
/// beside the repository; the file is never copied into the repository.
/// </summary>
internal static class GeodTestData
{
    private static readonly Lazy<IReadOnlyList<GeodTestLine>> Cache = new(Load);

    public static IReadOnlyList<GeodTestLine> Lines => Cache.Value;

    private static List<GeodTestLine> Load()
    {
        string path = SharedData.PathOf("geodtest", "GeodTest-short.dat.gz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lines = new List<GeodTestLine>(10_000);
        int number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            string[] f = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != 10)
            {
                throw new InvalidDataException($"{path}:{number}: expected 10 fields, found {f.Length}.");
            }

            double P(int i) => double.Parse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture);
            lines.Add(new GeodTestLine(number, P(0), P(1), P(2), P(3), P(4), P(5), P(6), P(7), P(8), P(9)));
        }

        return lines;
    }
}
