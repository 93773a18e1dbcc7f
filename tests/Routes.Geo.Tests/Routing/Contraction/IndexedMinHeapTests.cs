using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Tests.Routing.Contraction;

public class IndexedMinHeapTests
{
    // Random pushes with repeated nodes against a reference: each node comes out once, at its lowest key, in key order.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomPushes_PopEachNodeOnceAtItsLowestKey_InOrder(int seed)
    {
        var random = new Random(seed);
        const int Nodes = 500;
        var heap = new IndexedMinHeap(Nodes);
        var lowest = new Dictionary<int, double>();
        for (int i = 0; i < 3000; i++)
        {
            int node = random.Next(Nodes);
            double key = Math.Round(random.NextDouble() * 1000, 1);
            heap.Push(node, key);
            lowest[node] = lowest.TryGetValue(node, out double old) ? Math.Min(old, key) : key;
        }

        Assert.Equal(lowest.Count, heap.Count);
        var popped = new List<(int Node, double Key)>();
        while (heap.TryPop(out int node, out double key))
        {
            popped.Add((node, key));
        }

        Assert.Equal(lowest.Count, popped.Count);
        Assert.All(popped, p => Assert.Equal(lowest[p.Node], p.Key));
        Assert.Equal(popped.Select(p => p.Key).Order(), popped.Select(p => p.Key));
    }

    [Fact]
    public void HigherKeyForQueuedNode_IsIgnored()
    {
        var heap = new IndexedMinHeap(4);
        heap.Push(2, 5);
        heap.Push(2, 9);
        Assert.True(heap.TryPop(out int node, out double key));
        Assert.Equal((2, 5.0), (node, key));
        Assert.False(heap.TryPop(out _, out _));
    }

    [Fact]
    public void Clear_ForgetsQueuedNodes_SoTheyCanBePushedAgain()
    {
        var heap = new IndexedMinHeap(4);
        heap.Push(1, 3);
        heap.Push(3, 1);
        heap.Clear();
        Assert.Equal(0, heap.Count);
        heap.Push(1, 7);
        Assert.True(heap.TryPop(out int node, out double key));
        Assert.Equal((1, 7.0), (node, key));
    }
}
