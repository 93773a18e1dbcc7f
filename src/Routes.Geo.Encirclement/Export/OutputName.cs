using System.Text;

namespace Routes.Geo.Encirclement;

/// <summary>
/// How an enum value is written in every output of the story (GeoJSON, GPX, CLI): lower-case words joined
/// by underscores, like the property names (<c>OutpostLine</c> is <c>outpost_line</c>, <c>Verified</c> is <c>verified</c>).
/// </summary>
public static class OutputName
{
    /// <summary>The snake_case name of <paramref name="value"/>.</summary>
    /// <typeparam name="T">An enum type.</typeparam>
    /// <param name="value">A defined value of <typeparamref name="T"/>.</param>
    /// <returns>The value's name in lower case, an underscore before each inner capital.</returns>
    public static string Of<T>(T value) where T : struct, Enum
    {
        string pascal = value.ToString();
        var builder = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }

    /// <summary>The site's kinds, each as <see cref="Of{T}"/>, joined by <paramref name="separator"/>.</summary>
    public static string Kinds(Site site, string separator = ", ")
    {
        ArgumentNullException.ThrowIfNull(site);
        return string.Join(separator, site.Kinds.Select(Of));
    }
}
