using System.Buffers.Binary;
using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo.TestSupport;

/// <summary>Compares a loaded network's routes with the original's, and damages saved files at random.</summary>
public static class SavedRoutes
{
    /// <summary>
    /// Routes between random vertices (ends of usable edges, so both graphs snap to them exactly): the loaded graph's
    /// hierarchies must give what plain Dijkstra gives on the original, for both metrics. Geometry is not compared:
    /// a polyline point moved sideways within the offsets' tolerance changes the drawing, not the route.
    /// </summary>
    public static void AssertSame(RoutingGraph original, RoutingGraph loaded, Random random, int pairs, string context = "")
    {
        int[] usable = [.. Enumerable.Range(0, original.Network.EdgeCount).Where(original.IsUsable)];
        for (int i = 0; i < pairs; i++)
        {
            GeoPoint a = original.Network.GetVertex(original.Network.EdgeFrom[usable[random.Next(usable.Length)]]);
            GeoPoint b = original.Network.GetVertex(original.Network.EdgeTo[usable[random.Next(usable.Length)]]);
            foreach (RouteMetric metric in (RouteMetric[])[RouteMetric.Fastest, RouteMetric.Shortest])
            {
                RouteResult expected = original.Route().From(a).To(b).Minimizing(metric).Using(RouteAlgorithm.Dijkstra).Calculate();
                RouteResult actual = loaded.Route().From(a).To(b).Minimizing(metric).Calculate();
                string pair = $"{context}pair {i} {a} → {b}, {metric}";
                Assert.True(expected.IsFound == actual.IsFound, $"{pair}: found {expected.IsFound} before, {actual.IsFound} after loading");
                if (expected.IsFound)
                {
                    // Equally short routes may differ in their turns' time (car turn costs), so a shortest route's seconds are not compared.
                    if (metric == RouteMetric.Fastest)
                    {
                        AssertClose(expected.Route.DurationSeconds, actual.Route.DurationSeconds, $"{pair}, seconds");
                    }

                    AssertClose(expected.Route.LengthMetres, actual.Route.LengthMetres, $"{pair}, metres");
                }
            }
        }
    }

    /// <summary>
    /// Damages <paramref name="saved"/> <paramref name="rounds"/> times (a flipped bit anywhere, or a field or array element
    /// overwritten with a telling value), reseals it and loads it: each load must either be refused with a
    /// <see cref="SavedNetworkException"/> or give the original's routes. Any other exception fails, naming the round and the damage.
    /// </summary>
    /// <returns>How many damaged files loaded and how many were refused.</returns>
    public static (int Loaded, int Refused) RandomDamage(byte[] saved, string path, Profile profile, RoutingGraph original, Random random, int rounds, int pairs)
    {
        (int loaded, int refused) = (0, 0);
        for (int round = 0; round < rounds; round++)
        {
            SavedFile file = SavedFile.Of(saved);
            string damage = Damage(file, random);
            file.Reseal().WriteTo(path);
            RoutingGraph graph;
            try
            {
                graph = SavedNetwork.Load(path, profile);
            }
            catch (SavedNetworkException)
            {
                refused++;
                continue;
            }
            catch (Exception e)
            {
                Assert.Fail($"round {round}, {damage}: {e.GetType().Name} escaped the load: {e}");
                throw;
            }

            loaded++;
            AssertSame(original, graph, new Random(round), pairs, $"round {round}, {damage}: ");
        }

        return (loaded, refused);
    }

    private static string Damage(SavedFile file, Random random)
    {
        if (random.Next(3) == 0)
        {
            int at = random.Next(file.Bytes.Length - 32);
            at += at >= file.ChecksumAt ? 32 : 0;
            int bit = random.Next(8);
            file.Bytes[at] ^= (byte)(1 << bit);
            return $"bit {bit} of byte {at} flipped";
        }

        if (random.Next(2) == 0)
        {
            string field = file.Fields.Keys.ElementAt(random.Next(file.Fields.Count));
            return $"field {field} " + Overwrite(file.Bytes.AsSpan(file.Fields[field]), file.FieldSizes[field], random);
        }

        string[] arrays = [.. file.Arrays.Where(a => a.Value.Count > 0).Select(a => a.Key)];
        string array = arrays[random.Next(arrays.Length)];
        (int first, int count, int size) = file.Arrays[array];
        int index = random.Next(count);
        return $"{array}[{index}] " + Overwrite(file.Bytes.AsSpan(first + (index * size)), size, random);
    }

    private static string Overwrite(Span<byte> at, int size, Random random)
    {
        if (size == 1)
        {
            at[0] = (byte)random.Next(256);
            return $"set to byte {at[0]}";
        }

        if (size == 4)
        {
            int old = BinaryPrimitives.ReadInt32LittleEndian(at);
            int[] values = [0, -1, 1, old + 1, old - 1, int.MaxValue, int.MinValue, random.Next()];
            int value = values[random.Next(values.Length)];
            BinaryPrimitives.WriteInt32LittleEndian(at, value);
            return $"{old} set to {value}";
        }

        double before = BinaryPrimitives.ReadDoubleLittleEndian(at);
        double[] doubles = [double.NaN, double.PositiveInfinity, 0, -1, 2 * before, Math.BitIncrement(before), before + 1e-4, (random.NextDouble() * 400) - 200];
        double next = doubles[random.Next(doubles.Length)];
        BinaryPrimitives.WriteDoubleLittleEndian(at, next);
        return $"{before} set to {next}";
    }

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(expected, 1), $"{what}: {expected} before, {actual} after loading");
}
