namespace Routes.Geo.Export;

/// <summary>Checks an export's target path before any work, so a bad one is an <see cref="ExportException"/> naming the problem.</summary>
internal static class ExportPath
{
    /// <summary>The full path of <paramref name="path"/>, a file name that can be written.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ExportException">The path is empty, only white space, holds a NUL, names a folder or is otherwise invalid.</exception>
    public static string FullPathOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        int nul = path.IndexOf('\0', StringComparison.Ordinal);
        string? problem = path.Length == 0 ? "the export path is empty"
            : string.IsNullOrWhiteSpace(path) ? "the export path is only white space"
            : nul >= 0 ? $"the export path holds a NUL character (at index {nul}), which no file name may contain"
            : string.IsNullOrWhiteSpace(Path.GetFileName(path)) ? "the export path ends in a folder separator or a blank name: it is not a file"
            : null;
        if (problem is not null)
        {
            throw new ExportException($"Cannot write '{Shown(path)}': {problem}. Give a file name such as 'out/route.geojson'.", path);
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            throw new ExportException($"Cannot write '{path}': {e.Message}", path, e);
        }

        return Directory.Exists(full)
            ? throw new ExportException($"Cannot write '{path}': it is a folder, not a file.", path)
            : full;
    }

    // A NUL would end the message early in a terminal; show it escaped.
    private static string Shown(string path) => path.Replace("\0", "\\0", StringComparison.Ordinal);
}
