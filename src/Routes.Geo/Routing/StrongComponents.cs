namespace Routes.Geo.Routing;

/// <summary>
/// The strongly connected components of a graph's turn graph (a node per travelable directed edge,
/// an arc per allowed turn), so one-way streets, barriers and turn restrictions count exactly: two
/// directed edges share a component when each can be reached from the other.
/// </summary>
internal static class StrongComponents
{
    /// <summary>
    /// Which edges have a direction in a large component: one of at least
    /// <see cref="RoutingGraph.LargeComponentMinDirectedEdges"/> directed edges, or the largest of the graph when
    /// no other is as large (so a small network has one, and a tie of equals makes none preferred).
    /// </summary>
    public static bool[] LargeEdges(RoutingGraph graph)
    {
        (int[] component, int[] size) = Compute(graph);
        int largest = -1;
        bool tie = false;
        for (int c = 0; c < size.Length; c++)
        {
            if (largest < 0 || size[c] > size[largest])
            {
                (largest, tie) = (c, false);
            }
            else if (size[c] == size[largest])
            {
                tie = true;
            }
        }

        if (tie)
        {
            largest = -1;
        }

        bool[] large = GC.AllocateArray<bool>(graph.Network.EdgeCount, pinned: true);
        for (int d = 0; d < component.Length; d++)
        {
            int c = component[d];
            if (c >= 0 && (c == largest || size[c] >= RoutingGraph.LargeComponentMinDirectedEdges))
            {
                large[RoutingGraph.EdgeOf(d)] = true;
            }
        }

        return large;
    }

    /// <summary>Tarjan's algorithm without recursion: the component of each directed edge (-1 when not travelable) and each component's size.</summary>
    public static (int[] Component, int[] Size) Compute(RoutingGraph graph)
    {
        int nodes = 2 * graph.Network.EdgeCount;
        var index = new int[nodes];
        var low = new int[nodes];
        var component = new int[nodes];
        Array.Fill(index, -1);
        Array.Fill(component, -1);
        var onStack = new bool[nodes];
        var stack = new Stack<int>();
        var sizes = new List<int>();

        // The call stack holds (directed edge, next adjacency position at its head to look at).
        var calls = new Stack<(int Node, int Next)>();
        int counter = 0;
        for (int root = 0; root < nodes; root++)
        {
            if (index[root] >= 0 || !graph.CanTravel(root))
            {
                continue;
            }

            Open(root);
            calls.Push((root, graph.OutStart[graph.Head(root)]));
            while (calls.Count > 0)
            {
                (int node, int next) = calls.Pop();
                int end = graph.OutStart[graph.Head(node) + 1];
                bool descended = false;
                for (; next < end; next++)
                {
                    int successor = graph.OutDirected[next];
                    if (!graph.CanTurn(node, successor))
                    {
                        continue;
                    }

                    if (index[successor] < 0)
                    {
                        calls.Push((node, next + 1));
                        Open(successor);
                        calls.Push((successor, graph.OutStart[graph.Head(successor)]));
                        descended = true;
                        break;
                    }

                    if (onStack[successor])
                    {
                        low[node] = Math.Min(low[node], index[successor]);
                    }
                }

                if (descended)
                {
                    continue;
                }

                if (low[node] == index[node])
                {
                    int id = sizes.Count, size = 0, member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component[member] = id;
                        size++;
                    }
                    while (member != node);
                    sizes.Add(size);
                }

                if (calls.Count > 0)
                {
                    int parent = calls.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }
            }
        }

        return (component, [.. sizes]);

        void Open(int node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack[node] = true;
        }
    }
}
