namespace Graph.Syntax.Training;

/// <summary>
/// Makes a tree projective by lifting: the shortest crossing arc's dependent is reattached to its head's head until
/// no arc crosses another (the arc-eager parser can only build projective trees).
/// </summary>
internal static class Projectivizer
{
    /// <summary>A projective copy of the heads (-1 = root).</summary>
    public static int[] Projectivize(IReadOnlyList<int> heads)
    {
        int[] h = heads.ToArray();
        for (int guard = 0; guard < h.Length * h.Length; guard++)
        {
            int worst = -1;
            int shortest = int.MaxValue;
            for (int d = 0; d < h.Length; d++)
            {
                if (h[d] >= 0 && h[h[d]] >= 0 && !IsProjective(h, d) && Math.Abs(h[d] - d) < shortest)
                {
                    worst = d;
                    shortest = Math.Abs(h[d] - d);
                }
            }

            if (worst < 0)
            {
                break;
            }

            h[worst] = h[h[worst]];
        }

        return h;
    }

    /// <summary>Whether every word between a dependent and its head descends from the head.</summary>
    public static bool IsProjective(int[] heads, int dependent)
    {
        int head = heads[dependent];
        int from = Math.Min(head, dependent) + 1;
        int to = Math.Max(head, dependent);
        for (int k = from; k < to; k++)
        {
            int a = k;
            int steps = 0;
            while (a >= 0 && a != head && steps++ <= heads.Length)
            {
                a = heads[a];
            }

            if (a != head)
            {
                return false;
            }
        }

        return true;
    }
}
