using System.IO.MemoryMappedFiles;

namespace Routes.Geo.Storage.Columns;

/// <summary>
/// A whole file mapped read-only into the address space. Columns that view it hold a reference to it, so the mapping
/// lives as long as any of them and is unmapped by the finalizer once none is reachable.
/// </summary>
internal sealed unsafe class MappedFileView
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;

    private MappedFileView(MemoryMappedFile file, MemoryMappedViewAccessor view, byte* pointer, long length)
    {
        _file = file;
        _view = view;
        Pointer = pointer;
        Length = length;
    }

    /// <summary>Maps <paramref name="path"/> read-only; the file stays mapped (and readable) even if it is renamed over or deleted.</summary>
    /// <exception cref="IOException">The file is empty or cannot be opened or mapped.</exception>
    public static MappedFileView Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        MemoryMappedFile? file = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            long length = stream.Length;
            if (length == 0)
            {
                throw new IOException("The file is empty.");
            }

            file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            return new MappedFileView(file, view, pointer + view.PointerOffset, length);
        }
        catch
        {
            view?.Dispose();
            file?.Dispose();
            stream.Dispose();
            throw;
        }
    }

    ~MappedFileView()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }

    /// <summary>The first byte of the file.</summary>
    public byte* Pointer { get; }

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; }

    /// <summary>A stream over the whole file whose arrays <see cref="BinaryArrays.ReadColumn{T}"/> views in place.</summary>
    public MappedFileStream OpenStream() => new(this);
}

/// <summary>A stream over a <see cref="MappedFileView"/>; reading an array from it yields a view, not a copy.</summary>
internal sealed unsafe class MappedFileStream(MappedFileView view) : UnmanagedMemoryStream(view.Pointer, view.Length)
{
    public MappedFileView View { get; } = view;
}
