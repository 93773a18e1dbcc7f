using System.Buffers;
using System.Globalization;

namespace Routes.Geo.Export;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new content: the data
/// goes to a temporary file in the same folder, which is then renamed over the target. The temporary
/// file is named <c>.{target name}.{32 hex digits}</c> + <see cref="TemporarySuffix"/>, so it is hidden
/// and says what it was for. It is deleted when the write fails; one left by a killed process is
/// deleted by the next write to the same target once it is older than <see cref="StaleTemporaryAge"/>.
/// </summary>
internal static class AtomicFile
{
    /// <summary>How every temporary file of an atomic write ends.</summary>
    public const string TemporarySuffix = ".routes-geo-tmp";

    /// <summary>
    /// Age (since its last write) after which a temporary file of the same target is taken as left by an
    /// interrupted write and deleted. A live writer touches its file every few kilobytes, far more often;
    /// if a stalled one lost its file, its rename would fail with an <see cref="ExportException"/>, never a half file.
    /// </summary>
    public static readonly TimeSpan StaleTemporaryAge = TimeSpan.FromMinutes(5);

    private const int RandomHexDigits = 32;
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    /// <summary>
    /// Calls <paramref name="write"/> with a stream on a temporary file beside <paramref name="path"/>,
    /// flushes it to disk and renames it to <paramref name="path"/>. The stream is seekable and readable too, so
    /// <paramref name="write"/> may patch or read back what it wrote (a length or checksum known only at the end). If <paramref name="write"/>
    /// throws, the temporary file is deleted, the target is left as it was and the exception propagates.
    /// Before writing, stale temporary files of the same target are deleted (best effort).
    /// </summary>
    /// <param name="path">The file to write; its folder must exist.</param>
    /// <param name="write">Writes the content; not called when the path is refused.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="write"/> is null.</exception>
    /// <exception cref="ExportException">
    /// Before any work: the path is empty, only white space, holds a NUL, names a folder, or its folder does not exist.
    /// After: the file cannot be written or renamed (permissions, disk full, ...).
    /// </exception>
    public static void Write(string path, Action<Stream> write)
    {
        string full = ExportPath.FullPathOf(path);
        ArgumentNullException.ThrowIfNull(write);
        string folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new ExportException($"Cannot write '{path}': folder '{folder}' does not exist.", path);
        }

        string name = Path.GetFileName(full);
        DeleteStaleTemporaries(folder, name, DateTime.UtcNow - StaleTemporaryAge);
        string temp = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{name}.{Guid.NewGuid():N}{TemporarySuffix}"));
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16))
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

    /// <summary>True when <paramref name="fileName"/> is a temporary file of an atomic write of <paramref name="target"/>.</summary>
    internal static bool IsTemporaryOf(string fileName, string target)
    {
        int hexStart = target.Length + 2;
        return fileName.Length == hexStart + RandomHexDigits + TemporarySuffix.Length
            && fileName[0] == '.'
            && fileName.AsSpan(1, target.Length).SequenceEqual(target)
            && fileName[hexStart - 1] == '.'
            && fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal)
            && fileName.AsSpan(hexStart, RandomHexDigits).ContainsAnyExcept(HexDigits) is false;
    }

    // Best effort: a folder that cannot be listed or a file that cannot be deleted must not fail this write.
    private static void DeleteStaleTemporaries(string folder, string target, DateTime olderThanUtc)
    {
        try
        {
            foreach (string candidate in Directory.EnumerateFiles(folder, "*" + TemporarySuffix))
            {
                if (IsTemporaryOf(Path.GetFileName(candidate), target) && File.GetLastWriteTimeUtc(candidate) < olderThanUtc)
                {
                    TryDelete(candidate);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
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
