using System.Globalization;
using Routes.Geo.Encirclement;

namespace Routes.Geo.Maps;

/// <summary>
/// The encirclement day by day: one map per day, named <c>encirclement-YYYY-MM-DD.svg</c> / <c>.png</c>
/// in a folder (1 to 30 September 1944 shows Boulogne, the Cape batteries and Calais fall and the
/// Dunkirk pocket remain).
/// </summary>
public static class EncirclementSequence
{
    /// <summary>The period of the default sequence: 1 September to 1 October 1944.</summary>
    public static (DateOnly From, DateOnly To) September1944 { get; } = (new DateOnly(1944, 9, 1), new DateOnly(1944, 10, 1));

    /// <summary>
    /// Writes one frame per day from <paramref name="from"/> to <paramref name="to"/> (inclusive), each
    /// atomically, and returns the paths written in date order. All input is checked before the first
    /// file is written.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>, or no format is asked for.</exception>
    /// <exception cref="DateOutsideModelException">A bound is outside the model's period.</exception>
    /// <exception cref="ExportException">The folder does not exist or a file cannot be written.</exception>
    public static IReadOnlyList<string> Write(string folder, EncirclementModel model, DateOnly from, DateOnly to,
        MapFormats formats = MapFormats.Svg | MapFormats.Png, MapOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(model);
        model.StateOn(from);
        model.StateOn(to);
        if (to < from)
        {
            throw new ArgumentException($"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).", nameof(to));
        }

        if ((formats & (MapFormats.Svg | MapFormats.Png)) == 0)
        {
            throw new ArgumentException("Ask for SVG, PNG or both.", nameof(formats));
        }

        if (!Directory.Exists(folder))
        {
            throw new ExportException($"Cannot write the sequence: folder '{folder}' does not exist.", folder);
        }

        var written = new List<string>();
        for (DateOnly day = from; day <= to; day = day.AddDays(1))
        {
            MapImage map = StaticMaps.Encirclement(model, day, options);
            string stem = Path.Combine(folder, "encirclement-" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (formats.HasFlag(MapFormats.Svg))
            {
                map.WriteSvg(stem + ".svg");
                written.Add(stem + ".svg");
            }

            if (formats.HasFlag(MapFormats.Png))
            {
                map.WritePng(stem + ".png");
                written.Add(stem + ".png");
            }
        }

        return written;
    }
}
