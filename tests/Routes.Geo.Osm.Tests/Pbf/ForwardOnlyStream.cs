namespace Routes.Geo.Osm.Tests.Pbf;

/// <summary>A stream that cannot seek, like a pipe or an HTTP response.</summary>
internal sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
{
    public override bool CanSeek => false;

    public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
}
