using System.Buffers;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>
/// How the CLI's embedded copy of central Lille's roads is made from ../shared/data/lille/highway_line.json:
/// every null-valued feature property left out (the GeoJSON importer skips them), no whitespace, then Brotli.
/// </summary>
internal static class LilleRoadsTrim
{
    /// <summary>The embedded file inside the CLI project (the repository copy the build embeds).</summary>
    public static readonly string EmbeddedPath = Path.Combine(SharedData.RepositoryRoot(), "samples", "Routes.Geo.Cli", "Embedded", "lille-roads.geojson.br");

    /// <summary>Returns <paramref name="geoJson"/> without null feature properties or whitespace; numbers keep their text as written.</summary>
    public static byte[] Trim(byte[] geoJson)
    {
        using JsonDocument document = JsonDocument.Parse(geoJson);
        var buffer = new ArrayBufferWriter<byte>();
        // Relaxed escaping keeps "é" as UTF-8 rather than \u00E9: the same text, fewer bytes.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteObject(writer, document.RootElement, (member, w) =>
            {
                if (!member.NameEquals("features") || member.Value.ValueKind != JsonValueKind.Array)
                {
                    return false;
                }

                w.WriteStartArray(member.Name);
                foreach (JsonElement feature in member.Value.EnumerateArray())
                {
                    WriteFeature(w, feature);
                }

                w.WriteEndArray();
                return true;
            });
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Brotli at its smallest setting (quality 11, 16 MiB window).</summary>
    public static byte[] Compress(byte[] json)
    {
        using var encoder = new BrotliEncoder(quality: 11, window: 24);
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length)];
        OperationStatus status = encoder.Compress(json, output, out _, out int written, isFinalBlock: true);
        return status == OperationStatus.Done ? output[..written] : throw new InvalidOperationException($"Brotli compression stopped: {status}.");
    }

    public static byte[] Decompress(byte[] brotli)
    {
        using var input = new BrotliStream(new MemoryStream(brotli), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static void WriteFeature(Utf8JsonWriter writer, JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object)
        {
            feature.WriteTo(writer);
            return;
        }

        WriteObject(writer, feature, (member, w) =>
        {
            if (!member.NameEquals("properties") || member.Value.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            WriteObject(w, member.Value, (property, _) => property.Value.ValueKind == JsonValueKind.Null, member.Name);
            return true;
        });
    }

    // Copies an object's members in order; a member for which `handled` returns true was written (or dropped) by it.
    private static void WriteObject(Utf8JsonWriter writer, JsonElement value, Func<JsonProperty, Utf8JsonWriter, bool> handled, string? name = null)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        foreach (JsonProperty member in value.EnumerateObject())
        {
            if (!handled(member, writer))
            {
                member.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }
}
