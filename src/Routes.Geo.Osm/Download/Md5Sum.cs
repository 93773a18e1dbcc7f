using System.Globalization;
using System.Security.Cryptography;

namespace Routes.Geo.Osm.Download;

/// <summary>MD5 of files and the <c>md5sum</c> text format Geofabrik publishes ("hex  name").</summary>
internal static class Md5Sum
{
    /// <summary>The first 32 hex digits of <paramref name="text"/>, lower case, or null when it does not start with them.</summary>
    public static string? Parse(string text)
    {
        string first = text.TrimStart().Split([' ', '\t', '\n', '\r'], 2)[0];
        bool isHex = first.Length == 32 && first.All(char.IsAsciiHexDigit);
        return isHex ? first.ToLower(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The MD5 of a file, lower-case hex.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "MD5 is what Geofabrik publishes; it checks transfer integrity, not authenticity.")]
    public static async Task<string> OfFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        byte[] hash = await MD5.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}
