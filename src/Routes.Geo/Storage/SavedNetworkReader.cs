using System.Text;

namespace Routes.Geo.Storage;

/// <summary>A reader of a saved network that knows the file's format version once its header is read (format 6 arrays are not aligned; format 8 added sections).</summary>
internal sealed class SavedNetworkReader(Stream stream) : BinaryReader(stream, Encoding.UTF8)
{
    public int FormatVersion { get; set; } = SavedNetwork.FormatVersion;
}
