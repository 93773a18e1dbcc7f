namespace Routes.Geo.Cli;

/// <summary>Whether a folder may be written: its permission bits allow it and a probe file can be made there.</summary>
internal static class WritableFolder
{
    /// <summary>
    /// Null when <paramref name="folder"/> (existing) can be written; otherwise why not. A folder with no write
    /// permission bit counts as read-only even for root, who could write it anyway.
    /// </summary>
    public static string? WhyNot(string folder)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(folder) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
        {
            return "it is read-only";
        }

        try
        {
            string probe = Path.Combine(folder, $".routes-geo-probe-{Guid.NewGuid():N}");
            using var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "permission denied";
        }
        catch (IOException e)
        {
            return e.Message;
        }
    }
}
