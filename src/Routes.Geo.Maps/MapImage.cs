using System.Text;
using Routes.Geo.Export;
using Routes.Geo.Maps.Rendering;
using Routes.Geo.Maps.Scene;

namespace Routes.Geo.Maps;

/// <summary>
/// A drawn map, ready to be written as SVG or PNG (both show the same picture). In the SVG every
/// feature is a &lt;g&gt; with an id (site-…, port-…, position-…, route-…, stop-…) and the class
/// "feature"; furniture groups have the ids title, legend, scale-bar, north-arrow and attribution.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class MapImage
{
    private readonly MapScene _scene;
    private readonly string? _fontFile;

    internal MapImage(MapScene scene, MapFrame frame, string? fontFile)
    {
        _scene = scene;
        _fontFile = fontFile;
        Frame = frame;
        FeatureIds = [.. _scene.Groups.Where(g => g.IsFeature).Select(g => g.Id)];
    }

    /// <summary>Where the ground falls in the picture (for placing or checking features).</summary>
    public MapFrame Frame { get; }

    /// <summary>The ids of the drawn features, in painting order.</summary>
    public IReadOnlyList<string> FeatureIds { get; }

    /// <summary>
    /// Labels left out because no place around their symbol was free of other labels, symbols and
    /// the furniture (placed by priority: street names along the route, ports, batteries and forts,
    /// museums, memorials and cemeteries, then the other sites; empty when every label fits).
    /// </summary>
    public IReadOnlyList<string> DroppedLabels => _scene.DroppedLabels;

    /// <summary>The picture as an SVG 1.1 document.</summary>
    public string ToSvg()
    {
        using var stream = new MemoryStream();
        SvgRenderer.Write(_scene, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The picture as PNG bytes (RGBA, <see cref="MapFrame.Width"/> × <see cref="MapFrame.Height"/>).</summary>
    public byte[] ToPng() => PngRenderer.Render(_scene, _fontFile);

    /// <summary>Writes the SVG atomically (temporary file, then rename).</summary>
    /// <exception cref="ExportException">The file cannot be written; nothing is left at <paramref name="path"/>'s place but what was there.</exception>
    public void WriteSvg(string path) => AtomicFile.Write(path, stream => SvgRenderer.Write(_scene, stream));

    /// <summary>Writes the PNG atomically (temporary file, then rename).</summary>
    /// <exception cref="ExportException">The file cannot be written; nothing is left at <paramref name="path"/>'s place but what was there.</exception>
    public void WritePng(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] png = ToPng();
        AtomicFile.Write(path, stream => stream.Write(png));
    }

    /// <summary>Writes SVG or PNG according to the extension of <paramref name="path"/> (.svg or .png, any case).</summary>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    /// <exception cref="ExportException">The file cannot be written.</exception>
    public void Write(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        switch (Path.GetExtension(path).ToUpperInvariant())
        {
            case ".SVG":
                WriteSvg(path);
                break;
            case ".PNG":
                WritePng(path);
                break;
            default:
                throw new ArgumentException($"'{path}': a map is written as .svg or .png.", nameof(path));
        }
    }
}
