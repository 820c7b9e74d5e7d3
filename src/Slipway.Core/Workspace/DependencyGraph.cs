namespace Slipway.Core.Workspace;

/// <summary>
/// Which repository is released before which: an edge from a downstream repository to an upstream
/// one (<c>after:</c>, or a <c>follows:</c> reference). Nodes keep their declaration order, which
/// breaks ties: among repositories that do not depend on each other, the one declared first goes first.
/// </summary>
internal sealed class DependencyGraph<TEdge>(IReadOnlyList<string> nodes, IReadOnlyList<(string Downstream, string Upstream, TEdge Edge)> edges)
{
    private readonly Dictionary<string, int> _index = nodes.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);

    /// <summary>Upstream first; null when there is a cycle.</summary>
    public IReadOnlyList<string>? Order()
    {
        var waiting = nodes.ToDictionary(n => n, n => Upstreams(n).Count, StringComparer.Ordinal);
        var ready = new SortedSet<int>(nodes.Where(n => waiting[n] == 0).Select(n => _index[n]));
        var order = new List<string>();
        while (ready.Count > 0)
        {
            var next = nodes[ready.Min];
            ready.Remove(ready.Min);
            order.Add(next);
            foreach (var downstream in Downstreams(next))
            {
                if (--waiting[downstream] == 0)
                {
                    ready.Add(_index[downstream]);
                }
            }
        }

        return order.Count == nodes.Count ? order : null;
    }

    /// <summary>
    /// One cycle for each group of repositories that wait for each other (a strongly connected
    /// component), as its edges in order: the shortest cycle through the group's first-declared member.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<(string Downstream, string Upstream, TEdge Edge)>> Cycles()
    {
        var cycles = new List<IReadOnlyList<(string, string, TEdge)>>();
        foreach (var component in Components().Where(c => c.Count > 1))
        {
            var start = component.MinBy(n => _index[n])!;
            cycles.Add(ShortestCycle(start, component));
        }

        return cycles.OrderBy(c => _index[c[0].Item1]).ToList();
    }

    private List<(string Downstream, string Upstream, TEdge Edge)> ShortestCycle(string start, HashSet<string> component)
    {
        // Breadth-first from the start along edges inside the component, until an edge leads back to it.
        var arrivedBy = new Dictionary<string, (string Downstream, string Upstream, TEdge Edge)>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var edge in edges.Where(e => e.Downstream == node && component.Contains(e.Upstream)))
            {
                if (edge.Upstream == start)
                {
                    var path = new List<(string, string, TEdge)> { edge };
                    for (var at = node; at != start; at = arrivedBy[at].Downstream)
                    {
                        path.Insert(0, arrivedBy[at]);
                    }

                    return path;
                }

                if (edge.Upstream != start && arrivedBy.TryAdd(edge.Upstream, edge))
                {
                    queue.Enqueue(edge.Upstream);
                }
            }
        }

        throw new InvalidOperationException($"a strongly connected component without a cycle through {start}");
    }

    /// <summary>Tarjan's strongly connected components.</summary>
    private List<HashSet<string>> Components()
    {
        var components = new List<HashSet<string>>();
        var number = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string node)
        {
            number[node] = low[node] = number.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var upstream in Upstreams(node))
            {
                if (!number.TryGetValue(upstream, out var visited))
                {
                    Visit(upstream);
                    low[node] = Math.Min(low[node], low[upstream]);
                }
                else if (onStack.Contains(upstream))
                {
                    low[node] = Math.Min(low[node], visited);
                }
            }

            if (low[node] == number[node])
            {
                var component = new HashSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in nodes.Where(n => !number.ContainsKey(n)))
        {
            Visit(node);
        }

        return components;
    }

    private List<string> Upstreams(string node) => edges.Where(e => e.Downstream == node).Select(e => e.Upstream).Distinct(StringComparer.Ordinal).ToList();

    private List<string> Downstreams(string node) => edges.Where(e => e.Upstream == node).Select(e => e.Downstream).Distinct(StringComparer.Ordinal).ToList();
}
