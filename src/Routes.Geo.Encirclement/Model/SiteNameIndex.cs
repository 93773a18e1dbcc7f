using System.Globalization;
using System.Text;

namespace Routes.Geo.Encirclement;

/// <summary>
/// Finds sites by id, name or alternative name, ignoring case, accents and punctuation, else by the
/// words of those names (when they pick one site), and proposes sites sharing the words, then the
/// nearest names (edit distance on normalized names) when none matches.
/// </summary>
internal sealed class SiteNameIndex
{
    private const string AccentedLetters = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŸŠšŽžČčĚěŘřŤťŇňĎďŮůŁłŚśŹźŻżĆćŃńĄąĘę";
    private const string BaseLetters = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyYSsZzCcEeRrTtNnDdUuLlSsZzZzCcNnAaEe";

    private readonly Dictionary<string, Site> _byKey = new(StringComparer.Ordinal);
    private readonly List<(string Key, Site Site)> _keys = [];

    public SiteNameIndex(IEnumerable<Site> sites, Func<Site, string, Exception> ambiguous)
    {
        foreach (Site site in sites)
        {
            IEnumerable<string> names = [site.Id, site.Name, .. site.AlternativeNames];
            foreach (string key in names.Select(Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (_byKey.TryGetValue(key, out Site? other) && other != site)
                {
                    throw ambiguous(site, $"name '{key}' is also used by site '{other.Id}'; names must identify one site");
                }

                _byKey[key] = site;
                _keys.Add((key, site));
            }
        }
    }

    public Site? Find(string name)
    {
        string key = Normalize(name);
        if (_byKey.TryGetValue(key, out Site? exact))
        {
            return exact;
        }

        List<Site> byWords = WordMatches(key);
        return byWords.Count == 1 ? byWords[0] : null;
    }

    public IReadOnlyList<string> Nearest(string name, int count)
    {
        string key = Normalize(name);
        HashSet<Site> byWords = [.. WordMatches(key)];
        return [.. _keys
            .GroupBy(k => k.Site)
            .Select(g => (g.Key.Name, Words: byWords.Contains(g.Key), Distance: g.Min(k => Closeness(key, k.Key))))
            .OrderByDescending(s => s.Words)
            .ThenBy(s => s.Distance)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(Math.Max(count, Math.Min(byWords.Count, 8)))
            .Select(s => s.Name)];
    }

    // A misspelt word ("Lindeman") is near the word of the name it stands for, not the whole name.
    private static int Closeness(string query, string name) =>
        Math.Min(EditDistance(query, name), name.Split(' ').Min(word => EditDistance(query, word)));

    // Sites one of whose names holds every word of the query (in any order).
    private List<Site> WordMatches(string key)
    {
        string[] words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? [] : [.. _keys
            .Where(k => words.All(w => k.Key.Split(' ').Contains(w, StringComparer.Ordinal)))
            .Select(k => k.Site)
            .Distinct()];
    }

    /// <summary>Upper case, accents removed (ß as SS), every run of other characters turned into one space.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        // string.Normalize does not decompose under InvariantGlobalization, so accents are folded by table.
        foreach (char c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is 'ß' or 'ẞ')
            {
                builder.Append("SS");
            }
            else if (c is 'œ' or 'Œ' or 'æ' or 'Æ')
            {
                builder.Append(c is 'œ' or 'Œ' ? "OE" : "AE");
            }
            else if (char.IsLetterOrDigit(c))
            {
                int folded = AccentedLetters.IndexOf(c, StringComparison.Ordinal);
                builder.Append(char.ToUpperInvariant(folded >= 0 ? BaseLetters[folded] : c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions each cost 1.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
