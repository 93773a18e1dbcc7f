
namespace Routes.Geo.Fuzz.Mutation;

/// <summary>PBF mutations at three levels: a block's protobuf content, the frames, and the file's bytes.</summary>
internal static class PbfMutator
{
    private static readonly string[] BlockTypes = ["OSMData", "OSMHeader", "OSMUnknownKind", "", "OSMData\0"];

    // An inserted block of zeros: empty, small, or just past the 32 MiB blob limit; of a known or unknown type.
    private static readonly int[] ZeroBlockBytes = [0, 1024, 1 << 20, (32 * 1024 * 1024) + 1];
    private static readonly string[] ZeroBlockTypes = ["OSMData", "OSMUnknownKind"];

    private static readonly Dictionary<(string Type, int Bytes), PbfFrame> ZeroFrames = [];

    public static byte[] Mutate(PbfFile seed, FuzzRandom random, List<string> log)
    {
        var frames = new List<PbfFrame>(seed.Frames);
        int steps = random.Next(1, 4);
        for (int i = 0; i < steps && frames.Count > 0; i++)
        {
            int at = random.Next(frames.Count);
            PbfFrame frame = frames[at];
            switch (random.Next(10))
            {
                case < 5:
                    frames[at] = PbfFrame.Of(frame.Type, ProtoMutator.Mutate(frame.Payload, random, log));
                    log.Add($"  in block {at} ({frame.Type})");
                    break;
                case 5:
                    frames.RemoveAt(at);
                    log.Add($"delete frame {at}");
                    break;
                case 6:
                    frames.Insert(at, frames[random.Next(frames.Count)]);
                    log.Add($"duplicate a frame before {at}");
                    break;
                case 7:
                    string type = random.Pick(BlockTypes);
                    frames[at] = PbfFrame.Of(type, frame.Payload, raw: random.Chance(0.5));
                    log.Add($"retype frame {at} to '{type}'");
                    break;
                case 8:
                    frames[at] = frame with { Encoded = SizeLie(frame, random, log) };
                    log.Add($"  in frame {at}");
                    break;
                default:
                    int zeros = random.Pick(ZeroBlockBytes);
                    frames.Insert(at, ZeroFrame(random.Pick(ZeroBlockTypes), zeros));
                    log.Add($"insert a frame of {zeros} zero bytes at {at}");
                    break;
            }
        }

        byte[] file = [.. frames.SelectMany(f => f.Encoded)];
        if (random.Chance(0.25))
        {
            file = ByteMutator.Mutate(file, random, log);
        }

        return file;
    }

    // Compressing 32 MiB of zeros takes longer than most inputs run, so each such frame is made once.
    private static PbfFrame ZeroFrame(string type, int bytes)
    {
        lock (ZeroFrames)
        {
            if (!ZeroFrames.TryGetValue((type, bytes), out PbfFrame? frame))
            {
                frame = PbfFrame.Of(type, new byte[bytes]);
                ZeroFrames.Add((type, bytes), frame);
            }

            return frame;
        }
    }

    // A blob whose declared raw_size differs from what its zlib data holds.
    private static byte[] SizeLie(PbfFrame frame, FuzzRandom random, List<string> log)
    {
        ulong size = random.Pick<ulong>([0, 1, (ulong)frame.Payload.Length / 2, (ulong)frame.Payload.Length + 1, int.MaxValue, ulong.MaxValue]);
        log.Add($"raw_size lie {size} (true {frame.Payload.Length})");
        byte[] blob = new ProtoWriter().Varint(2, size).Bytes(3, TestPbf.Compress(frame.Payload)).ToArray();
        return TestPbf.FrameBlob(frame.Type, blob);
    }
}
