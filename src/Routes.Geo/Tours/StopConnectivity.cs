using Routes.Geo.Matrices;

namespace Routes.Geo.Tours;

/// <summary>
/// Finds, from the matrix alone and before any search, the stops no order can fit: the strongly connected components
/// of the finite legs must all be one (a round trip), or follow each other in a chain with the fixed start in the first
/// and the fixed end in the last (an open path). O(n²).
/// </summary>
internal static class StopConnectivity
{
    /// <exception cref="NoTourException">Some stops are cut off; the exception lists every one, with its name and why.</exception>
    public static void Check(CostMatrix costs, TourOptions options, IReadOnlyList<string>? names)
    {
        int n = costs.Size;
        if (n <= 1)
        {
            return;
        }

        int[] component = Components(costs, out int count);
        if (count == 1)
        {
            return;
        }

        if (!options.ReturnToStart && Chained(costs, component, count)
            && (options.Start is not { } s || component[s] == 0) && (options.End is not { } e || component[e] == count - 1))
        {
            return;
        }

        // The others are the fixed start's component, else the largest (ties: the first stop's).
        int main = options.Start is { } fixedStart ? component[fixedStart]
            : Enumerable.Range(0, count).OrderByDescending(c => component.Count(x => x == c)).ThenBy(c => Array.IndexOf(component, c)).First();
        int anchor = Array.IndexOf(component, main);
        bool[] reached = Reach(costs, anchor, forward: true), reaching = Reach(costs, anchor, forward: false);
        List<int> cut = [.. Enumerable.Range(0, n).Where(i => component[i] != main)];
        if (!options.ReturnToStart)
        {
            // An open path may begin with stops that only lead to the others, or end with stops only reached from them.
            List<int> stuck = [.. cut.Where(i => !reached[i] && !reaching[i])];
            cut = stuck.Count > 0 ? stuck : cut;
        }

        string Name(int stop) => names is not null && stop < names.Count ? FormattableString.Invariant($"stop {stop} ({names[stop]})") : FormattableString.Invariant($"stop {stop}");
        string Why(int stop) => (reached[stop], reaching[stop]) switch
        {
            (false, false) => "no route to or from the other stops",
            (false, true) => "no route reaches it from the other stops",
            (true, false) => "no route leads from it back to the other stops",
            _ => "it cannot be placed in one order with the rest (the stops fall into groups one-way apart)",
        };
        string list = string.Join("; ", cut.Select(i => $"{Name(i)}: {Why(i)}"));
        throw new NoTourException(cut, cut.Count == 1 ? $"No tour: {list}." : FormattableString.Invariant($"No tour: {cut.Count} stops are cut off from the others: {list}."));
    }

    // Kosaraju on the dense matrix: components numbered in topological order (no leg runs from a later to an earlier one).
    private static int[] Components(CostMatrix costs, out int count)
    {
        int n = costs.Size;
        var finish = new List<int>(n);
        var seen = new bool[n];
        var stack = new Stack<(int Node, int Next)>();
        for (int root = 0; root < n; root++)
        {
            if (seen[root])
            {
                continue;
            }

            seen[root] = true;
            stack.Push((root, 0));
            while (stack.TryPop(out (int Node, int Next) top))
            {
                int w = top.Next;
                while (w < n && (seen[w] || !double.IsFinite(costs[top.Node, w])))
                {
                    w++;
                }

                if (w == n)
                {
                    finish.Add(top.Node);
                    continue;
                }

                stack.Push((top.Node, w + 1));
                seen[w] = true;
                stack.Push((w, 0));
            }
        }

        var component = new int[n];
        Array.Fill(component, -1);
        count = 0;
        var pending = new Stack<int>();
        for (int k = n - 1; k >= 0; k--)
        {
            int root = finish[k];
            if (component[root] >= 0)
            {
                continue;
            }

            component[root] = count;
            pending.Push(root);
            while (pending.TryPop(out int v))
            {
                for (int u = 0; u < n; u++)
                {
                    if (component[u] < 0 && double.IsFinite(costs[u, v]))
                    {
                        component[u] = count;
                        pending.Push(u);
                    }
                }
            }

            count++;
        }

        return component;
    }

    // Each component has a leg into the next one, so one path can run through them all in order.
    private static bool Chained(CostMatrix costs, int[] component, int count)
    {
        var linked = new bool[count];
        for (int i = 0; i < component.Length; i++)
        {
            for (int j = 0; j < component.Length; j++)
            {
                if (component[j] == component[i] + 1 && double.IsFinite(costs[i, j]))
                {
                    linked[component[i]] = true;
                }
            }
        }

        return linked.Take(count - 1).All(l => l);
    }

    // The stops reachable from (forward) or reaching (backward) the root through legs that have a route.
    internal static bool[] Reach(CostMatrix costs, int root, bool forward)
    {
        var seen = new bool[costs.Size];
        var stack = new Stack<int>();
        seen[root] = true;
        stack.Push(root);
        while (stack.TryPop(out int v))
        {
            for (int w = 0; w < costs.Size; w++)
            {
                if (!seen[w] && double.IsFinite(forward ? costs[v, w] : costs[w, v]))
                {
                    seen[w] = true;
                    stack.Push(w);
                }
            }
        }

        return seen;
    }
}
