using System.Text;

namespace Routes.Geo.Osm.Pbf;

/// <summary>Decodes an OSMHeader block; malformed data throws <see cref="InvalidDataException"/>.</summary>
internal static class HeaderBlockDecoder
{
    /// <summary>Required features this reader implements; a file requiring anything else is refused.</summary>
    public static readonly IReadOnlyList<string> SupportedFeatures = ["OsmSchema-V0.6", "DenseNodes"];

    public static OsmFileHeader Decode(ReadOnlySpan<byte> block)
    {
        OsmBoundingBox? box = null;
        var required = new List<string>();
        var optional = new List<string>();
        string? writingProgram = null;
        var reader = new ProtoReader(block);
        while (reader.TryReadTag(out int field, out WireType wireType))
        {
            switch (field)
            {
                case 1: box = DecodeBoundingBox(reader.ReadBytes(wireType, "HeaderBlock.bbox")); break;
                case 4: required.Add(Encoding.UTF8.GetString(reader.ReadBytes(wireType, "HeaderBlock.required_features"))); break;
                case 5: optional.Add(Encoding.UTF8.GetString(reader.ReadBytes(wireType, "HeaderBlock.optional_features"))); break;
                case 16: writingProgram = Encoding.UTF8.GetString(reader.ReadBytes(wireType, "HeaderBlock.writingprogram")); break;
                default: reader.Skip(wireType); break;
            }
        }

        return new OsmFileHeader(box, required, optional, writingProgram);
    }

    private static OsmBoundingBox DecodeBoundingBox(ReadOnlySpan<byte> message)
    {
        long left = 0, right = 0, top = 0, bottom = 0;
        var reader = new ProtoReader(message);
        while (reader.TryReadTag(out int field, out WireType wireType))
        {
            switch (field)
            {
                case 1: left = ProtoReader.ZigZag(reader.ReadVarint(wireType, "HeaderBBox.left")); break;
                case 2: right = ProtoReader.ZigZag(reader.ReadVarint(wireType, "HeaderBBox.right")); break;
                case 3: top = ProtoReader.ZigZag(reader.ReadVarint(wireType, "HeaderBBox.top")); break;
                case 4: bottom = ProtoReader.ZigZag(reader.ReadVarint(wireType, "HeaderBBox.bottom")); break;
                default: reader.Skip(wireType); break;
            }
        }

        return new OsmBoundingBox(left / 1e9, bottom / 1e9, right / 1e9, top / 1e9);
    }
}
