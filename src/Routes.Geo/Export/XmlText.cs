using System.Globalization;
using System.Xml;

namespace Routes.Geo.Export;

/// <summary>
/// Refuses text that XML 1.0, and so GPX, cannot carry (control characters other than tab, line
/// feed and carriage return; unpaired surrogates; U+FFFE, U+FFFF), naming the field, before it is written.
/// </summary>
internal static class XmlText
{
    /// <exception cref="ExportException"><paramref name="text"/> holds a character XML 1.0 cannot carry.</exception>
    public static void Check(string? text, string field, string path)
    {
        if (text is null)
        {
            return;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            string target = path.Length == 0 ? "GPX" : $"'{path}'";
            throw new ExportException(string.Create(CultureInfo.InvariantCulture,
                $"Cannot write {target}: {field} holds U+{(int)text[i]:X4} at index {i}, a character XML 1.0 (and so GPX) cannot carry."), path);
        }
    }
}
