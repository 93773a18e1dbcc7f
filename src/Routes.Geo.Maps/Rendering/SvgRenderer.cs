using System.Globalization;
using System.Text;
using System.Xml;
using Routes.Geo.Maps.Scene;

namespace Routes.Geo.Maps.Rendering;

/// <summary>Writes a scene as SVG 1.1: one &lt;g&gt; per group carrying its id and classes.</summary>
internal static class SvgRenderer
{
    private const string Ns = "http://www.w3.org/2000/svg";

    public static void Write(MapScene scene, Stream stream)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = " " };
        using var w = XmlWriter.Create(stream, settings);
        w.WriteStartDocument();
        w.WriteStartElement("svg", Ns);
        w.WriteAttributeString("version", "1.1");
        w.WriteAttributeString("width", N(scene.Width));
        w.WriteAttributeString("height", N(scene.Height));
        w.WriteAttributeString("viewBox", $"0 0 {N(scene.Width)} {N(scene.Height)}");
        w.WriteAttributeString("font-family", "DejaVu Sans, Liberation Sans, Arial, sans-serif");
        w.WriteElementString("desc", Ns, scene.Description);
        WriteHatches(w, scene);
        w.WriteStartElement("rect", Ns);
        w.WriteAttributeString("id", "background");
        w.WriteAttributeString("width", N(scene.Width));
        w.WriteAttributeString("height", N(scene.Height));
        w.WriteAttributeString("fill", scene.Background);
        w.WriteEndElement();
        foreach (SceneGroup group in scene.Groups)
        {
            w.WriteStartElement("g", Ns);
            w.WriteAttributeString("id", group.Id);
            w.WriteAttributeString("class", group.Classes);
            if (group.Title is { } title)
            {
                w.WriteElementString("title", Ns, title);
            }

            foreach (SceneItem item in group.Items)
            {
                WriteItem(w, item);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteHatches(XmlWriter w, MapScene scene)
    {
        string[] colours = [.. scene.Groups.SelectMany(g => g.Items).Select(StyleOf)
            .Where(s => s is { Hatch: true, Fill: not null }).Select(s => s!.Fill!).Distinct(StringComparer.Ordinal)];
        if (colours.Length == 0)
        {
            return;
        }

        w.WriteStartElement("defs", Ns);
        foreach (string colour in colours)
        {
            w.WriteStartElement("pattern", Ns);
            w.WriteAttributeString("id", HatchId(colour));
            w.WriteAttributeString("patternUnits", "userSpaceOnUse");
            w.WriteAttributeString("width", "8");
            w.WriteAttributeString("height", "8");
            w.WriteAttributeString("patternTransform", "rotate(45)");
            w.WriteStartElement("line", Ns);
            w.WriteAttributeString("x1", "0");
            w.WriteAttributeString("y1", "0");
            w.WriteAttributeString("x2", "0");
            w.WriteAttributeString("y2", "8");
            w.WriteAttributeString("stroke", colour);
            w.WriteAttributeString("stroke-width", "2");
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static Style? StyleOf(SceneItem item) => item switch
    {
        ScenePath p => p.Style,
        SceneCircle c => c.Style,
        _ => null,
    };

    private static string HatchId(string colour) => "hatch-" + colour.TrimStart('#');

    private static void WriteItem(XmlWriter w, SceneItem item)
    {
        switch (item)
        {
            case ScenePath path:
                w.WriteStartElement("path", Ns);
                w.WriteAttributeString("d", PathData(path));
                if (path.Closed)
                {
                    w.WriteAttributeString("fill-rule", "evenodd");
                }

                WriteStyle(w, path.Style, path.Closed);
                w.WriteEndElement();
                break;
            case SceneCircle circle:
                w.WriteStartElement("circle", Ns);
                w.WriteAttributeString("cx", N(circle.Centre.X));
                w.WriteAttributeString("cy", N(circle.Centre.Y));
                w.WriteAttributeString("r", N(circle.Radius));
                WriteStyle(w, circle.Style, true);
                w.WriteEndElement();
                break;
            case SceneText text:
                w.WriteStartElement("text", Ns);
                w.WriteAttributeString("x", N(text.At.X));
                w.WriteAttributeString("y", N(text.At.Y));
                w.WriteAttributeString("font-size", N(text.Size));
                w.WriteAttributeString("fill", text.Color);
                if (text.Bold)
                {
                    w.WriteAttributeString("font-weight", "bold");
                }

                if (text.Anchor != TextAnchor.Start)
                {
                    w.WriteAttributeString("text-anchor", text.Anchor == TextAnchor.Middle ? "middle" : "end");
                }

                if (text.RotationDegrees != 0)
                {
                    w.WriteAttributeString("transform", $"rotate({N(text.RotationDegrees)} {N(text.At.X)} {N(text.At.Y)})");
                }

                if (text.Halo is { } halo)
                {
                    // Stroke painted under the fill: a halo that keeps labels legible over lines.
                    w.WriteAttributeString("stroke", halo);
                    w.WriteAttributeString("stroke-width", N(text.Size / 4));
                    w.WriteAttributeString("paint-order", "stroke");
                    w.WriteAttributeString("stroke-linejoin", "round");
                }

                w.WriteString(text.Text);
                w.WriteEndElement();
                break;
        }
    }

    private static void WriteStyle(XmlWriter w, Style style, bool closed)
    {
        string fill = !closed || style.Fill is null ? "none" : style.Hatch ? $"url(#{HatchId(style.Fill)})" : style.Fill;
        w.WriteAttributeString("fill", fill);
        if (fill != "none" && style.FillOpacity < 1)
        {
            w.WriteAttributeString("fill-opacity", N(style.FillOpacity));
        }

        if (style.Stroke is { } stroke)
        {
            w.WriteAttributeString("stroke", stroke);
            w.WriteAttributeString("stroke-width", N(style.StrokeWidth));
            w.WriteAttributeString("stroke-linejoin", "round");
            w.WriteAttributeString("stroke-linecap", "round");
            if (style.Dash is { Count: > 0 } dash)
            {
                w.WriteAttributeString("stroke-dasharray", string.Join(' ', dash.Select(N)));
            }
        }
    }

    private static string PathData(ScenePath path)
    {
        var d = new StringBuilder();
        foreach (IReadOnlyList<Px> part in path.Parts)
        {
            for (int i = 0; i < part.Count; i++)
            {
                d.Append(i == 0 ? 'M' : 'L').Append(N(part[i].X)).Append(',').Append(N(part[i].Y));
            }

            if (path.Closed)
            {
                d.Append('Z');
            }
        }

        return d.ToString();
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
