using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.ObjectPool;

namespace Routes.Geo.Server.Osrm;

/// <summary>A response being written: its bytes, the JSON writer on them and a scratch buffer for encoded polylines; pooled.</summary>
internal sealed class JsonBuffer
{
    // A buffer that grew past this for one huge answer is dropped rather than kept in the pool.
    private const int KeepBytes = 1 << 20;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly ObjectPool<JsonBuffer> Pool = new DefaultObjectPool<JsonBuffer>(new Policy(), Environment.ProcessorCount * 4);

    private JsonBuffer()
    {
        Writer = new Utf8JsonWriter(Bytes, Options);
    }

    public ArrayBufferWriter<byte> Bytes { get; } = new(16 * 1024);

    public ArrayBufferWriter<byte> Scratch { get; } = new(4 * 1024);

    public Utf8JsonWriter Writer { get; }

    public static JsonBuffer Rent() => Pool.Get();

    public static void Return(JsonBuffer buffer) => Pool.Return(buffer);

    /// <summary>Starts over (after an error halfway through an answer).</summary>
    public void Clear()
    {
        Writer.Reset(Bytes);
        Bytes.ResetWrittenCount();
        Writer.Reset(Bytes);
    }

    private sealed class Policy : PooledObjectPolicy<JsonBuffer>
    {
        public override JsonBuffer Create() => new();

        public override bool Return(JsonBuffer obj)
        {
            if (obj.Bytes.Capacity > KeepBytes || obj.Scratch.Capacity > KeepBytes)
            {
                return false;
            }

            obj.Clear();
            obj.Scratch.ResetWrittenCount();
            return true;
        }
    }
}
