namespace Slipway.Core.Planning;

/// <summary>The shortest edit script between two lists of lines (Myers, "An O(ND) Difference Algorithm").</summary>
internal static class LineDiff
{
    public enum Kind
    {
        Keep,
        Delete,
        Insert,
    }

    /// <summary>One step of the script; <see cref="OldIndex"/> and <see cref="NewIndex"/> are where it stands in each list.</summary>
    public readonly record struct Op(Kind Kind, int OldIndex, int NewIndex);

    public static List<Op> Compute(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var n = a.Count;
        var m = b.Count;
        var max = n + m;
        var v = new int[2 * max + 2];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var down = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]);
                var x = down ? v[max + k + 1] : v[max + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && string.Equals(a[x], b[y], StringComparison.Ordinal))
                {
                    x++;
                    y++;
                }

                v[max + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, a.Count, b.Count, max, d);
                }
            }
        }

        return [];
    }

    private static List<Op> Backtrack(List<int[]> trace, int n, int m, int max, int depth)
    {
        var script = new List<Op>();
        var (x, y) = (n, m);
        for (var d = depth; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var down = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]);
            var previousK = down ? k + 1 : k - 1;
            var previousX = v[max + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                script.Add(new Op(Kind.Keep, --x, --y));
            }

            script.Add(down ? new Op(Kind.Insert, x, --y) : new Op(Kind.Delete, --x, y));
        }

        while (x > 0 && y > 0)
        {
            script.Add(new Op(Kind.Keep, --x, --y));
        }

        script.Reverse();
        return script;
    }
}
