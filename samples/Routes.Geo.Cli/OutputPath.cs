namespace Routes.Geo.Cli;

/// <summary>
/// Checks an output file or folder before any work is done, so that a long import or tour does not end
/// in "cannot write": the name is not empty, not a device, not the wrong kind of entry, and its folder can be written.
/// </summary>
internal static class OutputPath
{
    /// <summary>Checks that <paramref name="path"/> (given with <paramref name="option"/>) can be written as a file; creates its folder.</summary>
    /// <exception cref="UsageException">It cannot, with the reason.</exception>
    public static string File(string? path, string option)
    {
        string full = FullPath(path, option);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{option} '{path}' is a folder, not a file: give a file name inside it.");
        }

        RequireWritableFolder(Path.GetDirectoryName(full)!, path!, option);
        return path!;
    }

    /// <summary>Checks that <paramref name="path"/> can be used as an output folder; creates it.</summary>
    /// <exception cref="UsageException">It cannot, with the reason.</exception>
    public static string Folder(string? path, string option)
    {
        string full = FullPath(path, option);
        if (System.IO.File.Exists(full))
        {
            throw new UsageException($"{option} '{path}' is a file, not a folder.");
        }

        RequireWritableFolder(full, path!, option);
        return path!;
    }

    private static string FullPath(string? path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException($"{option} is empty: give a file or folder name.");
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new UsageException($"{option} contains a NUL character, which no file name can hold.");
        }

        string full = Path.GetFullPath(path);
        string name = Path.GetFileNameWithoutExtension(full);
        if (full.StartsWith("/dev/", StringComparison.Ordinal) || string.Equals(name, "NUL", StringComparison.OrdinalIgnoreCase))
        {
            // Files are replaced atomically (write beside, then rename): that would replace a device, not write to it.
            throw new UsageException($"{option} '{path}' is a device, not a file: give a file name.");
        }

        return full;
    }

    private static void RequireWritableFolder(string folder, string path, string option)
    {
        // The nearest existing folder is checked before anything is made in it (root could make a folder in read-only data).
        string existing = Ancestors(folder).First(f => Directory.Exists(f) || System.IO.File.Exists(f));
        if (System.IO.File.Exists(existing))
        {
            throw new UsageException($"{option} '{path}': '{existing}' is a file, so the folder '{folder}' cannot be made.");
        }

        if (WritableFolder.WhyNot(existing) is { } reason)
        {
            throw new UsageException($"{option} '{path}': the folder '{existing}' cannot be written ({reason}).");
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option} '{path}': the folder '{folder}' cannot be made ({e.Message}).");
        }
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (string? f = folder; f is not null; f = Path.GetDirectoryName(f))
        {
            yield return f;
        }
    }
}
