namespace Routes.Geo.Server.Osrm;

/// <summary>
/// The query string of an OSRM request as option → value. Malformed syntax (a part without '=', an empty name, a bad
/// percent escape, an option given twice) and names the service does not take are <c>InvalidQuery</c>.
/// </summary>
internal static class OsrmQueryString
{
    public static Dictionary<string, string> Parse(string query, string service, string[] known)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        ReadOnlySpan<char> rest = query.StartsWith('?') ? query.AsSpan(1) : query.AsSpan();
        int position = 1;
        while (!rest.IsEmpty)
        {
            int amp = rest.IndexOf('&');
            ReadOnlySpan<char> part = amp < 0 ? rest : rest[..amp];
            if (!part.IsEmpty)
            {
                int eq = part.IndexOf('=');
                if (eq <= 0)
                {
                    throw new OsrmException(OsrmCodes.InvalidQuery, $"Query string malformed close to position {position}: '{OsrmRequestParser.Shorten(part.ToString())}' is not option=value.");
                }

                string name = Unescape(part[..eq], position);
                string value = Unescape(part[(eq + 1)..], position + eq + 1);
                if (!known.Contains(name))
                {
                    throw new OsrmException(OsrmCodes.InvalidQuery, $"Query string: '{OsrmRequestParser.Shorten(name)}' is not an option of the {service} service; it takes {string.Join(", ", known)}.");
                }

                if (!options.TryAdd(name, value))
                {
                    throw new OsrmException(OsrmCodes.InvalidQuery, $"Query string: option '{name}' is given twice.");
                }
            }

            position += part.Length + 1;
            rest = amp < 0 ? [] : rest[(amp + 1)..];
        }

        return options;
    }

    private static string Unescape(ReadOnlySpan<char> text, int position)
    {
        for (int i = text.IndexOf('%'); i >= 0 && i < text.Length; i++)
        {
            if (text[i] == '%' && (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2])))
            {
                throw new OsrmException(OsrmCodes.InvalidQuery, $"Query string malformed close to position {position + i}: '%' must start a two-digit hex escape.");
            }
        }

        return text.Contains('%') ? Uri.UnescapeDataString(text.ToString()) : text.ToString();
    }
}
