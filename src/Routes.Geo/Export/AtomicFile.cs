namespace Routes.Geo.Export;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new content:
/// the data goes to a temporary file in the same folder, which is then renamed over the target.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Calls <paramref name="write"/> with a stream on a temporary file beside <paramref name="path"/>,
    /// flushes it to disk and renames it to <paramref name="path"/>. If <paramref name="write"/>
    /// throws, the temporary file is deleted and the target is left as it was.
    /// </summary>
    /// <exception cref="ExportException">The folder does not exist or cannot be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new ExportException($"Cannot write '{path}': folder '{folder}' does not exist.", path);
        }

        string temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new ExportException($"Cannot write '{path}': {e.Message}", path, e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // Best effort: the temporary name is hidden and unique, and the target is untouched.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
